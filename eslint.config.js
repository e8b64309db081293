import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better than ESLint can.
			'no-undef': 'off',
			// Coachline is always served from the site root (no paths.base), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// Data access is asynchronous: a query or write whose promise nobody awaits would run
		// outside its transaction, or fail without anyone hearing of it.
		files: ['src/**/*.ts', 'test/**/*.ts'],
		ignores: ['**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: true } }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// A page's bundle carries only the messages it calls (README, "Every UI string"): pages call
		// Paraglide's functions by name; `t` and the JSON hold every message and stay on the server.
		files: ['**/*.svelte', 'src/lib/i18n/labels/**', 'src/lib/nav.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: '$lib/i18n', message: "Call m.key() from '$lib/paraglide/messages'." }],
					patterns: [{ group: ['$lib/i18n/messages/*'], message: 'Pages call message functions.' }]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "MemberExpression[computed=true][object.name='m']",
					message: 'm[key] brings every message into the page: name the message (m.key).'
				}
			]
		}
	}
);
