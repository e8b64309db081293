// Open Badges 3.0: issuing, the signature, 1EdTech's JSON schema, revocation through the status
// list, key rotation, and what the verify page says about every kind of bad credential. The
// signature and the status list are checked here with node:crypto and zlib directly, not with
// the code under test; the credential with 1EdTech's own published schema.
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, it } from 'vitest';
import { serially, migrateDb, openDb, type Db, one } from '../../src/lib/server/db';
import { auditLog, badgeCredentials, badgeKeys, type User } from '../../src/lib/server/db/schema';
import { completeLesson } from '../../src/lib/server/record/lessons';
import { attemptQuestions, startAttempt, submitAttempt } from '../../src/lib/server/quiz/attempts';
import { answerForm } from '../../src/lib/server/org/demo-history';
import {
	credentialFile,
	credentialsOf,
	issueAfterCompletion,
	issueEarned,
	listCredentials,
	revokeCredential,
	saveIssuerInfo,
	signedStatusList
} from '../../src/lib/server/badges/issue';
import { publishedKeys, rotateKey, signingKey, thumbprint } from '../../src/lib/server/badges/keys';
import {
	buildCredential,
	issuerProfile,
	signCredential,
	STATUS_LIST_SIZE
} from '../../src/lib/server/badges/credential';
import { verifyCredential, VERIFY_MAX_BYTES } from '../../src/lib/server/badges/verify';
import { addPerson, domainFailureOf, testDb } from './db';
import { realContent } from './real-content';

const ORIGIN = 'https://coach.example.com';
const content = realContent();
const COURSE = content.courses[0];
const T0 = Date.UTC(2026, 10, 2, 9);

// 1EdTech's published JSON Schemas for Open Badges 3.0 (see test/fixtures/openbadges/README.md).
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (file: string) =>
	ajv.compile(JSON.parse(readFileSync(`test/fixtures/openbadges/${file}`, 'utf8')));
const credentialSchema = schema('ob_v3p0_achievementcredential_schema.json');
const profileSchema = schema('ob_v3p0_profile_schema.json');

const part = (jwt: string, i: 0 | 1) =>
	JSON.parse(Buffer.from(jwt.split('.')[i], 'base64url').toString('utf8'));

