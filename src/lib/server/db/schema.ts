import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

export const ROLES = ['learner', 'lead', 'admin'] as const;
export const EMAIL_MODES = ['instant', 'daily', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
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
		/** The interface language the person chose (en, zh-CN); null: their browser's, then English. */
		language: text('language'),
		/** IANA time zone (Asia/Shanghai) for dates and times; null: the organisation's. */
		timeZone: text('time_zone'),
		/** Created by the demo seed; the UI shows a banner while such accounts exist. */
		demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
		/**
		 * How the person gets their notifications by email: each at once, gathered in one daily
		 * digest, or not at all (the unsubscribe link sets this). Invitations are always sent.
		 */
		emailMode: text('email_mode', { enum: EMAIL_MODES }).notNull().default('instant'),
		/**
		 * The company account this person signs in with (`<issuer> <sub>`), set at their first
		 * single sign-on by a verified email; null: none yet.
		 */
		ssoSubject: text('sso_subject').unique(),
		createdAt: integer('created_at').notNull().default(now)
	},
	(t) => [
		// The demo banner asks on every page whether an active demo account exists: an index keeps
		// that a lookup, not a scan of every user.
		index('users_demo_idx').on(t.demo, t.status),
		check('users_role_check', sql`${t.role} in ('learner', 'lead', 'admin')`),
		check('users_status_check', sql`${t.status} in ('active', 'disabled')`)
		// email_mode's allowed values are checked by a column constraint the migration adds with
		// the column (0017): a table constraint here would make drizzle-kit rebuild `users`.
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

/**
 * Sign-in throttles (src/lib/server/auth/throttle.ts), in the database so that every app node
 * counts the same failures and a restart forgets none. `address`: a token bucket per client
 * address (`tokens` left at `at`); `account`: failures in a row per typed email (`failures`, and
 * no attempt before `until`). A row goes once `expires_at` has passed: a full bucket, or a day
 * without failures.
 */
export const signInThrottles = sqliteTable(
	'sign_in_throttles',
	{
		scope: text('scope', { enum: ['address', 'account'] }).notNull(),
		key: text('key').notNull(),
		tokens: real('tokens').notNull().default(0),
		failures: integer('failures').notNull().default(0),
		at: integer('at').notNull(),
		until: integer('until').notNull().default(0),
		expiresAt: integer('expires_at').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.scope, t.key] }),
		index('sign_in_throttles_expiry_idx').on(t.expiresAt)
	]
);

/**
 * Who runs a background job now (src/lib/server/jobs/lease.ts): one row per job (the email
 * sender, the LRS forwarder), held by one node until `until`.
 */
export const jobLeases = sqliteTable('job_leases', {
	job: text('job').primaryKey(),
	holder: text('holder').notNull(),
	until: integer('until').notNull()
});

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

/**
 * The learning record: append-only, shaped like xAPI statements. Everything a person sees
 * about progress is a projection of these rows (kept in the same transaction as the append).
 */
export const statements = sqliteTable(
	'statements',
	{
		id: text('id').primaryKey(),
		actorId: integer('actor_id')
			.notNull()
			.references(() => users.id),
		/** Short verb id (experienced, completed, answered, …); the xAPI export maps it to an IRI. */
		verb: text('verb').notNull(),
		objectType: text('object_type').notNull(),
		objectId: text('object_id').notNull(),
		result: text('result', { mode: 'json' }),
		scoreScaled: real('score_scaled'),
		success: integer('success', { mode: 'boolean' }),
		completion: integer('completion', { mode: 'boolean' }),
		durationMs: integer('duration_ms'),
		registration: text('registration'),
		context: text('context', { mode: 'json' }),
		/** Hash of the content file the event was about, so later edits never rewrite history. */
		contentVersion: text('content_version'),
		timestamp: integer('timestamp').notNull()
	},
	(t) => [
		index('statements_actor_time_idx').on(t.actorId, t.timestamp),
		index('statements_object_idx').on(t.objectType, t.objectId)
	]
);

