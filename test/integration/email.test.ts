import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { returned, migrateDb, openDb, write, type Db, exec } from '../../src/lib/server/db';
import { emailOutbox, teamMembers, teams, users, type User } from '../../src/lib/server/db/schema';
import { notify } from '../../src/lib/server/cockpit/notifications';
import { assign } from '../../src/lib/server/cockpit/assignments';
import {
	acceptInvitation,
	createUser,
	resetPassword,
	setUserStatus
} from '../../src/lib/server/org/users';
import { userInputSchema } from '../../src/lib/server/org/validation';
import { configureMail, parseMailConfig } from '../../src/lib/server/mail/config';
import {
	nextDigestAt,
	outboxSummary,
	queueDueSoon,
	retryFailed,
	setEmailMode,
	unsubscribeToken,
	unsubscribeUser
} from '../../src/lib/server/mail/outbox';
import { backoff, MailSender } from '../../src/lib/server/mail/sender';
import { LEASE_MS } from '../../src/lib/server/jobs/lease';
import { addPerson, testDb } from './db';
import { startSmtp, type TestSmtp } from './smtp';
import { realContent } from './real-content';

const content = realContent();
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
const ORIGIN = 'https://coach.example.com';
const LESSON = 'service-foundations/why-service-matters';
const LATER = 'communication-skills/active-listening';

let smtp: TestSmtp;
let db: Db;
let clock: number;
let agent: User;
let lead: User;
const senders: MailSender[] = [];

beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(() => smtp.stop());

beforeEach(async () => {
	db = testDb();
	clock = NOW;
	smtp.received.length = 0;
	smtp.refuse.clear();
	configureMail(
		parseMailConfig({ SMTP_URL: smtp.url, ORIGIN, MAIL_FROM: 'Coachline <c@example.com>' })
	);
	agent = await addPerson(db, { email: 'ann@example.com' });
	lead = await addPerson(db, { role: 'lead' });
	const team = await returned(
		db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning()
	);
	await exec(db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }));
});
afterEach(async () => {
	configureMail(null);
	await Promise.all(senders.splice(0).map((s) => s.stop()));
});

function sender(options: { batch?: number; db?: Db; node?: string } = {}) {
	const s = new MailSender({
		db,
		config: parseMailConfig({
			SMTP_URL: smtp.url,
			ORIGIN,
			MAIL_FROM: 'Coachline <c@example.com>'
		})!,
		content: () => content,
		now: () => clock,
		log: () => {},
		...options
	});
	senders.push(s);
	return s;
}
const outbox = async () => await db.select().from(emailOutbox).orderBy(emailOutbox.id);
const tell = async (userId: number, reference = 'T-1') =>
	await write(
		db,
		async (tx) => await notify(tx, userId, 'review', { reference }, '/reviews/1', clock)
	);

describe('queueing', () => {
	it('writes the email in the transaction of its cause, and nothing when that rolls back', async () => {
		await tell(agent.id);
		expect(await outbox()).toMatchObject([{ userId: agent.id, kind: 'review', status: 'queued' }]);
		await expect(
			write(db, async (tx) => {
				await notify(tx, agent.id, 'review', { reference: 'T-2' }, '/reviews/2', clock);
				throw new Error('the cause failed');
			})
		).rejects.toThrow('the cause failed');
		expect(await outbox()).toHaveLength(1);
	});

	it('queues nothing with email off, for someone who turned it off, disabled, or a demo account', async () => {
		configureMail(null);
		await tell(agent.id);
		expect(await outbox()).toHaveLength(0);
		configureMail(parseMailConfig({ SMTP_URL: smtp.url, ORIGIN }));
		await setEmailMode(db, agent.id, 'off');
		await tell(agent.id);
		const demo = await addPerson(db);
		await exec(db.update(users).set({ demo: true }).where(eq(users.id, demo.id)));
		await tell(demo.id);
		const gone = await addPerson(db);
		await setUserStatus(db, gone.id, 'disabled', lead.id);
		await tell(gone.id);
		expect(await outbox()).toHaveLength(0);
	});
});

