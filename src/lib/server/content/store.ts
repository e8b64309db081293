import { isStorageFull, type Db } from '../db';
import { formatProblems, indexOf, loadContent, type ContentIndex } from './index';
import { rebuildSearch } from './search';
import { fingerprint, readSnapshot, writeSnapshot } from './snapshot';

let current: ContentIndex | undefined;

/** The content index, built once by `startContent` at server start. */
export function useContent(): ContentIndex {
	if (!current) throw new Error('Content not loaded: call startContent() first');
	return current;
}

/**
 * Loads and validates content/; any problem stops the server with the full list. Scenario paths
 * are not replayed here: `npm run content:check` (part of `npm test`) does that once per change.
 *
 * With `snapshot` (a file path) and `version` (the build's), a start whose content files are
 * byte for byte those of the last start reads the checked, compiled content from the snapshot
 * instead of parsing and compiling every file again; any change to a file, or a new build,
 * reads the files.
 */
export async function startContent(
	db: Db,
	root = process.env.CONTENT_DIR || 'content',
	{ snapshot, version }: { snapshot?: string; version?: string } = {}
): Promise<ContentIndex> {
	const print = snapshot && version ? fingerprint(root, version) : null;
	const kept = snapshot && print ? readSnapshot(snapshot, print) : null;
	let index: ContentIndex;
	if (kept) index = indexOf(kept);
	else {
		const loaded = loadContent(root, { simulate: false });
		if (loaded.problems.length)
			throw new Error(
				`Content has ${loaded.problems.length} problem(s):\n${formatProblems(loaded.problems)}`
			);
		index = loaded.index;
		if (snapshot && print) {
			const { competencies, courses, paths, quizzes, scenarios, scorecards, jobAids, glossary } =
				index;
			writeSnapshot(snapshot, print, {
				...{ competencies, courses, paths, quizzes, scenarios, scorecards, jobAids, glossary }
			});
		}
	}
	try {
		await rebuildSearch(db, index);
	} catch (e) {
		// Changed lessons and a full disk: start anyway, search finds the lessons as they were.
		if (!isStorageFull(e)) throw e;
		console.error('Coachline: the storage is full, so lesson search still has the old lessons.');
	}
	current = index;
	return index;
}