/** Projection: where each person stands on each lesson and course. */
export const progress = sqliteTable(
	'progress',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		objectType: text('object_type', { enum: ['lesson', 'course', 'quiz', 'scenario'] }).notNull(),
		objectId: text('object_id').notNull(),
		status: text('status', { enum: ['started', 'completed'] }).notNull(),
		startedAt: integer('started_at').notNull(),
		/** When the reading statement was last appended; throttles them to one an hour. */
		lastOpenedAt: integer('last_opened_at'),
		completedAt: integer('completed_at'),
		/** Quizzes: the best scaled score so far and how many attempts were submitted. */
		bestScore: real('best_score'),
		attempts: integer('attempts').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.userId, t.objectType, t.objectId] })]
);

/** A learner's private answers to a lesson's SelfCheck prompts. Only they ever see them. */
export const selfChecks = sqliteTable(
	'self_checks',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		lessonId: text('lesson_id').notNull(),
		checkId: text('check_id').notNull(),
		answer: text('answer').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.lessonId, t.checkId] })]
);

export type Statement = typeof statements.$inferSelect;

/**
 * One try at a quiz. The seed decides which questions were drawn and how options are shuffled
 * and named on the page; it never leaves the server. An attempt is scored exactly once.
 */
export const quizAttempts = sqliteTable(
	'quiz_attempts',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		quizId: text('quiz_id').notNull(),
		quizVersion: text('quiz_version').notNull(),
		seed: text('seed').notNull(),
		questionIds: text('question_ids', { mode: 'json' }).$type<string[]>().notNull(),
		status: text('status', { enum: ['open', 'submitted'] })
			.notNull()
			.default('open'),
		/** Per question: the option ids given, confidence, credit. */
		answers: text('answers', { mode: 'json' }),
		score: real('score'),
		passed: integer('passed', { mode: 'boolean' }),
		/** Question ids answered "sure" and wrong: for coaching. */
		flagged: text('flagged', { mode: 'json' }).$type<string[]>(),
		createdAt: integer('created_at').notNull(),
		submittedAt: integer('submitted_at')
	},
	(t) => [index('quiz_attempts_user_quiz_idx').on(t.userId, t.quizId, t.createdAt)]
);

/**
 * Projection: one row per piece of competency evidence (a quiz answer, later a role-play
 * criterion or a review), pointing back at the statement it came from.
 */
export const competencyEvidence = sqliteTable(
	'competency_evidence',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		competency: text('competency').notNull(),
		kind: text('kind', {
			enum: ['lesson', 'quiz', 'roleplay', 'observed', 'review', 'confirmation']
		}).notNull(),
		/** 0–1: how well this piece of evidence went. */
		score: real('score').notNull(),
		statementId: text('statement_id')
			.notNull()
			.references(() => statements.id),
		/** The practice run behind role-play evidence: sharing or unsharing it flips `private`. */
		runId: text('run_id'),
		/** Evidence from a run its owner has not shared: only they see it (and levels built on it). */
		private: integer('private', { mode: 'boolean' }).notNull().default(false),
		at: integer('at').notNull()
	},
	(t) => [
		index('competency_evidence_user_idx').on(t.userId, t.competency, t.at),
		index('competency_evidence_run_idx').on(t.runId),
		// The pieces one statement produced (a review's, to name its weakest competency).
		index('competency_evidence_statement_idx').on(t.statementId),
		// Levels (a record, a team's heat map) read every piece of one person's evidence: all of
		// it from the index, in the order it is grouped, none from the table.
		index('competency_evidence_levels_idx').on(
			t.userId,
			t.private,
			t.competency,
			t.kind,
			t.at,
			t.score
		)
	]
);

/**
 * A projection of competency_evidence kept by SQLite triggers (migration 0011), so a team's
 * levels read one row per person, competency and kind instead of every piece of evidence.
 * Recency weights are stored relative to `t0`, the newest piece's time: `w` = Σ 2^((at − t0) / H)
 * and `ws` = Σ 2^((at − t0) / H) × score, H the half-life (growth/competency.ts). The weight at a
 * moment `now` is then `w × 0.5^((now − t0) / H)`, exactly what summing each piece's own weight
 * gives, and no term grows past 1 however long the organisation runs. Inserts add to the row;
 * an update or delete of evidence recomputes the row from the evidence (exact, and rare).
 */
