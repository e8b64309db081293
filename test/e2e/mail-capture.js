// A real SMTP server beside the e2e app (smtp-server, on loopback): the app's sender delivers to
// it over SMTP like to any mail server, and the specs read what arrived over HTTP:
// GET http://127.0.0.1:<http port>/messages?to=<address> answers the messages to that address,
// oldest first, as { subject, text, html, messageId, listUnsubscribe }.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** @param {{ smtpPort: number, httpPort: number }} ports */
export async function startMailCapture({ smtpPort, httpPort }) {
	/** @type {{ to: string[], subject: string, text: string, html: string, messageId: string, listUnsubscribe: string | null }[]} */
	const messages = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					messages.push({
						to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						html: typeof mail.html === 'string' ? mail.html : '',
						messageId: mail.messageId ?? '',
						listUnsubscribe:
							mail.headerLines
								.find((h) => h.key === 'list-unsubscribe')
								?.line.replace(/\r\n\s+/g, ' ')
								.replace(/^List-Unsubscribe:\s*/i, '') ?? null
					});
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', () => resolve(undefined)));
	const http = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const to = url.searchParams.get('to')?.toLowerCase();
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify(messages.filter((m) => !to || m.to.includes(to))));
	});
	await new Promise((resolve) => http.listen(httpPort, '127.0.0.1', () => resolve(undefined)));
	return {
		close() {
			smtp.close();
			http.close();
		}
	};
}
