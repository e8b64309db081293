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
	test: {
		include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
		environment: 'node',
		// npm test runs vitest beside svelte-check, ESLint and content:check on two cores: generous
		// limits, so a slow moment is not a failure (no test asserts on time).
		testTimeout: 30_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