describe('the sender', () => {
	it('delivers a notification once, in the person’s language, with links and unsubscribe', async () => {
		await exec(
			db.update(users).set({ language: 'zh-CN', name: '王芳' }).where(eq(users.id, agent.id))
		);
		await tell(agent.id, 'CALL-7');
		const result = await sender().tick();
		expect(result).toEqual({ sent: 1, retry: 0, failed: 0, dropped: 0 });
		expect(smtp.received).toHaveLength(1);
		const [mail] = smtp.received;
		expect(mail.to).toMatchObject({ value: [{ address: 'ann@example.com', name: '王芳' }] });
		expect(mail.subject).toContain('CALL-7');
		expect(mail.text).toContain('王芳，你好');
		expect(mail.text).toContain(`${ORIGIN}/reviews/1`);
		const unsubscribe = `${ORIGIN}/unsubscribe/${await unsubscribeToken(db, agent.id)}`;
		expect(mail.text).toContain(unsubscribe);
		const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line;
		expect(header?.replace(/\r\n\s+/g, ' ')).toBe(`List-Unsubscribe: <${unsubscribe}>`);
		expect(mail.html).toContain('lang="zh-CN"');
		expect(mail.messageId).toMatch(/^<coachline\.\d+\.\d+@coach\.example\.com>$/);
		expect(await outbox()).toMatchObject([{ status: 'sent', sentAt: clock, attempts: 1 }]);
		// A second pass finds nothing to do.
		expect(await sender().tick()).toEqual({ sent: 0, retry: 0, failed: 0, dropped: 0 });
		expect(smtp.received).toHaveLength(1);
	});

	it('escapes what people typed in the HTML part', async () => {
		await write(
			db,
			async (tx) =>
				await notify(
					tx,
					agent.id,
					'dispute',
					{ name: '<img src=x onerror=alert(1)>', reference: 'R&D' },
					'/reviews/3',
					clock
				)
		);
		await sender().tick();
		const [mail] = smtp.received;
		expect(mail.html).not.toContain('<img src=x');
		expect(mail.html).toContain('&lt;img src=x');
		expect(mail.subject).toContain('R&D');
	});

	it('loses nothing while the mail server is down and sends each message once when it is back', async () => {
		await tell(agent.id, 'A');
		await tell(agent.id, 'B');
		await smtp.stop();
		const s = sender();
		expect(await s.tick()).toMatchObject({ sent: 0, retry: 2 });
		let rows = await outbox();
		expect(rows.every((r) => r.status === 'queued' && r.attempts === 1)).toBe(true);
		expect(rows[0].lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
		expect(rows[0].nextAttemptAt).toBe(clock + backoff(1));
		// Still down a minute later: a second try, a longer wait.
		clock += backoff(1);
		await s.tick();
		rows = await outbox();
		expect(rows[0]).toMatchObject({ attempts: 2, nextAttemptAt: clock + backoff(2) });
		expect(await outboxSummary(db)).toMatchObject({ queued: 2, sent: 0 });
		await smtp.start();
		// Back, but the wait is not over: nothing goes early.
		expect((await s.tick()).sent).toBe(0);
		clock += backoff(2);
		expect((await s.tick()).sent).toBe(2);
		expect(smtp.received.map((m) => m.subject)).toEqual([
			expect.stringContaining('A'),
			expect.stringContaining('B')
		]);
		clock += DAY;
		await s.tick();
		expect(smtp.received).toHaveLength(2);
	});

	it('sends nothing twice across a restart, and a message left mid-send goes again with its Message-ID', async () => {
		for (const r of ['1', '2', '3', '4']) await tell(agent.id, r);
		const first = sender({ batch: 2 });
		await first.tick();
		await first.stop();
		expect(smtp.received).toHaveLength(2);
		// The process died after marking one row "sending" and before the server answered.
		const [third] = (await outbox()).filter((r) => r.status === 'queued');
		await exec(
			db.update(emailOutbox).set({ status: 'sending' }).where(eq(emailOutbox.id, third.id))
		);
		const second = sender();
		await second.tick();
		await second.tick();
		expect(smtp.received).toHaveLength(4);
		const ids = smtp.received.map((m) => m.messageId);
		expect(new Set(ids).size).toBe(4);
		expect(ids[2]).toBe(`<coachline.${third.id}.${third.createdAt}@coach.example.com>`);
		expect((await outbox()).every((r) => r.status === 'sent')).toBe(true);
	});

	it('with several nodes, one sends at a time: each message once, and another node takes over when it stops or dies', async () => {
		// Two nodes: two connections to one database file.
		const file = join(mkdtempSync(join(tmpdir(), 'coachline-mail-')), 'nodes.db');
		db = openDb(file);
		migrateDb(db, 'drizzle');
		const other = openDb(file);
		agent = await addPerson(db, { email: 'ann@example.com' });
		for (const r of ['1', '2', '3', '4', '5', '6', '7', '8']) await tell(agent.id, r);
		const a = sender({ db, node: 'node-a', batch: 2 });
		const b = sender({ db: other, node: 'node-b', batch: 2 });
		// Both tick at the same moments: one sends, the other waits.
		const first = await Promise.all([a.tick(), b.tick()]);
		expect(first.map((r) => r.sent).sort()).toEqual([0, 2]);
		const [holder, waiting] = first[0].sent ? [a, b] : [b, a];
		await Promise.all([a.tick(), b.tick()]);
		expect(smtp.received).toHaveLength(4);
		// The holder stops (a restart, a deploy): the other takes over at its next tick.
		await holder.stop();
		expect((await waiting.tick()).sent).toBe(2);
		// The new holder dies without letting go: a third node waits out its lease, then sends.
		const third = sender({ db, node: 'node-c', batch: 2 });
		expect((await third.tick()).sent).toBe(0);
		clock += LEASE_MS;
		expect((await third.tick()).sent).toBe(2);
		const ids = smtp.received.map((m) => m.messageId);
		expect(ids).toHaveLength(8);
		expect(new Set(ids).size).toBe(8);
		expect((await outbox()).every((r) => r.status === 'sent')).toBe(true);
		await Promise.all(senders.splice(0).map((s) => s.stop()));
		other.$client.close();
	});

	it('gives up on an address the server refuses for good, and an admin can put it back', async () => {
		smtp.refuse.add('ann@example.com');
		await tell(agent.id);
		expect(await sender().tick()).toMatchObject({ failed: 1 });
		expect((await outbox())[0]).toMatchObject({ status: 'failed', attempts: 1 });
		expect((await outbox())[0].lastError).toContain('550');
		smtp.refuse.clear();
		expect(await retryFailed(db, clock)).toBe(1);
		expect(await sender().tick()).toMatchObject({ sent: 1 });
	});

	it('gives up after three days of failures', async () => {
		await tell(agent.id);
		await smtp.stop();
		try {
			const s = sender();
			await s.tick();
			clock += 3 * DAY;
			expect(await s.tick()).toMatchObject({ failed: 1 });
			expect((await outbox())[0].status).toBe('failed');
		} finally {
			await smtp.start();
		}
	});

	it('drops what waits for someone disabled or who turned email off', async () => {
		await tell(agent.id);
		const other = await addPerson(db, { email: 'bo@example.com' });
		await tell(other.id);
		await setUserStatus(db, agent.id, 'disabled', lead.id);
		await setEmailMode(db, other.id, 'off');
		expect(await sender().tick()).toMatchObject({ sent: 0, dropped: 1 });
		expect((await outbox()).map((r) => r.status)).toEqual(['dropped', 'dropped']);
		expect(smtp.received).toHaveLength(0);
	});
});

describe('the daily digest', () => {
	it('holds a person’s messages until 08:00 in their zone, then sends them as one', async () => {
		await exec(
			db
				.update(users)
				.set({ emailMode: 'daily', timeZone: 'Asia/Shanghai' })
				.where(eq(users.id, agent.id))
		);
		// 12:00 UTC is 20:00 in Shanghai: the digest goes at 08:00 there, 00:00 UTC the next day.
		await tell(agent.id, 'X1');
		await tell(agent.id, 'X2');
		await tell(agent.id, 'X3');
		const due = Date.UTC(2026, 10, 25, 0);
		expect((await outbox()).every((r) => r.digest && r.nextAttemptAt === due)).toBe(true);
		const s = sender();
		expect((await s.tick()).sent).toBe(0);
		clock = due;
		expect((await s.tick()).sent).toBe(3);
		expect(smtp.received).toHaveLength(1);
		const [mail] = smtp.received;
		expect(mail.subject).toContain('3');
		for (const r of ['X1', 'X2', 'X3']) expect(mail.text).toContain(r);
	});

	it('is due at the next 08:00, today or tomorrow, in any zone', () => {
		expect(nextDigestAt(Date.UTC(2026, 0, 5, 7, 59), 'UTC')).toBe(Date.UTC(2026, 0, 5, 8));
		expect(nextDigestAt(Date.UTC(2026, 0, 5, 8), 'UTC')).toBe(Date.UTC(2026, 0, 6, 8));
		// 12:00 UTC is 07:00 in New York (winter): 08:00 there is 13:00 UTC the same day.
		expect(nextDigestAt(Date.UTC(2026, 0, 5, 12), 'America/New_York')).toBe(
			Date.UTC(2026, 0, 5, 13)
		);
		expect(nextDigestAt(Date.UTC(2026, 0, 5, 14), 'America/New_York')).toBe(
			Date.UTC(2026, 0, 6, 13)
		);
	});
});

describe('invitations', () => {
	const input = (email: string) =>
		userInputSchema.parse({ name: 'Cai Lin', email, role: 'learner', startedOn: '2026-01-05' });
	// Invitations are made at the real time (their expiry is checked against it); the sender
	// looks a minute later.
	beforeEach(() => {
		clock = Date.now() + 60_000;
	});

	it('are emailed with their link, and the secret leaves the outbox once sent', async () => {
		const { user, token } = await createUser(db, input('cai@example.com'), null, lead.id);
		const [row] = await outbox();
		expect(row).toMatchObject({ userId: user.id, kind: 'invitation' });
		expect(row.params.token).toBe(token);
		await sender().tick();
		expect(smtp.received[0].text).toContain(`${ORIGIN}/invite/${token}`);
		expect(smtp.received[0].headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
		expect((await outbox())[0].params).toEqual({});
	});

	it('go even to someone who turned email off; a newer link replaces an unsent one', async () => {
		const { user } = await createUser(db, input('cai@example.com'), null, lead.id);
		await setEmailMode(db, user.id, 'off');
		const fresh = await resetPassword(db, user.id, lead.id);
		expect((await outbox()).map((r) => r.status)).toEqual(['dropped', 'queued']);
		expect((await outbox())[0].params).toEqual({});
		await sender().tick();
		expect(smtp.received).toHaveLength(1);
		expect(smtp.received[0].text).toContain(`/invite/${fresh}`);
	});

	it('are not sent once accepted', async () => {
		const { token } = await createUser(db, input('cai@example.com'), null, lead.id);
		await acceptInvitation(db, token, 'hash', clock);
		expect(await sender().tick()).toMatchObject({ dropped: 1, sent: 0 });
	});
});

describe('due-soon reminders', () => {
	it('go once for each open assignment due within two days', async () => {
		const day = (n: number) => new Date(NOW + n * DAY).toISOString().slice(0, 10);
		const target = { kind: 'agent' as const, id: agent.id };
		await assign(
			db,
			content,
			lead,
			{ target, item: `lesson:${LESSON}`, dueDate: day(2), note: '' },
			clock
		);
		await assign(
			db,
			content,
			lead,
			{ target, item: `lesson:${LATER}`, dueDate: day(9), note: '' },
			clock
		);
		expect(await queueDueSoon(db, content, clock)).toBe(1);
		expect(await queueDueSoon(db, content, clock)).toBe(0);
		const reminders = (await outbox()).filter((r) => r.kind === 'due_soon');
		expect(reminders).toHaveLength(1);
		expect(reminders[0].params.due).toBe(day(2));
		// A week later the second one comes within two days.
		expect(await queueDueSoon(db, content, clock + 7 * DAY)).toBe(1);
	});
});

describe('unsubscribe links', () => {
	it('name their person and nobody else', async () => {
		const token = await unsubscribeToken(db, agent.id);
		expect((await unsubscribeUser(db, token))?.id).toBe(agent.id);
		const [id, mac] = token.split('.');
		expect(await unsubscribeUser(db, `${lead.id}.${mac}`)).toBeNull();
		// One character of the MAC changed: the first, which carries six whole bits (the last one
		// carries padding bits too), and never to itself.
		const other = mac[0] === 'A' ? 'B' : 'A';
		expect(await unsubscribeUser(db, `${id}.${other}${mac.slice(1)}`)).toBeNull();
		expect(await unsubscribeUser(db, 'nonsense')).toBeNull();
		expect(await unsubscribeUser(db, `${id}.${mac}x`)).toBeNull();
		// Another organisation's key makes other tokens.
		expect(await unsubscribeToken(testDb(), agent.id)).not.toBe(token);
	});
});
