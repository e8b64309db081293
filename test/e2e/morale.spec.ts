import { expect, test, type APIRequestContext } from '@playwright/test';
import {
	BASE_URL,
	DEMO,
	client,
	clientAs,
	expectAccessible,
	invitationPath,
	secondPage,
	signIn,
	teamId,
	uniqueEmail,
	visit
} from './helpers';

const PASSWORD = 'a kind word goes far';

/** A person created by the admin who has accepted their invitation. */
async function person(admin: APIRequestContext, label: string, role: 'learner' | 'lead') {
	const email = uniqueEmail(label);
	const name = `${label} ${Date.now().toString(36)}`;
	const res = await admin.post('/admin/users/new', {
		form: { name, email, role, team: '', startedOn: '' }
	});
	const anon = await client();
	await anon.post(invitationPath(await res.text()), {
		form: { password: PASSWORD, confirm: PASSWORD }
	});
	await anon.dispose();
	const html = await (await admin.get(`/admin/users?q=${encodeURIComponent(email)}`)).text();
	const id = Number(html.match(new RegExp(`href="/admin/users/(\\d+)">${name}<`))![1]);
	return { id, email, name };
}

/** A new team with a new lead and `size` new agents, so each run starts from nothing. */
async function freshTeam(size: number) {
	const admin = await clientAs(DEMO.admin);
	const teamName = `Morale ${test.info().project.name} ${Date.now().toString(36)}`;
	const created = await admin.post('/admin/teams?/create', { form: { name: teamName } });
	const teamId = Number(created.headers()['location'].split('/').pop());
	const lead = await person(admin, 'Lead', 'lead');
	await admin.post(`/admin/teams/${teamId}?/lead`, { form: { leadId: String(lead.id) } });
	const agents = [];
	for (let i = 0; i < size; i++) {
		const agent = await person(admin, `Agent${i}`, 'learner');
		await admin.post(`/admin/teams/${teamId}?/add`, { form: { userId: String(agent.id) } });
		agents.push(agent);
	}
	await admin.dispose();
	return { teamId, teamName, lead, agents };
}

test('the lead sees nothing of the week under way, not even how many answered; one answer a week', async ({
	page,
	browser
}) => {
	test.slow();
	const team = await freshTeam(5);
	await signIn(page, team.lead.email, PASSWORD);
	await visit(page, `/our-team/${team.teamId}/mood`);
	const open = page.getByText(/^This week \(.+\) is still open\. Nothing about it is shown/);
	await expect(open).toBeVisible();
	// A fresh team: eight closed weeks, none with answers.
	await expect(page.getByText('Not shown: 0 answered that week, and a week needs 5.')).toHaveCount(
		8
	);
	const before = await page.locator('#main').innerText();

	const moods = [2, 3, 4, 4];
	for (const [i, mood] of moods.entries()) {
		const agent = await clientAs(team.agents[i].email, PASSWORD);
		const res = await agent.post(`/our-team/${team.teamId}?/mood`, {
			form: { mood: String(mood), comment: i === 0 ? 'Too many transfers this week' : '' }
		});
		expect(res.status()).toBe(303);
		await agent.dispose();
	}

	// The fifth person answers through the page, as people do.
	const context = await browser.newContext({
		javaScriptEnabled: test.info().project.use.javaScriptEnabled
	});
	const fifth = await context.newPage();
	await signIn(fifth, team.agents[4].email, PASSWORD);
	await visit(fifth, `/our-team/${team.teamId}`);
	await fifth.locator('label.mood', { hasText: 'Great' }).click();
	await fifth.getByLabel(/Anything the team should know/).fill('Good support from the lead');
	await fifth.getByRole('button', { name: 'Send anonymously' }).click();
	await expect(fifth.getByRole('status')).toHaveText('Thank you. You can answer again next week.');
	await expectAccessible(fifth);
	// Once a week: a second answer is refused and nothing is recorded.
	const again = await fifth.request.post(`/our-team/${team.teamId}?/mood`, {
		form: { mood: '1' },
		headers: { Origin: BASE_URL, Accept: 'text/html' }
	});
	expect(again.status()).toBe(409);
	await context.close();

	// Five answers this week, and the lead's page has not moved by a single character: no count,
	// no average, no comment, until the week closes.
	await page.reload();
	expect(await page.locator('#main').innerText()).toBe(before);
	await expect(page.getByText('Too many transfers this week')).toHaveCount(0);
	await expect(page.getByText(/^Average \d/)).toHaveCount(0);
	await expectAccessible(page);
});

