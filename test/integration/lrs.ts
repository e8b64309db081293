/**
 * A real learning record store for the forwarding tests: Learning Locker's statements service
 * (npm xapi-statements, run from test/lrs with in-memory storage), which validates every
 * statement with Learning Locker's xapi-validation, answers 400 for an invalid batch, 409 for a
 * known id with other content, and 401 for credentials its auth service does not know. The auth
 * service is a small server here that knows one key and secret.
 *
 * In front of it, a proxy the test can turn: `pass`, `down` (connections refused), `status`
 * (answer with a status and headers without passing on), `lost` (pass on, then answer 503: the
 * LRS stored the batch but we never heard), and a body limit (413 above it, as a front-end
 * proxy would).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASIC, KEY, SECRET, startLrsService } from '../lrs/start.js';

export { KEY, SECRET };

export type Mode =
	| { kind: 'pass' }
	| { kind: 'down' }
	| { kind: 'status'; status: number; headers?: Record<string, string> }
	| { kind: 'lost' };

export interface TestLrs {
	/** The xAPI base to configure in Coachline (through the proxy). */
	endpoint: string;
	/** Straight to the LRS, bypassing the proxy. */
	direct: string;
	mode: Mode;
	/** Bytes above which the proxy answers 413 (Infinity: none). */
	bodyLimit: number;
	/** Requests the proxy saw: statements per POST. */
	posts: number[];
	/** Those of `ids` the LRS holds, by id (voided ones are left out by the LRS). */
	lookUp(ids: string[]): Promise<Array<Record<string, unknown> & { id: string }>>;
	voided(id: string): Promise<number>;
	post(body: unknown): Promise<number>;
	stop(): Promise<void>;
}

const listen = (server: Server) =>
	new Promise<number>((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
	);
const close = (server: Server) =>
	new Promise<void>((resolve) => {
		server.closeAllConnections();
		server.close(() => resolve());
	});

export async function startLrs(): Promise<TestLrs> {
	const service = await startLrsService();
	const direct = service.direct;
	const port = Number(new URL(direct).port);

	const lrs = {
		mode: { kind: 'pass' } as Mode,
		bodyLimit: Infinity,
		posts: [] as number[]
	};
	const proxy = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const mode = lrs.mode;
			if (mode.kind === 'down') return req.socket.destroy();
			if (req.method === 'POST') {
				try {
					lrs.posts.push((JSON.parse(body.toString()) as unknown[]).length);
				} catch {
					lrs.posts.push(-1);
				}
			}
			if (mode.kind === 'status') {
				res.writeHead(mode.status, { 'content-type': 'text/plain', ...mode.headers });
				return res.end(`test proxy: ${mode.status}`);
			}
			if (body.length > lrs.bodyLimit) {
				res.writeHead(413, { 'content-type': 'text/plain' });
				return res.end('Request Entity Too Large');
			}
			const upstream = request(
				{ port, host: '127.0.0.1', method: req.method, path: req.url, headers: req.headers },
				(up) => {
					const parts: Buffer[] = [];
					up.on('data', (c) => parts.push(c));
					up.on('end', () => {
						if (mode.kind === 'lost') {
							res.writeHead(503, { 'content-type': 'text/plain' });
							return res.end('Service Unavailable');
						}
						res.writeHead(up.statusCode ?? 502, up.headers);
						res.end(Buffer.concat(parts));
					});
				}
			);
			upstream.on('error', () => req.socket.destroy());
			upstream.end(body);
		});
	});
	const proxyPort = await listen(proxy);

	const headers = { Authorization: BASIC, 'X-Experience-API-Version': '1.0.3' };
	/**
	 * The statements the LRS holds among `ids`, each asked for by its id (voided ones are not
	 * returned, as in any query). Not by paging through everything: the test LRS's in-memory
	 * store pages by comparing its own v1 UUIDs as strings, which are not in time order (their
	 * first field wraps every 7 minutes), so a long listing can stop early.
	 */
	async function lookUp(ids: string[]) {
		const found: Array<Record<string, unknown> & { id: string }> = [];
		const queue = [...ids];
		const worker = async () => {
			for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
				const res: Response = await fetch(
					`${direct}/statements?statementId=${encodeURIComponent(id)}`,
					{ headers }
				);
				if (res.status === 404) {
					await res.body?.cancel();
					continue;
				}
				if (!res.ok) throw new Error(`LRS query: ${res.status} ${await res.text()}`);
				found.push((await res.json()) as Record<string, unknown> & { id: string });
			}
		};
		await Promise.all(Array.from({ length: 16 }, worker));
		return found;
	}
	return Object.assign(lrs, {
		endpoint: `http://127.0.0.1:${proxyPort}/xAPI`,
		direct,
		lookUp,
		async voided(id: string) {
			const res = await fetch(`${direct}/statements?voidedStatementId=${id}`, { headers });
			return res.status;
		},
		async post(body: unknown) {
			const res = await fetch(`${direct}/statements`, {
				method: 'POST',
				headers: { ...headers, 'Content-Type': 'application/json' },
				body: JSON.stringify(body)
			});
			await res.text();
			return res.status;
		},
		async stop() {
			await Promise.all([close(proxy), service.stop()]);
		}
	});
}
