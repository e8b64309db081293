import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { moduleKey } from './src/lib/module-key.js';

/** Lessons and their translations: content/courses/<course>/<NN>-<slug>[.<locale>].md */
const LESSON_FILE = /^\d\d-[^/]*\.md$/;
const COURSES = 'content/courses';

/**
 * `virtual:lesson-modules`: every lesson as its own chunk, loaded on demand, under a short key
 * of its path (src/lib/module-key.js) rather than the path itself, which import.meta.glob would
 * put into the lesson page's JavaScript for every lesson in every language.
 */
function lessonModules(): Plugin {
	const id = 'virtual:lesson-modules';
	const resolved = `\0${id}`;
	return {
		name: 'coachline-lesson-modules',
		resolveId: (source) => (source === id ? resolved : undefined),
		load(source) {
			if (source !== resolved) return;
			const keys = new Map<string, string>();
			for (const course of readdirSync(COURSES, { withFileTypes: true })) {
				if (!course.isDirectory()) continue;
				for (const file of readdirSync(`${COURSES}/${course.name}`)) {
					if (!LESSON_FILE.test(file)) continue;
					const path = `/${COURSES}/${course.name}/${file}`;
					const key = moduleKey(path);
					if (keys.has(key)) throw new Error(`${path} and ${keys.get(key)} share the key ${key}`);
					keys.set(key, path);
				}
			}
			const lines = [...keys].map(
				([key, path]) => `\t${JSON.stringify(key)}: () => import(${JSON.stringify(path)}),`
			);
			return `export default {\n${lines.join('\n')}\n};\n`;
		},
		configureServer(server) {
			// A lesson added or removed while `npm run dev` runs: list them again.
			const changed = (file: string) => {
				if (!LESSON_FILE.test(file.split(/[\\/]/).pop() ?? '')) return;
				const module = server.moduleGraph.getModuleById(resolved);
				if (module) server.moduleGraph.invalidateModule(module);
			};
			server.watcher.on('add', changed).on('unlink', changed);
		}
	};
}

export default defineConfig({
	plugins: [
		// Compiles src/lib/i18n/messages into src/lib/paraglide (options: project.inlang/paraglide.config.js).
		paraglideVitePlugin({ project: './src/lib/i18n/project.inlang' }),
		lessonModules(),
		sveltekit()
	],
	server: { port: 5173 },
	build: {
		modulePreload: {
			// Only route nodes import on demand here: a lesson (virtual:lesson-modules) or job aid
			// (one chunk each, ~100 of them) from its page. The page has already loaded everything such a chunk imports (the
			// Svelte runtime, the content components), so listing those again for every lesson cost
			// the lesson page ~0.9 KB of gzip. Stylesheets stay, so a lesson reached by client-side
			// navigation is styled.
			resolveDependencies: (_file, deps, { hostId }) =>
				hostId.includes('/nodes/') ? deps.filter((d) => d.endsWith('.css')) : deps
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
		environment: 'node',
		// One throwaway PostgreSQL server for the run (test/postgres.ts).
		globalSetup: ['test/integration/postgres.setup.ts'],
		// npm test runs vitest beside svelte-check, ESLint and content:check on two cores: generous
		// limits, so a slow moment is not a failure (no test asserts on time).
		testTimeout: 30_000,
		hookTimeout: 120_000,
		pool: 'forks',
		// Two at once: vitest's default on two cores is one, which left a core idle for the
		// minutes after svelte-check and ESLint finish (measured: 205 s alone, 160 s with two).
		maxWorkers: 2
	}
});
