import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useContent } from '$lib/server/content/store';

/** The glossary, optionally narrowed by `?q=` (English or Chinese, term or meaning). */
export const load: PageServerLoad = (event) => {
	requireUser(event);
	const content = useContent();
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const needle = q.toLocaleLowerCase();
	const terms = content.glossary
		.filter(
			(e) =>
				!needle ||
				e.term.toLocaleLowerCase().includes(needle) ||
				e.zh.includes(q) ||
				e.meaning.toLocaleLowerCase().includes(needle)
		)
		.map((e) => ({
			term: e.term,
			zh: e.zh,
			zhFromSources: e.zhFromSources,
			meaning: e.meaning,
			lesson: { href: `/learn/${e.lesson}`, title: content.lesson(e.lesson)!.title }
		}));
	return { q, terms, total: content.glossary.length };
};
