/**
 * Email is configured by the environment: SMTP_URL turns it on (smtp://user:pass@host:587 for
 * STARTTLS or a plain relay, smtps://…:465 for TLS from the start), MAIL_FROM names the sender
 * (default "Coachline <coachline@ORIGIN's host>"). Without SMTP_URL email is off: nothing is
 * queued and the interface says so. A malformed value stops the server at start with one clear
 * sentence, rather than failing quietly at the first message.
 */

export interface MailConfig {
	/** The SMTP URL as given (it may hold a password: never shown or logged). */
	url: string;
	/** host:port and whether TLS is used from the start, for the admin page. */
	server: { host: string; port: number; secure: boolean };
	from: string;
	/** Absolute origin for links in messages (ORIGIN). */
	origin: string;
}

export class MailConfigError extends Error {}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.?[^\s@<>"]*$/;

/** `Name <address>` or a bare address. */
function validFrom(from: string) {
	const m = /^\s*([^<>]*?)\s*<([^<>]+)>\s*$/.exec(from);
	return ADDRESS.test(m ? m[2] : from.trim());
}

export function parseMailConfig(env: Record<string, string | undefined>): MailConfig | null {
	const raw = env.SMTP_URL?.trim();
	if (!raw) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new MailConfigError(
			'SMTP_URL is not a URL. Give it as smtp://user:password@host:587 (or smtps://…:465), or leave it unset to turn email off.'
		);
	}
	if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
		throw new MailConfigError(
			`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//. Leave it unset to turn email off.`
		);
	if (!url.hostname) throw new MailConfigError('SMTP_URL names no host (smtp://host:587).');
	const secure = url.protocol === 'smtps:';
	const port = url.port ? Number(url.port) : secure ? 465 : 587;
	const origin = (env.ORIGIN || 'http://localhost:3000').replace(/\/+$/, '');
	let host: string;
	try {
		host = new URL(origin).hostname;
	} catch {
		throw new MailConfigError(`ORIGIN (${origin}) is not a URL; email links need it.`);
	}
	const from = env.MAIL_FROM?.trim() || `Coachline <coachline@${host}>`;
	if (!validFrom(from))
		throw new MailConfigError(
			`MAIL_FROM (${from}) is not an address; give it as "Coachline <coachline@example.com>".`
		);
	return { url: raw, server: { host: url.hostname, port, secure }, from, origin };
}

let current: MailConfig | null = null;

/** Set once at start (hooks.server) and by tests; null turns email off. */
export function configureMail(config: MailConfig | null) {
	current = config;
}

export function mailConfig(): MailConfig | null {
	return current;
}
