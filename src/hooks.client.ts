import { defineCustomClientStrategy } from '$lib/paraglide/runtime';

// The server chose this page's language and wrote it into <html lang>: the browser uses the same,
// so hydration and later client-side pages speak the language the person was answered in. A new
// choice goes through the server (the header's language form), which reloads the page.
defineCustomClientStrategy('custom-html', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
