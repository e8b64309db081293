import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { returned, one, type Db } from '../../src/lib/server/db';
import { auditLog, ssoLogins, teamMembers, teams, users } from '../../src/lib/server/db/schema';
import {
	parseSsoConfig,
	SsoConfigError,
	type SsoConfig
} from '../../src/lib/server/auth/sso-config';
import { beginSso, finishSso, roleFrom } from '../../src/lib/server/auth/sso';
import { passwordAllowed, setPasswordPolicy } from '../../src/lib/server/auth/policy';
import { hashPassword } from '../../src/lib/server/auth/password';
import { setUserStatus } from '../../src/lib/server/org/users';
import { startTestIdp } from '../oidc/provider.js';
import { addPerson, domainErrorOf, testDb } from './db';

const ORIGIN = 'https://coach.example.com';
const CLIENT = {
	id: 'coachline',
	secret: 'test-client-secret',
	redirect: `${ORIGIN}/login/sso/callback`
};

type Idp = Awaited<ReturnType<typeof startTestIdp>>;
let idp: Idp;
let db: Db;

const accounts = {
	ann: { sub: 'ann-1', email: 'ann@example.com', email_verified: true, name: 'Ann Lee' },
	bob: { sub: 'bob-2', email: 'bob@example.com', email_verified: false, name: 'Bob Unverified' },
	cai: {
		sub: 'cai-3',
		email: 'Cai@Example.com',
		email_verified: true,
		name: '蔡明',
		groups: ['cs-agents', 'cs-leads'],
		team: 'Phones'
	},
	dee: {
		sub: 'dee-4',
		email: 'dee@example.com',
		email_verified: true,
		name: 'Dee',
		team: 'Phones'
	},
	noemail: { sub: 'x-5', name: 'No Email' }
};

beforeAll(async () => {
	idp = await startTestIdp({ client: CLIENT, accounts });
});
afterAll(() => idp?.stop());
beforeEach(() => {
	db = testDb();
	idp.settings.codeTtl = 60;
});

function config(over: Record<string, string> = {}): SsoConfig {
	return parseSsoConfig({
		OIDC_ISSUER: idp.issuer,
		OIDC_CLIENT_ID: CLIENT.id,
		OIDC_CLIENT_SECRET: CLIENT.secret,
		OIDC_LABEL: 'Example Corp',
		OIDC_CLAIM_ROLE: 'groups',
		OIDC_CLAIM_TEAM: 'team',
		OIDC_ROLE_MAP: 'cs-leads=lead,cs-admins=admin',
		...over
	})!;
}

/**
 * A browser at the provider: follows its redirects (keeping its cookies) until it is sent back
 * to Coachline's callback, and returns that address.
 */
async function atProvider(start: string): Promise<URL> {
	const jar = new Map<string, string>();
	let url = start;
	for (let hop = 0; hop < 10; hop++) {
		const res = await fetch(url, {
			redirect: 'manual',
			headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') }
		});
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const [k, v] = pair.split('=');
			jar.set(k, v);
		}
		const location = res.headers.get('location');
		if (!location) throw new Error(`the provider answered ${res.status}: ${await res.text()}`);
		const next = new URL(location, url);
		if (next.href.startsWith(CLIENT.redirect)) return next;
		url = next.href;
	}
	throw new Error('too many redirects');
}

/** A whole sign-on as `account`: the callback address and the state the browser's cookie holds. */
async function signOn(account: string, cfg = config()) {
	const { url, state } = await beginSso(db, cfg, {
		origin: ORIGIN,
		next: '/learn',
		loginHint: account
	});
	return { callback: await atProvider(url), state, cfg };
}
const finish = async (s: { callback: URL; state: string; cfg: SsoConfig }) =>
	await finishSso(db, s.cfg, { callback: s.callback, cookieState: s.state });

async function errorOf(p: Promise<unknown>) {
	try {
		await p;
	} catch (e) {
		return (e as { key?: string }).key ?? String(e);
	}
	return 'no error';
}