test('kudos and the suggestion lifecycle, from idea to "you said, we did"', async ({
	page,
	browser
}) => {
	test.slow();
	const team = await freshTeam(2);
	const [author, colleague] = team.agents;
	await signIn(page, author.email, PASSWORD);
	await visit(page, `/our-team/${team.teamId}`);

	// Thanks for something specific, on the team wall and in the colleague's record.
	await page.getByLabel('Who do you want to thank?').selectOption({ label: colleague.name });
	await page.getByLabel('What did they do?').fill('Took my escalated call when I was stuck');
	await page.getByRole('button', { name: 'Say thanks' }).click();
	await expect(page.getByRole('status')).toHaveText('Thanks sent.');
	await expect(page.getByText(`${author.name} thanked ${colleague.name}`)).toBeVisible();
	await expectAccessible(page);

	// An anonymous suggestion.
	await page.getByLabel('Your suggestion').fill('A shared macro for the refund delay reply');
	await page.getByLabel('Send it without my name').check();
	await page.getByRole('button', { name: 'Send suggestion' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Suggestion sent. You will see the answer here.'
	);
	await expect(page.locator('.suggestions li', { hasText: 'A shared macro' })).toContainText(
		'Anonymous'
	);

	// The lead answers: a decline needs a reason; then planned, then done.
	const context = await browser.newContext({
		javaScriptEnabled: test.info().project.use.javaScriptEnabled
	});
	const lead = await context.newPage();
	await signIn(lead, team.lead.email, PASSWORD);
	await visit(lead, `/our-team/${team.teamId}`);
	const suggestion = lead.locator('.suggestions li', { hasText: 'A shared macro' });
	await suggestion.getByLabel('Status').selectOption({ label: 'Declined' });
	await suggestion.getByRole('button', { name: 'Save answer' }).click();
	await expect(lead.getByRole('alert')).toHaveText(
		'Say why it is declined: people deserve a reason.'
	);
	await suggestion.getByLabel('Status').selectOption({ label: 'Done' });
	await suggestion.getByLabel(/Reply/).fill('Added to the macro library on Monday.');
	await suggestion.getByRole('button', { name: 'Save answer' }).click();
	await expect(lead.getByRole('status')).toHaveText('Answer saved.');
	await expectAccessible(lead);

	// A learning case, published by the lead, that the team can react to.
	await lead.getByText('Publish a case').click();
	await lead.getByLabel('Title').fill('The customer who called back to say thanks');
	await lead
		.getByLabel(/What happened/)
		.fill(
			'An agent promised a reply by 3 pm and called at 2:55. The customer wrote in to say thanks.'
		);
	await lead.getByLabel('Ownership and follow-through').check();
	await lead.getByRole('button', { name: 'Publish to the team' }).click();
	await expect(lead.getByRole('status')).toHaveText('Case published.');
	await context.close();

	await page.reload();
	await expect(page.locator('.suggestions li', { hasText: 'A shared macro' })).toContainText(
		'Done'
	);
	await expect(page.getByText('Added to the macro library on Monday.')).toBeVisible();
	await page.getByRole('button', { name: 'Helpful (0)' }).click();
	await expect(page.getByRole('button', { name: 'Helpful (1)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectAccessible(page);

	// The colleague sees the thanks in their own record.
	const colleagueApi = await clientAs(colleague.email, PASSWORD);
	expect(await (await colleagueApi.get('/record')).text()).toContain(
		'Took my escalated call when I was stuck'
	);
	await colleagueApi.dispose();
});

test('another team’s room is closed, and its suggestions cannot be answered from outside', async () => {
	test.skip(test.info().project.use.javaScriptEnabled === false, 'HTTP only: runs once');
	const mine = await freshTeam(1);
	const theirs = await freshTeam(1);
	const outsider = await clientAs(mine.lead.email, PASSWORD);
	expect((await outsider.get(`/our-team/${theirs.teamId}`)).status()).toBe(404);
	expect((await outsider.get(`/our-team/${theirs.teamId}/mood`)).status()).toBe(404);
	const answer = await outsider.post(`/our-team/${theirs.teamId}?/answer`, {
		form: { id: '1', status: 'done' }
	});
	expect(answer.status()).toBe(404);
	// An agent cannot read the team's mood page, even for their own team.
	const agent = await clientAs(mine.agents[0].email, PASSWORD);
	expect((await agent.get(`/our-team/${mine.teamId}/mood`)).status()).toBe(403);
	// A mood outside 1–5 is refused with a message and nothing is written.
	const res = await agent.post(`/our-team/${mine.teamId}?/mood`, { form: { mood: '9' } });
	expect(res.status()).toBe(422);
	expect(await res.text()).toContain('Choose a mood from 1 to 5.');
	const ok = await agent.post(`/our-team/${mine.teamId}?/mood`, { form: { mood: '4' } });
	expect(ok.status()).toBe(303);
	await outsider.dispose();
	await agent.dispose();
});

/** A demo person's id, as the admin's people list links it (searched: it shows 50 a page). */
async function userId(name: string) {
	const admin = await clientAs(DEMO.admin);
	const html = await (await admin.get(`/admin/users?q=${encodeURIComponent(name)}`)).text();
	await admin.dispose();
	return html.match(new RegExp(`href="/admin/users/(\\d+)">${name}<`))![1];
}

test('several teams together: the weeks no team can show alone, for their lead and admins only', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await visit(page, '/team');
	await page.getByRole('link', { name: 'Mood of several teams' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Several teams together');
	await expect(page.getByRole('heading', { name: 'Teams led by 林芳' })).toBeVisible();
	// The demo's last two closed weeks were too busy for either team to reach five answers;
	// together, five and seven different people answered.
	await expect(page.getByText('Average 2.9 of 5 from 7 people')).toBeVisible();
	await expect(page.getByText('Average 2.6 of 5 from 5 people')).toBeVisible();
	await expect(page.getByText('Answers from: Chat & Email, Social Media')).toHaveCount(2);
	// Weeks a team shows on its own page are not counted again here.
	await expect(
		page.getByText('Nothing to combine: every team with answers shows this week on its own page.')
	).not.toHaveCount(0);
	await expect(page.getByText(/^This week \(.+\) is still open\./)).toBeVisible();
	await expectAccessible(page);

	// 林芳 sees the same figures, and is offered them from each team's mood page.
	const lin = await userId('林芳');
	const linApi = await clientAs(DEMO.leadC);
	const hers = await (await linApi.get('/team/mood')).text();
	// (In Chinese, unless another spec has reset her language to the browser's.)
	expect(hers).toMatch(/平均 2\.9 分（满分 5 分），共 7 人|Average 2\.9 of 5 from 7 people/);
	const chat = await teamId('Chat &amp; Email');
	expect(await (await linApi.get(`/our-team/${chat}/mood`)).text()).toContain(
		`href="/team/mood?lead=${lin}"`
	);
	await linApi.dispose();

	// Wang leads one team: nothing to combine, and 林芳's teams are not his to see.
	const wang = await clientAs(DEMO.leadA);
	const his = await wang.get('/team/mood');
	expect(his.status()).toBe(200);
	expect(await his.text()).toContain('You lead one team, so there is nothing to combine');
	expect((await wang.get(`/team/mood?lead=${lin}`)).status()).toBe(404);
	expect((await wang.get('/team/mood?lead=none')).status()).toBe(404);
	await wang.dispose();
	const agent = await clientAs(DEMO.learnerC);
	expect((await agent.get('/team/mood')).status()).toBe(403);
	await agent.dispose();
});

test('several teams together say nothing of the week under way; an admin picks whose teams', async ({
	page,
	browser
}) => {
	test.slow();
	// A new lead with two new teams: five agents in one, one in the other.
	const first = await freshTeam(5);
	const admin = await clientAs(DEMO.admin);
	const secondName = `${first.teamName} bis`;
	const created = await admin.post('/admin/teams?/create', { form: { name: secondName } });
	const second = Number(created.headers()['location'].split('/').pop());
	await admin.post(`/admin/teams/${second}?/lead`, { form: { leadId: String(first.lead.id) } });
	const loner = await person(admin, 'Agent5', 'learner');
	await admin.post(`/admin/teams/${second}?/add`, { form: { userId: String(loner.id) } });
	await admin.dispose();

	await signIn(page, first.lead.email, PASSWORD);
	await visit(page, '/team/mood');
	await expect(
		page.getByRole('heading', { name: `Teams led by ${first.lead.name}` })
	).toBeVisible();
	// Eight closed weeks, none with answers, and not a word about this one.
	await expect(
		page.getByText(
			'Not shown: fewer than 5 different people answered in the teams that could not show this week on their own.'
		)
	).toHaveCount(8);
	const before = await page.locator('#main').innerText();

	// Everyone answers this week, across both teams: six people, more than enough once it closes.
	for (const [i, agent] of [...first.agents, loner].entries()) {
		const api = await clientAs(agent.email, PASSWORD);
		const team = i < first.agents.length ? first.teamId : second;
		const res = await api.post(`/our-team/${team}?/mood`, { form: { mood: String(1 + (i % 5)) } });
		expect(res.status()).toBe(303);
		await api.dispose();
	}
	await page.reload();
	expect(await page.locator('#main').innerText()).toBe(before);
	await expect(page.getByText(/^Average /)).toHaveCount(0);
	await expectAccessible(page);

	// The admin chooses this lead's teams from every roll-up there is (a GET form).
	const adminPage = await secondPage(browser);
	await signIn(adminPage, DEMO.admin);
	await visit(adminPage, '/team/mood');
	await adminPage
		.getByLabel('Teams to combine')
		.selectOption({ label: `Teams led by ${first.lead.name}: ${first.teamName}, ${secondName}` });
	await adminPage.getByRole('button', { name: 'Show' }).click();
	await expect(adminPage).toHaveURL(new RegExp(`/team/mood\\?lead=${first.lead.id}$`));
	await expect(
		adminPage.getByRole('heading', { name: `Teams led by ${first.lead.name}` })
	).toBeVisible();
	// The same page the lead sees: nothing yet.
	await expect(adminPage.getByText(/^Not shown: fewer than 5 different people/)).toHaveCount(8);
	await expect(adminPage.getByText(/^Average /)).toHaveCount(0);
	await expectAccessible(adminPage);
	await adminPage.context().close();
});