/** Verifies an EdDSA JWT with OpenSSL through node:crypto, against a public JWK. */
function signatureHolds(jwt: string, jwk: object): boolean {
	const [h, p, s] = jwt.split('.');
	const key = createPublicKey({ key: jwk as never, format: 'jwk' });
	return verify(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'));
}

/** A payload changed and put back with the original signature, as a forger would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a credential's JSON, edited freely
function forged(jwt: string, change: (payload: Record<string, any>) => void): string {
	const [h, , s] = jwt.split('.');
	const payload = part(jwt, 1);
	change(payload);
	return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
}

/** Reads one bit of a Bitstring Status List the way the spec describes it. */
function bitOf(encodedList: string, index: number): boolean {
	expect(encodedList.startsWith('u')).toBe(true);
	const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
	expect(bytes.length * 8).toBe(STATUS_LIST_SIZE);
	return ((bytes[index >> 3] >> (7 - (index % 8))) & 1) === 1;
}

/** Completes every lesson of a course and passes its assessment, through the real code. */
async function complete(db: Db, person: User, course = COURSE, at = T0) {
	for (const [i, lesson] of course.lessons.entries())
		await completeLesson(db, person.id, course, lesson, at + i);
	const quiz = content.quiz(course.slug)!;
	const attempt = await startAttempt(db, person.id, quiz, at + 100);
	const form = answerForm(quiz, attempt.seed, attemptQuestions(quiz, attempt)!, () => true);
	await submitAttempt(db, attempt, quiz, form, at + 200);
}

let db: Db;
let ann: User;
let admin: User;

beforeEach(async () => {
	db = testDb();
	ann = await addPerson(db, { email: 'Ann.Lee@Example.com' });
	admin = await addPerson(db, { role: 'admin' });
});

const issue = async (person: User, now = T0 + 1000) =>
	await issueEarned(db, content, person, ORIGIN, 'en', now);
const jwtOf = async (person: User, course = COURSE.slug) =>
	(await credentialFile(db, person.id, course))!.jwt;

describe('issuing', () => {
	it('issues nothing before a course is completed and assessed', async () => {
		await serially(
			COURSE.lessons,
			async (l, i) => await completeLesson(db, ann.id, COURSE, l, T0 + i)
		);
		expect(await issue(ann)).toBe(0);
		expect((await credentialsOf(db, ann.id)).size).toBe(0);
	});

	it('issues one signed OpenBadgeCredential per completed course, valid against 1EdTech’s schema', async () => {
		await complete(db, ann);
		expect(await issue(ann)).toBe(1);
		const jwt = await jwtOf(ann);
		const header = part(jwt, 0);
		const credential = part(jwt, 1);
		const [key] = await publishedKeys(db);
		expect(header).toEqual({
			alg: 'EdDSA',
			typ: 'vc+jwt',
			cty: 'vc',
			kid: `${ORIGIN}/badges/keys/${key.kid}`
		});
		expect(key.kid).toBe(thumbprint(key.jwk));
		expect(signatureHolds(jwt, key.jwk)).toBe(true);

		const valid = credentialSchema(credential);
		expect(credentialSchema.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
		expect(credential['@context']).toEqual([
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
		]);
		expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
		expect(credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(credential.issuer.id).toBe(`${ORIGIN}/badges/issuer`);
		// The JWT claims mirror the credential.
		expect(credential.iss).toBe(credential.issuer.id);
		expect(credential.jti).toBe(credential.id);
		expect(credential.nbf * 1000).toBe(Date.parse(credential.validFrom));
		// Awarded when the later of the last lesson and the assessment happened.
		expect(credential.awardedDate).toBe(new Date(T0 + 200).toISOString().replace('.200Z', 'Z'));
		const subject = credential.credentialSubject;
		expect(subject.achievement.id).toBe(`${ORIGIN}/badges/achievements/${COURSE.slug}`);
		expect(subject.achievement.name).toBe(COURSE.title);
		expect(subject.achievement.criteria.narrative).toContain(String(COURSE.lessons.length));
		const [name, email] = subject.identifier;
		expect(name).toEqual({
			type: 'IdentityObject',
			identityType: 'name',
			hashed: false,
			identityHash: ann.name
		});
		// The email only as a salted hash of its lower-cased form.
		expect(email.hashed).toBe(true);
		expect(email.identityHash).toBe(
			`sha256$${createHash('sha256').update(`ann.lee@example.com${email.salt}`).digest('hex')}`
		);
		expect(JSON.stringify(credential)).not.toContain('Example.com');
		expect(credential.credentialStatus).toMatchObject({
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListCredential: `${ORIGIN}/badges/status/1`
		});
		const index = Number(credential.credentialStatus.statusListIndex);
		expect(index).toBeGreaterThanOrEqual(0);
		expect(index).toBeLessThan(STATUS_LIST_SIZE);
	});

	it('issues once: the same bytes every time, and in a Chinese edition when opened in Chinese', async () => {
		await complete(db, ann);
		expect(await issueEarned(db, content, ann, ORIGIN, 'zh-CN', T0 + 1000)).toBe(1);
		const jwt = await jwtOf(ann);
		expect(await issue(ann, T0 + 5000)).toBe(0);
		expect(await jwtOf(ann)).toBe(jwt);
		const achievement = part(jwt, 1).credentialSubject.achievement;
		const zh = COURSE.translations['zh-CN'];
		expect(achievement.name).toBe(zh?.title ?? COURSE.title);
		expect(achievement.inLanguage).toBe(zh ? 'zh-CN' : 'en');
		expect(credentialSchema(part(jwt, 1))).toBe(true);
	});

	it('gives each credential its own place in the status list, and the file is VC 2.0’s envelope', async () => {
		const bob = await addPerson(db);
		await complete(db, ann);
		await complete(db, bob);
		await issue(ann);
		await issue(bob);
		const places = await db.select().from(badgeCredentials);
		expect(new Set(places.map((p) => p.statusIndex)).size).toBe(2);
		const file = (await credentialFile(db, ann.id, COURSE.slug))!;
		expect(file.json).toEqual({
			'@context': ['https://www.w3.org/ns/credentials/v2'],
			id: `data:application/vc+jwt,${file.jwt}`,
			type: 'EnvelopedVerifiableCredential'
		});
		expect(await credentialFile(db, ann.id, 'no-such-course')).toBeUndefined();
	});

	it('names the issuer as an admin set it, and the profile is valid against 1EdTech’s schema', async () => {
		await saveIssuerInfo(db, admin.id, { name: '  Acme   Care  ', url: 'https://acme.example' });
		await complete(db, ann);
		await issue(ann);
		expect(part(await jwtOf(ann), 1).issuer).toEqual({
			id: `${ORIGIN}/badges/issuer`,
			type: ['Profile'],
			name: 'Acme Care',
			url: 'https://acme.example'
		});
		const profile = issuerProfile(ORIGIN, { name: 'Acme Care', url: 'https://acme.example' });
		expect(profileSchema(profile)).toBe(true);
		expect(
			await domainFailureOf(async () => await saveIssuerInfo(db, admin.id, { name: ' ', url: '' }))
		).toEqual({
			key: 'badges_issuer_name_invalid',
			status: 400
		});
		expect(
			await domainFailureOf(
				async () => await saveIssuerInfo(db, admin.id, { name: 'A', url: 'javascript:x' })
			)
		).toEqual({ key: 'badges_issuer_url_invalid', status: 400 });
	});

	it('issues right after the completing action, and a failure there fails nothing', async () => {
		await complete(db, ann);
		expect(await issueAfterCompletion(db, content, ann, ORIGIN, 'en')).toBe(1);
		const errors: string[] = [];
		const original = console.error;
		console.error = (message: string) => errors.push(message);
		try {
			db.$client.close();
			expect(await issueAfterCompletion(db, content, ann, ORIGIN, 'en')).toBe(0);
		} finally {
			console.error = original;
		}
		expect(errors.join('\n')).toContain('an Open Badge could not be issued now');
	});

	it('makes one signing key, once, and never publishes its private part', async () => {
		const first = await signingKey(db);
		const again = await signingKey(db);
		expect(again.kid).toBe(first.kid);
		expect(await db.select().from(badgeKeys)).toHaveLength(1);
		const published = JSON.stringify(await publishedKeys(db));
		expect(published).not.toContain('PRIVATE');
		expect((await publishedKeys(db))[0].jwk).toEqual({
			kty: 'OKP',
			crv: 'Ed25519',
			x: expect.any(String)
		});
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'badges.key_created'))
		).toHaveLength(1);
	});
});

