/**
 * Single sign-on with the organisation's OpenID Connect provider, configured by environment:
 * on when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. A malformed value stops
 * the start with one sentence (hooks.server), as a malformed SMTP_URL does.
 */
import { ROLES, type Role } from '../db/schema';

export class SsoConfigError extends Error {}

export interface SsoConfig {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	/** Shown on the button: "Sign in with {label}". */
	label: string;
	scope: string;
	/** Which claims give a person's name, email, role and team. */
	claims: { name: string; email: string; role: string | null; team: string | null };
	/** Role claim value → Coachline role (OIDC_ROLE_MAP="cs-admins=admin,cs-leads=lead"). */
	roles: Map<string, Role>;
	/** Create a person at their first sign-in when no account has their verified email. */
	createPeople: boolean;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

export function parseSsoConfig(env: Record<string, string | undefined>): SsoConfig | null {
	const issuerText = env.OIDC_ISSUER?.trim();
	const clientId = env.OIDC_CLIENT_ID?.trim();
	const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
	if (!issuerText && !clientId && !clientSecret) return null;
	if (!issuerText || !clientId || !clientSecret)
		throw new SsoConfigError(
			'Single sign-on needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (or none of them).'
		);
	let issuer: URL;
	try {
		issuer = new URL(issuerText);
	} catch {
		throw new SsoConfigError(`OIDC_ISSUER (${issuerText}) is not a URL.`);
	}
	if (
		issuer.protocol !== 'https:' &&
		!(issuer.protocol === 'http:' && LOOPBACK.includes(issuer.hostname))
	)
		throw new SsoConfigError(
			`OIDC_ISSUER (${issuerText}) must be an https:// address (plain http only on this machine).`
		);
	const roles = new Map<string, Role>();
	for (const pair of (env.OIDC_ROLE_MAP ?? '').split(',').filter((p) => p.trim())) {
		const [value, role] = pair.split('=').map((s) => s.trim());
		if (!value || !ROLES.includes(role as Role))
			throw new SsoConfigError(
				`OIDC_ROLE_MAP has "${pair.trim()}"; each entry is claim-value=role, the role one of ${ROLES.join(', ')}.`
			);
		roles.set(value, role as Role);
	}
	const create = (env.OIDC_CREATE_PEOPLE ?? 'off').trim();
	if (create !== 'on' && create !== 'off')
		throw new SsoConfigError(`OIDC_CREATE_PEOPLE is "${create}"; use on or off.`);
	const claim = (v: string | undefined) => v?.trim() || null;
	return {
		issuer,
		clientId,
		clientSecret,
		label: env.OIDC_LABEL?.trim() || issuer.hostname,
		scope: env.OIDC_SCOPES?.trim() || 'openid email profile',
		claims: {
			name: claim(env.OIDC_CLAIM_NAME) ?? 'name',
			email: claim(env.OIDC_CLAIM_EMAIL) ?? 'email',
			role: claim(env.OIDC_CLAIM_ROLE),
			team: claim(env.OIDC_CLAIM_TEAM)
		},
		roles,
		createPeople: create === 'on'
	};
}

let current: SsoConfig | null = null;
export function configureSso(config: SsoConfig | null) {
	current = config;
}
/** The configuration the server started with (null: single sign-on is off). */
export function ssoConfig() {
	return current;
}
