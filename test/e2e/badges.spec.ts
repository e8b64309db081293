import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import {
	DEMO,
	client,
	clientAs,
	expectAccessible,
	newAgent,
	secondPage,
	signIn,
	visit
} from './helpers';
import { answerAll, expectScore, quizById, content } from './quiz-helpers';

const ajv = new Ajv2019({ strict: false });
addFormats(ajv);
const credentialSchema = ajv.compile(
	JSON.parse(
		readFileSync('test/fixtures/openbadges/ob_v3p0_achievementcredential_schema.json', 'utf8')
	)
);
const payload = (jwt: string) =>
	JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

/** Pastes a credential into the public verify page and asks. */
async function verify(page: Page, text: string) {
	await visit(page, '/badges/verify');
	await page.getByLabel('Credential', { exact: true }).fill(text);
	await page.getByRole('button', { name: 'Verify' }).click();
	await expect(page.getByRole('heading', { name: /^(Verified|Not verified)$/ })).toBeVisible();
	await expectAccessible(page);
}

test('a completed course is an Open Badge: downloaded, verified by anyone, revoked by an admin', async ({
	page,
	browser
}) => {
	test.slow();
	const slug = 'service-foundations';
	const course = content().course(slug)!;
	const agent = await newAgent('badge');
	const api = await clientAs(agent.email, agent.password);
	for (const lesson of course.lessons)
		expect((await api.post(`/learn/${lesson.id}?/complete`, { form: {} })).status()).toBe(303);
	await signIn(page, agent.email, agent.password);
	await visit(page, `/quiz/${slug}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerAll(page, quizById(slug));
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expectScore(page, 100);
	// Issued as the assessment completed the course, before anyone opens the certificates.
	const adminApi = await clientAs(DEMO.admin);
	const listed = await (
		await adminApi.get(`/admin/badges?q=${encodeURIComponent(agent.email)}`)
	).text();
	expect(listed).not.toContain('Nobody whose name or email contains that has a credential.');
	expect(listed).toContain(`<strong>${agent.name}</strong>`);
	await adminApi.dispose();

	// The certificates page offers the badge; the file is VC 2.0's envelope around a VC-JWT.
	await visit(page, '/record/certificates');
	const link = page.getByRole('link', {
		name: `Download the Open Badge for ${course.title} (JSON)`
	});
	await expect(link).toHaveAttribute('href', `/record/certificates/${slug}/badge.json`);
	const download = await api.get(`/record/certificates/${slug}/badge.json`);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-disposition']).toContain('attachment');
	const file = await download.text();
	const envelope = JSON.parse(file);
	expect(envelope.type).toBe('EnvelopedVerifiableCredential');
	const jwt = envelope.id.replace('data:application/vc+jwt,', '');
	const credential = payload(jwt);
	expect(credentialSchema(credential), JSON.stringify(credentialSchema.errors)).toBe(true);
	expect(credential.credentialSubject.identifier[0].identityHash).toBe(agent.name);
	// Another person cannot download it.
	const other = await clientAs(DEMO.learnerC);
	expect((await other.get(`/record/certificates/${slug}/badge.json`)).status()).toBe(404);
	await other.dispose();

	// What a verifier elsewhere fetches is public: the issuer, the key the header names, the list.
	const anon = await client();
	const issuer = await (await anon.get('/badges/issuer')).json();
	expect(issuer).toMatchObject({ id: credential.issuer.id, type: ['Profile'] });
	const kid = JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid as string;
	const key = await anon.get(new URL(kid).pathname);
	expect(key.status()).toBe(200);
	const jwk = await key.json();
	expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
	expect(jwk).not.toHaveProperty('d');
	const statusPath = new URL(credential.credentialStatus.statusListCredential).pathname;
	const bit = async () => {
		const res = await anon.get(statusPath);
		expect(res.headers()['content-type']).toContain('application/vc+jwt');
		const list = payload(await res.text()).credentialSubject.encodedList as string;
		const bytes = gunzipSync(Buffer.from(list.slice(1), 'base64url'));
		const index = Number(credential.credentialStatus.statusListIndex);
		return (bytes[index >> 3] >> (7 - (index % 8))) & 1;
	};
	expect(await bit()).toBe(0);

	// Anyone, signed in or not, checks it on the verify page: pasted…
	const stranger = await secondPage(browser);
	await verify(stranger, file);
	await expect(stranger.getByRole('heading', { name: 'Verified' })).toBeVisible();
	await expect(stranger.getByRole('definition').filter({ hasText: agent.name })).toBeVisible();
	// …or uploaded.
	await visit(stranger, '/badges/verify');
	await stranger.getByLabel('Or upload the file').setInputFiles({
		name: 'open-badge.json',
		mimeType: 'application/json',
		buffer: Buffer.from(file)
	});
	await stranger.getByRole('button', { name: 'Verify' }).click();
	await expect(stranger.getByRole('heading', { name: 'Verified' })).toBeVisible();
	// A changed name fails, and the page says what changed.
	const [h, p, s] = jwt.split('.');
	const changed = JSON.parse(Buffer.from(p, 'base64url').toString());
	changed.credentialSubject.identifier[0].identityHash = 'Someone Else';
	await verify(stranger, `${h}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${s}`);
	await expect(stranger.getByRole('heading', { name: 'Not verified' })).toBeVisible();
	await expect(stranger.getByText('The signature does not match')).toBeVisible();
	await expect(stranger.getByRole('listitem').filter({ hasText: 'Awarded to' })).toBeVisible();
	// Nothing pasted: told so, with a 400.
	const empty = await anon.post('/badges/verify', { form: { credential: ' ' } });
	expect(empty.status()).toBe(400);
	expect(await empty.text()).toContain('Paste a credential or choose its file first.');

	// The admin revokes it, with a reason.
	const admin = await secondPage(browser);
	await signIn(admin, DEMO.admin);
	await visit(admin, `/admin/badges?q=${encodeURIComponent(agent.email)}`);
	const row = admin.getByRole('listitem').filter({ hasText: agent.email });
	await row.getByText('Revoke…').click();
	await row.getByLabel('Why (kept in the audit log)').fill('Completed on a shared login');
	await row.getByRole('button', { name: `Revoke ${agent.name}'s credential` }).click();
	await expect(admin.getByText('Credential revoked.')).toBeVisible();
	await expect(admin.getByText(/Revoked .*: Completed on a shared login/)).toBeVisible();
	await expectAccessible(admin);

	expect(await bit()).toBe(1);
	await verify(stranger, file);
	await expect(stranger.getByRole('heading', { name: 'Not verified' })).toBeVisible();
	await expect(stranger.getByText(/The issuer revoked it on/)).toBeVisible();
	// The person sees it, and the file is gone.
	await visit(page, '/record/certificates');
	await expect(page.getByText('Open Badge revoked')).toBeVisible();
	expect((await api.get(`/record/certificates/${slug}/badge.json`)).status()).toBe(410);

	for (const p of [stranger, admin]) await p.context().close();
	await anon.dispose();
	await api.dispose();
});
