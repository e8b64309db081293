import { beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { RequestEvent } from '@sveltejs/kit';
import { handle, handleError } from './hooks.server';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';

// handleError logs what it handles; keep the test output clean.
beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});

function event(method: string, url: string): RequestEvent {
	return {
		request: new Request(url, { method }),
		url: new URL(url),
		locals: {},
		cookies: { get: () => undefined, set: () => {}, delete: () => {} }
	} as unknown as RequestEvent;
}

const error = (e: unknown, ev: RequestEvent, status = 500) =>
	handleError({ error: e, event: ev, status, message: 'Internal Error' });

describe('handleError', () => {
	it('tells the person the storage is full, for SQLITE_FULL and for storage_full', () => {
		const full = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
		for (const e of [full, new DomainError('storage_full', 503)])
			expect(error(e, event('POST', 'http://x.test/login'))).toEqual({
				message: t('storage_full')
			});
	});

	it('keeps the generic message and a reference for other errors', () => {
		const answer = error(new Error('a bug'), event('GET', 'http://x.test/learn'));
		expect(answer).toMatchObject({ message: t('error_title') });
		expect((answer as { id?: string }).id).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('handle', () => {
	it('answers 503, not 500, when the request failed on a full storage', async () => {
		const ev = event('POST', 'http://x.test/learn/a/b?/complete');
		const response = await handle({
			event: ev,
			resolve: async () => {
				await error(new DomainError('storage_full', 503), ev);
				return new Response('error page', { status: 500 });
			}
		});
		expect(response.status).toBe(503);
		expect(response.headers.get('X-Frame-Options')).toBe('DENY');
		expect(await response.text()).toBe('error page');

		const other = event('GET', 'http://x.test/learn');
		const bug = await handle({
			event: other,
			resolve: async () => {
				await error(new Error('a bug'), other);
				return new Response('error page', { status: 500 });
			}
		});
		expect(bug.status).toBe(500);
	});

	it.each(['constructor', '__proto__', 'toString', 'default'])(
		'refuses ?/%s with a 404 before any action runs',
		async (name) => {
			let resolved = false;
			const run = handle({
				event: event('POST', `http://x.test/admin/teams?/${name}`),
				resolve: async () => {
					resolved = true;
					return new Response('');
				}
			});
			await expect(run).rejects.toMatchObject({ status: 404 });
			expect(resolved).toBe(false);
		}
	);
});
