import { isStorageFull, type Db } from '../db';
import { formatProblems, loadContent, type ContentIndex } from './index';
import { rebuildSearch } from './search';

let current: ContentIndex | undefined;

/** The content index, built once by `startContent` at server start. */
export function useContent(): ContentIndex {
	if (!current) throw new Error('Content not loaded: call startContent() first');
	return current;
}

/**
 * Loads and validates content/; any problem stops the server with the full list. Scenario paths
 * are not replayed here: `npm run content:check` (part of `npm test`) does that once per change.
 */
export function startContent(db: Db, root = process.env.CONTENT_DIR || 'content'): ContentIndex {
	const { index, problems } = loadContent(root, { simulate: false });
	if (problems.length)
		throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
	try {
		rebuildSearch(db, index);
	} catch (e) {
		// Changed lessons and a full disk: start anyway, search finds the lessons as they were.
		if (!isStorageFull(e)) throw e;
		console.error('Coachline: the storage is full, so lesson search still has the old lessons.');
	}
	current = index;
	return index;
}