export const competencyTallies = sqliteTable(
	'competency_tallies',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		private: integer('private', { mode: 'boolean' }).notNull(),
		competency: text('competency').notNull(),
		kind: text('kind', {
			enum: ['lesson', 'quiz', 'roleplay', 'observed', 'review', 'confirmation']
		}).notNull(),
		n: integer('n').notNull(),
		t0: integer('t0').notNull(),
		w: real('w').notNull(),
		ws: real('ws').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.private, t.competency, t.kind] })]
);

export type QuizAttempt = typeof quizAttempts.$inferSelect;

/**
 * The mood barometer. Entries carry team and week only: no person, no time, and a random key in
 * a WITHOUT ROWID table, so neither a column nor the storage order ties an entry to anyone.
 */
export const pulseEntries = sqliteTable('pulse_entries', {
	id: text('id').primaryKey(),
	teamId: integer('team_id')
		.notNull()
		.references(() => teams.id, { onDelete: 'cascade' }),
	/** ISO week, e.g. 2026-W48. */
	week: text('week').notNull(),
	mood: integer('mood').notNull(),
	comment: text('comment')
});

/** Who has answered in a week (and for which team), never what they answered. */
export const pulseSubmissions = sqliteTable(
	'pulse_submissions',
	{
		week: text('week').notNull(),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.week, t.teamId, t.userId] })]
);

/** Thanks for something specific, to a colleague or a whole team. Never ranked. */
export const kudos = sqliteTable(
	'kudos',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		fromUserId: integer('from_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Null when the whole team is thanked. */
		toUserId: integer('to_user_id').references(() => users.id, { onDelete: 'cascade' }),
		message: text('message').notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('kudos_team_idx').on(t.teamId, t.createdAt), index('kudos_to_idx').on(t.toUserId)]
);

export const SUGGESTION_STATUSES = ['received', 'planned', 'done', 'declined'] as const;

/** Improvement suggestions with a visible outcome ("you said, we did"). */
export const suggestions = sqliteTable(
	'suggestions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		/** Null for an anonymous suggestion. */
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('received'),
		reply: text('reply'),
		repliedBy: integer('replied_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [index('suggestions_team_idx').on(t.teamId, t.createdAt)]
);

/** Short anonymised cases a lead publishes for the team: a success or a lesson from a failure. */
export const learningCases = sqliteTable(
	'learning_cases',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		kind: text('kind', { enum: ['success', 'lesson'] }).notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		competencies: text('competencies', { mode: 'json' }).$type<string[]>().notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('learning_cases_team_idx').on(t.teamId, t.createdAt)]
);

export const REACTIONS = ['helpful', 'thanks', 'me-too'] as const;

export const caseReactions = sqliteTable(
	'case_reactions',
	{
		caseId: integer('case_id')
			.notNull()
			.references(() => learningCases.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reaction: text('reaction', { enum: REACTIONS }).notNull()
	},
	(t) => [primaryKey({ columns: [t.caseId, t.userId, t.reaction] })]
);

/** A line of a role-play transcript, as stored and shown. */
export interface TranscriptLine {
	who: 'customer' | 'stage' | 'agent';
	text: string;
	/** Agent lines: the decision number. */
	step?: number;
	at: number;
}

/**
 * One play of a role-play scenario. The ink state, the decisions (with the effects of every
 * choice) and the variables stay on the server; the learner sees the transcript as it grows and
 * the debrief once the run is finished. Private until the learner shares it with their lead.
 */
export const roleplayRuns = sqliteTable(
	'roleplay_runs',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scenarioId: text('scenario_id').notNull(),
		scenarioVersion: text('scenario_version').notNull(),
		/** Secret per-run seed for the order choices are shown in; never leaves the server. */
		seed: text('seed').notNull().default(''),
		status: text('status', { enum: ['open', 'finished', 'abandoned'] })
			.notNull()
			.default('open'),
		/** Decisions taken so far: a form must name the step it answers (no replays). */
		step: integer('step').notNull().default(0),
		inkState: text('ink_state').notNull(),
		transcript: text('transcript', { mode: 'json' }).$type<TranscriptLine[]>().notNull(),
		decisions: text('decisions', { mode: 'json' }).$type<unknown[]>().notNull(),
		variables: text('variables', { mode: 'json' }).$type<Record<string, number>>().notNull(),
		ending: text('ending'),
		score: real('score'),
		passed: integer('passed', { mode: 'boolean' }),
		/** Per criterion: score 0–1 or null, as shown in the debrief. */
		result: text('result', { mode: 'json' }),
		sharedAt: integer('shared_at'),
		startedAt: integer('started_at').notNull(),
		updatedAt: integer('updated_at').notNull(),
		finishedAt: integer('finished_at')
	},
	(t) => [
		index('roleplay_runs_user_idx').on(t.userId, t.scenarioId, t.startedAt),
		index('roleplay_runs_shared_idx').on(t.sharedAt)
	]
);
export type RoleplayRun = typeof roleplayRuns.$inferSelect;

