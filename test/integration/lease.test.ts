// Background jobs run on one node at a time (#22): the lease, over two connections to one
// database file as two nodes would hold them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb } from '../../src/lib/server/db';
import { holdLease, LEASE_MS, releaseLease } from '../../src/lib/server/jobs/lease';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const dir = mkdtempSync(join(tmpdir(), 'coachline-lease-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function twoNodes(name: string) {
	const file = join(dir, `${name}.db`);
	const a = openDb(file);
	migrateDb(a, 'drizzle');
	return { a, b: openDb(file) };
}

describe('holdLease', () => {
	it('gives a job to one node; the other waits until it lets go or its lease runs out', async () => {
		const { a, b } = twoNodes('one-at-a-time');
		expect(await holdLease(a, 'job', 'node-a', T0)).toBe(true);
		expect(await holdLease(b, 'job', 'node-b', T0)).toBe(false);
		// The holder renews as it works; the other still waits.
		expect(await holdLease(a, 'job', 'node-a', T0 + LEASE_MS - 1)).toBe(true);
		expect(await holdLease(b, 'job', 'node-b', T0 + LEASE_MS)).toBe(false);
		// A holder that dies is replaced once its last renewal runs out.
		expect(await holdLease(b, 'job', 'node-b', T0 + 2 * LEASE_MS - 1)).toBe(true);
		expect(await holdLease(a, 'job', 'node-a', T0 + 2 * LEASE_MS)).toBe(false);
		// Letting go hands it over at once; someone else's release does nothing.
		await releaseLease(a, 'job', 'node-a');
		expect(await holdLease(a, 'job', 'node-a', T0 + 2 * LEASE_MS)).toBe(false);
		await releaseLease(b, 'job', 'node-b');
		expect(await holdLease(a, 'job', 'node-a', T0 + 2 * LEASE_MS)).toBe(true);
		// Jobs are apart.
		expect(await holdLease(b, 'other job', 'node-b', T0)).toBe(true);
		a.$client.close();
		b.$client.close();
	});

	it('never gives one job to two nodes asking at the same moment', async () => {
		const { a, b } = twoNodes('same-moment');
		for (let i = 0; i < 50; i++) {
			const at = T0 + i * LEASE_MS;
			const won = [
				await holdLease(a, `job-${i}`, 'node-a', at),
				await holdLease(b, `job-${i}`, 'node-b', at)
			];
			expect(won.filter(Boolean)).toHaveLength(1);
		}
		a.$client.close();
		b.$client.close();
	});
});
