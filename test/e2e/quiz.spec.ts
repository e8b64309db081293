import { expect, test } from '@playwright/test';
import { expectAccessible, newAgent, signIn, visit } from './helpers';
import { answerAll, expectScore, quizById, secretsOf } from './quiz-helpers';

const LESSON = 'complaint-handling/calming-the-customer';

test('an agent takes a quiz, fails, reads the feedback, retakes and passes', async ({ page }) => {
	const quiz = quizById(LESSON);
	const agent = await newAgent('quiz');
	await signIn(page, agent.email, agent.password);
	await visit(page, `/learn/${LESSON}`);
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Calming the customer');
	await expect(page.getByText('No attempts yet.')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
	await expectAccessible(page);
	if (test.info().project.use.javaScriptEnabled)
		await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toBeVisible();
	await answerAll(page, quiz, { wrong: true });
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	// As wrong as each question allows (a reversed odd-length order keeps its middle step).
	await expect(
		page.getByRole('heading', { name: /^Your result: \d%$|^Your result: [1-7]\d%$/ })
	).toBeVisible();
	await expect(page.getByText('Not passed yet: the pass mark is 80%.')).toBeVisible();
	// Sure and wrong: flagged for coaching, with the feedback and a way back to the lesson.
	await expect(page.getByText('worth a second look with your lead').first()).toBeVisible();
	const revisit = page.getByRole('link', { name: 'Revisit this in the lesson' }).first();
	await expect(revisit).toHaveAttribute('href', new RegExp(`^/learn/${LESSON}`));
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Back to the quiz' }).first().click();
	await page.getByRole('button', { name: 'Take the quiz again' }).click();
	await answerAll(page, quiz);
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expectScore(page, 100);
	await expect(page.getByText('You passed. The pass mark is 80%.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the quiz' }).first().click();
	await expect(page.getByText('Best: 100%')).toBeVisible();
	await expect(page.getByText('Latest: 100%')).toBeVisible();
	await expect(page.getByRole('row')).toHaveCount(3);
	await expectAccessible(page);
	await visit(page, `/learn/${LESSON}`);
	await expect(page.getByText('Best: 100%')).toBeVisible();
});

test('no answer key or feedback reaches the browser before submission', async ({ page }) => {
	const quiz = quizById(LESSON);
	const agent = await newAgent('leak');
	await signIn(page, agent.email, agent.password);
	const bodies: { url: string; body: string }[] = [];
	page.on('response', async (res) => {
		const type = res.headers()['content-type'] ?? '';
		if (/html|javascript|json/.test(type))
			bodies.push({ url: res.url(), body: await res.text().catch(() => '') });
	});
	await page.goto(`/quiz/${LESSON}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/attempts\//);
	await page.waitForLoadState('networkidle');
	// The page data SvelteKit fetches on client navigation counts as well.
	const attemptUrl = page.url();
	bodies.push({
		url: 'data',
		body: await (await page.request.get(`${attemptUrl}/__data.json`)).text()
	});
	expect(bodies.length).toBeGreaterThan(1);

	const secrets = secretsOf(quiz);
	// (True/false options are always shown True then False; their ids say nothing.)
	const authorIds = quiz.questions.flatMap((q) =>
		q.type === 'matching'
			? q.pairs.map((p) => `"${p.id}"`)
			: q.type === 'truefalse'
				? []
				: q.options.map((o) => `"${o.id}"`)
	);
	for (const { url, body } of bodies) {
		for (const secret of secrets) expect(body, `${url} leaks feedback`).not.toContain(secret);
		expect(body, `${url} carries an answer key`).not.toMatch(
			/"(answer|feedback|explanation|correct)"\s*:/
		);
		// Author option ids ("a", "p1") would hint at answers; pages use per-attempt tokens.
		for (const id of authorIds.filter((id) => id.length > 4)) expect(body).not.toContain(id);
	}
});

test('a double submit scores one attempt; missing answers are refused and kept', async ({
	page
}) => {
	const quiz = quizById(LESSON);
	const agent = await newAgent('double');
	await signIn(page, agent.email, agent.password);
	await page.goto(`/quiz/${LESSON}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/attempts\//);
	const attemptUrl = page.url();

	// Nothing answered: a clear message, nothing recorded.
	if (test.info().project.use.javaScriptEnabled) {
		const res = await page.request.post(`${attemptUrl}?/submit`, {
			form: {},
			headers: { Origin: new URL(attemptUrl).origin, Accept: 'text/html' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(422);
		expect(await res.text()).toContain('Question 1 has no answer yet');
	} else {
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			/^Question \d has no answer yet\. Answer every question, then submit\. Go to question \d$/
		);
		await expectAccessible(page);
		// What was answered survives a refused submission.
		const first = page.locator('fieldset.question').first();
		await first.getByText('Sure', { exact: true }).click();
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('alert')).toContainText('has no answer yet');
		await expect(
			page.locator('fieldset.question').first().getByLabel('Sure', { exact: true })
		).toBeChecked();
	}

	await page.goto(attemptUrl);
	await answerAll(page, quiz);
	// Read the filled form out of the page and post it twice at once, as a double click would.
	const form: Record<string, string> = {};
	for (const input of await page.locator('form.quiz input:checked').all())
		form[(await input.getAttribute('name'))!] = (await input.getAttribute('value'))!;
	const multi = new Map<string, string[]>();
	for (const input of await page.locator('form.quiz input[type=checkbox]:checked').all()) {
		const name = (await input.getAttribute('name'))!;
		multi.set(name, [...(multi.get(name) ?? []), (await input.getAttribute('value'))!]);
	}
	for (const select of await page.locator('form.quiz select').all())
		form[(await select.getAttribute('name'))!] = await select.inputValue();
	const body = new URLSearchParams(form);
	for (const [name, values] of multi) {
		body.delete(name);
		for (const v of values) body.append(name, v);
	}
	const post = () =>
		page.request.post(`${attemptUrl}?/submit`, {
			data: body.toString(),
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Origin: new URL(attemptUrl).origin,
				Accept: 'text/html'
			},
			maxRedirects: 0
		});
	const [a, b] = await Promise.all([post(), post()]);
	expect([a.status(), b.status()]).toEqual([303, 303]);
	const replay = await post();
	expect(replay.status()).toBe(303);

	await page.goto(`/quiz/${LESSON}`);
	await expect(page.getByRole('row')).toHaveCount(2);
	await expect(page.getByText('Best: 100%')).toBeVisible();
	const record = await (await page.request.get('/record/export.xapi.json')).json();
	const verdicts = record.filter((s: { verb: { display: Record<string, string> } }) =>
		['passed', 'failed'].includes(s.verb.display['en-US'])
	);
	expect(verdicts).toHaveLength(1);
	const answered = record.filter(
		(s: { verb: { display: Record<string, string> } }) => s.verb.display['en-US'] === 'answered'
	);
	expect(answered).toHaveLength(quiz.draw);
});

test('someone else\u2019s attempt is a 404, and so is a quiz that does not exist', async ({
	page,
	browser
}) => {
	const owner = await newAgent('owner');
	await signIn(page, owner.email, owner.password);
	await page.goto(`/quiz/${LESSON}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/attempts\//);
	const attemptUrl = page.url();

	const other = await newAgent('snoop');
	const context = await browser.newContext();
	const theirs = await context.newPage();
	await signIn(theirs, other.email, other.password);
	const res = await theirs.goto(attemptUrl);
	expect(res?.status()).toBe(404);
	await expect(theirs.getByText('There is no such attempt, or it is not yours.')).toBeVisible();
	const post = await theirs.request.post(`${attemptUrl}?/submit`, {
		form: {},
		headers: { Origin: new URL(attemptUrl).origin, Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(post.status()).toBe(404);
	expect((await theirs.goto('/quiz/no/such-quiz'))?.status()).toBe(404);
	await context.close();
});

test('the question list leads to an unanswered question; an ordering left as shown is no answer', async ({
	page
}) => {
	const quiz = quizById(LESSON);
	const js = test.info().project.use.javaScriptEnabled !== false;
	const agent = await newAgent('navigator');
	await signIn(page, agent.email, agent.password);
	await page.goto(`/quiz/${LESSON}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerAll(page, quiz);
	const total = await page.locator('fieldset.question').count();
	const nav = page.getByRole('navigation', { name: 'Questions' });
	if (js)
		await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute(
			'aria-valuenow',
			String(total)
		);

	// Undo the ordering: its positions back to none, as the page first shows it.
	const ordering = page.locator('fieldset.question', { hasText: 'Give each step its position' });
	const k =
		(await ordering.evaluate((el) =>
			[...el.parentElement!.children].filter((c) => c.matches('fieldset.question')).indexOf(el)
		)) + 1;
	if (js) await nav.getByRole('link', { name: `Question ${k}, answered` }).click();
	await expect(ordering).toBeVisible();
	for (const select of await ordering.getByRole('combobox').all()) await select.selectOption('');
	if (js) {
		await expect(nav.getByRole('link', { name: `Question ${k}, not answered yet` })).toBeVisible();
		await expect(page.getByText(`${total - 1} of ${total} answered`)).toBeVisible();
		// To the last question, and submit from there.
		await nav.getByRole('link', { name: new RegExp(`^Question ${total},`) }).click();
	}
	await page.getByRole('button', { name: 'Submit my answers' }).click();

	// Refused, with the way to the question that needs an answer.
	await expect(page.getByRole('alert')).toContainText(`Question ${k} has no answer yet.`);
	await expect(nav.getByRole('link', { name: `Question ${k}, not answered yet` })).toBeVisible();
	await expect(nav.getByRole('link', { name: /, not answered yet$/ })).toHaveCount(1);
	await expectAccessible(page);
	if (js) {
		// Already there, with focus on it (nothing was posted).
		await expect(ordering).toBeVisible();
		await expect(ordering).toBeFocused();
	} else {
		await page.getByRole('link', { name: `Go to question ${k}` }).click();
		await expect(page).toHaveURL(new RegExp(`#q-`));
	}
	const q = quiz.questions.find((x) => x.type === 'ordering')!;
	for (const [i, id] of q.answer.entries()) {
		const text = q.options.find((o) => o.id === id)!.text;
		await ordering
			.getByRole('combobox', { name: `Position of “${text}”` })
			.selectOption(String(i + 1));
	}
	if (js) await nav.getByRole('link', { name: new RegExp(`^Question ${total},`) }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expectScore(page, 100);
});