/** A lead's comment on one line of a shared run's transcript. */
export const roleplayComments = sqliteTable(
	'roleplay_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		runId: text('run_id')
			.notNull()
			.references(() => roleplayRuns.id, { onDelete: 'cascade' }),
		line: integer('line').notNull(),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('roleplay_comments_run_idx').on(t.runId, t.line)]
);

/**
 * People in the loop on typed replies: an agent contests how one reply was scored, a lead
 * re-scores it (with a reason) or lets the score stand. One row per run and step.
 */
export const replyReviews = sqliteTable(
	'reply_reviews',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		runId: text('run_id')
			.notNull()
			.references(() => roleplayRuns.id, { onDelete: 'cascade' }),
		/** The decision's step number in the run. */
		step: integer('step').notNull(),
		scenarioId: text('scenario_id').notNull(),
		/** The free-text step's id in the scenario (the same across runs). */
		freeStep: text('free_step').notNull(),
		status: text('status', { enum: ['contested', 'rescored', 'upheld'] }).notNull(),
		contestReason: text('contest_reason'),
		contestedAt: integer('contested_at'),
		/** The step's score (0–1) as the rules read it, and as the lead re-scored it. */
		scoreBefore: real('score_before').notNull(),
		scoreAfter: real('score_after'),
		reviewerId: integer('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
		reviewReason: text('review_reason'),
		reviewedAt: integer('reviewed_at'),
		createdAt: integer('created_at').notNull()
	},
	(t) => [
		uniqueIndex('reply_reviews_run_step_idx').on(t.runId, t.step),
		index('reply_reviews_scenario_idx').on(t.scenarioId, t.freeStep)
	]
);
export type ReplyReview = typeof replyReviews.$inferSelect;

/**
 * Observed practice: two people role-play a scenario live and a lead scores its rubric. The
 * result is evidence for the agent.
 */
export const observedPractice = sqliteTable(
	'observed_practice',
	{
		id: text('id').primaryKey(),
		scenarioId: text('scenario_id').notNull(),
		scenarioVersion: text('scenario_version').notNull(),
		agentId: integer('agent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		observerId: integer('observer_id').references(() => users.id, { onDelete: 'set null' }),
		/** Criterion id → rating 0–4. */
		ratings: text('ratings', { mode: 'json' }).$type<Record<string, number>>().notNull(),
		ending: text('ending'),
		comment: text('comment').notNull().default(''),
		score: real('score').notNull(),
		passed: integer('passed', { mode: 'boolean' }).notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('observed_practice_agent_idx').on(t.agentId, t.createdAt)]
);
export type ObservedPractice = typeof observedPractice.$inferSelect;

/** A development-plan goal: the agent's own, linked to a competency, agreed by their lead. */
export const devGoals = sqliteTable(
	'dev_goals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		competency: text('competency').notNull(),
		text: text('text').notNull(),
		/** YYYY-MM-DD. */
		targetDate: text('target_date').notNull(),
		status: text('status', { enum: ['open', 'done'] })
			.notNull()
			.default('open'),
		agreedBy: integer('agreed_by').references(() => users.id, { onDelete: 'set null' }),
		agreedAt: integer('agreed_at'),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [index('dev_goals_user_idx').on(t.userId, t.targetDate)]
);
export type DevGoal = typeof devGoals.$inferSelect;

/** A lead's (or the agent's) comment on a goal. */
export const goalComments = sqliteTable(
	'goal_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => devGoals.id, { onDelete: 'cascade' }),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('goal_comments_goal_idx').on(t.goalId, t.createdAt)]
);

/** The agent's own view of each competency: kept apart from the computed level. */
export const selfAssessments = sqliteTable(
	'self_assessments',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		competency: text('competency').notNull(),
		level: integer('level').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.competency] }),
		check('self_assessments_level', sql`${t.level} between 0 and 4`)
	]
);