describe('verifying', () => {
	beforeEach(async () => {
		await complete(db, ann);
		await issue(ann);
	});
	const check = async (input: string, now = T0 + 10_000) =>
		await verifyCredential(db, ORIGIN, input, now);

	it('verifies an issued credential, as a token or as the downloaded JSON', async () => {
		const ok = await check(await jwtOf(ann));
		expect(ok).toMatchObject({
			ok: true,
			credential: { recipient: ann.name, achievement: COURSE.title }
		});
		const file = JSON.stringify((await credentialFile(db, ann.id, COURSE.slug))!.json, null, 2);
		expect((await check(file)).ok).toBe(true);
	});

	it('refuses a credential whose name or date was changed, and says what changed', async () => {
		const jwt = await jwtOf(ann);
		const renamed = forged(jwt, (p) => {
			p.credentialSubject.identifier[0].identityHash = 'Somebody Else';
		});
		expect(await check(renamed)).toMatchObject({
			ok: false,
			failure: 'tampered',
			changed: ['recipient']
		});
		const redated = forged(jwt, (p) => {
			p.awardedDate = '2020-01-01T00:00:00Z';
		});
		expect(await check(redated)).toMatchObject({ failure: 'tampered', changed: ['awarded'] });
		const other = forged(jwt, (p) => {
			p.credentialSubject.achievement.description = 'Something grander';
		});
		expect(await check(other)).toMatchObject({ failure: 'tampered', changed: ['other'] });
		// A signature from another credential does not carry over.
		const bob = await addPerson(db);
		await complete(db, bob);
		await issue(bob);
		const [h, p] = jwt.split('.');
		const swapped = `${h}.${p}.${(await jwtOf(bob)).split('.')[2]}`;
		expect(await check(swapped)).toMatchObject({ ok: false, failure: 'tampered' });
	});

	it('refuses a credential from another issuer, or signed with a key that is not ours', async () => {
		const stranger = generateKeyPairSync('ed25519').privateKey;
		const base = {
			id: '6f1c7b52-8c1f-4c1e-9a59-3b1f2d7c4e11',
			issuer: { name: 'Elsewhere', url: 'https://elsewhere.example' },
			course: {
				slug: 'x',
				title: 'X',
				summary: 'X',
				lessons: ['x/1'],
				competencies: [],
				locale: 'en'
			},
			criteria: 'Done',
			person: { name: ann.name, email: ann.email },
			awardedAt: T0,
			issuedAt: T0,
			list: 1,
			index: 7
		};
		const foreign = buildCredential({ ...base, origin: 'https://elsewhere.example' });
		const theirs = signCredential(
			foreign,
			{ kid: 'k', privateKey: stranger },
			'https://elsewhere.example/badges/keys/k'
		);
		expect(await check(theirs)).toMatchObject({
			ok: false,
			failure: 'other_issuer',
			issuer: 'Elsewhere'
		});
		// Claims to be ours, signed by a stranger: under a key id we never had…
		const impostor = buildCredential({ ...base, origin: ORIGIN });
		const unknownKid = signCredential(
			impostor,
			{ kid: 'k', privateKey: stranger },
			`${ORIGIN}/badges/keys/nope`
		);
		expect(await check(unknownKid)).toMatchObject({ failure: 'unknown_key' });
		// …or under our key's id.
		const [key] = await publishedKeys(db);
		const ourKid = signCredential(
			impostor,
			{ kid: key.kid, privateKey: stranger },
			`${ORIGIN}/badges/keys/${key.kid}`
		);
		expect(await check(ourKid)).toMatchObject({ failure: 'tampered' });
		// The right issuer and key, but another algorithm named in the header.
		const [h, p, s] = (await jwtOf(ann)).split('.');
		const none = Buffer.from(
			JSON.stringify({ ...part(await jwtOf(ann), 0), alg: 'none' })
		).toString('base64url');
		expect(await check(`${none}.${p}.${s}`)).toMatchObject({ failure: 'unknown_key' });
		expect(h).not.toBe(none);
	});

	it('says what is wrong with input that is not a credential at all', async () => {
		const failure = async (input: string) => {
			const v = await check(input);
			return v.ok ? 'ok' : v.failure;
		};
		expect(await failure('   ')).toBe('empty');
		expect(await failure('x'.repeat(VERIFY_MAX_BYTES + 1))).toBe('too_large');
		expect(await failure('hello there')).toBe('unreadable');
		expect(await failure('{"not": "closed"')).toBe('unreadable');
		expect(await failure('[1, 2]')).toBe('unreadable');
		expect(await failure('a.b.c')).toBe('unreadable');
		const plain = part(await jwtOf(ann), 1);
		expect(await failure(JSON.stringify(plain))).toBe('unsigned');
		expect(await failure(JSON.stringify({ ...plain, proof: { type: 'DataIntegrityProof' } }))).toBe(
			'other_proof'
		);
		expect(
			await failure(
				JSON.stringify({ type: 'EnvelopedVerifiableCredential', id: 'data:text/plain,hi' })
			)
		).toBe('unreadable');
		const notBadge = forged(await jwtOf(ann), (p) => {
			p.type = ['VerifiableCredential'];
		});
		expect(await failure(notBadge)).toBe('not_a_badge');
	});

	it('refuses a credential dated in the future', async () => {
		expect(await check(await jwtOf(ann), T0 - 60 * 60 * 1000)).toMatchObject({
			failure: 'not_yet_valid'
		});
	});
});

