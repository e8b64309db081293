// The HTTP server around the built app (adapter-node's `handler.js`). adapter-node's own
// `index.js` would do, but three things cannot be had from it:
// - every response carries the baseline security headers, including the ones SvelteKit never
//   sees (static files, its own CSRF 403);
// - a static file that vanishes under the running server (a build folder replaced in place)
//   answers 404 instead of crashing the process with an unhandled ENOENT;
// - time limits for slow clients, and a graceful shutdown that closes the database.
import http from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Headers every response carries unless the app set its own (pages set theirs in hooks). */
export const BASELINE_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	// Anything that does not say otherwise (the CSRF 403, redirects, errors) is not for caches;
	// static files set their own.
	'Cache-Control': 'no-store'
};

/**
 * Seconds from an environment variable, or the default.
 * @param {string | undefined} value
 * @param {number} fallback
 */
function seconds(value, fallback) {
	const n = Number(value);
	return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * The time limits, in milliseconds. A client that sends its headers one byte at a time is
 * dropped after `headers`; a whole request (body included) gets `request`.
 * @param {NodeJS.ProcessEnv} env
 */
export function limits(env) {
	return {
		headers: seconds(env.HEADERS_TIMEOUT, 10) * 1000,
		request: seconds(env.REQUEST_TIMEOUT, 60) * 1000,
		keepAlive: seconds(env.KEEP_ALIVE_TIMEOUT, 5) * 1000,
		shutdown: seconds(env.SHUTDOWN_TIMEOUT, 10) * 1000
	};
}

/**
 * The URL paths of the files under the client folder when the server started (what the static
 * file handler will try to send), without their precompressed .br/.gz twins.
 * @param {string} dir
 */
export function listFiles(dir) {
	/** @type {Set<string>} */
	const paths = new Set();
	/** @param {string} folder @param {string} prefix */
	const walk = (folder, prefix) => {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
			else if (!/\.(br|gz)$/.test(entry.name)) paths.add(prefix + entry.name);
		}
	};
	walk(dir, '/');
	return paths;
}

/**
 * Is `pathname` one of the files the server started with that has since gone missing (the
 * build folder was replaced or cleaned under it)?
 * @param {string} clientDir
 * @param {Set<string>} files
 * @param {string} pathname
 */
function vanished(clientDir, files, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return false;
	}
	return files.has(decoded) && !existsSync(join(clientDir, decoded));
}

/** Longest time a shutdown keeps taking in connections made before the signal. */
const DRAIN_MS = 1000;

/**
 * @param {{
 *   handler: (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void,
 *   clientDir: string,
 *   env?: NodeJS.ProcessEnv,
 *   log?: (message: string) => void,
 *   onShutdown?: (reason: string) => void
 * }} options
 */
export function createServer({
	handler,
	clientDir,
	env = process.env,
	log = console.error,
	onShutdown
}) {
	const limit = limits(env);
	const files = listFiles(clientDir);
	const server = http.createServer({
		requestTimeout: limit.request,
		headersTimeout: limit.headers,
		keepAliveTimeout: limit.keepAlive,
		// How often slow connections are checked against the limits above (Node's default is 30 s).
		connectionsCheckingInterval: 1000
	});
	let inFlight = 0;
	/** @type {NodeJS.Timeout | undefined} */
	let forceClose;
	let closing = false;

	server.on('request', (req, res) => {
		inFlight++;
		res.on('close', () => {
			inFlight--;
			if (closing) server.closeIdleConnections();
		});
		for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
		if (closing) res.setHeader('Connection', 'close');

		// A static file piped to the response may fail to open (it was deleted after the server
		// listed it): end this response instead of letting the error take the process down.
		res.on('pipe', (source) => {
			source.once('error', (error) => {
				log(`static file failed: ${req.url}: ${error.message}`);
				if (!res.headersSent) {
					res.statusCode = 404;
					res.end();
				} else res.destroy();
			});
		});

		const url = req.url ?? '/';
		const pathname = url.split('?')[0];
		if ((req.method === 'GET' || req.method === 'HEAD') && vanished(clientDir, files, pathname)) {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found: this file belongs to another version of Coachline. Reload the page.\n');
			return;
		}
		try {
			handler(req, res, () => {
				res.statusCode = 404;
				res.end();
			});
		} catch (error) {
			log(
				`request failed: ${req.method} ${pathname}: ${error instanceof Error ? error.stack : error}`
			);
			if (!res.headersSent) {
				res.statusCode = 500;
				res.end();
			} else res.destroy();
		}
	});

	/**
	 * Stop listening (new connections are refused), let requests in flight finish, close idle
	 * keep-alive connections, and after `SHUTDOWN_TIMEOUT` close whatever is left.
	 * @param {string} reason
	 */
	function shutdown(reason) {
		if (closing) return;
		closing = true;
		forceClose = setTimeout(() => server.closeAllConnections(), limit.shutdown);
		forceClose.unref();
		// Connections made before the signal may still wait in the kernel's listen queue: the
		// event loop takes one per turn, and a busy server falls behind. Closing the listener would
		// reset them with their requests unanswered. Take them in first, turn by turn, until a
		// turn brings none (at most DRAIN_MS); then stop listening and close idle connections.
		let accepted = 1; // at least one more turn
		const count = () => accepted++;
		server.on('connection', count);
		const until = Date.now() + Math.min(DRAIN_MS, limit.shutdown);
		const drain = () => {
			if (accepted > 0 && Date.now() < until) {
				accepted = 0;
				setImmediate(drain);
				return;
			}
			server.off('connection', count);
			server.close(() => {
				clearTimeout(forceClose);
				onShutdown?.(reason);
			});
			server.closeIdleConnections();
		};
		setImmediate(drain);
	}

	return { server, shutdown, inFlight: () => inFlight };
}
