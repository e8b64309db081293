import type { Db } from '../db';
import type { ContentIndex } from './index';

/**
 * Replaces the search table's rows with the lessons of `index`, in one transaction; writes
 * nothing when they are already those (most starts), so a server can start on a full disk.
 * Says whether it wrote.
 */
export function rebuildSearch(db: Db, index: ContentIndex): boolean {
	const sqlite = db.$client;
	const lessons = index.courses.flatMap((c) => c.lessons);
	const rows = sqlite
		.prepare('select lesson_id as id, title, summary, body from lesson_search order by rowid')
		.all() as { id: string; title: string; summary: string; body: string }[];
	if (
		rows.length === lessons.length &&
		rows.every(
			(r, i) =>
				r.id === lessons[i].id &&
				r.title === lessons[i].title &&
				r.summary === lessons[i].summary &&
				r.body === lessons[i].text
		)
	)
		return false;
	const insert = sqlite.prepare(
		'insert into lesson_search (lesson_id, title, summary, body) values (?, ?, ?, ?)'
	);
	sqlite
		.transaction(() => {
			sqlite.prepare('delete from lesson_search').run();
			for (const lesson of lessons)
				insert.run(lesson.id, lesson.title, lesson.summary, lesson.text);
		})
		.immediate();
	return true;
}

// Highlight markers that cannot occur in lesson text; the snippet is HTML-escaped first and the
// markers become <mark> afterwards, so lesson text can never inject markup.
const OPEN = '\u0001';
const CLOSE = '\u0002';

export interface SearchHit {
	lessonId: string;
	title: string;
	/** Safe HTML: escaped text with <mark> around the matches. */
	snippet: string;
}

/**
 * Each word the person typed becomes a quoted FTS5 term (the last one a prefix), so no input
 * can form FTS syntax, and an empty or punctuation-only query finds nothing instead of failing.
 */
export function toMatchQuery(input: string): string | null {
	const words =
		input
			.normalize('NFKC')
			.match(/[\p{L}\p{N}]+/gu)
			?.slice(0, 12) ?? [];
	if (!words.length) return null;
	return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function searchLessons(db: Db, input: string, limit = 20): SearchHit[] {
	const match = toMatchQuery(input);
	if (!match) return [];
	const rows = db.$client
		.prepare(
			`select lesson_id as lessonId, title,
				snippet(lesson_search, 3, ?, ?, ' … ', 24) as snippet
			 from lesson_search where lesson_search match ?
			 order by bm25(lesson_search, 0, 8, 3, 1) limit ?`
		)
		.all(OPEN, CLOSE, match, limit) as SearchHit[];
	return rows.map((r) => ({
		...r,
		snippet: escapeHtml(r.snippet).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
	}));
}