/** The agent's free notes on their development plan. */
export const devNotes = sqliteTable('dev_notes', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	body: text('body').notNull(),
	updatedAt: integer('updated_at').notNull()
});

export const ASSIGNABLE = ['course', 'lesson', 'quiz', 'scenario'] as const;
export type AssignableType = (typeof ASSIGNABLE)[number];

/**
 * Work a lead gives one person: a course, lesson, quiz or scenario with a due date. Assigning to a
 * team writes one row per member with a shared `batch`, so the lead edits or cancels them together.
 * Projection: `done` is set in the same transaction as the record event that finishes the item.
 */
export const assignments = sqliteTable(
	'assignments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		batch: text('batch').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Set when the batch went to a whole team. */
		teamId: integer('team_id').references(() => teams.id, { onDelete: 'set null' }),
		itemType: text('item_type', { enum: ASSIGNABLE }).notNull(),
		itemId: text('item_id').notNull(),
		/** YYYY-MM-DD. */
		dueDate: text('due_date').notNull(),
		note: text('note').notNull().default(''),
		assignedBy: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
		status: text('status', { enum: ['open', 'done', 'cancelled'] })
			.notNull()
			.default('open'),
		completedAt: integer('completed_at'),
		/** The coaching action item this came from, if any. */
		actionItemId: integer('action_item_id'),
		/** A team batch that also goes to people who join the team later. */
		newcomers: integer('newcomers', { mode: 'boolean' }).notNull().default(false),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [
		index('assignments_user_idx').on(t.userId, t.status, t.dueDate),
		index('assignments_item_idx').on(t.userId, t.itemType, t.itemId),
		index('assignments_batch_idx').on(t.batch)
	]
);
export type Assignment = typeof assignments.$inferSelect;

/** A one-to-one between a lead and an agent. */
export const coachingSessions = sqliteTable(
	'coaching_sessions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		agentId: integer('agent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		leadId: integer('lead_id').references(() => users.id, { onDelete: 'set null' }),
		/** YYYY-MM-DD: the day in the lead's time zone. */
		scheduledFor: text('scheduled_for').notNull(),
		/** When it starts (ms since the epoch), shown in each reader's zone; null: a day only. */
		startsAt: integer('starts_at'),
		focus: text('focus', { mode: 'json' }).$type<string[]>().notNull(),
		/** Attached evidence: shared runs, quiz attempts, reviews, as `kind:id`. */
		evidence: text('evidence', { mode: 'json' }).$type<string[]>().notNull(),
		notes: text('notes').notNull().default(''),
		followUp: text('follow_up'),
		acknowledgedAt: integer('acknowledged_at'),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [index('coaching_sessions_agent_idx').on(t.agentId, t.scheduledFor)]
);
export type CoachingSession = typeof coachingSessions.$inferSelect;

/** What the agent agreed to do after a session. */
export const actionItems = sqliteTable(
	'action_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		sessionId: integer('session_id')
			.notNull()
			.references(() => coachingSessions.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		dueDate: text('due_date').notNull(),
		doneAt: integer('done_at'),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('action_items_session_idx').on(t.sessionId)]
);
export type ActionItem = typeof actionItems.$inferSelect;

/** A lead's quality review of one real interaction, scored on a scorecard from content/. */
export const reviews = sqliteTable(
	'reviews',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		agentId: integer('agent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		leadId: integer('lead_id').references(() => users.id, { onDelete: 'set null' }),
		scorecardId: text('scorecard_id').notNull(),
		scorecardVersion: text('scorecard_version').notNull(),
		/** The ticket or call id, as the team knows it. */
		reference: text('reference').notNull(),
		/** YYYY-MM-DD: when the interaction happened. */
		interactionDate: text('interaction_date').notNull(),
		excerpt: text('excerpt').notNull().default(''),
		/** Item id → count (deductions), points (bonus) or 0/1 (critical). */
		marks: text('marks', { mode: 'json' }).$type<Record<string, number>>().notNull(),
		score: real('score').notNull(),
		comment: text('comment').notNull().default(''),
		status: text('status', { enum: ['new', 'acknowledged', 'disputed', 'resolved'] })
			.notNull()
			.default('new'),
		disputeReason: text('dispute_reason'),
		resolution: text('resolution'),
		/** The statement whose evidence currently stands for this review. */
		statementId: text('statement_id').references(() => statements.id),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [index('reviews_agent_idx').on(t.agentId, t.createdAt)]
);
export type Review = typeof reviews.$inferSelect;

/** An in-app notification; "due soon" is worked out when read, not stored. */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', {
			enum: [
				'assigned',
				'review',
				'session',
				'dispute',
				'resolved',
				'contest',
				'rescored',
				'lrs_paused'
			]
		}).notNull(),
		/** Shown text parameters (names, titles). */
		params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
		link: text('link').notNull(),
		readAt: integer('read_at'),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)]
);

