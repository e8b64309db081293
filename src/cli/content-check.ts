// npm run content:check: validates everything under content/ (or the folder given) and lists
// every problem as path:line: message. Exit 1 when there is any.
import { formatProblems, loadContent } from '../lib/server/content';
import { play } from '../lib/server/roleplay/explore';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const started = performance.now();
const { index, problems } = loadContent(root);
const ms = (performance.now() - started).toFixed(0);
if (problems.length) {
	console.error(formatProblems(problems));
	console.error(`\n${problems.length} problem(s) in ${root} (${ms} ms).`);
	process.exit(1);
}
const lessons = index.courses.reduce((n, c) => n + c.lessons.length, 0);
console.log(
	`${root}: ${index.competencies.length} competencies, ${index.courses.length} courses, ${lessons} lessons, ${index.paths.length} paths, ${index.scenarios.length} scenarios, ${index.scorecards.length} scorecards, ${index.quizzes.length} quizzes, ${index.jobAids.length} job aids, ${index.glossary.length} glossary terms: no problems (${ms} ms).`
);
// Authors see how each scenario plays at its best and worst.
const pct = (n: number) => `${Math.round(n * 100)}%`;
for (const scenario of index.scenarios) {
	const strong = play(scenario, 'strong');
	const weak = play(scenario, 'weak');
	console.log(
		`  ${scenario.id}: strongest path ${strong.decisions.length} decisions → ${strong.ending} ${pct(strong.result.score)}; weakest ${weak.decisions.length} → ${weak.ending} ${pct(weak.result.score)}`
	);
}