describe('revoking', () => {
	beforeEach(async () => {
		await complete(db, ann);
		await issue(ann);
	});

	it('sets the credential’s bit in the signed status list, and verifying says so', async () => {
		const jwt = await jwtOf(ann);
		const index = Number(part(jwt, 1).credentialStatus.statusListIndex);
		const before = await signedStatusList(db, ORIGIN, 1, T0 + 2000);
		const [key] = await publishedKeys(db);
		expect(signatureHolds(before, key.jwk)).toBe(true);
		const list = part(before, 1);
		expect(list).toMatchObject({
			type: ['VerifiableCredential', 'BitstringStatusListCredential'],
			id: `${ORIGIN}/badges/status/1`,
			issuer: `${ORIGIN}/badges/issuer`,
			credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' }
		});
		expect(bitOf(list.credentialSubject.encodedList, index)).toBe(false);

		await revokeCredential(
			db,
			admin.id,
			part(jwt, 1).id.slice(9),
			'Completed under someone else’s login',
			T0 + 3000
		);
		const after = part(await signedStatusList(db, ORIGIN, 1, T0 + 4000), 1).credentialSubject
			.encodedList;
		expect(bitOf(after, index)).toBe(true);
		// Only that bit.
		const bytes = gunzipSync(Buffer.from(after.slice(1), 'base64url'));
		expect(bytes.reduce((n, b) => n + (b.toString(2).match(/1/g)?.length ?? 0), 0)).toBe(1);

		expect(await verifyCredential(db, ORIGIN, jwt, T0 + 5000)).toMatchObject({
			ok: false,
			failure: 'revoked',
			revokedAt: T0 + 3000
		});
		expect((await credentialFile(db, ann.id, COURSE.slug))!.revoked).toBe(true);
		// Not issued again: the course is still completed, the credential stays revoked.
		expect(await issue(ann, T0 + 6000)).toBe(0);
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'badges.revoked'));
		expect(audit).toHaveLength(1);
	});

	it('is idempotent, and refuses a forged id or a missing reason without writing anything', async () => {
		const id = (await one(db.select().from(badgeCredentials)))!.id;
		await revokeCredential(db, admin.id, id, 'Reason', T0 + 1);
		await revokeCredential(db, admin.id, id, 'Another reason', T0 + 2);
		const row = (await one(db.select().from(badgeCredentials)))!;
		expect(row.revokedAt).toBe(T0 + 1);
		expect(row.revokeReason).toBe('Reason');
		expect(
			await domainFailureOf(async () => await revokeCredential(db, admin.id, "1' or 1=1", 'x'))
		).toEqual({
			key: 'badges_not_found',
			status: 404
		});
		expect(
			await domainFailureOf(
				async () =>
					await revokeCredential(db, admin.id, '00000000-0000-4000-8000-000000000000', 'x')
			)
		).toEqual({ key: 'badges_not_found', status: 404 });
		const bob = await addPerson(db);
		await complete(db, bob);
		await issue(bob);
		const bobs = (await credentialsOf(db, bob.id)).get(COURSE.slug)!.id;
		expect(
			await domainFailureOf(async () => await revokeCredential(db, admin.id, bobs, '   '))
		).toMatchObject({
			key: 'badges_reason_invalid',
			status: 400
		});
		expect(
			await domainFailureOf(async () => await revokeCredential(db, admin.id, bobs, 'x'.repeat(501)))
		).toMatchObject({
			key: 'badges_reason_invalid'
		});
		expect((await credentialsOf(db, bob.id)).get(COURSE.slug)!.revokedAt).toBeNull();
	});

	it('lists credentials for admins, by name or email, with totals', async () => {
		const bob = await addPerson(db, { email: 'bob@elsewhere.test' });
		await complete(db, bob);
		await issue(bob, T0 + 2000);
		const all = await listCredentials(db);
		expect(all.rows.map((r) => r.email)).toEqual(['bob@elsewhere.test', ann.email]);
		expect(all.totals).toEqual({ issued: 2, revoked: 0 });
		expect((await listCredentials(db, { q: 'ELSEWHERE' })).rows).toHaveLength(1);
		expect((await listCredentials(db, { q: 'nobody' })).rows).toHaveLength(0);
	});
});

