import type { Db } from '../db';
import type { ContentIndex } from './index';
import { CONTENT_LOCALES } from './locales';

/**
 * Replaces the search table's rows with the lessons of `index`, in one transaction; writes
 * nothing when they are already those (most starts), so a server can start on a full disk.
 * Says whether it wrote.
 */
export async function rebuildSearch(db: Db, index: ContentIndex): Promise<boolean> {
	const lessons = index.courses.flatMap((c) => c.lessons);
	const english = lessons.map((l) => [l.id, l.title, l.summary, l.text]);
	const translated = lessons.flatMap((l) =>
		CONTENT_LOCALES.flatMap((locale) => {
			const t = l.translations[locale];
			return t ? [[l.id, locale, t.title, t.summary, t.text]] : [];
		})
	);
	const wroteEnglish = await replaceRows(
		db,
		'lesson_search',
		['lesson_id', 'title', 'summary', 'body'],
		english
	);
	const wroteCjk = await replaceRows(
		db,
		'lesson_search_cjk',
		['lesson_id', 'locale', 'title', 'summary', 'body'],
		translated
	);
	return wroteEnglish || wroteCjk;
}

/** Replaces a search table's rows unless they already are `rows` (in order). */
async function replaceRows(
	db: Db,
	table: string,
	columns: string[],
	rows: string[][]
): Promise<boolean> {
	const sqlite = db.$client;
	const current = (await sqlite
		.prepare(`select ${columns.join(', ')} from ${table} order by rowid`)
		.raw(true)
		.all()) as string[][];
	if (
		current.length === rows.length &&
		current.every((r, i) => r.every((v, j) => v === rows[i][j]))
	)
		return false;
	const insert = sqlite.prepare(
		`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`
	);
	// The index is SQLite's own (FTS5), per node: written synchronously, in one transaction.
	sqlite
		.transaction(() => {
			sqlite.prepare(`delete from ${table}`).run();
			for (const row of rows) insert.run(...row);
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
	/** The edition that matched: 'en' (the original) or a content locale ('zh-CN'). */
	locale: string;
	title: string;
	/** Safe HTML: escaped text with <mark> around the matches. */
	snippet: string;
}

const HAN = /\p{Script=Han}/u;

/**
 * The words of a query: letters and digits only (so no input can form FTS syntax), a run of
 * Chinese characters apart from Latin letters beside it ("投诉flow" is 投诉 and flow).
 */
export function queryTerms(input: string): string[] {
	return (
		input
			.normalize('NFKC')
			.match(/[\p{L}\p{N}]+/gu)
			?.flatMap((w) => w.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [])
			.slice(0, 12) ?? []
	);
}

/**
 * Each word the person typed becomes a quoted FTS5 term (the last one a prefix), so no input
 * can form FTS syntax, and an empty or punctuation-only query finds nothing instead of failing.
 */
export function toMatchQuery(input: string): string | null {
	const words = queryTerms(input);
	if (!words.length) return null;
	return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Lessons matching every word of the query, best first. English words search the English
 * lessons (stemmed: "complaints" finds "complaint"); Chinese words, and every word for a
 * reader in Chinese, search the Chinese editions too, where three characters or more use the
 * trigram index and one or two characters (投诉, 情绪, 礼) a scan of the same small table.
 */
export async function searchLessons(
	db: Db,
	input: string,
	limit = 20,
	locale = 'en'
): Promise<SearchHit[]> {
	const terms = queryTerms(input);
	if (!terms.length) return [];
	const chinese = terms.some((t) => HAN.test(t));
	const english = chinese ? [] : await searchEnglish(db, input, limit);
	const translated = chinese || locale !== 'en' ? await searchTranslations(db, terms, limit) : [];
	// The reader's own language first, then the other edition's hits for lessons not yet found.
	const [first, second] = locale === 'en' ? [english, translated] : [translated, english];
	const seen = new Set(first.map((h) => h.lessonId));
	return [...first, ...second.filter((h) => !seen.has(h.lessonId))].slice(0, limit);
}

async function searchEnglish(db: Db, input: string, limit: number): Promise<SearchHit[]> {
	const match = toMatchQuery(input);
	if (!match) return [];
	const rows = (await db.$client
		.prepare(
			`select lesson_id as lessonId, title,
				snippet(lesson_search, 3, ?, ?, ' … ', 24) as snippet
			 from lesson_search where lesson_search match ?
			 order by bm25(lesson_search, 0, 8, 3, 1) limit ?`
		)
		.all(OPEN, CLOSE, match, limit)) as Omit<SearchHit, 'locale'>[];
	return rows.map((r) => ({
		...r,
		locale: 'en',
		snippet: escapeHtml(r.snippet).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
	}));
}

async function searchTranslations(db: Db, terms: string[], limit: number): Promise<SearchHit[]> {
	const long = terms.filter((t) => [...t].length >= 3);
	const short = terms.filter((t) => [...t].length < 3);
	const where = [
		...(long.length ? ['lesson_search_cjk match ?'] : []),
		...short.map(() => '(title like ? or summary like ? or body like ?)')
	];
	const params = [
		...(long.length ? [long.map((t) => `"${t}"`).join(' AND ')] : []),
		...short.flatMap((t) => [`%${t}%`, `%${t}%`, `%${t}%`])
	];
	const rows = (await db.$client
		.prepare(
			`select lesson_id as lessonId, locale, title, summary, body from lesson_search_cjk
			 where ${where.join(' and ')}`
		)
		.all(...params)) as {
		lessonId: string;
		locale: string;
		title: string;
		summary: string;
		body: string;
	}[];
	const count = (text: string, term: string) =>
		text.toLowerCase().split(term.toLowerCase()).length - 1;
	return rows
		.map((r) => ({
			row: r,
			score: terms.reduce(
				(n, t) =>
					n + 8 * count(r.title, t) + 3 * count(r.summary, t) + Math.min(10, count(r.body, t)),
				0
			)
		}))
		.sort((a, b) => b.score - a.score)
		.slice(0, limit)
		.map(({ row }) => ({
			lessonId: row.lessonId,
			locale: row.locale,
			title: row.title,
			snippet: snippetOf(row.body, terms)
		}));
}

/** About 48 characters around the first match, escaped, every term marked. */
function snippetOf(body: string, terms: string[]): string {
	const lower = body.toLowerCase();
	const at = Math.min(
		...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0),
		body.length
	);
	const from = Math.max(0, at - 24);
	const to = Math.min(body.length, at + 48);
	let text = escapeHtml(body.slice(from, to));
	const pattern = new RegExp(
		terms.map((t) => escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
		'giu'
	);
	text = text.replace(pattern, (m) => `<mark>${m}</mark>`);
	return `${from > 0 ? '… ' : ''}${text}${to < body.length ? ' …' : ''}`;
}
