// npm run fault:slow — slow clients ("slowloris") against the built server on loopback.
//
// 200 raw TCP connections send request headers one byte every ~500 ms and never finish them
// (a connection the server closes is replaced, so 200 stay open), while a signed-in person keeps
// loading a page. Promises:
// - the person is served throughout: no request fails, and during the attack the p99 latency is
//   at most 10 × the baseline's p99 (measured just before) + 200 ms;
// - the server drops every slow connection once its headers timeout (HEADERS_TIMEOUT, checked
//   every second) has passed: none lives longer than the timeout + 2.5 s.
//
// FAULT_MODE=short (npm test, beside the e2e projects): HEADERS_TIMEOUT=3, about 25 s, and only
// the untimed promises: every request served, every slow connection dropped within timeout + 6 s
// (the latency ratio is printed, not checked). Otherwise the default timeout (10 s), about 60 s,
// and every promise above.
import net from 'node:net';
import { join } from 'node:path';
import {
	cleanup,
	DEMO,
	freePort,
	hardLimit,
	MODE,
	percentile,
	signIn,
	sleep,
	startServer,
	tempDir
} from './probe-lib';

const SLOW = Number(process.env.SLOW_CONNECTIONS ?? 200);
const TIMEOUT_S = MODE === 'short' ? 3 : 10;
const BASELINE_S = MODE === 'short' ? 4 : 10;
const ATTACK_S = MODE === 'short' ? 14 : 45;
const BYTE_EVERY_MS = 500;
const PAGE = '/learn';
hardLimit(BASELINE_S + ATTACK_S + (MODE === 'short' ? 180 : 60), 'slow');

const dir = tempDir('slow');
const port = await freePort();
const server = await startServer({
	dbFile: join(dir, 'slow.db'),
	port,
	// The short run shortens the timeout; the long one runs the default (10 s, unset).
	env: MODE === 'short' ? { HEADERS_TIMEOUT: String(TIMEOUT_S) } : {}
});
const cookie = await signIn(server.origin, DEMO.learnerA);

/** The person: loads PAGE again and again (100 ms apart) until `until`; latencies in ms. */
async function person(until: number) {
	const times: number[] = [];
	const failures: string[] = [];
	while (performance.now() < until) {
		const t0 = performance.now();
		try {
			const res = await fetch(server.origin + PAGE, {
				headers: { cookie, accept: 'text/html' },
				redirect: 'manual',
				signal: AbortSignal.timeout(15_000)
			});
			const body = await res.text();
			if (res.status !== 200 || !body.includes('</html>')) failures.push(`status ${res.status}`);
			else times.push(performance.now() - t0);
		} catch (e) {
			failures.push((e as Error).message);
		}
		await sleep(100);
	}
	return { times: times.sort((a, b) => a - b), failures };
}

type Slow = {
	opened: number;
	closed: number | null;
	byServer: boolean;
	answer: string;
	sent: number;
	drop: () => void;
};

const slow: Slow[] = [];
let attacking = false;

/** One slow connection: a request line and headers, one byte at a time, never finished. */
function openSlow() {
	const payload =
		`GET ${PAGE} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUser-Agent: slow-drill\r\n` +
		'X-Slow: still typing\r\n'.repeat(200);
	const socket = net.connect(port, '127.0.0.1');
	let ours = false;
	let timer: NodeJS.Timeout | undefined;
	const s: Slow = {
		opened: performance.now(),
		closed: null,
		byServer: false,
		answer: '',
		sent: 0,
		drop: () => {
			ours = true;
			socket.destroy();
		}
	};
	slow.push(s);
	socket.on('connect', () => {
		s.opened = performance.now();
		const send = () => {
			if (s.sent < payload.length) socket.write(payload[s.sent++]);
		};
		send();
		// Spread the connections' bytes over the interval.
		timer = setTimeout(() => {
			send();
			timer = setInterval(send, BYTE_EVERY_MS);
		}, Math.random() * BYTE_EVERY_MS);
	});
	socket.on('data', (d) => {
		if (!s.answer) s.answer = d.toString('latin1').split('\r\n')[0];
	});
	socket.on('error', () => {});
	socket.on('close', () => {
		clearTimeout(timer);
		clearInterval(timer);
		s.closed = performance.now();
		s.byServer = !ours;
		// Keep the pressure on: a dropped connection comes back, as an attacker's would.
		if (attacking && !ours) openSlow();
	});
}

