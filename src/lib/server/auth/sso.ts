/**
 * Single sign-on with OpenID Connect (openid-client): the authorization code flow with PKCE, a
 * state and a nonce. Sessions stay Coachline's own: a successful sign-on creates one as a
 * password sign-in does, and signing out ends it.
 *
 * - The state is kept twice: in a short-lived cookie of the browser that started, and hashed in
 *   `sso_logins` with the PKCE verifier and nonce. The callback must bring the same state as the
 *   cookie, and its row is deleted as it is read, so a state (and with it a code) works once.
 * - openid-client checks the issuer (discovery's metadata and the ID token's `iss`), the
 *   signature, the audience, the nonce and the PKCE verifier; the provider checks the code.
 * - A person is found by their company subject (`<iss> <sub>`) once linked. Before that, only a
 *   **verified** email links a company account to a Coachline account (and only one company
 *   account to one person). Nobody is created unless OIDC_CREATE_PEOPLE is on.
 * - A disabled person is refused, as at the password form.
 */
import * as oidc from 'openid-client';
import { and, eq, lt } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { returned, write, type Db, one, exec } from '../db';
import { ssoLogins, teams, users, type Role, type User } from '../db/schema';
import { DomainError } from '../errors';
import { audit, findUserByEmail, insertUser } from '../org/users';
import { EMAIL_MAX, NAME_MAX } from '../org/validation';
import { safeNext } from './login';
import type { SsoConfig } from './sso-config';

export const SSO_COOKIE = 'coachline_sso';
export const SSO_CALLBACK = '/login/sso/callback';
/** How long a sign-on may take at the provider. */
export const SSO_WINDOW_MS = 10 * 60_000;

const hash = (state: string) => createHash('sha256').update(state).digest('base64url');
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The provider's metadata, discovered once per configuration (again after a failure). */
const discovered = new WeakMap<SsoConfig, Promise<oidc.Configuration>>();
export function providerOf(config: SsoConfig): Promise<oidc.Configuration> {
	let found = discovered.get(config);
	if (!found) {
		found = oidc
			.discovery(
				config.issuer,
				config.clientId,
				undefined,
				oidc.ClientSecretBasic(config.clientSecret),
				{
					// Plain http only for a provider on this machine (sso-config refuses any other).
					execute: LOOPBACK.includes(config.issuer.hostname) ? [oidc.allowInsecureRequests] : [],
					timeout: 15
				}
			)
			.catch((e) => {
				discovered.delete(config);
				console.error(`Coachline: the identity provider could not be used (${describe(e)}).`);
				throw new DomainError('sso_unavailable', 503);
			});
		discovered.set(config, found);
	}
	return found;
}

/** A short reason for the log: the provider's error and description, or the check that failed. */
export function describe(e: unknown): string {
	const x = e as { error?: string; error_description?: string; code?: string; message?: string };
	return [x?.error ?? x?.code, x?.error_description ?? x?.message ?? String(e)]
		.filter(Boolean)
		.join(': ')
		.slice(0, 300);
}

/**
 * Starts a sign-on: where to send the browser, and the state to keep in its cookie. `loginHint`
 * (an email) is passed on so the provider can fill it in.
 */