describe('the configuration', () => {
	it('is off without the three settings, and names what is wrong in one sentence', () => {
		expect(parseSsoConfig({})).toBeNull();
		const bad = (env: Record<string, string>) => {
			try {
				parseSsoConfig(env);
			} catch (e) {
				expect(e).toBeInstanceOf(SsoConfigError);
				return (e as Error).message;
			}
			return 'no error';
		};
		expect(bad({ OIDC_ISSUER: 'https://id.example.com' })).toMatch(/all three/);
		const base = { OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' };
		expect(bad({ ...base, OIDC_ISSUER: 'not a url' })).toMatch(/not a URL/);
		expect(bad({ ...base, OIDC_ISSUER: 'http://id.example.com' })).toMatch(/https/);
		expect(
			bad({ ...base, OIDC_ISSUER: 'https://id.example.com', OIDC_ROLE_MAP: 'x=boss' })
		).toMatch(/OIDC_ROLE_MAP/);
		expect(
			bad({ ...base, OIDC_ISSUER: 'https://id.example.com', OIDC_CREATE_PEOPLE: 'yes' })
		).toMatch(/on or off/);
	});

	it('maps a role claim (a list or one value) to the highest role it names', () => {
		const cfg = config();
		expect(roleFrom(cfg, ['cs-agents', 'cs-leads'])).toBe('lead');
		expect(roleFrom(cfg, ['cs-leads', 'cs-admins'])).toBe('admin');
		expect(roleFrom(cfg, 'cs-agents')).toBe('learner');
		expect(roleFrom(cfg, undefined)).toBe('learner');
	});
});

describe('signing in with the company account', () => {
	it('links an existing account by its verified email, then finds it by the company subject', async () => {
		const ann = await addPerson(db, { email: 'ann@example.com' });
		const first = await finish(await signOn('ann'));
		expect(first.user.id).toBe(ann.id);
		expect(first.next).toBe('/learn');
		const linked = (await one(db.select().from(users).where(eq(users.id, ann.id))))!;
		expect(linked.ssoSubject).toBe(`${idp.issuer} ann-1`);
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'auth.sso_link'))
		).toHaveLength(1);
		// The company changes Ann's email: the link still finds her.
		accounts.ann.email = 'ann.lee@example.com';
		try {
			expect((await finish(await signOn('ann'))).user.id).toBe(ann.id);
		} finally {
			accounts.ann.email = 'ann@example.com';
		}
	});

	it('refuses an unverified email: no link, no account', async () => {
		await addPerson(db, { email: 'bob@example.com' });
		expect(await errorOf(finish(await signOn('bob')))).toBe('sso_unverified');
		expect(
			(await one(db.select().from(users).where(eq(users.email, 'bob@example.com'))))!.ssoSubject
		).toBeNull();
		expect(await errorOf(finish(await signOn('noemail')))).toBe('sso_no_email');
	});

	it('refuses a disabled person, before and after their account is linked', async () => {
		const admin = await addPerson(db, { role: 'admin' });
		const ann = await addPerson(db, { email: 'ann@example.com' });
		await setUserStatus(db, ann.id, 'disabled', admin.id);
		expect(await errorOf(finish(await signOn('ann')))).toBe('sso_disabled');
		await setUserStatus(db, ann.id, 'active', admin.id);
		await finish(await signOn('ann'));
		await setUserStatus(db, ann.id, 'disabled', admin.id);
		expect(await errorOf(finish(await signOn('ann')))).toBe('sso_disabled');
	});

	it('creates nobody unless asked; when asked, with the mapped role and team (leads are not made team leads)', async () => {
		expect(await errorOf(finish(await signOn('cai')))).toBe('sso_no_account');
		expect(await db.select().from(users)).toEqual([]);
		const lead = await addPerson(db, { role: 'lead' });
		const team = await returned(
			db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning()
		);
		const on = config({ OIDC_CREATE_PEOPLE: 'on' });
		const cai = (await finish(await signOn('cai', on))).user;
		expect(cai).toMatchObject({ email: 'cai@example.com', name: '蔡明', role: 'lead' });
		expect((await one(db.select().from(teams).where(eq(teams.id, team.id))))!.leadId).toBe(lead.id);
		const dee = (await finish(await signOn('dee', on))).user;
		expect(dee.role).toBe('learner');
		expect(
			(await one(db.select().from(teamMembers).where(eq(teamMembers.userId, dee.id))))?.teamId
		).toBe(team.id);
	});

	it('refuses a second company account for a person already linked to one', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		await finish(await signOn('ann'));
		accounts.dee.email = 'ann@example.com';
		try {
			expect(await errorOf(finish(await signOn('dee')))).toBe('sso_linked_elsewhere');
		} finally {
			accounts.dee.email = 'dee@example.com';
		}
	});
});