try {
	// Baseline: the person alone (after a second of warming the page up, not counted).
	await person(performance.now() + 1000);
	const baseline = await person(performance.now() + BASELINE_S * 1000);

	// The attack, with the person loading the page throughout.
	attacking = true;
	const attackStart = performance.now();
	for (let i = 0; i < SLOW; i++) {
		openSlow();
		if (i % 20 === 19) await sleep(20);
	}
	const during = await person(attackStart + ATTACK_S * 1000);
	attacking = false;
	const end = performance.now();
	for (const s of slow) if (s.closed === null) s.drop();
	await sleep(100);

	const closedByServer = slow.filter((s) => s.byServer && s.closed !== null);
	const lifetimes = closedByServer.map((s) => (s.closed! - s.opened) / 1000).sort((a, b) => a - b);
	// A connection the server let live longer than the timeout (plus its once-a-second check and
	// some slack), whether it closed it late or not at all. The short run (npm test, where other
	// jobs share the cores and delay the server's timer) allows more slack: 9 s, still well below
	// its 14 s attack, so a server that never drops them fails.
	const limit = TIMEOUT_S + (MODE === 'short' ? 6 : 2.5);
	const overstayed = slow.filter((s) => ((s.byServer ? s.closed! : end) - s.opened) / 1000 > limit);
	const answers = new Map<string, number>();
	for (const s of closedByServer) {
		const answer = s.answer || '(closed without an answer)';
		answers.set(answer, (answers.get(answer) ?? 0) + 1);
	}

	const fmt = (list: number[]) =>
		`p50 ${percentile(list, 50).toFixed(1)}, p99 ${percentile(list, 99).toFixed(1)}, max ${percentile(list, 100).toFixed(1)} ms (${list.length} requests)`;
	const b99 = percentile(baseline.times, 99);
	const d99 = percentile(during.times, 99);
	const budget = 10 * b99 + 200;
	console.log(
		`slow clients: mode ${MODE}, HEADERS_TIMEOUT ${TIMEOUT_S} s${MODE === 'short' ? '' : ' (the default)'}, ${SLOW} connections sending a header byte every ${BYTE_EVERY_MS} ms for ${ATTACK_S} s; the person loads ${PAGE} signed in`
	);
	console.log(`baseline (${BASELINE_S} s): ${fmt(baseline.times)}`);
	console.log(`during the attack:  ${fmt(during.times)}`);
	console.log(
		`ratio during/baseline: p99 ${(d99 / b99).toFixed(2)}×, max ${(percentile(during.times, 100) / percentile(baseline.times, 100)).toFixed(2)}×; budget p99 ≤ 10 × ${b99.toFixed(1)} + 200 = ${budget.toFixed(0)} ms${MODE === 'short' ? ' (printed, not checked, in the short run)' : ''}`
	);
	console.log(
		`the person's failed requests: baseline ${baseline.failures.length}, during ${during.failures.length}${during.failures.length ? ` (${[...new Set(during.failures)].slice(0, 3).join('; ')})` : ''}`
	);
	console.log(
		`slow connections opened: ${slow.length} (${SLOW} at once, each one the server dropped replaced); closed by the server: ${closedByServer.length}; still open at the end (younger than the timeout): ${slow.filter((s) => !s.byServer).length}`
	);
	console.log(
		`closed by the server after: min ${lifetimes[0]?.toFixed(2)} s, median ${percentile(lifetimes, 50).toFixed(2)} s, max ${lifetimes.at(-1)?.toFixed(2)} s (timeout ${TIMEOUT_S} s, checked every 1 s); answers: ${[
			...answers
		]
			.map(([a, n]) => `${a} × ${n}`)
			.join(', ')}`
	);
	console.log(`open longer than ${limit} s without being dropped: ${overstayed.length}`);
	// The latency budget is a promise of the long run (npm run fault:slow, alone on the machine).
	// The short one runs in npm test beside both e2e projects, whose bursts make any latency
	// ratio noise: there it is printed, and the person must still be served throughout.
	const timed = MODE !== 'short';
	const ok =
		baseline.failures.length === 0 &&
		during.failures.length === 0 &&
		during.times.length > 0 &&
		(!timed || d99 <= budget) &&
		closedByServer.length >= SLOW &&
		overstayed.length === 0;
	console.log(
		`promise (the person served throughout${timed ? ', p99 within budget' : ''}, every slow connection dropped by the headers timeout): ${ok ? 'kept' : 'BROKEN'}`
	);
	process.exitCode = ok ? 0 : 1;
} finally {
	attacking = false;
	for (const s of slow) if (s.closed === null) s.drop();
	await server.stop();
	cleanup();
}
