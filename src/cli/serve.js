// Starts the built server with local-friendly defaults. adapter-node assumes https when it
// derives the site's origin from the request, so a plain-http localhost needs ORIGIN, or
// SvelteKit's CSRF check refuses every form post.
//
// COACHLINE_BUILD_DIR (default `build`) is the folder `npm run build` wrote; an upgrade builds
// into a new folder and restarts on it, so a running server never has its files replaced.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from './server.js';

const port = process.env.PORT || '3000';
const host = process.env.HOST || '0.0.0.0';
process.env.PORT = port;
process.env.ORIGIN ||= `http://localhost:${port}`;
const buildDir = resolve(process.env.COACHLINE_BUILD_DIR || 'build');

// Importing the handler starts the app (database, migrations, content); it reads its settings
// (ORIGIN, BODY_SIZE_LIMIT, ADDRESS_HEADER…) from the environment set above.
const { handler } = await import(pathToFileURL(resolve(buildDir, 'handler.js')).href);

const { server, shutdown } = createServer({
	handler,
	clientDir: resolve(buildDir, 'client'),
	onShutdown(reason) {
		// The app closes its database on this event (src/hooks.server.ts).
		const emit = /** @type {(event: string, ...args: unknown[]) => boolean} */ (
			process.emit.bind(process)
		);
		emit('sveltekit:shutdown', reason);
		console.log(`Coachline: stopped (${reason}).`);
		// Anything still holding the event loop open (a timer) does not keep a stopped server.
		setTimeout(() => process.exit(0), 200).unref();
	}
});

server.listen({ port: Number(port), host }, () => {
	console.log(`Coachline: serving ${process.env.ORIGIN} (listening on ${host}:${port})`);
});
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