/**
 * Organisation-wide settings an admin changes, one row per key (today: `time_zone`, the zone
 * everyone sees times in until they choose their own).
 */
export const orgSettings = sqliteTable('org_settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: integer('updated_at').notNull()
});

/**
 * Email waiting to go out, written in the transaction that causes it (a notification, an
 * invitation, a due-soon reminder), so a message exists exactly when its cause does and a dead
 * mail server loses nothing. The sender (src/lib/server/mail/sender.ts) delivers due rows with
 * retries and backoff; `daily` rows wait for the person's digest. What the email says is rendered
 * when it is sent, in the person's language and time zone then.
 */
export const emailOutbox = sqliteTable(
	'email_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** A notification kind, `invitation` or `due_soon`. */
		kind: text('kind').notNull(),
		/**
		 * What the message needs (titles, names, dates). An invitation's secret token is kept only
		 * until it is sent, then removed.
		 */
		params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
		/** The path the message links to. */
		link: text('link').notNull(),
		/** Held for the person's daily digest rather than sent on its own. */
		digest: integer('digest', { mode: 'boolean' }).notNull().default(false),
		/** Makes a reminder idempotent (`due:<assignment id>`): a second insert does nothing. */
		dedupeKey: text('dedupe_key').unique(),
		status: text('status', { enum: ['queued', 'sending', 'sent', 'failed', 'dropped'] })
			.notNull()
			.default('queued'),
		attempts: integer('attempts').notNull().default(0),
		/** When the sender may try it next (for a digest row: when the digest is due). */
		nextAttemptAt: integer('next_attempt_at').notNull(),
		lastError: text('last_error'),
		createdAt: integer('created_at').notNull(),
		sentAt: integer('sent_at')
	},
	(t) => [
		index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
		index('email_outbox_user_idx').on(t.userId, t.status),
		check(
			'email_outbox_status_check',
			sql`${t.status} in ('queued', 'sending', 'sent', 'failed', 'dropped')`
		)
	]
);
export type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Where learning records are forwarded: the organisation's own learning record store (one row,
 * id 1, set on Admin → Learning records). The secret is never sent to a browser. The rest is the
 * forwarder's state, kept here so it survives a restart: a pause (the LRS refused our
 * credentials or address; an admin must act), and the wait after a failure (down, 429, 5xx).
 */
export const xapiForwarding = sqliteTable('xapi_forwarding', {
	id: integer('id').primaryKey(),
	enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
	/** The LRS's xAPI base (`…/xAPI`); statements are posted to `<endpoint>/statements`. */
	endpoint: text('endpoint').notNull(),
	username: text('username').notNull(),
	password: text('password').notNull(),
	/** Short verb ids to forward (`completed`, `passed`, …); null: every verb. */
	verbs: text('verbs', { mode: 'json' }).$type<string[] | null>(),
	/** Why forwarding stopped until an admin acts (401, 403, a wrong address); null: not paused. */
	pausedReason: text('paused_reason'),
	pausedAt: integer('paused_at'),
	/** Consecutive failed tries (down, 429, 5xx) and when the next may go. */
	failures: integer('failures').notNull().default(0),
	retryAt: integer('retry_at'),
	lastError: text('last_error'),
	lastErrorAt: integer('last_error_at'),
	lastSentAt: integer('last_sent_at'),
	updatedAt: integer('updated_at').notNull()
});
export type XapiForwarding = typeof xapiForwarding.$inferSelect;

