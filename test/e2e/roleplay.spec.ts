import { expect, test } from '@playwright/test';
import {
	BASE_URL,
	DEMO,
	clientAs,
	expectAccessible,
	newAgent,
	secondPage,
	teamId,
	signIn,
	visit
} from './helpers';
import { content } from './quiz-helpers';
import { FLAGSHIPS, expectDebrief, pathOf, playInBrowser, scenarioById } from './roleplay-helpers';

// The customer's typing pause is for people; tests that play whole paths skip it, as anyone who
// asks their system for reduced motion does. One test below checks the pause itself.
test.use({ reducedMotion: 'reduce' });

for (const id of FLAGSHIPS) {
	test(`${id}: the strongest path passes and the weakest fails, with a debrief per criterion`, async ({
		page
	}) => {
		const scenario = scenarioById(id);
		const agent = await newAgent(`rp-${id.slice(0, 12)}`);
		await signIn(page, agent.email, agent.password);
		await visit(page, `/practice/${id}`);
		await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
		await expect(page.getByRole('heading', { name: scenario.persona.name })).toBeVisible();

		const strong = pathOf(scenario, 'strong');
		await page.getByRole('button', { name: 'Start the conversation' }).click();
		await expect(page).toHaveURL(/\/practice\/runs\/[0-9a-f]{32}$/);
		await expect(page.getByText(/^(Mood|Temper|Calm)[^:]*: \d+ \/ \d+$/).first()).toBeVisible();
		await expectAccessible(page);
		await playInBrowser(page, strong);
		await expectDebrief(page, scenario, strong);
		// Each criterion with its score and the decisions behind it; the lessons to revisit.
		for (const c of scenario.criteria)
			await expect(page.getByRole('heading', { level: 4, name: c.label })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Lessons to revisit' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The full conversation' })).toBeVisible();
		await expectAccessible(page);

		const weak = pathOf(scenario, 'weak');
		await page.getByRole('button', { name: 'Try again' }).click();
		await playInBrowser(page, weak);
		await expectDebrief(page, scenario, weak);
		await expect(
			page.getByRole('heading', { name: /^The moment to work on: step \d+$/ })
		).toBeVisible();
		await expect(page.getByText('A strong agent would say')).toBeVisible();

		// The practice list shows the best result; the scenario page the history.
		await visit(page, '/practice');
		const card = page.locator('li.scenario', {
			has: page.getByRole('link', { name: scenario.title })
		});
		await expect(
			card.getByText(`Passed · best ${Math.round(strong.result.score * 100)}%`)
		).toBeVisible();
		await expectAccessible(page);
	});
}

test('every scenario in the library: strongest path passes, weakest fails', async ({ page }) => {
	test.setTimeout(600_000);
	const scenarios = content().scenarios;
	expect(scenarios.length).toBeGreaterThanOrEqual(3);
	// The two projects share the library: every other scenario with JavaScript, the rest without,
	// so each run plays every scenario once in a browser in half the time. (content:check has
	// already simulated every path of every scenario; the flagships above play in both.)
	const half = test.info().project.name === 'js-off' ? 1 : 0;
	const shared = scenarios.filter((_, i) => i % 2 === half);
	// Lead scenarios are played by a lead; the others by a fresh agent.
	const agent = await newAgent('rp-library');
	for (const who of ['agent', 'lead'] as const) {
		const mine = shared.filter((s) => s.audience === who);
		if (!mine.length) continue;
		if (who === 'agent') await signIn(page, agent.email, agent.password);
		else {
			await page.context().clearCookies();
			await signIn(page, DEMO.leadA);
		}
		for (const scenario of mine)
			for (const policy of ['strong', 'weak'] as const) {
				const path = pathOf(scenario, policy);
				await visit(page, `/practice/${scenario.id}`);
				await page
					.getByRole('button', { name: /^(Start the conversation|Play again|Start over)$/ })
					.click();
				await playInBrowser(page, path);
				await expectDebrief(page, scenario, path);
				expect(path.result.passed, `${scenario.id} ${policy}`).toBe(policy === 'strong');
			}
	}
});

test('with JavaScript the customer types before answering and the mood meter moves', async ({
	browser
}) => {
	test.skip(test.info().project.name === 'js-off', 'needs JavaScript');
	const context = await browser.newContext({ reducedMotion: 'no-preference', baseURL: BASE_URL });
	const page = await context.newPage();
	const agent = await newAgent('rp-typing');
	await signIn(page, agent.email, agent.password);
	const scenario = scenarioById(FLAGSHIPS[0]);
	const strong = pathOf(scenario, 'strong');
	await visit(page, `/practice/${scenario.id}`);
	await page.getByRole('button', { name: 'Start the conversation' }).click();
	const meter = page.getByText(/: \d+ \/ \d+$/).first();
	const before = await meter.textContent();
	const first = strong.moves[0];
	if (first.kind !== 'choice') throw new Error('the flagship opens with a choice');
	await page.getByRole('button', { name: first.text, exact: true }).click();
	await expect(page.getByText(`${scenario.persona.name} is typing…`)).toBeVisible();
	await expect(page.getByText(`${scenario.persona.name} is typing…`)).toBeHidden({
		timeout: 15_000
	});
	await expect(page.locator('input[name="step"][value="1"]').first()).toBeAttached({
		timeout: 15_000
	});
	const after = await meter.textContent();
	expect(after, 'the strong opening lifts the mood').not.toBe(before);
	await context.close();
});

