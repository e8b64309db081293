import { count, eq } from 'drizzle-orm';
import { write, type Db } from '../db';
import { teamMembers, teams, users, type Role } from '../db/schema';
import { hashPassword } from '../auth/password';

export const DEMO_PASSWORD = 'coachline-demo';

interface DemoPerson {
	name: string;
	email: string;
	role: Role;
	team?: string;
	/** Days before today the person started (new hires have small numbers). */
	startedDaysAgo?: number;
	/** The people who use Coachline in Chinese, in Shanghai's time. */
	language?: 'zh-CN';
	timeZone?: string;
}

export const DEMO_TEAMS = ['Phone Support', 'Chat & Email'] as const;

/** The demo organisation, as listed in the README. Leads' emails hold "lead", the admin's "admin". */
export const DEMO_PEOPLE: DemoPerson[] = [
	{ name: 'Ada Admin', email: 'admin@demo.coachline.test', role: 'admin' },
	{ name: 'Wang Li', email: 'lead.wang@demo.coachline.test', role: 'lead', team: 'Phone Support' },
	{
		name: '林芳',
		email: 'lead.lin@demo.coachline.test',
		role: 'lead',
		team: 'Chat & Email',
		language: 'zh-CN',
		timeZone: 'Asia/Shanghai'
	},
	{
		name: 'Mei Chen',
		email: 'mei@demo.coachline.test',
		role: 'learner',
		team: 'Phone Support',
		startedDaysAgo: 6
	},
	{
		name: 'Tom Becker',
		email: 'tom@demo.coachline.test',
		role: 'learner',
		team: 'Phone Support',
		startedDaysAgo: 20
	},
	{
		name: 'Priya Nair',
		email: 'priya@demo.coachline.test',
		role: 'learner',
		team: 'Phone Support',
		startedDaysAgo: 240
	},
	{
		name: 'Diego Ruiz',
		email: 'diego@demo.coachline.test',
		role: 'learner',
		team: 'Phone Support',
		startedDaysAgo: 410
	},
	{
		name: 'Yuki Sato',
		email: 'yuki@demo.coachline.test',
		role: 'learner',
		team: 'Chat & Email',
		startedDaysAgo: 3
	},
	{
		name: 'Omar Haddad',
		email: 'omar@demo.coachline.test',
		role: 'learner',
		team: 'Chat & Email',
		startedDaysAgo: 35
	},
	{
		name: 'Anna Kowalska',
		email: 'anna@demo.coachline.test',
		role: 'learner',
		team: 'Chat & Email',
		startedDaysAgo: 150
	},
	{
		name: '张伟',
		email: 'zhang@demo.coachline.test',
		role: 'learner',
		team: 'Chat & Email',
		startedDaysAgo: 700,
		language: 'zh-CN',
		timeZone: 'Asia/Shanghai'
	}
];

function isoDaysAgo(days: number, now: Date) {
	return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the demo organisation, but only into an empty database: an organisation with real
 * people in it is never touched. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Db, now = new Date()): Promise<boolean> {
	const empty = () => db.select({ n: count() }).from(users).get()!.n === 0;
	if (!empty()) return false;
	const hashes = await Promise.all(DEMO_PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));
	return write(db, (tx) => {
		// Another process may have seeded while we hashed; the IMMEDIATE lock makes this check final.
		if (tx.select({ n: count() }).from(users).get()!.n !== 0) return false;
		const teamIds = new Map<string, number>(
			DEMO_TEAMS.map((name) => [name, tx.insert(teams).values({ name }).returning().get().id])
		);
		DEMO_PEOPLE.forEach((p, i) => {
			const user = tx
				.insert(users)
				.values({
					name: p.name,
					email: p.email,
					role: p.role,
					passwordHash: hashes[i],
					demo: true,
					language: p.language ?? null,
					timeZone: p.timeZone ?? null,
					startedOn: p.startedDaysAgo === undefined ? null : isoDaysAgo(p.startedDaysAgo, now)
				})
				.returning()
				.get();
			const teamId = p.team ? teamIds.get(p.team)! : undefined;
			if (teamId === undefined) return;
			if (p.role === 'lead')
				tx.update(teams).set({ leadId: user.id }).where(eq(teams.id, teamId)).run();
			else tx.insert(teamMembers).values({ teamId, userId: user.id }).run();
		});
		return true;
	});
}
