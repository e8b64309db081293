// npm run bench:scoring — how fast typed replies are read, in two parts.
// 1. In process: every typed step of the shipped scenarios reads its model answer, its labelled
//    examples and mixes of them, many times over; per-reply latency (p50/p95/p99) and throughput.
// 2. Against the built server on loopback: 200 simulated learners play role-plays (1–5 s think
//    time), and the typed-reply POST is timed (budget: the quiz-submit budget, p95 ≤ 100 ms, 0
//    errors, every acknowledged reply stored). Bounded: BENCH_SECONDS (60).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { returned, migrateDb, openDb } from '../../src/lib/server/db';
import { users } from '../../src/lib/server/db/schema';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadContent } from '../../src/lib/server/content';
import { readReply } from '../../src/lib/server/roleplay/reply';
import { percentile, sleep, startServer } from './server';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 4322);

const ms = (n: number) => n.toFixed(3);

// Part 1: the reading itself
const { index } = loadContent('content', { simulate: false });
const cases = index.scenarios.flatMap((scenario) =>
	[...scenario.free.values()].flatMap((step) => {
		const texts = [step.model, ...step.examples.map((e) => e.reply)];
		// Mixes: two replies run together, and a reply with its sentences reversed.
		const mixes = texts.flatMap((a, i) => [
			`${a} ${texts[(i + 1) % texts.length]}`,
			a
				.split(/(?<=[.!?])\s+/)
				.reverse()
				.join(' ')
		]);
		return [...texts, ...mixes].map((reply) => ({ scenario, step, reply }));
	})
);
for (const c of cases) readReply(c.scenario, c.step, c.reply); // warm up (loads the model)
const times: number[] = [];
const t0 = performance.now();
for (let round = 0; round < ROUNDS; round++)
	for (const c of cases) {
		const start = performance.now();
		readReply(c.scenario, c.step, c.reply);
		times.push(performance.now() - start);
	}
const total = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
console.log(
	`reading: ${cases.length} replies × ${ROUNDS} rounds = ${times.length} readings in ${total.toFixed(2)} s (${Math.round(times.length / total)} replies/s)\n` +
		`per reply ms: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}, max ${ms(percentile(times, 100))}`
);

// Part 2: the typed-reply POST under load
const dir = mkdtempSync(join(tmpdir(), 'coachline-scoring-load-'));
const dbFile = join(dir, 'load.db');
const db = openDb(dbFile);
migrateDb(db);
const cookies: string[] = [];
for (let i = 0; i < LEARNERS; i++) {
	const user = await returned(
		db
			.insert(users)
			.values({ email: `learner${i}@load.test`, name: `Learner ${i}`, role: 'learner' })
			.returning()
	);
	cookies.push(`${SESSION_COOKIE}=${(await createSession(db, user.id)).token}`);
}
db.$client.close();

const scenarios = index.scenarios.filter((s) => s.audience === 'agent' && s.free.size);
const replies = new Map(
	scenarios.map((s) => [
		s.id,
		[...s.free.values()].flatMap((step) => [step.model, ...step.examples.map((e) => e.reply)])
	])
);
const think = () => sleep(1000 + Math.random() * 4000);

const latencies: number[] = [];
let acknowledged = 0;
const errors: string[] = [];
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

async function learner(ORIGIN: string, cookie: string, until: number) {
	const headers = { cookie, origin: ORIGIN, accept: 'text/html' };
	const post = (url: string, body: URLSearchParams | string) =>
		fetch(url, {
			method: 'POST',
			headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
			body,
			redirect: 'manual'
		});
	await sleep(Math.random() * 5000);
	while (Date.now() < until) {
		const scenario = pick(scenarios);
		try {
			const start = await post(`${ORIGIN}/practice/${scenario.id}?/restart`, '');
			const run = start.headers.get('location');
			if (start.status !== 303 || !run) throw new Error(`start ${start.status}`);
			for (let move = 0; move < 40 && Date.now() < until; move++) {
				const html = await (await fetch(`${ORIGIN}${run}`, { headers })).text();
				// The decision form of this step (a finished run has none: the conversation ended).
				const form = html.match(/action="\?\/(choose|reply)"[\s\S]*?name="step" value="(\d+)"/);
				if (!form) break;
				const step = form[2];
				await think();
				if (form[1] === 'reply') {
					const t = performance.now();
					const res = await post(
						`${ORIGIN}${run}?/reply`,
						new URLSearchParams({ step, reply: pick(replies.get(scenario.id)!) })
					);
					latencies.push(performance.now() - t);
					await res.arrayBuffer();
					if (res.status !== 303) throw new Error(`reply ${res.status}`);
					acknowledged++;
				} else {
					const choices = [...html.matchAll(/name="choice" value="(\d+)"/g)].map((m) => m[1]);
					const res = await post(
						`${ORIGIN}${run}?/choose`,
						new URLSearchParams({ step, choice: pick(choices) })
					);
					await res.arrayBuffer();
					if (res.status !== 303) throw new Error(`choose ${res.status}`);
				}
			}
		} catch (e) {
			errors.push((e as Error).message);
		}
	}
}

const server = await startServer(dbFile, PORT);
try {
	const until = Date.now() + SECONDS * 1000;
	const started = performance.now();
	await Promise.all(cookies.map((c) => learner(server.origin, c, until)));
	const elapsed = (performance.now() - started) / 1000;
	const check = openDb(dbFile);
	const stored = (
		(await check.$client
			.prepare(
				"select count(*) as n from statements where verb = 'answered' and json_extract(context, '$.interactionType') = 'long-fill-in'"
			)
			.get()) as { n: number }
	).n;
	check.$client.close();
	latencies.sort((a, b) => a - b);
	const p95 = percentile(latencies, 95);
	console.log(
		`typed-reply POST: ${LEARNERS} learners, ${elapsed.toFixed(0)} s, ${latencies.length} replies (${(latencies.length / elapsed).toFixed(1)}/s)\n` +
			`latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${p95.toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${percentile(latencies, 100).toFixed(1)}\n` +
			`errors ${errors.length}${errors.length ? ` (${[...new Set(errors)].slice(0, 3).join('; ')})` : ''}; acknowledged ${acknowledged}, stored ${stored}`
	);
	const ok = p95 <= 100 && errors.length === 0 && stored === acknowledged && latencies.length > 0;
	console.log(`budget (p95 ≤ 100 ms, 0 errors, stored = acknowledged): ${ok ? 'met' : 'MISSED'}`);
	process.exitCode = ok ? 0 : 1;
} finally {
	server.stop();
	rmSync(dir, { recursive: true, force: true });
}
