// npm run content:check: validates everything under content/ (or the folder given) and lists
// every problem as path:line: message. Exit 1 when there is any.
import { formatProblems, loadContent } from '../lib/server/content';

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
	`${root}: ${index.competencies.length} competencies, ${index.courses.length} courses, ${lessons} lessons, ${index.paths.length} paths: no problems (${ms} ms).`
);
