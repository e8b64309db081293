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
		pool: 'forks'
	}
});
