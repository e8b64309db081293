/**
 * A real SMTP server for the email tests (the smtp-server package) on a loopback port: it keeps
 * every message it accepts, parsed, and can refuse recipients or be stopped and started again on
 * the same port to play a mail server that goes down and comes back.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface TestSmtp {
	port: number;
	url: string;
	received: ParsedMail[];
	/** Recipient addresses the server refuses with a 550. */
	refuse: Set<string>;
	stop(): Promise<void>;
	start(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
	const received: ParsedMail[] = [];
	const refuse = new Set<string>();
	let server: SMTPServer | null = null;
	let port = 0;
	const make = () =>
		new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo(address, _session, callback) {
				if (refuse.has(address.address.toLowerCase())) {
					const error = new Error('No such mailbox') as Error & { responseCode: number };
					error.responseCode = 550;
					return callback(error);
				}
				callback();
			},
			onData(stream, _session, callback) {
				simpleParser(stream)
					.then((mail) => {
						received.push(mail);
						callback();
					})
					.catch(callback);
			}
		});
	const smtp: TestSmtp = {
		get port() {
			return port;
		},
		get url() {
			return `smtp://127.0.0.1:${port}`;
		},
		received,
		refuse,
		async start() {
			server = make();
			await new Promise<void>((resolve, reject) => {
				server!.once('error', reject);
				server!.listen(port, '127.0.0.1', () => resolve());
			});
			port = (server.server.address() as AddressInfo).port;
		},
		async stop() {
			const s = server;
			server = null;
			if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
		}
	};
	await smtp.start();
	return smtp;
}
