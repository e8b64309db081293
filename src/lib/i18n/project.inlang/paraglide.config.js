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
	// The server decides the language of each request (src/lib/server/i18n/locale.ts: saved
	// choice, cookie, Accept-Language, English) and keeps it in Paraglide's AsyncLocalStorage; the
	// browser reads what the server decided from <html lang> (src/hooks.client.ts), so hydration
	// renders the same words the server sent.
	strategy: ['custom-html', 'baseLocale'],
	isServer: "import.meta.env?.SSR ?? typeof window === 'undefined'",
	emitReadme: false
});
