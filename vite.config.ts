import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Compiles src/lib/i18n/messages into src/lib/paraglide (options: project.inlang/paraglide.config.js).
		paraglideVitePlugin({ project: './src/lib/i18n/project.inlang' }),
		sveltekit()
	],
	server: { port: 5173 },
	build: {
		modulePreload: {
			// Only route nodes import on demand here: a lesson or job aid (one chunk each, ~100 of
			// them) from its page. The page has already loaded everything such a chunk imports (the
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
