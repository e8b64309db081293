import { count, eq } from 'drizzle-orm';
import { returned, write, type Db, exec, one } from '../db';
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

/** The demo's teams and who leads them: 林芳 leads two, so the barometer's roll-up has something. */
export const DEMO_TEAMS = [
	{ name: 'Phone Support', lead: 'lead.wang@demo.coachline.test' },
	{ name: 'Chat & Email', lead: 'lead.lin@demo.coachline.test' },
	{ name: 'Social Media', lead: 'lead.lin@demo.coachline.test' }
] as const;

type TeamName = (typeof DEMO_TEAMS)[number]['name'];

const agent = (
	name: string,
	email: string,
	team: TeamName,
	startedDaysAgo: number,
	chinese = false
): DemoPerson => ({
	name,
	email: `${email}@demo.coachline.test`,
	role: 'learner',
	team,
	startedDaysAgo,
	...(chinese ? { language: 'zh-CN' as const, timeZone: 'Asia/Shanghai' } : {})
});

/**
 * The demo organisation, as listed in the README. Leads' emails hold "lead", the admin's
 * "admin". Every team has six agents or more, so its weeks can reach the barometer's five
 * answers; tenures are mixed, from new hires of days to veterans of years.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
	{ name: 'Ada Admin', email: 'admin@demo.coachline.test', role: 'admin' },
	{ name: 'Wang Li', email: 'lead.wang@demo.coachline.test', role: 'lead' },
	{
		name: '林芳',
		email: 'lead.lin@demo.coachline.test',
		role: 'lead',
		language: 'zh-CN',
		timeZone: 'Asia/Shanghai'
	},
	agent('Mei Chen', 'mei', 'Phone Support', 6),
	agent('Tom Becker', 'tom', 'Phone Support', 20),
	agent('Priya Nair', 'priya', 'Phone Support', 240),
	agent('Diego Ruiz', 'diego', 'Phone Support', 410),
	agent('Yuki Sato', 'yuki', 'Chat & Email', 3),
	agent('Omar Haddad', 'omar', 'Chat & Email', 35),
	agent('Anna Kowalska', 'anna', 'Chat & Email', 150),
	agent('张伟', 'zhang', 'Chat & Email', 700, true),
	agent('Grace Okafor', 'grace', 'Phone Support', 95),
	agent('Hannah Schulz', 'hannah', 'Phone Support', 1250),
	agent('Ben Carter', 'ben', 'Phone Support', 560),
	agent('陈静', 'chen.jing', 'Chat & Email', 900, true),
	agent('刘洋', 'liu.yang', 'Chat & Email', 80, true),
	agent('黄蕾', 'huang.lei', 'Chat & Email', 400, true),
	agent('李娜', 'li.na', 'Social Media', 520, true),
	agent('王强', 'wang.qiang', 'Social Media', 130, true),
	agent('周婷', 'zhou.ting', 'Social Media', 300, true),
	agent('赵敏', 'zhao.min', 'Social Media', 10, true),
	agent('Lucas Martin', 'lucas', 'Social Media', 70),
	agent('Sara Lindqvist', 'sara', 'Social Media', 210)
];

function isoDaysAgo(days: number, now: Date) {
	return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the demo organisation, but only into an empty database: an organisation with real
 * people in it is never touched. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Db, now = new Date()): Promise<boolean> {
	const empty = async () => (await one(db.select({ n: count() }).from(users)))!.n === 0;
	if (!(await empty())) return false;
	const hashes = await Promise.all(DEMO_PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));
	return await write(db, async (tx) => {
		// Another process may have seeded while we hashed; the IMMEDIATE lock makes this check final.
		if ((await one(tx.select({ n: count() }).from(users)))!.n !== 0) return false;
		const teamIds = new Map<string, number>();
		for (const { name } of DEMO_TEAMS)
			teamIds.set(name, (await returned(tx.insert(teams).values({ name }).returning())).id);
		for (const [i, p] of DEMO_PEOPLE.entries()) {
			const user = await returned(
				tx
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
			);
			for (const team of DEMO_TEAMS.filter((t) => t.lead === p.email))
				await exec(
					tx
						.update(teams)
						.set({ leadId: user.id })
						.where(eq(teams.id, teamIds.get(team.name)!))
				);
			if (p.team)
				await exec(
					tx.insert(teamMembers).values({ teamId: teamIds.get(p.team)!, userId: user.id })
				);
		}
		return true;
	});
}