describe('rotating keys', () => {
	it('a rotation by another process (the CLI, another node) signs from the next credential on, with no restart', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'coachline-keys-'));
		const server = openDb(join(dir, 'keys.db'));
		migrateDb(server, 'drizzle');
		const cli = openDb(join(dir, 'keys.db'));
		const before = (await signingKey(server, T0)).kid;
		const rotated = await rotateKey(cli, { actorId: null }, T0 + 1000);
		expect(rotated).not.toBe(before);
		expect((await signingKey(server, T0 + 2000)).kid).toBe(rotated);
		const withdrawn = await rotateKey(cli, { actorId: null, withdraw: true }, T0 + 3000);
		expect((await signingKey(server, T0 + 4000)).kid).toBe(withdrawn);
		server.$client.close();
		cli.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('keeps what the old key signed verifiable; withdrawing it does not', async () => {
		await complete(db, ann);
		await issue(ann);
		const old = await jwtOf(ann);
		const oldKid = (await signingKey(db)).kid;
		const kid = await rotateKey(db, { actorId: admin.id }, T0 + 5000);
		expect(kid).not.toBe(oldKid);
		expect((await signingKey(db)).kid).toBe(kid);
		expect((await verifyCredential(db, ORIGIN, old, T0 + 10_000)).ok).toBe(true);
		// New credentials are signed with the new key.
		const bob = await addPerson(db);
		await complete(db, bob);
		await issue(bob, T0 + 6000);
		expect(part(await jwtOf(bob), 0).kid).toBe(`${ORIGIN}/badges/keys/${kid}`);

		const bobs = await jwtOf(bob);
		await rotateKey(db, { actorId: admin.id, withdraw: true }, T0 + 7000);
		expect(await verifyCredential(db, ORIGIN, bobs, T0 + 10_000)).toMatchObject({
			failure: 'key_withdrawn'
		});
		expect((await verifyCredential(db, ORIGIN, old, T0 + 10_000)).ok).toBe(true);
		// Bob gets a new credential, signed with the newest key, when he next opens his certificates.
		expect((await credentialsOf(db, bob.id)).size).toBe(0);
		expect(await issue(bob, T0 + 8000)).toBe(1);
		const fresh = await jwtOf(bob);
		expect(part(fresh, 0).kid).toBe(`${ORIGIN}/badges/keys/${(await signingKey(db)).kid}`);
		expect((await verifyCredential(db, ORIGIN, fresh, T0 + 10_000)).ok).toBe(true);
		const states = (await publishedKeys(db)).map((k) => [
			k.retiredAt !== null,
			k.withdrawnAt !== null
		]);
		expect(states).toEqual([
			[false, false],
			[true, true],
			[true, false]
		]);
	});
});
