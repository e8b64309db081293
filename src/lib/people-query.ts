/**
 * The people list's address: search, filters, sort and page as query parameters, so the list
 * works without JavaScript and a view can be shared as a link. Read on the server (what the
 * query asks for) and on the page (the links that change one thing and keep the rest).
 */

import type { Role } from '$lib/server/db/schema';

export const PEOPLE_PAGE_SIZE = 50;
/** Longer searches are cut: no name or email is longer, and a huge parameter costs nothing. */
export const PEOPLE_SEARCH_MAX = 100;
export const PEOPLE_SORTS = ['name', 'email', 'role', 'status', 'started', 'added'] as const;
/**
 * active: has set a password; pending: invited, the link still open; expired: never accepted
 * and no open link (it expired, or none was ever made); disabled: cannot sign in.
 */
export const PEOPLE_STATUSES = ['active', 'pending', 'expired', 'disabled'] as const;
const ROLES = ['learner', 'lead', 'admin'] as const satisfies readonly Role[];

export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export type PeopleStatus = (typeof PEOPLE_STATUSES)[number];

export interface PeopleQuery {
	/** Searched in names and emails, case-insensitive; '' for everyone. */
	q: string;
	/** A team's id, 'none' (in no team) or null (any). */
	team: number | 'none' | null;
	role: Role | null;
	status: PeopleStatus | null;
	sort: PeopleSort;
	dir: 'asc' | 'desc';
	/** 1-based; the server brings a page past the end back to the last one. */
	page: number;
}

export const DEFAULT_PEOPLE_QUERY: PeopleQuery = {
	q: '',
	team: null,
	role: null,
	status: null,
	sort: 'name',
	dir: 'asc',
	page: 1
};

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
	(list as readonly string[]).includes(value);

/**
 * The query a URL asks for. Anything not understood (page=-3, sort=bogus, team=abc) falls back
 * to its default and is named in `ignored`, so the page can say so instead of failing.
 */
export function parsePeopleQuery(params: URLSearchParams): {
	query: PeopleQuery;
	ignored: string[];
} {
	const query = { ...DEFAULT_PEOPLE_QUERY };
	const ignored: string[] = [];
	const get = (name: string) => (params.get(name) ?? '').trim();

	query.q = get('q').slice(0, PEOPLE_SEARCH_MAX).trim();
	const team = get('team');
	if (team === 'none') query.team = 'none';
	else if (/^[1-9]\d{0,15}$/.test(team) && Number.isSafeInteger(Number(team)))
		query.team = Number(team);
	else if (team) ignored.push('team');
	const role = get('role');
	if (oneOf(ROLES, role)) query.role = role;
	else if (role) ignored.push('role');
	const status = get('status');
	if (oneOf(PEOPLE_STATUSES, status)) query.status = status;
	else if (status) ignored.push('status');
	const sort = get('sort');
	if (oneOf(PEOPLE_SORTS, sort)) query.sort = sort;
	else if (sort) ignored.push('sort');
	const dir = get('dir');
	if (dir === 'asc' || dir === 'desc') query.dir = dir;
	else if (dir) ignored.push('dir');
	const page = get('page');
	// Beyond any real list (and a safe integer): the server brings it back to the last page.
	if (/^[1-9]\d{0,8}$/.test(page)) query.page = Number(page);
	else if (page) ignored.push('page');
	return { query, ignored };
}

/**
 * The address of the list with `change` applied; a default value is left out, so links stay
 * short and one view has one address. Changing anything but the page goes back to page 1.
 */
export function peopleHref(query: PeopleQuery, change: Partial<PeopleQuery> = {}): string {
	const next = { ...query, ...change };
	if (!('page' in change)) next.page = 1;
	const params = new URLSearchParams();
	if (next.q) params.set('q', next.q);
	if (next.team !== null) params.set('team', String(next.team));
	if (next.role) params.set('role', next.role);
	if (next.status) params.set('status', next.status);
	if (next.sort !== DEFAULT_PEOPLE_QUERY.sort) params.set('sort', next.sort);
	if (next.dir !== DEFAULT_PEOPLE_QUERY.dir) params.set('dir', next.dir);
	if (next.page > 1) params.set('page', String(next.page));
	const search = params.toString();
	return search ? `/admin/users?${search}` : '/admin/users';
}

/**
 * The page numbers to offer: the first, the last, and two either side of the current one, with
 * null where numbers are left out ("1 … 4 5 6 7 8 … 200"). At most 9 entries however many pages.
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
	if (pages <= 1) return [];
	const shown = new Set([1, pages]);
	for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
	const sorted = [...shown].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	sorted.forEach((p, i) => {
		const gap = i > 0 ? p - sorted[i - 1] : 1;
		// A gap of one number shows that number rather than an ellipsis standing for it.
		if (gap === 2) out.push(p - 1);
		else if (gap > 2) out.push(null);
		out.push(p);
	});
	return out;
}
