/**
 * One node at a time for a background job (the email sender, the LRS forwarder). Each job has a
 * lease row (job_leases): a node holds it until `until`, renews it as it works, and lets it go
 * when it stops. Every node ticks; only the holder does the work. A node that dies without
 * letting go is replaced once its lease runs out (LEASE_MS), so work that was under way is picked
 * up by another node within a minute.
 *
 * Taking or renewing is one statement (an upsert that only wins over an expired lease or one's
 * own), so two nodes asking at the same moment cannot both win. Leases compare each node's own
 * clock: nodes are expected to keep time (NTP), as everything that dates records does.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { exec, type Db } from '../db';
import { jobLeases } from '../db/schema';

export const LEASE_MS = 60_000;

/** This process, as a lease holder: host, process id, and a random part for restarts. */
export const THIS_NODE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Takes or renews `job`'s lease for `holder` until `now + ttl`; false: another node holds it. */
export async function holdLease(
	db: Db,
	job: string,
	holder: string,
	now = Date.now(),
	ttl = LEASE_MS
): Promise<boolean> {
	const until = now + ttl;
	return (
		(
			await exec(
				db
					.insert(jobLeases)
					.values({ job, holder, until })
					.onConflictDoUpdate({
						target: jobLeases.job,
						set: { holder, until },
						setWhere: sql`${jobLeases.until} <= ${now} or ${jobLeases.holder} = ${holder}`
					})
			)
		).changes === 1
	);
}

/** Lets `job`'s lease go, if `holder` has it, so another node can take over at once. */
export async function releaseLease(db: Db, job: string, holder: string) {
	await exec(db.delete(jobLeases).where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder))));
}
