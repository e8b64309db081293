import { describe, expect, it } from 'vitest';
import { parseYaml } from '../content/yaml-lines';
import { localizeQuiz, readQuizTranslation } from './translations';
import type { Quiz } from './types';

const quiz: Quiz = {
	id: 'c/l',
	kind: 'lesson',
	title: 'Lesson',
	courseSlug: 'c',
	version: 'v1',
	passMark: 0.8,
	draw: 2,
	cooldownMinutes: 0,
	attemptsPerDay: null,
	questions: [
		{
			id: 'q1',
			type: 'single',
			prompt: 'Which?',
			explanation: 'Because.',
			section: 'why',
			competencies: ['empathy'],
			difficulty: 1,
			lessonId: 'c/l',
			options: [
				{ id: 'a', text: 'A', feedback: 'fa' },
				{ id: 'b', text: 'B', feedback: 'fb' }
			],
			answer: 'b'
		},
		{
			id: 'q2',
			type: 'matching',
			prompt: 'Match.',
			explanation: 'So.',
			section: null,
			competencies: ['empathy'],
			difficulty: 1,
			lessonId: 'c/l',
			pairs: [{ id: 'p1', left: 'L', right: 'R', feedback: 'f' }]
		}
	]
};

const good = `questions:
  - id: q1
    prompt: "哪个？"
    options:
      - id: a
        text: "甲"
        feedback: "甲的说明"
      - id: b
        text: "乙"
        feedback: "乙的说明"
    explanation: "因为。"
    section: 为什么
  - id: q2
    prompt: "配对。"
    pairs:
      - id: p1
        left: "左"
        right: "右"
        feedback: "说明"
    explanation: "所以。"
`;

function read(source: string, anchors: string[] | null = ['为什么']) {
	const problems: string[] = [];
	const yaml = parseYaml(source);
	const text = readQuizTranslation(yaml, quiz, anchors && new Set(anchors), (path, message) =>
		problems.push(`${yaml.lineOf(path)}: ${message}`)
	);
	return { text, problems };
}

describe('readQuizTranslation', () => {
	it('reads a complete translation and localizes the quiz without touching ids or keys', () => {
		const { text, problems } = read(good);
		expect(problems).toEqual([]);
		const localized = localizeQuiz({ ...quiz, translations: { 'zh-CN': text! } }, 'zh-CN');
		expect(localized.translated).toBe(true);
		const [q1, q2] = localized.quiz.questions;
		expect(q1).toMatchObject({ prompt: '哪个？', section: '为什么', answer: 'b', id: 'q1' });
		expect(q1.type === 'single' && q1.options.map((o) => `${o.id}=${o.text}`)).toEqual([
			'a=甲',
			'b=乙'
		]);
		expect(q2.type === 'matching' && q2.pairs[0]).toMatchObject({ id: 'p1', left: '左' });
		expect(localized.quiz.version).toBe('v1');
		expect(localizeQuiz(quiz, 'zh-CN')).toEqual({ quiz, translated: false });
	});

	it('refuses a translation that changes the answer or adds keys of the original', () => {
		const { text, problems } = read(
			good.replace('    section: 为什么', '    answer: a\n    section: 为什么')
		);
		expect(text).toBeNull();
		expect(problems.join('\n')).toMatch(/"answer" comes from the original/);
	});

	it('names a missing question, a wrong option id, an empty text and an unknown section', () => {
		const cases: [string, RegExp][] = [
			[
				good.slice(0, good.indexOf('  - id: q2')),
				/questions must be the original's, in its order: q1, q2/
			],
			[good.replace('      - id: b', '      - id: c'), /options must be the original's: a, b/],
			[good.replace('text: "乙"', 'text: ""'), /missing or empty/],
			[
				good.replace('section: 为什么', 'section: 别处'),
				/"别处" is not a heading of the translated lesson/
			],
			['title: x\nquestions: []', /"title" comes from the original/]
		];
		for (const [source, message] of cases) {
			const { text, problems } = read(source);
			expect(text, String(message)).toBeNull();
			expect(problems.join('\n')).toMatch(message);
		}
	});

	it('wants the lesson translated before its quiz', () => {
		expect(read(good, null).problems.join('\n')).toMatch(/translate the lesson first/);
	});
});
