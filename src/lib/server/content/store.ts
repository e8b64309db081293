import type { Db } from '../db';
import { formatProblems, loadContent, type ContentIndex } from './index';
import { rebuildSearch } from './search';

let current: ContentIndex | undefined;

/** The content index, built once by `startContent` at server start. */
export function useContent(): ContentIndex {
	if (!current) throw new Error('Content not loaded: call startContent() first');
	return current;
}

/** Loads and validates content/; any problem stops the server with the full list. */
export function startContent(db: Db, root = process.env.CONTENT_DIR || 'content'): ContentIndex {
	const { index, problems } = loadContent(root);
	if (problems.length)
		throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
	rebuildSearch(db, index);
	current = index;
	return index;
}
