/**
 * Who may sign in with a password. With single sign-on on, an admin can keep passwords for one
 * break-glass admin only (for when the identity provider is down); everyone else signs in with
 * their company account. Stored in org_settings (`password_signin`), audited.
 */
import { eq } from 'drizzle-orm';
import { write, type Db, exec, one } from '../db';
import { orgSettings, users } from '../db/schema';
import { DomainError } from '../errors';
import { audit } from '../org/users';

export type PasswordPolicy = { mode: 'everyone' } | { mode: 'break_glass'; breakGlassId: number };

const KEY = 'password_signin';

export async function passwordPolicy(db: Db): Promise<PasswordPolicy> {
	const row = await one(
		db.select({ value: orgSettings.value }).from(orgSettings).where(eq(orgSettings.key, KEY))
	);
	if (!row) return { mode: 'everyone' };
	try {
		const p = JSON.parse(row.value) as PasswordPolicy;
		return p.mode === 'break_glass' && Number.isInteger(p.breakGlassId) ? p : { mode: 'everyone' };
	} catch {
		return { mode: 'everyone' };
	}
}

/** Whether this person may sign in with a password now (`ssoOn`: single sign-on configured). */
export async function passwordAllowed(db: Db, userId: number, ssoOn: boolean) {
	const policy = await passwordPolicy(db);
	// Without single sign-on a restriction would lock everyone out: passwords are the way in.
	return !ssoOn || policy.mode === 'everyone' || policy.breakGlassId === userId;
}

/**
 * An admin sets the policy. Restricting needs single sign-on, and a break-glass admin who is an
 * active admin with a password (or nobody could get in when the provider is down).
 */
export async function setPasswordPolicy(
	db: Db,
	actorId: number,
	input: { mode: string; breakGlassId?: number | null },
	ssoOn: boolean,
	now = Date.now()
) {
	let policy: PasswordPolicy;
	if (input.mode === 'everyone') policy = { mode: 'everyone' };
	else if (input.mode === 'break_glass') {
		if (!ssoOn) throw new DomainError('password_policy_needs_sso', 409);
		const id = Number(input.breakGlassId);
		const admin = Number.isInteger(id)
			? await one(db.select().from(users).where(eq(users.id, id)))
			: undefined;
		if (!admin || admin.role !== 'admin' || admin.status !== 'active')
			throw new DomainError('password_policy_break_glass', 422);
		if (!admin.passwordHash) throw new DomainError('password_policy_no_password', 422);
		policy = { mode: 'break_glass', breakGlassId: admin.id };
	} else throw new DomainError('password_policy_invalid', 400);
	await write(db, async (tx) => {
		const value = JSON.stringify(policy);
		await exec(
			tx
				.insert(orgSettings)
				.values({ key: KEY, value, updatedAt: now })
				.onConflictDoUpdate({ target: orgSettings.key, set: { value, updatedAt: now } })
		);
		await audit(tx, actorId, 'org.password_signin', 'org', policy, now);
	});
	return policy;
}
