import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PEOPLE_QUERY,
	PEOPLE_SEARCH_MAX,
	pageWindow,
	parsePeopleQuery,
	peopleHref
} from './people-query';

const parse = (search: string) => parsePeopleQuery(new URLSearchParams(search));

describe('parsePeopleQuery', () => {
	it('reads every parameter', () => {
		expect(
			parse('q=%20Wang%20&team=3&role=lead&status=expired&sort=started&dir=desc&page=4')
		).toEqual({
			query: {
				q: 'Wang',
				team: 3,
				role: 'lead',
				status: 'expired',
				sort: 'started',
				dir: 'desc',
				page: 4
			},
			ignored: []
		});
		expect(parse('team=none').query.team).toBe('none');
	});

	it('gives the defaults for an empty address', () => {
		expect(parse('')).toEqual({ query: DEFAULT_PEOPLE_QUERY, ignored: [] });
		expect(parse('q=&team=&role=&status=&sort=&dir=&page=')).toEqual({
			query: DEFAULT_PEOPLE_QUERY,
			ignored: []
		});
	});

	it('falls back on what it does not understand and names it', () => {
		for (const [search, name] of [
			['page=-3', 'page'],
			['page=0', 'page'],
			['page=1.5', 'page'],
			['page=99999999999999999999', 'page'],
			['sort=bogus', 'sort'],
			['sort=__proto__', 'sort'],
			['dir=sideways', 'dir'],
			['role=owner', 'role'],
			['status=gone', 'status'],
			['team=abc', 'team'],
			['team=-1', 'team'],
			['team=1e3', 'team'],
			['team=99999999999999999999', 'team']
		]) {
			const { query, ignored } = parse(search);
			expect(ignored, search).toEqual([name]);
			expect(query, search).toEqual(DEFAULT_PEOPLE_QUERY);
		}
		expect(parse('page=-3&sort=bogus&role=lead').ignored).toEqual(['sort', 'page']);
	});

	it('cuts a search that is longer than any name', () => {
		expect(parse(`q=${'x'.repeat(5000)}`).query.q).toHaveLength(PEOPLE_SEARCH_MAX);
	});

	it('keeps Chinese and any other text as typed', () => {
		expect(parse('q=%E6%9E%97%E8%8A%B3').query.q).toBe('林芳');
		expect(parse('q=%25_%5C').query.q).toBe('%_\\');
	});
});

describe('peopleHref', () => {
	const query = { ...DEFAULT_PEOPLE_QUERY, q: '林', role: 'lead' as const, page: 3 };

	it('leaves defaults out', () => {
		expect(peopleHref(DEFAULT_PEOPLE_QUERY)).toBe('/admin/users');
		expect(peopleHref(DEFAULT_PEOPLE_QUERY, { sort: 'name', dir: 'asc' })).toBe('/admin/users');
	});

	it('keeps the other parameters and goes back to page 1 when a filter or sort changes', () => {
		expect(peopleHref(query, { sort: 'email' })).toBe(
			'/admin/users?q=%E6%9E%97&role=lead&sort=email'
		);
		expect(peopleHref(query, { page: 4 })).toBe('/admin/users?q=%E6%9E%97&role=lead&page=4');
		expect(peopleHref(query, { team: 'none', status: 'pending', dir: 'desc' })).toBe(
			'/admin/users?q=%E6%9E%97&team=none&role=lead&status=pending&dir=desc'
		);
	});

	it('reads back as the query it was made from', () => {
		const full = {
			q: 'a&b=c',
			team: 7,
			role: 'admin' as const,
			status: 'disabled' as const,
			sort: 'added' as const,
			dir: 'desc' as const,
			page: 12
		};
		const href = peopleHref(full, { page: 12 });
		expect(parse(href.split('?')[1]).query).toEqual(full);
	});
});

describe('pageWindow', () => {
	it('offers nothing for a single page', () => {
		expect(pageWindow(1, 0)).toEqual([]);
		expect(pageWindow(1, 1)).toEqual([]);
	});

	it('shows every page of a short list', () => {
		expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('shows the ends and the neighbourhood of a long list, with gaps', () => {
		expect(pageWindow(1, 200)).toEqual([1, 2, 3, null, 200]);
		expect(pageWindow(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
		expect(pageWindow(200, 200)).toEqual([1, null, 198, 199, 200]);
		// A gap of one page shows the page, not an ellipsis standing for it.
		expect(pageWindow(5, 200)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 200]);
	});

	it('never offers more than nine entries', () => {
		for (let pages = 1; pages <= 40; pages++)
			for (let current = 1; current <= pages; current++)
				expect(pageWindow(current, pages).length).toBeLessThanOrEqual(9);
	});
});