/**
 * Statements waiting for (or delivered to) the LRS, written in the transaction that appends the
 * statement, so a statement is forwarded exactly when it exists. `id` is what the LRS receives as
 * the statement id (the record's own id, or a voiding statement's), so a retry can never make a
 * second copy. `body` is fixed at the first try: every retry sends the same bytes.
 */
export const xapiOutbox = sqliteTable(
	'xapi_outbox',
	{
		seq: integer('seq').primaryKey({ autoIncrement: true }),
		id: text('id').notNull().unique(),
		statementId: text('statement_id')
			.notNull()
			.references(() => statements.id, { onDelete: 'cascade' }),
		/** `statement`: the record's statement; `void`: voids it in the LRS (a run taken back). */
		kind: text('kind', { enum: ['statement', 'void'] })
			.notNull()
			.default('statement'),
		status: text('status', { enum: ['queued', 'sent', 'parked'] })
			.notNull()
			.default('queued'),
		body: text('body'),
		attempts: integer('attempts').notNull().default(0),
		/** Why the LRS refused this one statement (a parked row). */
		lastError: text('last_error'),
		createdAt: integer('created_at').notNull(),
		sentAt: integer('sent_at')
	},
	(t) => [
		index('xapi_outbox_status_idx').on(t.status, t.seq),
		index('xapi_outbox_statement_idx').on(t.statementId),
		check('xapi_outbox_status_check', sql`${t.status} in ('queued', 'sent', 'parked')`),
		check('xapi_outbox_kind_check', sql`${t.kind} in ('statement', 'void')`)
	]
);
export type XapiOutboxRow = typeof xapiOutbox.$inferSelect;

/**
 * Single sign-ons under way: one row per redirect to the identity provider, found again by the
 * state it carries (stored hashed) and deleted at the callback, so a state works once. Holds the
 * PKCE verifier and the nonce the ID token must carry. Rows older than ten minutes are void.
 */
export const ssoLogins = sqliteTable('sso_logins', {
	id: text('id').primaryKey(),
	verifier: text('verifier').notNull(),
	nonce: text('nonce').notNull(),
	/** Where to go once signed in (a same-site path). */
	next: text('next').notNull(),
	createdAt: integer('created_at').notNull()
});

/**
 * The organisation's keys for signing Open Badges (Ed25519). The newest key not retired signs;
 * every key stays published so what it signed still verifies, unless it was withdrawn (a key
 * that leaked: what it signed no longer verifies). The private key is read by
 * $lib/server/badges/keys.ts only, and never leaves the server.
 */
export const badgeKeys = sqliteTable('badge_keys', {
	/** The key's JWK thumbprint (RFC 7638): the last part of its URL. */
	kid: text('kid').primaryKey(),
	publicJwk: text('public_jwk').notNull(),
	privatePem: text('private_pem').notNull(),
	createdAt: integer('created_at').notNull(),
	retiredAt: integer('retired_at'),
	withdrawnAt: integer('withdrawn_at')
});
export type BadgeKeyRow = typeof badgeKeys.$inferSelect;

/**
 * Open Badges 3.0 credentials issued: one per person and course, as signed (the VC-JWT), at a
 * random place in a revocation status list. Revoking sets the place's bit; the credential's
 * text is never changed.
 */
export const badgeCredentials = sqliteTable(
	'badge_credentials',
	{
		/** A UUID; the credential's id is urn:uuid:<id>. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		course: text('course').notNull(),
		list: integer('list').notNull(),
		statusIndex: integer('status_index').notNull(),
		kid: text('kid')
			.notNull()
			.references(() => badgeKeys.kid),
		jwt: text('jwt').notNull(),
		awardedAt: integer('awarded_at').notNull(),
		issuedAt: integer('issued_at').notNull(),
		revokedAt: integer('revoked_at'),
		revokedBy: integer('revoked_by').references(() => users.id, { onDelete: 'set null' }),
		revokeReason: text('revoke_reason')
	},
	(t) => [
		uniqueIndex('badge_credentials_person_course').on(t.userId, t.course),
		uniqueIndex('badge_credentials_status').on(t.list, t.statusIndex),
		index('badge_credentials_issued_idx').on(t.issuedAt)
	]
);
export type BadgeCredentialRow = typeof badgeCredentials.$inferSelect;