test('after a choice the page stays on the conversation, at the customer’s newest line', async ({
	page
}) => {
	// A phone: the conversation is taller than the screen after a turn or two.
	await page.setViewportSize({ width: 390, height: 844 });
	const js = test.info().project.use.javaScriptEnabled !== false;
	const agent = await newAgent('rp-place');
	await signIn(page, agent.email, agent.password);
	const scenario = scenarioById(FLAGSHIPS[0]);
	const moves = pathOf(scenario, 'strong').moves;
	await visit(page, `/practice/${scenario.id}`);
	await page.getByRole('button', { name: 'Start the conversation' }).click();
	for (const [i, move] of moves.slice(0, 3).entries()) {
		await expect(page.locator(`input[name="step"][value="${i}"]`).first()).toBeAttached({
			timeout: 15_000
		});
		if (move.kind !== 'choice') break;
		await page.getByRole('button', { name: move.text, exact: true }).click();
		await expect(page.locator(`input[name="step"][value="${i + 1}"]`).first()).toBeAttached({
			timeout: 15_000
		});
		const newest = page.locator('li.line.customer').last();
		await expect(newest).toBeInViewport();
		if (js) await expect(newest).toBeFocused();
		else {
			await expect(page).toHaveURL(/#latest$/);
			await expect(newest.locator('#latest')).toBeAttached();
		}
		if (i > 0)
			expect(await page.evaluate(() => window.scrollY), 'not back at the top').toBeGreaterThan(0);
	}
	await expectAccessible(page);
});

test('a run is private until shared; the lead then comments on a line and the agent reads it', async ({
	page,
	browser
}) => {
	const scenario = scenarioById(FLAGSHIPS[0]);
	const agent = await newAgent(
		`rp-share-${test.info().project.name}`,
		'',
		await teamId('Phone Support')
	);
	await signIn(page, agent.email, agent.password);
	await visit(page, `/practice/${scenario.id}`);
	await page.getByRole('button', { name: 'Start the conversation' }).click();
	await playInBrowser(page, pathOf(scenario, 'strong'));
	await expectDebrief(page, scenario, pathOf(scenario, 'strong'));
	const runUrl = page.url();
	await expect(page.getByText('Private: only you can see this run.')).toBeVisible();

	// The agent's own record marks it private; the lead's page of them shows nothing of it.
	await visit(page, '/record?kind=roleplay');
	await expect(
		page.locator('ol.timeline li', { hasText: scenario.title }).getByText('Private')
	).toBeVisible();
	await page.goto(runUrl);

	const lead = await secondPage(browser);
	await signIn(lead, DEMO.leadA);
	expect((await lead.goto(runUrl))!.status(), 'private until shared').toBe(404);
	await visit(lead, '/team');
	await lead.getByRole('link', { name: agent.name }).first().click();
	// With JavaScript the navigation is client-side: wait for it before reading the address.
	await lead.waitForURL(/\/team\/people\/\d+/);
	const memberPage = lead.url().split('?')[0];
	await lead.goto(`${memberPage}?kind=roleplay`);
	await expect(lead.locator('ol.timeline li', { hasText: scenario.title })).toHaveCount(0);

	await page.getByRole('button', { name: 'Share with my lead' }).click();
	await expect(page.getByText('Shared: your team lead can read this run')).toBeVisible();
	await lead.goto(`${memberPage}?kind=roleplay`);
	await expect(lead.locator('ol.timeline li', { hasText: scenario.title })).toHaveCount(1);

	// The lead finds it on the agent's page, opens it and comments on the agent's first line.
	await visit(lead, '/team');
	await lead.getByRole('link', { name: agent.name }).first().click();
	await expect(lead.getByRole('heading', { name: 'Role-plays shared with you' })).toBeVisible();
	// The lead's view of the agent's record names the agent, not "your".
	await expect(
		lead.getByText(`Levels come from ${agent.name}’s learning record, one rung at a time`)
	).toBeVisible();
	await expectAccessible(lead);
	await lead
		.locator('section', { has: lead.getByRole('heading', { name: 'Role-plays shared with you' }) })
		.getByRole('link', { name: scenario.title })
		.click();
	await expect(lead.getByText(`${agent.name} shared this run with you.`)).toBeVisible();
	await expectAccessible(lead);
	const firstAgentLine = lead.locator('li.line.agent').first();
	// The agent's lines carry the agent's name for the lead: "You" is the agent's own view.
	await expect(firstAgentLine.locator('.who')).toHaveText(agent.name);
	await firstAgentLine.getByText('Comment on this line').click();
	await firstAgentLine
		.getByLabel('Your comment')
		.fill('Lovely: you let him vent before anything else.');
	await firstAgentLine.getByRole('button', { name: 'Save comment' }).click();
	await expect(lead.getByText('Lovely: you let him vent before anything else.')).toBeVisible();

	// A lead of another team still cannot open it.
	const other = await clientAs(DEMO.leadC);
	expect((await other.get(new URL(runUrl).pathname)).status()).toBe(404);
	await other.dispose();

	await page.reload();
	await expect(page.getByText('Lovely: you let him vent before anything else.')).toBeVisible();
	await expect(page.getByText(/^Wang Li, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/).first()).toBeVisible();
	await lead.context().close();
});

test('a lead runs observed practice and it lands in the agent’s record; the map shows the script', async ({
	page
}) => {
	const scenario = scenarioById(FLAGSHIPS[1]);
	const agent = await newAgent(
		`rp-observed-${test.info().project.name}`,
		'',
		await teamId('Phone Support')
	);
	await signIn(page, DEMO.leadA);
	await visit(page, `/practice/${scenario.id}/graph`);
	await expect(
		page.getByRole('img', { name: new RegExp(`Map of the knots of ${scenario.title}`) })
	).toBeVisible();
	for (const ending of scenario.endings.keys())
		await expect(page.locator('svg text', { hasText: `#${ending}` }).first()).toBeVisible();

	await visit(page, `/practice/${scenario.id}/observe`);
	await expect(page.getByRole('heading', { name: scenario.persona.name })).toBeVisible();
	await page.getByLabel('Agent observed').selectOption({ label: agent.name });
	for (const c of scenario.criteria)
		await page
			.getByRole('group', { name: c.label })
			.getByRole('radio', { name: '3 · proficient' })
			.check();
	await page
		.getByLabel('How did it end?')
		.selectOption({ label: [...scenario.endings.values()].find((e) => e.success)!.title });
	await page.getByLabel('Notes for the agent (optional)').fill('Held the line politely.');
	await page.getByRole('button', { name: 'Record the observation' }).click();
	await expect(
		page.getByText('Observation recorded in the agent’s learning record.')
	).toBeVisible();

	await visit(page, '/team');
	await page.getByRole('link', { name: agent.name }).first().click();
	await expect(page.getByText('Held the line politely.')).toBeVisible();
	const observed = page.locator('section', {
		has: page.getByRole('heading', { name: 'Observed practice' })
	});
	await expect(observed.locator('li', { hasText: scenario.title }).getByText('75%')).toBeVisible();

	// A rating left out (the browser's required check bypassed) is refused with a message.
	const api = await clientAs(DEMO.leadA);
	const agentId = (await page.url()).split('/').pop()!.split('?')[0];
	const refused = await api.post(`/practice/${scenario.id}/observe?/record`, {
		form: { agent: agentId, [`rating-${scenario.criteria[0].id}`]: '3' }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Rate every criterion, from 0 to 4');
	await api.dispose();
});

test('a lesson lists the scenarios that practise it, and /practice filters by competency', async ({
	page
}) => {
	const scenario = scenarioById(FLAGSHIPS[0]);
	await signIn(page, DEMO.learnerB);
	await visit(page, `/learn/${scenario.lessons[0]}`);
	await expect(page.getByRole('heading', { name: 'Practise it in a role-play' })).toBeVisible();
	await page.getByRole('link', { name: scenario.title }).click();
	await expect(page).toHaveURL(new RegExp(`/practice/${scenario.id}$`));

	await visit(page, '/practice');
	const competency = content().competencies.find((c) => c.id === scenario.competencies[0])!;
	await page.getByLabel('Competency').selectOption({ label: competency.name });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(new RegExp(`competency=${competency.id}`));
	const shown = content().scenarios.filter(
		(s) => s.audience === 'agent' && s.competencies.includes(competency.id)
	);
	await expect(page.locator('li.scenario')).toHaveCount(shown.length);
	// Lead scenarios are not offered to agents.
	for (const s of content().scenarios.filter((s) => s.audience === 'lead'))
		expect((await page.goto(`/practice/${s.id}`))!.status()).toBe(404);
});

test('typed replies are read and explained; the agent contests one and their lead re-scores it', async ({
	page,
	browser
}) => {
	const scenario = scenarioById(FLAGSHIPS[0]);
	const strong = pathOf(scenario, 'strong');
	const typedAt = strong.moves.flatMap((m, i) => (m.kind === 'free' ? [i] : []));
	expect(typedAt.length, 'the flagship has two typed steps').toBe(2);
	// A keyword list at the first typed step, a rude reply with the right facts at the second.
	const moves = strong.moves.map((m, i) =>
		i === typedAt[0]
			? { ...m, text: 'evening two weeks third time shop sorry' }
			: i === typedAt[1]
				? { ...m, text: "I'll call you tomorrow by 10 am if you stop moaning." }
				: m
	);
	const agent = await newAgent(
		`rp-contest-${test.info().project.name}`,
		'',
		await teamId('Phone Support')
	);
	await signIn(page, agent.email, agent.password);
	await visit(page, `/practice/${scenario.id}`);
	await page.getByRole('button', { name: 'Start the conversation' }).click();
	await playInBrowser(page, { ...strong, moves });
	await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible({
		timeout: 15_000
	});
	// The debrief says why: the form gate and the tone screen, quoting the words.
	const first = page.locator(`#reply-${typedAt[0] + 1}`);
	await expect(first.getByText('Write it as you would say it')).toBeVisible();
	await expect(first.getByText('It reads as a list of keywords')).toBeVisible();
	const second = page.locator(`#reply-${typedAt[1] + 1}`);
	await expect(second.getByText('Wording that cost you')).toBeVisible();
	await expect(second.getByText(/stop moaning/).first()).toBeVisible();
	await expectAccessible(page);

	// The agent asks their lead to look again at the first reply (which shares the run).
	await first.getByText('Ask my lead to look again').click();
	await first
		.getByLabel('Why should this reply score differently?')
		.fill('I was in a hurry, but I did say all of it back to him.');
	await first.getByRole('button', { name: 'Send to my lead' }).click();
	await expect(page.getByText('Sent. Your lead has been notified')).toBeVisible();
	await expect(page.getByText('Waiting for their answer.')).toBeVisible();
	const runUrl = page.url().split('?')[0];

	// The lead gets a notification, opens the run and re-scores the reply with a reason.
	const lead = await secondPage(browser);
	await signIn(lead, DEMO.leadA);
	await visit(lead, '/notifications');
	await lead
		.getByRole('button', { name: new RegExp(`${agent.name} asks you to look again`) })
		.first()
		.click();
	await expect(lead).toHaveURL(new RegExp(new URL(runUrl).pathname));
	const reply = lead.locator(`#reply-${typedAt[0] + 1}`);
	await expect(reply.getByText(`${agent.name} asks you to look again`)).toBeVisible();
	await reply.getByLabel('Score for this reply (0–100%)').fill('60');
	await reply
		.getByLabel('Why (the agent sees this)')
		.fill('All the facts are there; next time say it as a sentence.');
	await reply.getByRole('button', { name: 'Save the new score' }).click();
	await expect(lead.getByText('Re-scored. The run, the agent’s evidence')).toBeVisible();
	await expect(lead.getByText(/You re-scored this reply: 60%/)).toBeVisible();
	await expectAccessible(lead);
	await lead.context().close();

	await page.goto(runUrl);
	await expect(page.getByText(/Re-scored by your lead: 60%/)).toBeVisible();
	await expect(
		page.getByText('All the facts are there; next time say it as a sentence.')
	).toBeVisible();
});

test('a lead tries a reply and sees how it reads; an agent never sees the rules', async ({
	page
}) => {
	const scenario = scenarioById(FLAGSHIPS[0]);
	await signIn(page, DEMO.leadA);
	await visit(page, `/practice/${scenario.id}`);
	await page.getByRole('link', { name: 'Try a reply' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Try a reply: ${scenario.title}` })
	).toBeVisible();
	await page.getByLabel('Typed step').selectOption('reply-time');
	await page
		.getByLabel('Reply')
		.fill("I'll ring you myself at ten tomorrow with the line test result.");
	await page.getByRole('button', { name: 'Read it' }).click();
	await expect(page.getByText(/% of what the step offers \(strong\)/)).toBeVisible();
	await expect(page.getByText('Written to a person: passes the form gate.')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Reply').fill('Whenever I get round to it, if you stop moaning.');
	await page.getByRole('button', { name: 'Read it' }).click();
	await expect(page.getByText(/% of what the step offers \(weak\)/)).toBeVisible();
	await expect(page.getByText('Wording that cost you')).toBeVisible();

	const agent = await clientAs(DEMO.learnerB);
	expect((await agent.get(`/practice/${scenario.id}/try`)).status()).toBe(403);
	const own = await (await agent.get(`/practice/${scenario.id}`)).text();
	expect(own).not.toContain('Try a reply');
	await agent.dispose();
});
