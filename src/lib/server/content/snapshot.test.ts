import { mkdtempSync, rmSync, writeFileSync, cpSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexOf, loadContent, type ContentData } from './index';
import { fingerprint, readSnapshot, writeSnapshot } from './snapshot';
import { readReply } from '../roleplay/reply';

const dir = mkdtempSync(join(tmpdir(), 'coachline-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { index, problems } = loadContent('content', { simulate: false });
const data: ContentData = {
	competencies: index.competencies,
	courses: index.courses,
	paths: index.paths,
	quizzes: index.quizzes,
	scenarios: index.scenarios,
	scorecards: index.scorecards,
	jobAids: index.jobAids,
	glossary: index.glossary
};

describe('content snapshot', () => {
	it('gives back content that behaves as the files do: every labelled reply scores the same', () => {
		expect(problems).toEqual([]);
		const file = join(dir, 'snap');
		writeSnapshot(file, 'print', data);
		const kept = readSnapshot(file, 'print');
		expect(kept).toEqual(data);
		const again = indexOf(kept!);
		let compared = 0;
		for (const scenario of index.scenarios)
			for (const [knot, step] of scenario.free) {
				const copy = again.scenario(scenario.id)!.free.get(knot)!;
				for (const example of step.examples) {
					expect(readReply(again.scenario(scenario.id)!, copy, example.reply)).toEqual(
						readReply(scenario, step, example.reply)
					);
					compared++;
				}
			}
		expect(compared).toBeGreaterThan(20);
		expect(again.lesson('communication-skills/active-listening')).toEqual(
			index.lesson('communication-skills/active-listening')
		);
	});

	it('is not used for other files, another version, or a damaged file', () => {
		const root = join(dir, 'content');
		cpSync('content', root, { recursive: true });
		const before = fingerprint(root, 'v1');
		expect(fingerprint(root, 'v1')).toBe(before);
		expect(fingerprint(root, 'v2')).not.toBe(before);
		appendFileSync(join(root, 'competencies.yaml'), '\n');
		expect(fingerprint(root, 'v1')).not.toBe(before);

		const file = join(dir, 'snap2');
		writeSnapshot(file, before, data);
		expect(readSnapshot(file, fingerprint(root, 'v1'))).toBeNull();
		writeFileSync(file, 'not a snapshot');
		expect(readSnapshot(file, before)).toBeNull();
		expect(readSnapshot(join(dir, 'missing'), before)).toBeNull();
	});
});
