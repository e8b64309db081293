// npm run bench:content — how long indexing and validating 500 lessons takes (budget: < 1 s).
// Generates a content tree of realistic lessons (≈900 words, every component) in a temporary
// folder, then times loadContent() over several runs. No network, no server; bounded in time.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/server/content';

const COURSES = 10;
const LESSONS_PER_COURSE = 50;
const RUNS = 7;

const root = mkdtempSync(join(tmpdir(), 'coachline-bench-'));
try {
	writeFileSync(join(root, 'competencies.yaml'), readFileSync('content/competencies.yaml'));
	const paragraph =
		'When a customer calls for the third time, listen to the end before you answer. Paraphrase what you heard, name the feeling, and give a reply time you can keep. ';
	for (let c = 1; c <= COURSES; c++) {
		const dir = join(root, 'courses', `${String(c).padStart(2, '0')}-course-${c}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, 'course.md'),
			`---\ntitle: Course ${c}\nsummary: Generated course.\naudience: everyone\ncompetencies: [listening]\norder: ${c}\n---\n\nIntro.\n`
		);
		for (let l = 1; l <= LESSONS_PER_COURSE; l++) {
			const prereq = l > 1 ? `prerequisites: [course-${c}/lesson-${l - 1}]\n` : '';
			const body = [
				'<KeyPoints>\n\n- One.\n- Two.\n\n</KeyPoints>',
				...Array.from({ length: 8 }, (_, i) => `## Part ${i + 1}\n\n${paragraph.repeat(4)}`),
				'<Callout kind="tip" title="A tip">\n\nTip text.\n\n</Callout>',
				'<Case title="A case">\n\n' + paragraph.repeat(3) + '\n\n</Case>',
				'<SayThis say="I can see why that is frustrating." instead="Calm down." why="Naming the feeling helps." />',
				'<Steps title="Steps">\n\n1. First.\n2. Second.\n\n</Steps>',
				`<SelfCheck id="reflect" prompt="What would you say?" />`,
				l > 1 ? `See [the previous lesson](/learn/course-${c}/lesson-${l - 1}).` : ''
			].join('\n\n');
			writeFileSync(
				join(dir, `${String(l).padStart(2, '0')}-lesson-${l}.md`),
				`---\ntitle: Lesson ${l}\nsummary: Generated lesson.\nminutes: 6\ncompetencies: [listening, empathy]\nsources:\n  - seed: 000_service-skills-guide.txt\n    section: "§2.1"\n${prereq}---\n\n${body}\n`
			);
		}
	}

	const times: number[] = [];
	let lessons = 0;
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		const { index, problems } = loadContent(root);
		times.push(performance.now() - started);
		if (problems.length) throw new Error(`generated content has problems: ${problems[0].message}`);
		lessons = index.courses.reduce((n, course) => n + course.lessons.length, 0);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	const worst = times[times.length - 1];
	console.log(
		`content index + validation, ${lessons} lessons, ${RUNS} runs: fastest ${times[0].toFixed(0)} ms, median ${median.toFixed(0)} ms, slowest ${worst.toFixed(0)} ms; budget 1000 ms: ${worst < 1000 ? 'met' : 'MISSED'}`
	);
	process.exitCode = worst < 1000 ? 0 : 1;
} finally {
	rmSync(root, { recursive: true, force: true });
}