describe('what a sign-on cannot be made to do', () => {
	it('works once: a replayed callback (same state, same code) is refused', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		const s = await signOn('ann');
		await finish(s);
		expect(await errorOf(finish(s))).toBe('sso_state');
	});

	it('needs the state this browser was given', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		const s = await signOn('ann');
		expect(
			await errorOf(finishSso(db, s.cfg, { callback: s.callback, cookieState: undefined }))
		).toBe('sso_state');
		const other = await beginSso(db, s.cfg, { origin: ORIGIN, next: null });
		expect(
			await errorOf(finishSso(db, s.cfg, { callback: s.callback, cookieState: other.state }))
		).toBe('sso_state');
	});

	it('refuses an expired code', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		idp.settings.codeTtl = 1;
		const s = await signOn('ann');
		await new Promise((r) => setTimeout(r, 2100));
		expect(await errorOf(finish(s))).toBe('sso_failed');
	});

	it('refuses a sign-on that took too long, and leaves no pending row behind', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		const s = await signOn('ann');
		expect(
			await errorOf(
				finishSso(db, s.cfg, {
					callback: s.callback,
					cookieState: s.state,
					now: Date.now() + 11 * 60_000
				})
			)
		).toBe('sso_state');
		expect(await db.select().from(ssoLogins)).toEqual([]);
	});

	it('refuses a provider whose metadata names another issuer', async () => {
		const impostor = await startTestIdp({ client: CLIENT, accounts, issuerHost: 'localhost' });
		try {
			const cfg = config({ OIDC_ISSUER: impostor.url });
			expect(await errorOf(beginSso(db, cfg, { origin: ORIGIN, next: null }))).toBe(
				'sso_unavailable'
			);
		} finally {
			await impostor.stop();
		}
	});

	it('refuses a callback that carries the provider’s error', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		const { state } = await beginSso(db, config(), { origin: ORIGIN, next: null });
		const callback = new URL(`${CLIENT.redirect}?error=access_denied&state=${state}`);
		expect(await errorOf(finishSso(db, config(), { callback, cookieState: state }))).toBe(
			'sso_refused'
		);
	});

	it('refuses a wrong client secret at the token exchange', async () => {
		await addPerson(db, { email: 'ann@example.com' });
		const cfg = config({ OIDC_CLIENT_SECRET: 'not-the-secret' });
		expect(await errorOf(finish(await signOn('ann', cfg)))).toBe('sso_failed');
	});
});

describe('password sign-in with single sign-on on', () => {
	it('can be kept for one break-glass admin with a password, and needs single sign-on for that', async () => {
		const admin = await addPerson(db, {
			role: 'admin',
			passwordHash: await hashPassword('a long passphrase here')
		});
		const other = await addPerson(db, { role: 'admin' });
		const agent = await addPerson(db);
		expect(
			await domainErrorOf(
				async () =>
					await setPasswordPolicy(
						db,
						admin.id,
						{ mode: 'break_glass', breakGlassId: admin.id },
						false
					)
			)
		).toBe('password_policy_needs_sso');
		expect(
			await domainErrorOf(
				async () =>
					await setPasswordPolicy(
						db,
						admin.id,
						{ mode: 'break_glass', breakGlassId: agent.id },
						true
					)
			)
		).toBe('password_policy_break_glass');
		expect(
			await domainErrorOf(
				async () =>
					await setPasswordPolicy(
						db,
						admin.id,
						{ mode: 'break_glass', breakGlassId: other.id },
						true
					)
			)
		).toBe('password_policy_no_password');
		await setPasswordPolicy(db, admin.id, { mode: 'break_glass', breakGlassId: admin.id }, true);
		expect(await passwordAllowed(db, admin.id, true)).toBe(true);
		expect(await passwordAllowed(db, agent.id, true)).toBe(false);
		// Were single sign-on turned off, passwords work for everyone again.
		expect(await passwordAllowed(db, agent.id, false)).toBe(true);
		await setPasswordPolicy(db, admin.id, { mode: 'everyone' }, true);
		expect(await passwordAllowed(db, agent.id, true)).toBe(true);
	});
});
