import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { hashPassword } from '../../src/lib/server/auth/password';
import { addPerson, testDb } from './db';

// The limiters in login.ts are module-level singletons: each test uses its own email and address.
const PASSWORD = 'correct horse battery staple';

let db: Db;
let passwordHash: string;
beforeAll(async () => {
	db = testDb();
	passwordHash = await hashPassword(PASSWORD);
});

let serial = 0;
/** A fresh active account with PASSWORD, and an address no other test uses. */
async function account(props: { status?: 'active' | 'disabled'; invited?: boolean } = {}) {
	serial++;
	const email = `login${serial}@example.test`;
	const user = await addPerson(db, {
		email,
		status: props.status,
		passwordHash: props.invited ? null : passwordHash
	});
	return { user, email, address: `192.0.2.${serial}` };
}

describe('attemptLogin', () => {
	it('returns the user for the right password', async () => {
		const { user, email, address } = await account();
		expect(await attemptLogin(db, email, PASSWORD, address)).toEqual({
			ok: true,
			user: {
				id: user.id,
				email,
				name: user.name,
				role: 'learner',
				language: null,
				timeZone: null,
				startedOn: null
			}
		});
	});

	it('matches the email case-insensitively and ignores surrounding spaces', async () => {
		const { user, email, address } = await account();
		const outcome = await attemptLogin(db, `  ${email.toUpperCase()} `, PASSWORD, address);
		expect(outcome.ok && outcome.user.id).toBe(user.id);
	});

	it('answers failed for a wrong password', async () => {
		const { email, address } = await account();
		expect(await attemptLogin(db, email, PASSWORD + '!', address)).toEqual({
			ok: false,
			reason: 'failed'
		});
	});

	it('answers failed for an unknown email', async () => {
		const { address } = await account();
		expect(await attemptLogin(db, 'nobody@example.test', PASSWORD, address)).toEqual({
			ok: false,
			reason: 'failed'
		});
	});

	it('answers failed for a disabled account with the right password', async () => {
		const { email, address } = await account({ status: 'disabled' });
		expect(await attemptLogin(db, email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'failed'
		});
	});

	it('answers failed for an invited person who has not set a password', async () => {
		const { email, address } = await account({ invited: true });
		for (const password of [PASSWORD, ''])
			expect(await attemptLogin(db, email, password, address)).toEqual({
				ok: false,
				reason: 'failed'
			});
	});

	it('throttles the account after 5 failures, even for the right password', async () => {
		const { email, address } = await account();
		for (let i = 0; i < 4; i++) await attemptLogin(db, email, 'wrong password', address);
		// Four failures do not throttle yet: the right password still works, and clears the count.
		expect((await attemptLogin(db, email, PASSWORD, address)).ok).toBe(true);

		for (let i = 0; i < 5; i++)
			expect(await attemptLogin(db, email, 'wrong password', address)).toEqual({
				ok: false,
				reason: 'failed'
			});
		expect(await attemptLogin(db, email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'account_throttled',
			seconds: 5
		});
		// The throttle is per account, whatever case the email is typed in, from any address.
		const other = await account();
		expect(await attemptLogin(db, email.toUpperCase(), PASSWORD, other.address)).toMatchObject({
			reason: 'account_throttled'
		});
		expect((await attemptLogin(db, other.email, PASSWORD, other.address)).ok).toBe(true);
	});

	it('lets many people sign in from one address: only failures count', async () => {
		const office = (await account()).address;
		for (let i = 0; i < 40; i++) {
			const person = await account();
			expect((await attemptLogin(db, person.email, PASSWORD, office)).ok).toBe(true);
		}
	});

	it('throttles an address after 30 quick failures', async () => {
		const { email, address } = await account();
		for (let i = 0; i < 30; i++)
			await attemptLogin(db, `unknown${i}@example.test`, 'x'.repeat(600), address);
		expect(await attemptLogin(db, email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'address_throttled'
		});
	});
});
