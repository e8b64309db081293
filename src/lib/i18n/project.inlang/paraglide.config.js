import { defineConfig } from '@inlang/paraglide-js';

/**
 * How Paraglide compiles src/lib/i18n/messages/{locale}.json into src/lib/paraglide/: read by the
 * Vite plugin (dev, build, vitest) and by `npm run i18n` (svelte-check, eslint), so both write
 * the same code.
 */
export default defineConfig({
	outdir: './src/lib/paraglide',
	// One module per message, so each page's bundle carries only the messages it calls.
	outputStructure: 'message-modules',
	// English only for now; a second locale adds the cookie / Accept-Language strategies here.
	strategy: ['baseLocale'],
	isServer: "import.meta.env?.SSR ?? typeof window === 'undefined'",
	emitReadme: false
});
