import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['learner', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const now = sql`(unixepoch('subsec') * 1000)`;

export const users = sqliteTable(
	'users',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Stored lower-cased; unique. */
		email: text('email').notNull().unique(),
		name: text('name').notNull(),
		role: text('role', { enum: ROLES }).notNull().default('learner'),
		/** Null until the person accepts their invitation. */
		passwordHash: text('password_hash'),
		status: text('status', { enum: ['active', 'disabled'] })
			.notNull()
			.default('active'),
		/** ISO date (YYYY-MM-DD) the person started; drives onboarding due dates. */
		startedOn: text('started_on'),
		locale: text('locale').notNull().default('en'),
		/** Created by the demo seed; the UI shows a banner while such accounts exist. */
		demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
		createdAt: integer('created_at').notNull().default(now)
	},
	(t) => [
		check('users_role_check', sql`${t.role} in ('learner', 'lead', 'admin')`),
		check('users_status_check', sql`${t.status} in ('active', 'disabled')`)
	]
);

export const sessions = sqliteTable(
	'sessions',
	{
		/** Hex SHA-256 of the secret token; the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at').notNull(),
		lastSeenAt: integer('last_seen_at').notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const invitations = sqliteTable('invitations', {
	/** Hex SHA-256 of the token in the link. */
	id: text('id').primaryKey(),
	/** One open invitation per person: a new one replaces the old. */
	userId: integer('user_id')
		.notNull()
		.unique()
		.references(() => users.id, { onDelete: 'cascade' }),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: integer('created_at').notNull(),
	expiresAt: integer('expires_at').notNull()
});

export const teams = sqliteTable('teams', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	name: text('name').notNull().unique(),
	leadId: integer('lead_id').references(() => users.id, { onDelete: 'set null' }),
	createdAt: integer('created_at').notNull().default(now)
});

export const teamMembers = sqliteTable(
	'team_members',
	{
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: integer('added_at').notNull().default(now)
	},
	(t) => [
		primaryKey({ columns: [t.teamId, t.userId] }),
		index('team_members_user_idx').on(t.userId)
	]
);

export const auditLog = sqliteTable('audit_log', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
	action: text('action').notNull(),
	target: text('target'),
	detail: text('detail', { mode: 'json' }),
	at: integer('at').notNull().default(now)
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Team = typeof teams.$inferSelect;
