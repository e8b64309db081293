// npm run roleplay:score -- <scenario>[@zh-CN] <step> [--json]
// Scores typed replies through the server's own code (reply.ts), one per line on standard input.
// With --json: reads JSON lines {"scenario","step","reply"} (scenario and step may also come from
// the arguments) and writes one JSON line per reply.
import { createInterface } from 'node:readline';
import { formatProblems, loadContent } from '../lib/server/content';
import { bandOf, readReply, type Reading } from '../lib/server/roleplay/reply';
import type { FreeStep, Scenario } from '../lib/server/roleplay/types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [scenarioArg, stepArg] = args.filter((a) => !a.startsWith('--'));
const root = process.env.CONTENT_DIR ?? 'content';
const { index, problems } = loadContent(root, { simulate: false });

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}
if (!json && (!scenarioArg || !stepArg))
	fail('usage: npm run roleplay:score -- <scenario> <step> [--json]   (replies on standard input)');

function stepOf(
	scenarioId: string,
	stepId: string
): { error: string } | { scenario: Scenario; step: FreeStep } {
	// "slug@zh-CN" scores against a translated edition.
	const [slug, locale] = scenarioId.split('@');
	const original = index.scenario(slug);
	const scenario = locale
		? original?.translations[locale as keyof typeof original.translations]
		: original;
	if (!scenario) {
		const broken = problems.filter((p) => p.file.includes(`${slug}.`));
		return {
			error: broken.length
				? `scenario "${scenarioId}" has problems:\n${formatProblems(broken)}`
				: `unknown scenario "${scenarioId}" (known: ${index.scenarios.map((s) => s.id).join(', ')})`
		};
	}
	const step = scenario.free.get(stepId);
	if (!step)
		return {
			error: `scenario "${scenarioId}" has no typed step "${stepId}" (steps: ${[...scenario.free.keys()].join(', ')})`
		};
	return { scenario, step };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

function describe(reply: string, r: Reading) {
	const lines = [`${pct(r.score)} ${bandOf(r.score)}  ${JSON.stringify(reply)}`];
	for (const rule of r.rules) {
		const earns = Object.values(rule.points).some((n) => n > 0);
		const mark = rule.matched ? (earns ? '+' : '-') : ' ';
		const found = rule.found.map((f) => `${f.concept} "${f.text}"`).join(', ');
		const missing = rule.missing.length ? ` missing: ${rule.missing.join(', ')}` : '';
		lines.push(`  ${mark} ${rule.id}${found ? `: ${found}` : ''}${rule.matched ? '' : missing}`);
	}
	for (const t of r.tone) lines.push(`  ! tone (${t.category}): "${t.text}"`);
	lines.push(`  form: ${r.form.length ? r.form.join(', ') : 'ok'}`);
	return lines.join('\n');
}

const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
let failed = false;
for await (const line of input) {
	if (!line.trim()) continue;
	if (json) {
		let item: { scenario?: string; step?: string; reply?: unknown };
		try {
			item = JSON.parse(line);
		} catch {
			console.log(JSON.stringify({ error: 'not a JSON line' }));
			failed = true;
			continue;
		}
		const found = stepOf(item.scenario ?? scenarioArg ?? '', item.step ?? stepArg ?? '');
		if ('error' in found || typeof item.reply !== 'string') {
			console.log(
				JSON.stringify({
					...item,
					error: 'error' in found ? found.error : 'reply must be a string'
				})
			);
			failed = true;
			continue;
		}
		const r = readReply(found.scenario, found.step, item.reply);
		console.log(
			JSON.stringify({
				scenario: found.scenario.id,
				step: found.step.id,
				reply: item.reply,
				score: Math.round(r.score * 1000) / 1000,
				band: bandOf(r.score),
				met: r.rules.filter((x) => x.matched).map((x) => x.id),
				missed: r.rules.filter((x) => !x.matched).map((x) => x.id),
				concepts: r.rules.flatMap((x) => x.found),
				tone: r.tone,
				form: r.form
			})
		);
	} else {
		const found = stepOf(scenarioArg!, stepArg!);
		if ('error' in found) fail(found.error);
		console.log(describe(line, readReply(found.scenario, found.step, line)));
	}
}
process.exit(failed ? 1 : 0);
