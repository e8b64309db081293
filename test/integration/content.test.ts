import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, loadContent } from '../../src/lib/server/content';
import { COMPONENTS } from '../../src/lib/server/content/markdown';

// Problem paths are relative to the working directory, which vitest sets to the project root.
const FIXTURES = 'test/fixtures/content';
const VALID = `${FIXTURES}/valid`;
const KNOWN = `(known: ${COMPONENTS.join(', ')})`;
const INTRO_QUIZ = 'courses/01-basics/01-intro.quiz.yaml';
const BASICS_QUIZ = 'courses/01-basics/course.quiz.yaml';
const SCENARIO_INK = 'scenarios/late-parcel.ink';
const SCENARIO_YAML = 'scenarios/late-parcel.yaml';

/** Every problem of a content tree, as the CLI prints them. */
const check = (root: string) => formatProblems(loadContent(root).problems);

/** All files under `root`, as sorted paths relative to it. */
function filesOf(root: string, dir = root): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? filesOf(root, path) : [relative(root, path)];
		})
		.sort();
}

describe('the valid fixture', () => {
	const { index, problems } = loadContent(VALID);

	it('has no problems', () => {
		expect(formatProblems(problems)).toBe('');
	});

	it('indexes competencies, courses in order, lessons and paths', () => {
		expect(index.competencies.map((c) => c.id)).toEqual(['listening', 'empathy', 'ownership']);
		expect(index.courses.map((c) => [c.slug, c.order, c.audience])).toEqual([
			['basics', 1, 'new-hire'],
			['follow-up', 2, 'everyone']
		]);
		expect(index.courses.map((c) => c.lessons.map((l) => l.id))).toEqual([
			['basics/intro', 'basics/empathy'],
			['follow-up/reply-times', 'follow-up/closing-the-loop']
		]);
		expect(index.course('basics')?.intro).toEqual([
			'Start here on your first day.',
			'Two short lessons.'
		]);
		expect(index.paths).toEqual([
			{
				id: 'onboarding',
				title: 'Your onboarding',
				summary: 'The two courses every new agent takes first.',
				audience: 'new-hire',
				courses: [
					{ kind: 'course', id: 'basics', dueDays: 7 },
					{ kind: 'course', id: 'follow-up', dueDays: 14 }
				],
				translations: {}
			}
		]);
	});

	it('gives each lesson its id, module path, version and metadata', () => {
		const lesson = index.lesson('follow-up/reply-times');
		const file = `${VALID}/courses/02-follow-up/01-reply-times.md`;
		const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
		expect(lesson).toMatchObject({
			id: 'follow-up/reply-times',
			courseSlug: 'follow-up',
			slug: 'reply-times',
			module: `/${file}`,
			title: 'Reply times',
			minutes: 3,
			competencies: ['ownership'],
			// An unquoted section is still a string.
			sources: [{ seed: '001_course.txt', section: 'L3 §6' }],
			prerequisites: ['basics/empathy'],
			version: sha.slice(0, 16)
		});
		expect(index.lesson('basics/intro')?.prerequisites).toEqual([]);
		expect(index.lesson('basics/empathy')?.competencies).toEqual(['empathy', 'listening']);
		for (const l of index.courses.flatMap((c) => c.lessons))
			expect(l.version).toMatch(/^[0-9a-f]{16}$/);
		expect(index.lesson('basics/missing')).toBeUndefined();
	});

	it('finds the SelfCheck prompts of each lesson', () => {
		expect(index.lesson('basics/intro')?.selfChecks).toEqual([
			{ id: 'last-listened', prompt: 'When did someone last really listen to you?' }
		]);
		expect(index.lesson('follow-up/closing-the-loop')?.selfChecks.map((s) => s.id)).toEqual([
			'who-called-back',
			'what-to-check'
		]);
		expect(index.lesson('basics/empathy')?.selfChecks).toEqual([]);
	});

	it('keeps plain text for search: words and attribute text, no tags or Markdown syntax', () => {
		expect(index.lesson('basics/intro')?.text).toBe(
			'Listen first, then answer. Confirm what you heard. Why it matters Customers who feel heard ' +
				'calm down sooner. Next: naming the feeling. When did someone last really listen to you?'
		);
		expect(index.lesson('basics/empathy')?.text).toBe(
			'Keep it short. One sentence is enough. That sounds stressful. Account number? ' +
				'It meets the emotional need.'
		);
		for (const l of index.courses.flatMap((c) => c.lessons)) {
			expect(l.text).not.toMatch(/[<>*_#`]|\]\(|^- |\n/);
			expect(l.text).not.toMatch(/kind|tip|last-listened|\/learn\//);
		}
	});
});

describe('the quizzes of the valid fixture', () => {
	const { index } = loadContent(VALID);
	const file = `${VALID}/courses/01-basics/01-intro.quiz.yaml`;
	const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
	const lessonQuiz = index.quiz('basics/intro');

	it('finds the lesson quiz beside its lesson and the course quiz beside course.md', () => {
		expect(index.quizzes.map((q) => [q.id, q.kind])).toEqual([
			['basics/intro', 'lesson'],
			['basics', 'course'],
			['follow-up/reply-times', 'lesson'],
			['follow-up', 'course']
		]);
		expect(index.quiz('basics/empathy')).toBeUndefined();
		expect(index.quiz('follow-up/closing-the-loop')).toBeUndefined();
		expect(index.courses.flatMap((c) => c.lessons.map((l) => [l.id, l.hasQuiz] as const))).toEqual([
			['basics/intro', true],
			['basics/empathy', false],
			['follow-up/reply-times', true],
			['follow-up/closing-the-loop', false]
		]);
	});

	it('reads a lesson quiz with the default settings and one question of each type', () => {
		expect(lessonQuiz).toMatchObject({
			kind: 'lesson',
			title: 'Why listening comes first',
			courseSlug: 'basics',
			version: sha(readFileSync(file, 'utf8')),
			passMark: 0.8,
			// No draw: every question, every time.
			draw: 6,
			cooldownMinutes: 0
		});
		expect(lessonQuiz?.version).toMatch(/^[0-9a-f]{16}$/);
		expect(lessonQuiz?.questions.map((q) => [q.id, q.type, q.difficulty])).toEqual([
			['why-listen', 'single', 1],
			['what-to-do', 'multiple', 2],
			['heard-calms', 'truefalse', 1],
			['listen-order', 'ordering', 2],
			['need-behind', 'matching', 3],
			['best-reply', 'best-response', 2]
		]);
		for (const q of lessonQuiz?.questions ?? []) expect(q.lessonId).toBe('basics/intro');
	});

	it('keeps answers as option ids, sections without #, pairs as the answer', () => {
		const [single, multiple, truefalse, ordering, matching, best] = lessonQuiz?.questions ?? [];
		expect(single).toMatchObject({
			answer: 'a',
			competencies: ['listening'],
			section: 'why-it-matters',
			explanation: 'The lesson opens with: listen first, then answer.'
		});
		expect(single.type === 'single' && single.options[1]).toEqual({
			id: 'b',
			text: 'It gives you time to look up the account and its history.',
			feedback: 'Not quite. It may buy time, but that is not its purpose.'
		});
		expect(multiple).toMatchObject({ answer: ['a', 'b'], section: null });
		// Unquoted true and false in YAML are still the option ids 'true' and 'false'.
		expect(truefalse).toMatchObject({ answer: 'true', section: 'why-it-matters' });
		expect(truefalse.type === 'truefalse' && truefalse.options.map((o) => o.id)).toEqual([
			'true',
			'false'
		]);
		expect(ordering).toMatchObject({ answer: ['b', 'c', 'a'] });
		expect(matching.type === 'matching' && matching.pairs.map((p) => [p.left, p.right])).toEqual([
			['Nobody ever calls back.', 'To be valued'],
			['Just tell me what happens next.', 'To understand'],
			['Is my money safe?', 'To feel safe']
		]);
		expect(matching).not.toHaveProperty('answer');
		expect(best).toMatchObject({
			answer: 'a',
			competencies: ['listening', 'ownership'],
			customer: "I've told you twice already: the parcel never arrived."
		});
	});

	it('builds the course quiz from the lesson quizzes of the course', () => {
		const course = index.quiz('basics');
		const source = readFileSync(`${VALID}/courses/01-basics/course.quiz.yaml`, 'utf8');
		expect(course).toMatchObject({
			kind: 'course',
			// No title: the course's.
			title: 'Basics',
			courseSlug: 'basics',
			// Tied to the lesson quizzes too: editing one makes a new version of the assessment.
			version: sha(source + lessonQuiz?.version),
			passMark: 0.75,
			draw: 4,
			// An assessment is never retaken at once, nor without limit in a day.
			cooldownMinutes: 60,
			attemptsPerDay: 3
		});
		expect(course?.questions.map((q) => [q.id, q.lessonId])).toEqual(
			lessonQuiz?.questions.map((q) => [`intro/${q.id}`, 'basics/intro'])
		);
	});
});

describe('the real content', () => {
	const { index, problems } = loadContent('content');

	it('loads with no problems', () => {
		expect(formatProblems(problems)).toBe('');
		expect(index.courses.length).toBeGreaterThan(0);
		expect(index.paths.map((p) => p.id)).toContain('onboarding');
	});

	it('has a quiz in the index for every quiz file, and at least 5 questions in each lesson quiz', () => {
		const files = index.courses.flatMap((c) => {
			const dir = dirname(c.lessons[0].file);
			return readdirSync(dir)
				.filter((name) => name.endsWith('.quiz.yaml'))
				.map((name) =>
					name === 'course.quiz.yaml'
						? c.slug
						: `${c.slug}/${name.replace(/^\d\d-|\.quiz\.yaml$/g, '')}`
				);
		});
		expect(files.length).toBeGreaterThan(0);
		expect(index.quizzes.map((q) => q.id).sort()).toEqual(files.sort());
		for (const quiz of index.quizzes.filter((q) => q.kind === 'lesson')) {
			expect(quiz.questions.length, quiz.id).toBeGreaterThanOrEqual(5);
			expect(index.lesson(quiz.id)?.hasQuiz, quiz.id).toBe(true);
		}
	});
});

/** Each malformed fixture: the files it changes against valid/, and every line it must produce. */
const MALFORMED: Record<string, { changed: string[]; expected: string[] }> = {
	'unknown-competency': {
		changed: ['courses/01-basics/01-intro.md'],
		expected: [
			'courses/01-basics/01-intro.md:5: unknown competency "telepathy" (not in content/competencies.yaml)'
		]
	},
	'duplicate-slug': {
		changed: ['courses/03-basics/01-recap.md', 'courses/03-basics/course.md'],
		expected: [
			`courses/03-basics/course.md:1: duplicate course slug "basics" (also ${FIXTURES}/duplicate-slug/courses/01-basics)`
		]
	},
	'duplicate-lesson-slug': {
		changed: ['courses/02-follow-up/03-reply-times.md'],
		expected: [
			'courses/02-follow-up/03-reply-times.md:1: duplicate lesson slug "reply-times" in course "follow-up" (also 01-reply-times.md)'
		]
	},
	'missing-field': {
		changed: ['courses/01-basics/02-empathy.md'],
		// No line holds the missing key: the problem points at the top of the frontmatter.
		expected: ['courses/01-basics/02-empathy.md:2: title is missing']
	},
	'broken-prerequisite': {
		changed: ['courses/01-basics/02-empathy.md'],
		expected: [
			'courses/01-basics/02-empathy.md:12: prerequisite "basics/introduction" is not a lesson (use course-slug/lesson-slug)'
		]
	},
	'lesson-without-sources': {
		changed: ['courses/02-follow-up/02-closing-the-loop.md'],
		expected: [
			'courses/02-follow-up/02-closing-the-loop.md:2: sources is missing: a lesson must cite its sources'
		]
	},
	'unknown-component': {
		changed: ['courses/01-basics/01-intro.md'],
		expected: [`courses/01-basics/01-intro.md:11: unknown component <KeyPoint> ${KNOWN}`]
	},
	'broken-internal-link': {
		changed: ['courses/02-follow-up/02-closing-the-loop.md'],
		expected: [
			'courses/02-follow-up/02-closing-the-loop.md:17: broken internal link /learn/follow-up/call-backs'
		]
	},
	// Quizzes: each points at the YAML item at fault.
	'quiz-unknown-option': {
		changed: [INTRO_QUIZ],
		expected: [`${INTRO_QUIZ}:113: question "best-reply": answer names unknown option "d"`]
	},
	'quiz-short-ordering': {
		changed: [INTRO_QUIZ],
		// The first item of the options list.
		expected: [
			`${INTRO_QUIZ}:65: question "listen-order": an ordering question needs at least 3 items, it has 2`
		]
	},
	'quiz-duplicate-pair': {
		changed: [INTRO_QUIZ],
		expected: [
			`${INTRO_QUIZ}:93: question "need-behind": duplicate matching pair: right "To be valued" appears twice`
		]
	},
	'quiz-missing-feedback': {
		changed: [INTRO_QUIZ],
		expected: [`${INTRO_QUIZ}:31: questions.1.options.1.feedback is missing`]
	},
	'quiz-missing-competency': {
		changed: [INTRO_QUIZ],
		expected: [`${INTRO_QUIZ}:46: questions.2.competencies names no competency`]
	},
	'quiz-duplicate-id': {
		changed: [INTRO_QUIZ],
		expected: [`${INTRO_QUIZ}:59: duplicate question id "why-listen"`]
	},
	// Scenarios: the ink compiler's own errors, then Coachline's lint rules.
	'scenario-compile-error': {
		changed: [SCENARIO_INK],
		expected: [`${SCENARIO_INK}:27: ink: Divert target not found: '-> d_five'`]
	},
	'scenario-unreachable-knot': {
		changed: [SCENARIO_INK],
		expected: [`${SCENARIO_INK}:50: knot "hold_music" is unreachable: no divert leads to it`]
	},
	'scenario-choice-without-effects': {
		changed: [SCENARIO_INK],
		expected: [`${SCENARIO_INK}:38: choice has no effects (#criterion+N, #variable-N)`]
	},
	'scenario-ending-without-debrief': {
		changed: [SCENARIO_YAML],
		expected: [`${SCENARIO_YAML}:98: endings.lost.debrief is missing: every ending needs a debrief`]
	},
	'scenario-unknown-criterion': {
		changed: [SCENARIO_INK],
		expected: [`${SCENARIO_INK}:16: unknown criterion or variable "paraphrase" in #paraphrase`]
	},
	'scenario-unknown-variable': {
		changed: [SCENARIO_YAML],
		expected: [`${SCENARIO_YAML}:58: unknown criterion or variable "patience"`]
	},
	'scenario-unknown-competency': {
		changed: [SCENARIO_YAML],
		expected: [
			`${SCENARIO_YAML}:29: unknown competency "telepathy" (not in content/competencies.yaml)`
		]
	},
	'scorecard-unknown-competency': {
		changed: ['scorecards/short-call.yaml'],
		expected: ['scorecards/short-call.yaml:14: unknown competency "telepathy"']
	},
	'scenario-out-of-range': {
		// Mood starts at 5; the weakest path has it at 2 by the last choice, and "It's at the
		// depot." now costs 5. (A typed reply may push past the range: the engine clamps it.)
		changed: [SCENARIO_INK],
		expected: [
			`${SCENARIO_INK}:44: "It's at the depot." can push mood to -3, outside its range 0–10`
		]
	}
};

describe('each malformed fixture', () => {
	it('has a folder for every case, and no folder without a case', () => {
		expect(readdirSync(FIXTURES).sort()).toEqual([...Object.keys(MALFORMED), 'valid'].sort());
	});

	for (const [name, { changed, expected }] of Object.entries(MALFORMED)) {
		const root = `${FIXTURES}/${name}`;

		it(`${name}: is the valid tree with one defect`, () => {
			const mine = filesOf(root);
			const valid = filesOf(VALID);
			const differs = [...new Set([...mine, ...valid])]
				.filter(
					(f) =>
						!mine.includes(f) ||
						!valid.includes(f) ||
						readFileSync(join(root, f), 'utf8') !== readFileSync(join(VALID, f), 'utf8')
				)
				.sort();
			expect(differs).toEqual(changed);
		});

		it(`${name}: reports exactly its problem as path:line: message`, () => {
			expect(check(root)).toBe(expected.map((line) => `${root}/${line}`).join('\n'));
		});
	}
});

// Further defects, each built in a temporary copy of valid/ by replacing or adding files.
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Patch = Record<string, string | null | [from: string, to: string]>;

/**
 * A straight-line scenario script for the fixture's YAML: `n` three-choice steps (the strong
 * choice earns feeling and mood, the longest earns a little hearing, the shortest has `weak`),
 * the fixture's free-text step and the story's reaction to it, then the endings.
 */
function linearInk(n: number, weak: string) {
	const steps = Array.from(
		{ length: n },
		(_, i) =>
			`=== s${i} ===\nNext?\n* [Good answer ${i}. #feeling+1${i === 0 ? ' #mood+1' : ''} #note: good] -> ${i + 1 < n ? `s${i + 1}` : 'ask'}\n` +
			`* [A fair enough answer, ${i}. #hearing+1 #note: fair] -> ${i + 1 < n ? `s${i + 1}` : 'ask'}\n` +
			`* [Poor ${i}. ${weak}${i === 0 ? ' #mood-1' : ''} #note: poor] -> ${i + 1 < n ? `s${i + 1}` : 'ask'}\n`
	);
	return (
		'VAR mood = 5\nVAR reply_rude = false\nVAR reply_unclear = false\nVAR said_gives_time = false\n' +
		'Hello.\n-> s0\n' +
		steps.join('') +
		'=== ask ===\nWhen?\n* [#free:reply-time] -> close\n=== close ===\n' +
		'{ reply_rude || reply_unclear: Pardon? }\n{ said_gives_time: Good. }\n' +
		'{ mood >= 7: -> resolved_end }\n{ mood <= 3: -> escalated_end }\n-> lost_end\n' +
		'=== resolved_end ===\nThanks. #ending: resolved\n-> END\n' +
		'=== escalated_end ===\nManager! #ending: escalated\n-> END\n' +
		'=== lost_end ===\nBye. #ending: lost\n-> END\n'
	);
}

/**
 * A copy of valid/ with `patch` applied: a string replaces (or adds) a file, null deletes it,
 * [from, to] edits it (and `from` must be there). Returns the root as problems name it.
 */
function broken(patch: Patch): string {
	const dir = mkdtempSync(join(tmpdir(), 'coachline-content-'));
	temporary.push(dir);
	cpSync(VALID, dir, { recursive: true });
	for (const [key, change] of Object.entries(patch)) {
		// "file#label" keys apply a second edit to the same file.
		const path = join(dir, key.replace(/#.*$/, ''));
		if (change === null) rmSync(path);
		else if (typeof change === 'string') {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, change);
		} else {
			const text = readFileSync(path, 'utf8');
			if (!text.includes(change[0])) throw new Error(`${key} has no ${JSON.stringify(change[0])}`);
			writeFileSync(path, text.replace(change[0], change[1]));
		}
	}
	return relative(process.cwd(), dir);
}

const INTRO = 'courses/01-basics/01-intro.md';
const EMPATHY = 'courses/01-basics/02-empathy.md';
const REPLY = 'courses/02-follow-up/01-reply-times.md';
const CLOSING = 'courses/02-follow-up/02-closing-the-loop.md';
const BASICS = 'courses/01-basics/course.md';
const FOLLOW_UP = 'courses/02-follow-up/course.md';
const PATH = 'paths/onboarding.yaml';
const FOLLOW_UP_QUIZ = 'courses/02-follow-up/01-reply-times.quiz.yaml';
const JOB_AID = 'job-aids/reply-card.md';
const GLOSSARY = 'glossary.yaml';
const LESSON = (competency: string) =>
	`---\ntitle: T\nsummary: S\nminutes: 1\ncompetencies: [${competency}]\n` +
	`sources:\n  - seed: s\n    section: "1"\n---\n\nBody.\n`;
const COURSE = `---\ntitle: T\nsummary: S\naudience: lead\ncompetencies: [ownership]\norder: 3\n---\n`;

const GENERATED: [name: string, patch: Patch, expected: string[]][] = [
	// Assessments, quiz lint, job aids, glossary, paths of lessons
	[
		'course without an assessment',
		{ 'courses/02-follow-up/course.quiz.yaml': null },
		[
			`${FOLLOW_UP}:1: has no course.quiz.yaml: every course ends with an assessment (a certificate needs it)`
		]
	],
	[
		'assessment that can be retaken at once, as often as one likes',
		{
			[BASICS_QUIZ]: ['cooldown_minutes: 60\n', 'cooldown_minutes: 5\n'],
			[`${BASICS_QUIZ}#limit`]: ['attempts_per_day: 3\n', '']
		},
		[
			`${BASICS_QUIZ}:2: attempts_per_day is missing: an assessment needs a limit on attempts per day`,
			`${BASICS_QUIZ}:4: cooldown_minutes must be at least 60: an assessment retaken at once gives its key away`
		]
	],
	[
		'a key that is the longest option gives itself away',
		{
			[INTRO_QUIZ]: [
				'text: "It gives you time to look up the account and its history."',
				'text: "It gives you time."'
			]
		},
		[
			`${BASICS}:1: the key is the longest option in 1 of 2 single-choice and best-response questions (why-listen); at most 0 may be, or picking the longest option passes`
		]
	],
	[
		'true/false keys all the same, and a false one with an absolute word',
		{
			[FOLLOW_UP_QUIZ]: [
				'prompt: "Saying \'soon\' is as good as a time."\n',
				'prompt: "Saying \'soon\' is always as good as a time."\n'
			],
			[`${FOLLOW_UP_QUIZ}#key`]: ['    answer: true\n', '    answer: false\n']
		},
		[
			`${FOLLOW_UP_QUIZ}:36: a false statement with "always" gives itself away: state the misconception without an absolute word`,
			`${FOLLOW_UP}:1: 0 of 2 true/false keys are "true" (0%); keep them between 40% and 60% (1 of 2)`
		]
	],
	[
		'path step of a lesson that does not exist',
		{ [PATH]: ['  - course: follow-up\n', '  - lesson: follow-up/call-backs\n'] },
		[`${PATH}:7: unknown lesson "follow-up/call-backs" (use course-slug/lesson-slug)`]
	],
	[
		'course folder named like a page of its own',
		{
			'courses/03-glossary/course.md': COURSE,
			'courses/03-glossary/01-terms.md': LESSON('ownership')
		},
		[
			'courses/03-glossary/course.md:1: "glossary" cannot be a course slug: /learn/glossary is a page of its own (search, job-aids, glossary)',
			'courses/03-glossary/course.md:1: has no course.quiz.yaml: every course ends with an assessment (a certificate needs it)'
		]
	],
	[
		'job aid for a lesson that does not exist, with a self-check and no sources',
		{
			[JOB_AID]: ['lessons: [follow-up/reply-times]', 'lessons: [follow-up/reply-time]'],
			[`${JOB_AID}#selfcheck`]: ['</Steps>\n', '</Steps>\n\n<SelfCheck id="x" prompt="Y?" />\n'],
			'job-aids/Bad Name.md': '---\ntitle: T\nsummary: S\nlessons: [basics/intro]\n---\n',
			'job-aids/no-sources.md': '---\ntitle: T\nsummary: S\nlessons: [basics/intro]\n---\n'
		},
		[
			'job-aids/Bad Name.md:1: job aid file must be named slug.md (lower-case words and dashes)',
			'job-aids/no-sources.md:2: sources is missing: a job aid must cite its sources',
			`${JOB_AID}:4: lesson "follow-up/reply-time" is not a lesson (use course-slug/lesson-slug)`,
			`${JOB_AID}:17: unknown component <SelfCheck> (known: KeyPoints, Callout, Case, SayThis, Steps)`
		]
	],
	[
		'glossary: a term that is not Chinese, terms without a source',
		{
			[GLOSSARY]:
				'- term: Reply time\n  zh: 答复时限\n  meaning: M\n  lesson: follow-up/reply-times\n  zh_source: practice\n' +
				'- term: reply time\n  zh: 答复\n  meaning: M\n  lesson: follow-up/replies\n  zh_source: practice\n' +
				'- term: Paraphrase\n  zh: paraphrase\n  meaning: M\n  lesson: basics/intro\n' +
				'- term: Tone\n  zh: 语气\n  meaning: M\n  lesson: basics/intro\n'
		},
		[
			`${GLOSSARY}:11: 2.source needs a source (seed and section), or zh_source: practice`,
			`${GLOSSARY}:12: 2.zh must be the Chinese term`,
			`${GLOSSARY}:15: 3.source needs a source (seed and section), or zh_source: practice`
		]
	],
	[
		'glossary: a term twice and an unknown lesson',
		{
			[GLOSSARY]:
				'- term: Reply time\n  zh: 答复时限\n  meaning: M\n  lesson: follow-up/reply-times\n  zh_source: practice\n' +
				'- term: reply time\n  zh: 答复\n  meaning: M\n  lesson: follow-up/replies\n  zh_source: practice\n'
		},
		[
			`${GLOSSARY}:6: "reply time" is already defined (entry 1)`,
			`${GLOSSARY}:9: lesson "follow-up/replies" is not a lesson (use course-slug/lesson-slug)`
		]
	],
	// Missing and invalid fields
	[
		'course without audience',
		{ [FOLLOW_UP]: ['audience: everyone\n', ''] },
		[`${FOLLOW_UP}:2: audience is missing`]
	],
	[
		'course with an invalid audience',
		{ [BASICS]: ['audience: new-hire', 'audience: agents'] },
		[`${BASICS}:4: audience must be one of everyone, new-hire, lead`]
	],
	[
		'path with an invalid audience',
		{ [PATH]: ['audience: new-hire', 'audience: newbies'] },
		[`${PATH}:3: audience must be one of everyone, new-hire, lead`]
	],
	[
		'lesson with sources: []',
		{ [CLOSING]: ['sources:\n  - seed: 001_course.txt\n    section: L7 §1.4\n', 'sources: []\n'] },
		[`${CLOSING}:6: sources is empty: a lesson must cite its sources`]
	],
	[
		'source without a section',
		{ [INTRO]: ['    section: "§2.1"\n', ''] },
		[`${INTRO}:7: sources.0.section is missing`]
	],
	[
		'minutes that are not a number',
		{ [REPLY]: ['minutes: 3', 'minutes: three'] },
		[`${REPLY}:4: minutes expected number, received string`]
	],
	// Files and folders
	[
		'lesson without frontmatter (other lessons still link to it)',
		{ [REPLY]: '# Reply times\n\nNo frontmatter here.\n' },
		[`${REPLY}:1: has no frontmatter (a --- block at the top)`]
	],
	[
		'YAML syntax error in a lesson',
		{ [INTRO]: ['minutes: 3\n', 'minutes: 3\ntitle: Again\n'] },
		[`${INTRO}:5: YAML: Map keys must be unique`]
	],
	[
		'YAML syntax error in competencies.yaml',
		{ 'competencies.yaml': ['  name: Ownership\n', '  name: Ownership\n  name: Owning it\n'] },
		['competencies.yaml:24: YAML: Map keys must be unique']
	],
	[
		'missing competencies.yaml',
		{ 'competencies.yaml': null },
		['competencies.yaml:1: file is missing']
	],
	[
		'duplicate competency id',
		{
			'competencies.yaml': [
				'- id: ownership',
				'- id: empathy\n  name: E\n  description: D\n  levels: { 0: a, 1: b, 2: c, 3: d, 4: e }\n\n- id: ownership'
			]
		},
		['competencies.yaml:22: duplicate competency id "empathy"']
	],
	[
		'course folder not named NN-slug',
		{ 'courses/basics-again/course.md': COURSE },
		[
			'courses/basics-again:1: course folder must be named NN-slug (two digits, a dash, lower-case words)'
		]
	],
	[
		'lesson file not named NN-slug.md',
		{ 'courses/01-basics/intro-again.md': LESSON('listening') },
		['courses/01-basics/intro-again.md:1: lesson file must be named NN-slug.md']
	],
	[
		'course folder without course.md (its lessons are still checked)',
		{ 'courses/03-extra/01-only.md': LESSON('telepathy') },
		[
			'courses/03-extra/01-only.md:5: unknown competency "telepathy" (not in content/competencies.yaml)',
			'courses/03-extra/course.md:1: file is missing: every course folder needs a course.md'
		]
	],
	[
		'course without lessons',
		{ 'courses/03-empty/course.md': COURSE },
		['courses/03-empty/course.md:1: course has no lessons']
	],
	// References
	[
		'unknown competency in a block list (points at the item)',
		{ [EMPATHY]: ['  - listening\n', '  - listening\n  - mind-reading\n'] },
		[`${EMPATHY}:8: unknown competency "mind-reading" (not in content/competencies.yaml)`]
	],
	[
		'unknown competency in a course',
		{ [FOLLOW_UP]: ['competencies: [ownership]', 'competencies: [ownership, charm]'] },
		[`${FOLLOW_UP}:5: unknown competency "charm" (not in content/competencies.yaml)`]
	],
	[
		'prerequisite that is the lesson itself',
		{ [REPLY]: ['prerequisites: [basics/empathy]', 'prerequisites: [follow-up/reply-times]'] },
		[`${REPLY}:9: prerequisite "follow-up/reply-times" is the lesson itself`]
	],
	[
		'prerequisite cycle (every lesson on the loop)',
		{ [INTRO]: ['---\n\n', 'prerequisites: [follow-up/reply-times]\n---\n\n'] },
		[
			`${INTRO}:9: prerequisites of "basics/intro" loop back to it`,
			`${EMPATHY}:12: prerequisites of "basics/empathy" loop back to it`,
			`${REPLY}:9: prerequisites of "follow-up/reply-times" loop back to it`
		]
	],
	[
		'unknown course in a path',
		{ [PATH]: ['course: follow-up', 'course: escalation'] },
		[`${PATH}:7: unknown course "escalation"`]
	],
	[
		'broken link to a course, and one with a title',
		{
			[REPLY]: ['(/learn/basics)', '(/learn/basiks)'],
			[INTRO]: ['(/learn/basics/empathy)', '(/learn/basics/sympathy "Next lesson")']
		},
		[
			`${INTRO}:20: broken internal link /learn/basics/sympathy`,
			`${REPLY}:19: broken internal link /learn/basiks`
		]
	],
	// Components
	[
		'unknown component with an {expression} attribute',
		{ [EMPATHY]: ['<SayThis', '<Chart points={points} />\n\n<SayThis'] },
		[`${EMPATHY}:21: unknown component <Chart> ${KNOWN}`]
	],
	[
		'SelfCheck without an id',
		{ [CLOSING]: ['<SelfCheck id="what-to-check" ', '<SelfCheck '] },
		[`${CLOSING}:21: <SelfCheck> needs an id="…" attribute`]
	],
	[
		'SelfCheck id used twice',
		{ [CLOSING]: ['id="what-to-check"', 'id="who-called-back"'] },
		[`${CLOSING}:21: <SelfCheck id="who-called-back"> is used twice in this lesson`]
	],
	[
		'SayThis without instead',
		{ [EMPATHY]: [' instead="Account number?"', ''] },
		[`${EMPATHY}:21: <SayThis> needs an instead="…" attribute`]
	],
	[
		'Callout with a bad kind',
		{ [EMPATHY]: ['kind="tip"', 'kind="danger"'] },
		[`${EMPATHY}:15: <Callout kind="danger"> must be one of tip, note, warning`]
	],
	[
		'Callout without a kind',
		{ [EMPATHY]: ['<Callout kind="tip" ', '<Callout '] },
		[`${EMPATHY}:15: <Callout> needs a kind="…" attribute`]
	],
	// Quizzes
	[
		'unknown competency in a question',
		{ [INTRO_QUIZ]: ['[listening, ownership]', '[listening, telepathy]'] },
		[
			`${INTRO_QUIZ}:100: question "best-reply": unknown competency "telepathy" (not in content/competencies.yaml)`
		]
	],
	[
		'question without competencies',
		{
			[INTRO_QUIZ]: [
				'    competencies: [empathy]\n    prompt: "Customers',
				'    prompt: "Customers'
			]
		},
		[`${INTRO_QUIZ}:43: questions.2.competencies is missing`]
	],
	[
		'section that is not a heading of the lesson (names the headings there are)',
		{ [INTRO_QUIZ]: ['section: "#why-it-matters"', 'section: why-listening-matters'] },
		[
			`${INTRO_QUIZ}:57: question "heard-calms": section "why-listening-matters" is not a heading of the lesson (its headings: why-it-matters)`
		]
	],
	[
		'section in a lesson without headings',
		{
			[INTRO_QUIZ]: ['    section: why-it-matters\n', '    section: why-it-matters\n'],
			[INTRO]: ['## Why it matters', 'Why it matters:']
		},
		[
			`${INTRO_QUIZ}:20: question "why-listen": section "why-it-matters" is not a heading of the lesson (it has no ## or ### heading)`,
			`${INTRO_QUIZ}:57: question "heard-calms": section "#why-it-matters" is not a heading of the lesson (it has no ## or ### heading)`,
			`${INTRO_QUIZ}:115: question "best-reply": section "why-it-matters" is not a heading of the lesson (it has no ## or ### heading)`
		]
	],
	[
		'truefalse with a third option',
		{
			[INTRO_QUIZ]: [
				'    answer: true\n',
				'      - id: sometimes\n        text: "Sometimes"\n        feedback: "No."\n    answer: true\n'
			]
		},
		[
			`${INTRO_QUIZ}:49: question "heard-calms": a truefalse question has exactly the options true and false`
		]
	],
	[
		'best-response without the customer',
		{
			[INTRO_QUIZ]: [
				'    customer: "I\'ve told you twice already: the parcel never arrived."\n',
				''
			]
		},
		[
			`${INTRO_QUIZ}:97: question "best-reply": a best-response question needs the customer's line (customer: …)`
		]
	],
	[
		'single with two answers',
		{
			[INTRO_QUIZ]: [
				'    answer: a\n    explanation: "The lesson',
				'    answer: [a, b]\n    explanation: "The lesson'
			]
		},
		[`${INTRO_QUIZ}:18: question "why-listen": a single question has exactly one answer`]
	],
	[
		'unknown question type',
		{ [INTRO_QUIZ]: ['type: multiple', 'type: essay'] },
		[
			`${INTRO_QUIZ}:23: questions.1.type must be one of single, multiple, truefalse, ordering, matching, best-response`
		]
	],
	[
		'lesson quiz that draws more questions than it has',
		{ [INTRO_QUIZ]: ['questions:\n', 'draw: 7\nquestions:\n'] },
		[`${INTRO_QUIZ}:2: draw is 7 but the quiz has only 6 questions`]
	],
	[
		'course quiz that draws more questions than its lessons have',
		{ [BASICS_QUIZ]: ['draw: 4', 'draw: 7'] },
		[`${BASICS_QUIZ}:2: draw is 7 but the course's lesson quizzes have only 6 questions`]
	],
	[
		'course quiz without draw',
		{ [BASICS_QUIZ]: ['draw: 4\n', ''] },
		[`${BASICS_QUIZ}:2: draw is missing`]
	],
	[
		'question left out for its own problem (the course draw is not too large as well)',
		{
			[BASICS_QUIZ]: ['draw: 4', 'draw: 6'],
			[INTRO_QUIZ]: ['    answer: [b, c, a]', '    answer: [b, c, a, d]']
		},
		[
			`${INTRO_QUIZ}:74: question "listen-order": answer names unknown option "d"`,
			`${INTRO_QUIZ}:74: question "listen-order": the answer of an ordering question lists every item once, in order`
		]
	],
	[
		'lesson with a quiz left out for its own problem (the course draw is not too large as well)',
		{ [INTRO]: ['minutes: 3', 'minutes: three'] },
		[`${INTRO}:4: minutes expected number, received string`]
	],
	[
		'YAML syntax error in a quiz (the course draw is not too large as well)',
		{ [INTRO_QUIZ]: ['    answer: true\n', '    answer: true\n    answer: false\n'] },
		[`${INTRO_QUIZ}:56: YAML: Map keys must be unique`]
	],
	[
		'quiz with no lesson beside it',
		{ 'courses/02-follow-up/03-escalation.quiz.yaml': 'questions: []\n' },
		[
			'courses/02-follow-up/03-escalation.quiz.yaml:1: quiz has no lesson 03-escalation.md beside it'
		]
	],
	// Scenarios: the rules beyond the fixtures above
	[
		'scenario choice with its tags after the bracket',
		{
			[SCENARIO_INK]: [
				'#hearing+2 #note: Paraphrasing showed you heard the deadline.]',
				'#hearing+2] #note: Paraphrasing showed you heard the deadline.'
			]
		},
		[
			`${SCENARIO_INK}:16: tags after "]" belong to what follows the choice: put the choice's tags inside the brackets`
		]
	],
	[
		'scenario choice without a note',
		{ [SCENARIO_INK]: [' #note: Naming the worry first lowers the temperature.]', ']'] },
		[`${SCENARIO_INK}:11: choice has no #note: feedback for the debrief`]
	],
	[
		'scenario choice without brackets',
		{
			[SCENARIO_INK]: [
				"* [It'll turn up. #owning-1 #note: A vague reassurance promises nothing.] -> d7",
				"* It'll turn up. -> d7"
			]
		},
		[`${SCENARIO_INK}:38: put the choice text in [brackets]: it is what the agent says`]
	],
	[
		'scenario choice with an unknown tag',
		{
			[SCENARIO_INK]: ['#feeling-1 #mood-1 #note: Facts', '#feeling-1 #mood-1 #sad #note: Facts']
		},
		[`${SCENARIO_INK}:44: unknown tag "#sad" (use #name+N, #name-N, #note: text or #free:id)`]
	],
	[
		'scenario with an unknown free-text step',
		{ [SCENARIO_INK]: ['[#free:reply-time]', '[#free:reply-when]'] },
		[
			`${SCENARIO_INK}:48: unknown free-text step "reply-when" (not under free: in the YAML)`,
			`${SCENARIO_YAML}:51: free-text step "reply-time" is never used in the ink (#free:reply-time)`
		]
	],
	[
		'scenario with an unknown ending tag',
		{ [SCENARIO_INK]: ['#ending: lost', '#ending: gone'] },
		[
			`${SCENARIO_INK}:74: unknown ending "gone" (not under endings: in the YAML)`,
			`${SCENARIO_YAML}:98: ending "lost" has no "#ending: lost" line in the ink, so it can never be reached`
		]
	],
	[
		'scenario VAR starting elsewhere than the YAML says',
		{ [SCENARIO_INK]: ['VAR mood = 5', 'VAR mood = 4'] },
		[`${SCENARIO_INK}:1: VAR mood starts at 4 but the YAML says 5`]
	],
	[
		'scenario VAR missing from the ink',
		{ [SCENARIO_INK]: ['VAR mood = 5\n', ''] },
		[
			`${SCENARIO_INK}:60: ink: Unresolved variable: mood`,
			`${SCENARIO_INK}:61: ink: Unresolved variable: mood`
		]
	],
	[
		'scenario variable starting out of its range',
		{ [SCENARIO_YAML]: ['start: 5', 'start: 12'] },
		[`${SCENARIO_YAML}:38: mood: start 12 is outside its range 0–10`]
	],
	[
		'scenario with a sticky choice',
		{ [SCENARIO_INK]: ["* [It'll turn up.", "+ [It'll turn up."] },
		[`${SCENARIO_INK}:38: sticky choices (+) are not supported in scenarios`]
	],
	[
		'scenario path that stops without an ending',
		{
			[SCENARIO_INK]: [
				"* [It'll turn up. #owning-1 #note: A vague reassurance promises nothing.] -> d7",
				"* [It'll turn up. #owning-1 #note: A vague reassurance promises nothing.]\n    Whatever. -> END"
			]
		},
		[`${SCENARIO_INK}:38: after "It'll turn up." the story ends without an #ending: tag`]
	],
	[
		'scenario whose strongest path cannot pass',
		{
			[SCENARIO_YAML]: ['success: true', 'success: false'],
			[`${SCENARIO_YAML}#lost`]: [
				'    title: She cancelled the order\n    success: false',
				'    title: She cancelled the order\n    success: true'
			]
		},
		[
			`${SCENARIO_YAML}:7: the strongest path (best choice at every step, model answers) ends "resolved" with 90% and does not pass`
		]
	],
	[
		'scenario whose weakest path passes',
		{
			[SCENARIO_YAML]: ['pass_mark: 0.7', 'pass_mark: 0.1'],
			[`${SCENARIO_YAML}#esc`]: ['success: false', 'success: true'],
			[`${SCENARIO_YAML}#lost`]: [
				'    title: She cancelled the order\n    success: false',
				'    title: She cancelled the order\n    success: true'
			],
			[SCENARIO_INK]: linearInk(7, '#feeling+1')
		},
		[
			`${SCENARIO_YAML}:7: the weakest path (worst choice at every step) ends "lost" with 20% and still passes`
		]
	],
	[
		'scenario too short to practise much',
		{ [SCENARIO_INK]: linearInk(3, '#feeling-1') },
		[`${SCENARIO_YAML}:1: the strongest path has 4 decisions: a scenario needs at least 8`]
	],
	[
		'scenario with an unknown meter, lesson and a broken pattern',
		{
			[SCENARIO_YAML]: ['pass_mark: 0.7', 'pass_mark: 0.7\nmeter: patience'],
			[`${SCENARIO_YAML}#lesson`]: ['  - basics/empathy', '  - basics/sympathy'],
			[`${SCENARIO_YAML}#pattern`]: ['[call, message,', '[(call, message,']
		},
		[
			`${SCENARIO_YAML}:8: meter "patience" is not one of the variables`,
			`${SCENARIO_YAML}:10: unknown lesson "basics/sympathy" (use course-slug/lesson-slug)`,
			`${SCENARIO_YAML}:42: callback: "(" without ")" in "(call"`
		]
	],
	[
		'scenario with only two endings',
		{
			[SCENARIO_YAML]: [
				'  lost:\n    title: She cancelled the order\n    success: false\n    debrief: Polite but vague; she gave up waiting.\n',
				''
			],
			[SCENARIO_INK]: [
				"Forget it, I'll cancel. #ending: lost",
				"Forget it, I'll cancel. #ending: escalated"
			]
		},
		[`${SCENARIO_YAML}:86: has 2 ending(s): a scenario needs at least 3`]
	],
	// Typed replies: concepts, examples, tone, the story's flags; choices that cannot be gamed
	[
		'typed-reply rule naming an unknown concept',
		{ [SCENARIO_YAML]: ['any: [shut]', 'any: [shutt]'] },
		[
			`${SCENARIO_YAML}:65: unknown concept "shutt" (not in content/lexicon/ nor the scenario's terms)`
		]
	],
	[
		'labelled example that lands outside its band',
		{
			[SCENARIO_YAML]: [
				'You will get an update from us tomorrow morning.',
				'Let me check, and you will get an update from me tomorrow morning.'
			]
		},
		[
			`${SCENARIO_YAML}:72: example scores 100% (strong), labelled adequate: "Let me check, and you will get an update from me tomorrow morning." (met: gives-time, acts-now; missed: nothing-we-can-do)`
		]
	],
	[
		'typed step without the examples an author needs',
		{
			[SCENARIO_YAML]: [
				"      - band: weak\n        kind: rude\n        reply: Calm down, I'll message you by 3 pm with the slot.\n",
				''
			]
		},
		[
			`${SCENARIO_YAML}:68: free-text step "reply-time" needs labelled examples: a rude reply with the right facts (kind: rude)`
		]
	],
	[
		'scenario with typed replies and no tone costs',
		{ [SCENARIO_YAML]: ['tone: { owning: -1, mood: -2 }\n', ''] },
		[
			`${SCENARIO_YAML}:1: a scenario with typed replies needs "tone:": what rude or dismissive wording costs (e.g. { words: -2, mood: -2 })`
		]
	],
	[
		'reply flags that name no rule, or are never read',
		{
			[SCENARIO_INK]: [
				'VAR said_gives_time = false\n',
				'VAR said_gives_time = false\nVAR said_nothing = false\nVAR said_acts_now = false\n'
			]
		},
		[
			`${SCENARIO_INK}:5: VAR said_nothing names no rule of a free-text step (said_<rule id with _ for ->)`,
			`${SCENARIO_INK}:6: VAR said_acts_now is never read: branch on it so the customer reacts to the reply`
		]
	],
	[
		'typed step the story cannot hear',
		{ [SCENARIO_INK]: ['    - said_gives_time:\n        Good, that time then.\n', ''] },
		[
			`${SCENARIO_INK}:4: VAR said_gives_time is never read: branch on it so the customer reacts to the reply`
		]
	],
	[
		'choices where the longest is the best and nothing is a trade-off',
		{
			[SCENARIO_INK]: [
				"* [I'm checking the tracking now. One moment.",
				"* [I'm checking the tracking now, with the courier's own system as well as ours. One moment, please."
			],
			[`${SCENARIO_INK}#trade`]: [
				'Let me keep checking. #owning+1 #hearing-1',
				'Let me keep checking. #hearing-1'
			]
		},
		[
			`${SCENARIO_INK}:16: only 2 of 7 decision points offer two choices that both earn rubric points (with different effects); at least 3 must be real trade-offs`,
			`${SCENARIO_INK}:26: the best choice is also the longest at 3 of 7 decision points (lines 26, 36, 43); at most 2 may be, or a learner who always clicks the longest reply finds the best one`
		]
	],
	[
		'ending paragraph naming an unknown criterion',
		{ [SCENARIO_YAML]: ['      - when: owning', '      - when: owing'] },
		[`${SCENARIO_YAML}:91: unknown criterion "owing" in when/unless`]
	],
	[
		'scenario term that redefines a shared concept',
		{ [SCENARIO_YAML]: ['terms:\n', 'terms:\n  apology: [sorry]\n'] },
		[
			`${SCENARIO_YAML}:41: term "apology" is already a concept of the shared lexicon: use it, or pick another name`
		]
	],
	[
		'lexicon with unknown references, a loop, a tone without explanation and a repeat',
		{
			'lexicon/extra.yaml':
				'a:\n  means: A\n  en: ["@b"]\nb:\n  means: B\n  en: ["@a"]\nc:\n  means: C\n  en: ["@nowhere"]\n' +
				'snide:\n  means: S\n  tone: sarcastic\n  en: [well done]\napology:\n  means: again\n  en: [sorry]\n'
		},
		[
			'lexicon/extra.yaml:2: a: its phrases refer back to it (a loop of @references)',
			'lexicon/extra.yaml:5: b: its phrases refer back to it (a loop of @references)',
			'lexicon/extra.yaml:8: c: unknown concept "@nowhere"',
			'lexicon/extra.yaml:11: snide.explain a tone concept needs "explain": what to tell the learner about this wording',
			'lexicon/extra.yaml:15: concept "apology" is already defined in basics.yaml:4'
		]
	],
	[
		'scenario without its ink file',
		{ [SCENARIO_INK]: null },
		[
			`${SCENARIO_YAML}:1: has no late-parcel.ink beside it: a scenario is a .yaml and an .ink of the same name`
		]
	]
];

it('the server start-up skips path simulation, which content:check runs', () => {
	const root = `${FIXTURES}/scenario-out-of-range`;
	expect(check(root)).not.toBe('');
	expect(formatProblems(loadContent(root, { simulate: false }).problems)).toBe('');
});

describe('each further defect', () => {
	for (const [name, patch, expected] of GENERATED)
		it(name, () => {
			const root = broken(patch);
			expect(check(root)).toBe(expected.map((line) => `${root}/${line}`).join('\n'));
		});
});

describe('a tree with several defects', () => {
	it('lists every problem, not only the first, sorted by file then line', () => {
		const root = broken({
			// Found while reading the lesson body (line 22), before its links are checked (line 20).
			[INTRO]: ['(/learn/basics/empathy).\n\n', '(/learn/basics/empathy-101).\n\n<Video />\n\n'],
			// The course is left out of the index, but the path naming it is not broken as well.
			[FOLLOW_UP]: ['audience: everyone', 'audience: all'],
			[PATH]: ['course: basics', 'course: basic']
		});
		expect(check(root)).toBe(
			[
				`${root}/${INTRO}:20: broken internal link /learn/basics/empathy-101`,
				`${root}/${INTRO}:22: unknown component <Video> ${KNOWN}`,
				`${root}/${FOLLOW_UP}:4: audience must be one of everyone, new-hire, lead`,
				`${root}/${PATH}:5: unknown course "basic"`
			].join('\n')
		);
	});
});

describe('npm run content:check', () => {
	const run = (root: string) =>
		spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/content-check.ts', root], {
			encoding: 'utf8'
		});

	it('lists the problems of a malformed tree and exits 1', () => {
		const root = `${FIXTURES}/unknown-competency`;
		const result = run(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${root}/courses/01-basics/01-intro.md:5: unknown competency "telepathy" (not in content/competencies.yaml)\n`
		);
		expect(result.stderr).toContain(`1 problem(s) in ${root}`);
	});

	it('exits 0 on a valid tree', () => {
		const result = run(VALID);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(
			/^test\/fixtures\/content\/valid: 3 competencies, 2 courses, 4 lessons, 1 paths, 1 scenarios, 1 scorecards, 4 quizzes, 1 job aids, 2 glossary terms: no problems/
		);
		expect(result.status).toBe(0);
	});
});

// A scenario's Chinese edition: test/fixtures/translations holds a valid one for the fixture's
// scenario; each case below breaks it (or the tree around it) in one way.
describe('scenario translations', () => {
	const TR_YAML = 'scenarios/late-parcel.zh-CN.yaml';
	const TR_INK = 'scenarios/late-parcel.zh-CN.ink';
	const translation = {
		[TR_YAML]: readFileSync('test/fixtures/translations/late-parcel.zh-CN.yaml', 'utf8'),
		[TR_INK]: readFileSync('test/fixtures/translations/late-parcel.zh-CN.ink', 'utf8')
	};
	const translated = (patch: Patch = {}) => {
		const root = broken(translation);
		for (const [key, change] of Object.entries(patch)) {
			const path = join(root, key.replace(/#.*$/, ''));
			if (change === null) rmSync(path);
			else if (typeof change === 'string') writeFileSync(path, change);
			else {
				const text = readFileSync(path, 'utf8');
				if (!text.includes(change[0]))
					throw new Error(`${key} has no ${JSON.stringify(change[0])}`);
				writeFileSync(path, text.replace(change[0], change[1]));
			}
		}
		return root;
	};

	it('loads beside its original: same id and scoring, its own words, version and language', async () => {
		const root = translated();
		const { index, problems } = loadContent(root);
		expect(formatProblems(problems)).toBe('');
		const original = index.scenario('late-parcel')!;
		const zh = original.translations['zh-CN']!;
		expect(zh).toBeDefined();
		expect(zh).toMatchObject({ id: 'late-parcel', locale: 'zh-CN', language: 'zh' });
		expect(zh.title).toBe('迟到的生日礼物');
		expect(zh.version).not.toBe(original.version);
		expect(zh.criteria.map((c) => [c.id, c.weight, c.competency])).toEqual(
			original.criteria.map((c) => [c.id, c.weight, c.competency])
		);
		expect(zh.passMark).toBe(original.passMark);
		const { readReply, bandOf } = await import('../../src/lib/server/roleplay/reply');
		const step = zh.free.get('reply-time')!;
		expect(bandOf(readReply(zh, step, step.model).score)).toBe('strong');
		expect(bandOf(readReply(zh, step, '我们正在处理，请耐心等待。').score)).toBe('weak');
	});

	const cases: [string, Patch, string[]][] = [
		[
			'rules out of order',
			{
				[TR_YAML]: [
					'      - id: gives-time\n        explain: 你给了她一个明确的回复时间。\n      - id: acts-now\n        explain: 你说明了自己正在做什么。',
					'      - id: acts-now\n        explain: 你说明了自己正在做什么。\n      - id: gives-time\n        explain: 你给了她一个明确的回复时间。'
				]
			},
			[
				`${TR_YAML}:39: rules must be the original's, in its order: "gives-time", "acts-now", "nothing-we-can-do"`
			]
		],
		[
			'a criterion left out',
			{
				[TR_YAML]: [
					'  - id: hearing\n    label: 让客户知道你听到了\n    strong: 把周六这个期限向客户复述一遍。\n',
					''
				]
			},
			[
				`${TR_YAML}:10: criteria must be the original's, in its order: "feeling", "hearing", "owning" (found "feeling", "owning")`
			]
		],
		[
			'a scoring field in the translation',
			{ [TR_YAML]: ['    label: 回应客户的情绪\n', '    label: 回应客户的情绪\n    weight: 3\n'] },
			[`${TR_YAML}:10: criteria.0 Unrecognized key: "weight"`]
		],
		[
			'a choice whose effects differ from the original',
			{ [TR_INK]: ['#feeling+2 #mood+1 #note: 先说出', '#feeling+3 #mood+1 #note: 先说出'] },
			[
				`${TR_INK}:10: knot "d1" differs from the original beyond its words: keep the same lines, choices, tags (other than #note:), conditions and diverts, in the same order`
			]
		],
		[
			'a divert that differs',
			{
				[TR_INK]: [
					'这周包裹经常延误，恐怕是因为配送站积压太多。 #hearing-1 #note: 笼统的理由忽略了她说的话。] -> d3',
					'这周包裹经常延误，恐怕是因为配送站积压太多。 #hearing-1 #note: 笼统的理由忽略了她说的话。] -> d4'
				]
			},
			[
				`${TR_INK}:14: knot "d2" differs from the original beyond its words: keep the same lines, choices, tags (other than #note:), conditions and diverts, in the same order`
			]
		],
		[
			'a knot renamed',
			{
				[`${TR_INK}#1`]: ['-> lost_end\n', '-> lost\n'],
				[`${TR_INK}#2`]: ['=== lost_end ===', '=== lost ===']
			},
			[
				`${TR_INK}:1: the translation must have the original's knots; missing: "lost_end"; not in the original: "lost"`
			]
		],
		[
			'a debrief paragraph under another condition',
			{
				[TR_YAML]: [
					'      - when: owning\n        text: 她清楚',
					'      - when: feeling\n        text: 她清楚'
				]
			},
			[
				`${TR_YAML}:68: paragraph 2 must show under the same condition as the original's (when: owning)`
			]
		],
		[
			'an example outside its band in Chinese',
			{
				[TR_YAML]: [
					'      - band: adequate\n        reply: 明天上午会有同事联系您说明情况。',
					'      - band: strong\n        reply: 明天上午会有同事联系您说明情况。'
				]
			},
			[
				`${TR_YAML}:46: free-text step "reply-time" needs labelled examples: an adequate reply`,
				`${TR_YAML}:50: example scores 67% (adequate), labelled strong: "明天上午会有同事联系您说明情况。" (met: gives-time; missed: acts-now, nothing-we-can-do)`
			]
		],
		[
			'a shared tone concept without Chinese phrases',
			{ 'lexicon/basics.yaml': ['  zh:\n    - 冷静\n    - 别 (抱怨|吵)', ''] },
			[
				`${TR_YAML}:1: the shared concept "rude" (content/lexicon/) has no zh phrases, so a reply in this language could never show it`,
				`${TR_YAML}:57: example scores 67% (adequate), labelled weak: "您先冷静一下，我下午三点前给您发消息。" (met: gives-time; missed: acts-now, nothing-we-can-do)`,
				`${TR_YAML}:57: a rude example raises nothing in the tone screen`
			]
		],
		[
			'a translation without its original',
			{ 'scenarios/ghost.zh-CN.yaml': 'title: 幽灵\n', 'scenarios/ghost.zh-CN.ink': '幽灵\n' },
			[
				'scenarios/ghost.zh-CN.ink:1: a translation without its original: ghost.yaml and ghost.ink',
				'scenarios/ghost.zh-CN.yaml:1: a translation without its original: ghost.yaml and ghost.ink'
			]
		],
		[
			'a language content is not translated into',
			{ 'scenarios/late-parcel.fr.yaml': 'title: Le colis\n' },
			['scenarios/late-parcel.fr.yaml:1: "fr" is not a language content is translated into (zh-CN)']
		],
		[
			'a competency translation that leaves one out',
			{
				'competencies.zh-CN.yaml':
					'- id: listening\n  name: 有效倾听\n  description: 让客户把话说完。\n  levels: { 0: 尚未体现, 1: 知道, 2: 会选, 3: 会做, 4: 榜样 }\n'
			},
			[
				'competencies.zh-CN.yaml:1: must translate every competency, in order: listening, empathy, ownership'
			]
		],
		[
			'a path translation with more than words',
			{
				'paths/onboarding.zh-CN.yaml':
					'title: 入职培训\nsummary: 新人先学的两门课。\naudience: new-hire\n'
			},
			[
				'paths/onboarding.zh-CN.yaml:1: a translation carries only title and summary; audience come from the original'
			]
		],
		[
			'a job-aid translation whose components differ, and one without an original',
			{
				'job-aids/reply-card.zh-CN.md':
					'---\ntitle: 回复时间卡\nsummary: 每次结束前要说的话。\n---\n\n1. 说清楚你要做什么。\n',
				'job-aids/ghost.zh-CN.md': '---\ntitle: 幽灵\nsummary: 没有原文。\n---\n'
			},
			[
				'job-aids/ghost.zh-CN.md:1: translation without its original: there is no ghost.md beside it',
				"job-aids/reply-card.zh-CN.md:5: the components differ from reply-card.md: a translation keeps the original's, in its order"
			]
		],
		[
			'half a translation',
			{ [TR_INK]: null },
			[`${TR_YAML}:1: has no late-parcel.zh-CN.ink beside it: a translation is a .yaml and an .ink`]
		]
	];
	for (const [name, patch, expected] of cases)
		it(name, () => {
			const root = translated(patch);
			expect(check(root)).toBe(expected.map((line) => `${root}/${line}`).join('\n'));
		});
});