export async function beginSso(
	db: Db,
	config: SsoConfig,
	{
		origin,
		next,
		loginHint,
		now = Date.now()
	}: { origin: string; next: string | null; loginHint?: string | null; now?: number }
) {
	const provider = await providerOf(config);
	const verifier = oidc.randomPKCECodeVerifier();
	const state = oidc.randomState();
	const nonce = oidc.randomNonce();
	await write(db, async (tx) => {
		await exec(tx.delete(ssoLogins).where(lt(ssoLogins.createdAt, now - SSO_WINDOW_MS)));
		await exec(
			tx
				.insert(ssoLogins)
				.values({ id: hash(state), verifier, nonce, next: safeNext(next), createdAt: now })
		);
	});
	const hint = loginHint?.trim().slice(0, EMAIL_MAX);
	const url = oidc.buildAuthorizationUrl(provider, {
		redirect_uri: origin + SSO_CALLBACK,
		scope: config.scope,
		code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state,
		nonce,
		...(hint ? { login_hint: hint } : {})
	});
	return { url: url.href, state };
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/**
 * Finishes a sign-on at the callback: the person to create a session for, and where to go.
 * Every refusal is a DomainError whose message says what to do; nothing is written then but
 * the used state's removal.
 */
export async function finishSso(
	db: Db,
	config: SsoConfig,
	{
		callback,
		cookieState,
		now = Date.now()
	}: { callback: URL; cookieState: string | undefined; now?: number }
): Promise<{ user: User; next: string }> {
	const state = callback.searchParams.get('state');
	// The state must be the one this browser was given, and unused.
	if (!state || !cookieState || state !== cookieState) throw new DomainError('sso_state', 400);
	const pending = await one(
		db
			.delete(ssoLogins)
			.where(eq(ssoLogins.id, hash(state)))
			.returning()
	);
	if (!pending || pending.createdAt < now - SSO_WINDOW_MS) throw new DomainError('sso_state', 400);
	const provider = await providerOf(config);
	if (callback.searchParams.has('error')) {
		console.error(
			`Coachline: the identity provider refused the sign-on (${describe({
				error: callback.searchParams.get('error') ?? undefined,
				error_description: callback.searchParams.get('error_description') ?? undefined
			})}).`
		);
		throw new DomainError('sso_refused', 400);
	}
	let claims: Record<string, unknown>;
	try {
		const tokens = await oidc.authorizationCodeGrant(provider, callback, {
			pkceCodeVerifier: pending.verifier,
			expectedState: state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
		claims = { ...tokens.claims()! };
		// Providers that keep the ID token small give email and name at the userinfo endpoint.
		if (!claims[config.claims.email] && provider.serverMetadata().userinfo_endpoint)
			claims = {
				...(await oidc.fetchUserInfo(provider, tokens.access_token, String(claims.sub))),
				...claims
			};
	} catch (e) {
		console.error(`Coachline: a sign-on did not complete (${describe(e)}).`);
		throw new DomainError('sso_failed', 400);
	}
	const subject = `${String(claims.iss)} ${String(claims.sub)}`;
	const user = await personFor(db, config, claims, subject, now);
	if (user.status !== 'active') throw new DomainError('sso_disabled', 403);
	return { user, next: pending.next };
}

/** The person a company account is: linked before, linked now by a verified email, or new. */
async function personFor(
	db: Db,
	config: SsoConfig,
	claims: Record<string, unknown>,
	subject: string,
	now: number
): Promise<User> {
	const linked = await one(db.select().from(users).where(eq(users.ssoSubject, subject)));
	if (linked) return linked;
	const email = text(claims[config.claims.email], EMAIL_MAX + 1).toLowerCase();
	if (!email || email.length > EMAIL_MAX || !email.includes('@'))
		throw new DomainError('sso_no_email', 403);
	if (claims.email_verified !== true) throw new DomainError('sso_unverified', 403);
	const existing = await findUserByEmail(db, email);
	if (existing) {
		if (existing.ssoSubject) throw new DomainError('sso_linked_elsewhere', 403);
		if (existing.status !== 'active') throw new DomainError('sso_disabled', 403);
		return await write(db, async (tx) => {
			const done = await returned(
				tx
					.update(users)
					.set({ ssoSubject: subject })
					.where(and(eq(users.id, existing.id), eq(users.email, email)))
					.returning()
			);
			await audit(tx, existing.id, 'auth.sso_link', `user:${existing.id}`, { subject }, now);
			return done;
		});
	}
	if (!config.createPeople) throw new DomainError('sso_no_account', 403);
	const role = roleFrom(config, claims[config.claims.role ?? '']);
	// Only an agent joins a team by its name; a lead is never made a team's lead by a claim.
	const teamName = config.claims.team ? text(claims[config.claims.team], 200) : '';
	const name = text(claims[config.claims.name], NAME_MAX) || email.split('@')[0].slice(0, NAME_MAX);
	return await write(db, async (tx) => {
		const team =
			teamName && role === 'learner'
				? await one(tx.select({ id: teams.id }).from(teams).where(eq(teams.name, teamName)))
				: undefined;
		const user = await insertUser(tx, { name, email, role, startedOn: null }, team?.id ?? null, {
			actorId: null
		});
		const done = await returned(
			tx.update(users).set({ ssoSubject: subject }).where(eq(users.id, user.id)).returning()
		);
		await audit(tx, null, 'user.create', `user:${user.id}`, { role, via: 'sso', subject }, now);
		return done;
	});
}

/** The role a claim value maps to (a list of values: the highest mapped role), else agent. */
export function roleFrom(config: SsoConfig, value: unknown): Role {
	const values = (Array.isArray(value) ? value : [value]).filter(
		(v): v is string => typeof v === 'string'
	);
	const mapped = values.map((v) => config.roles.get(v)).filter((r): r is Role => !!r);
	for (const role of ['admin', 'lead'] as const) if (mapped.includes(role)) return role;
	return 'learner';
}
