/**
 * The real content/ folder, checked and compiled, for integration tests: read once per change
 * and kept in a snapshot (the server's own mechanism, src/lib/server/content/snapshot.ts), so the
 * many test files that need it do not each spend seconds compiling every lesson, quiz and
 * scenario. The snapshot is keyed by every file under content/ and under src/lib (the code that
 * reads them) and by the lockfile: any change there reads the folder again. Tests of reading
 * content itself (content.test.ts, snapshot.test.ts) call loadContent directly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
	formatProblems,
	indexOf,
	loadContent,
	type ContentIndex
} from '../../src/lib/server/content';
import { fingerprint, readSnapshot, writeSnapshot } from '../../src/lib/server/content/snapshot';

const FILE = 'test-results/vitest-content.snapshot';
let cached: ContentIndex | undefined;

export function realContent(): ContentIndex {
	if (cached) return cached;
	const code = createHash('sha256')
		.update(fingerprint('src/lib', ''))
		.update(readFileSync('package-lock.json'))
		.digest('hex');
	const print = fingerprint('content', code);
	const kept = readSnapshot(FILE, print);
	if (kept) return (cached = indexOf(kept));
	const { index, problems } = loadContent('content', { simulate: false });
	expect(formatProblems(problems)).toBe('');
	const { competencies, courses, paths, quizzes, scenarios, scorecards, jobAids, glossary } = index;
	writeSnapshot(FILE, print, {
		...{ competencies, courses, paths, quizzes, scenarios, scorecards, jobAids, glossary }
	});
	return (cached = index);
}
