import type Database from 'better-sqlite3';
import { count } from 'drizzle-orm';
import { returned, migrateDb, openDb, type Db, one } from '../../src/lib/server/db';
import { DomainError } from '../../src/lib/server/errors';
import {
	auditLog,
	invitations,
	sessions,
	teamMembers,
	teams,
	users,
	type Role,
	type User
} from '../../src/lib/server/db/schema';

/** A fresh in-memory database with the real migrations applied. */
export function testDb(): Db {
	const db = openDb(':memory:');
	migrateDb(db, 'drizzle');
	return db;
}

/** Row counts of every table, to show that a failed action wrote nothing. */
export async function counts(db: Db) {
	const n = async (table: typeof users | typeof sessions | typeof invitations) =>
		(await one(db.select({ n: count() }).from(table)))!.n;
	return {
		users: await n(users),
		sessions: await n(sessions),
		invitations: await n(invitations),
		teams: (await one(db.select({ n: count() }).from(teams)))!.n,
		teamMembers: (await one(db.select({ n: count() }).from(teamMembers)))!.n,
		auditLog: (await one(db.select({ n: count() }).from(auditLog)))!.n
	};
}

let serial = 0;

/** Inserts a person directly (no invitation, no audit): a fixture, not the code under test. */
export async function addPerson(
	db: Db,
	props: { role?: Role; email?: string; status?: User['status']; passwordHash?: string | null } = {}
): Promise<User> {
	serial++;
	const role = props.role ?? 'learner';
	return await returned(
		db
			.insert(users)
			.values({
				name: `${role} ${serial}`,
				email: props.email ?? `${role}${serial}@example.test`,
				role,
				status: props.status ?? 'active',
				passwordHash: props.passwordHash ?? null
			})
			.returning()
	);
}

/** Runs `fn` and returns the DomainError key it threw; fails the test if it threw anything else. */
export async function domainErrorOf(fn: () => unknown): Promise<string> {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return e.key;
		throw e;
	}
	throw new Error('expected a DomainError, but nothing was thrown');
}

/** Like domainErrorOf, with the HTTP status the route will answer. */
export async function domainFailureOf(fn: () => unknown): Promise<{ key: string; status: number }> {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return { key: e.key, status: e.status };
		throw e;
	}
	throw new Error('expected a DomainError, but nothing was thrown');
}

/**
 * Runs `fn`, counting the statements it executes on `db` (whatever built them) and the queries
 * drizzle turns into SQL while it runs (`built`): a query made with `prepared()` is built once
 * per database, so a hot path that builds nothing on a repeat visit does no repeated work.
 */
export async function countStatements<T>(
	db: Db,
	fn: () => T | Promise<T>
): Promise<{ result: T; statements: number; built: number }> {
	const proto = Object.getPrototypeOf(db.$client.prepare('select 1')) as Database.Statement;
	const methods = ['run', 'get', 'all', 'iterate'] as const;
	const originals = methods.map((m) => proto[m]);
	let statements = 0;
	let built = 0;
	const client = db.$client;
	methods.forEach((m, i) => {
		const original = originals[i] as (...args: unknown[]) => unknown;
		(proto as unknown as Record<string, unknown>)[m] = function (
			this: Database.Statement,
			...args: unknown[]
		) {
			if (this.database === client) statements++;
			return original.apply(this, args);
		};
	});
	// Every drizzle query, however run (.all(), .prepare(), a transaction's), becomes SQL here.
	const dialect = (db as unknown as { dialect: { sqlToQuery: (...a: unknown[]) => unknown } })
		.dialect;
	const toQuery = dialect.sqlToQuery;
	dialect.sqlToQuery = function (...args: unknown[]) {
		built++;
		return toQuery.apply(this, args);
	};
	try {
		const result = await fn();
		return { result, statements, built };
	} finally {
		methods.forEach((m, i) => ((proto as unknown as Record<string, unknown>)[m] = originals[i]));
		dialect.sqlToQuery = toQuery;
	}
}
