import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { statements } from '../../src/lib/server/db/schema';
import { loadContent } from '../../src/lib/server/content';
import { play } from '../../src/lib/server/roleplay/explore';
import { editionOf, runEdition, scenarioIn } from '../../src/lib/server/roleplay/editions';
import { act, getRun, MAX_REPLY, startRun } from '../../src/lib/server/roleplay/runs';
import { readReply } from '../../src/lib/server/roleplay/reply';
import type { Scenario } from '../../src/lib/server/roleplay/types';
import { addPerson, domainFailureOf, testDb } from './db';
import { playMoves } from './roleplay-fixture';

// The valid fixture with its Chinese edition beside it.
const root = mkdtempSync(join(tmpdir(), 'coachline-zh-'));
cpSync('test/fixtures/content/valid', root, { recursive: true });
cpSync('test/fixtures/translations', join(root, 'scenarios'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { index, problems } = loadContent(root);
const original = index.scenario('late-parcel')!;
const zh = original.translations['zh-CN']!;

let db: Db;
let agent: Awaited<ReturnType<typeof addPerson>>;
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
});

const playAll = async (runId: string, scenario: Scenario) =>
	await playMoves(
		db,
		agent.id,
		runId,
		play(scenario, 'strong').moves,
		undefined,
		undefined,
		scenario
	);

describe('a role-play in its Chinese edition', () => {
	it('loads with no problems', () => expect(problems).toEqual([]));

	it('runs in Chinese, is scored like the original and records its language', async () => {
		expect(scenarioIn(original, 'zh-CN')).toBe(zh);
		expect(scenarioIn(original, 'en')).toBe(original);
		const run = await playAll((await startRun(db, agent.id, zh)).id, zh);
		expect(run.status).toBe('finished');
		expect(run.scenarioVersion).toBe(zh.version);
		// The transcript is the Chinese story; the score is the strong path's, as in English.
		expect(run.transcript.some((l) => /\p{Script=Han}/u.test(l.text))).toBe(true);
		expect(run.passed).toBe(true);
		expect(run.score).toBeCloseTo(play(zh, 'strong').result.score, 6);
		const mine = await db.select().from(statements).where(eq(statements.actorId, agent.id));
		expect(mine.length).toBeGreaterThan(3);
		for (const s of mine) {
			expect(s.contentVersion).toBe(zh.version);
			expect((s.context as { language?: string }).language).toBe('zh-CN');
		}
	});

	it('keeps a run in the edition it began in, whatever the reader’s language now', async () => {
		const run = await startRun(db, agent.id, zh);
		expect(editionOf(original, run.scenarioVersion)).toBe(zh);
		expect(runEdition(original, run.scenarioVersion, 'en')).toBe(zh);
		const english = await startRun(db, agent.id, original, { restart: true });
		expect(runEdition(original, english.scenarioVersion, 'zh-CN')).toBe(original);
		// A version neither edition has (the content changed): the reader's edition, marked changed.
		expect(editionOf(original, 'gone')).toBeUndefined();
		expect(runEdition(original, 'gone', 'zh-CN')).toBe(zh);
	});

	it('refuses a 10,000-character Chinese reply with a clear 400, and writes nothing', async () => {
		const strong = play(zh, 'strong');
		const free = strong.moves.findIndex((m) => m.kind === 'free');
		const run = await playMoves(
			db,
			agent.id,
			(await startRun(db, agent.id, zh)).id,
			strong.moves.slice(0, free),
			undefined,
			undefined,
			zh
		);
		const before = (await db.select().from(statements)).length;
		const long = '非常抱歉让您久等了，我马上联系快递，今天下午三点前给您发消息。'
			.repeat(400)
			.slice(0, 10_000);
		expect(long.length).toBe(10_000);
		expect(
			await domainFailureOf(
				async () => await act(db, run, zh, agent.id, run.step, { kind: 'free', text: long })
			)
		).toEqual({
			key: 'roleplay_reply_too_long',
			status: 400
		});
		expect(await db.select().from(statements)).toHaveLength(before);
		expect((await getRun(db, run.id))!.step).toBe(run.step);
		// Reading that much Chinese (the lead's "Try a reply" caps it too) neither fails nor hangs.
		const step = zh.free.get('reply-time')!;
		const started = performance.now();
		const reading = readReply(zh, step, long);
		expect(reading.score).toBeGreaterThanOrEqual(0);
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(MAX_REPLY).toBeLessThan(10_000);
	});
});
