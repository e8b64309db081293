// npm run concepts:try -- <en|zh> [scenario] < replies
// For authors: which concepts of the shared lexicon (and of a scenario's own terms, in the
// language given) each reply on standard input contains, affirmed or negated, and how the reply
// was split into words. Chinese phrases match word sequences, so seeing the words helps.
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { loadContent } from '../lib/server/content';
import { analyse, type Language } from '../lib/server/language';
import { ConceptMatcher } from '../lib/server/roleplay/concepts';
import { loadLexicon } from '../lib/server/roleplay/lexicon';

const [language, scenarioId] = process.argv.slice(2) as [Language, string | undefined];
if (language !== 'en' && language !== 'zh') {
	console.error('usage: npm run concepts:try -- <en|zh> [scenario]   (replies on standard input)');
	process.exit(2);
}
const root = process.env.CONTENT_DIR ?? 'content';
const say = (file: string, line: number, message: string) =>
	console.error(`${file}:${line}: ${message}`);
let concepts = loadLexicon(join(root, 'lexicon'), say, (error, _yaml, file) =>
	say(file, 1, error.message)
);
if (scenarioId) {
	const { index } = loadContent(root, { simulate: false });
	const scenario = index.scenario(scenarioId);
	if (!scenario) {
		console.error(`unknown scenario "${scenarioId}"`);
		process.exit(2);
	}
	const variant = language === 'zh' ? (scenario.translations?.['zh-CN'] ?? scenario) : scenario;
	concepts = variant.concepts;
}
for await (const line of createInterface({ input: process.stdin })) {
	if (!line.trim()) continue;
	const analysis = analyse(line, language);
	const matcher = new ConceptMatcher(analysis, concepts);
	const words = analysis.tokens.filter((t) => t.word).map((t) => t.text);
	console.log(`\n${line}\n  words: ${words.join(' | ')}`);
	for (const id of concepts.keys()) {
		const hits = matcher.hits(id);
		if (!hits.length) continue;
		const shown = hits.map(
			(h) => `"${h.text}"${h.negated ? ' (negated)' : ''}${h.conditional ? ' (conditional)' : ''}`
		);
		console.log(`  ${id}: ${shown.join(', ')}`);
	}
}
