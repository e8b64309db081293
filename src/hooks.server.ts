import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { version } from '$app/environment';
import {
	DatabaseConfigError,
	DEFAULT_DATABASE,
	isStorageFull,
	MigrationError,
	type Db
} from '$lib/server/db';
import { startDb, useDb } from '$lib/server/db/instance';
import { seedDemoIfEmpty } from '$lib/server/org/demo';
import { playDemoHistory } from '$lib/server/org/demo-history';
import { startContent, useContent } from '$lib/server/content/store';
import {
	configureMail,
	mailConfig,
	MailConfigError,
	parseMailConfig
} from '$lib/server/mail/config';
import { startSender, type MailSender } from '$lib/server/mail/sender';
import { startForwarder, type LrsForwarder } from '$lib/server/record/forwarder';
import { configureSso, parseSsoConfig, SsoConfigError } from '$lib/server/auth/sso-config';
import { publicOrigin } from '$lib/server/origin';
import { signingKey } from '$lib/server/badges/keys';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { actionName, isForeignAction } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { setLocaleSource, t } from '$lib/i18n';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import {
	LANGUAGE_COOKIE,
	localeStore,
	requestLocale,
	requestTimeZone,
	resolveLocale
} from '$lib/server/i18n/locale';
import { orgTimeZone, timeZoneNow } from '$lib/server/org/settings';
import { setTimeZoneSource } from '$lib/format';

// One store of the request's locale for both: Paraglide's compiled messages and the server's t(),
// and of its time zone for $lib/format.
overwriteServerAsyncLocalStorage(localeStore as never);
setLocaleSource(requestLocale);
setTimeZoneSource(requestTimeZone);

export const init: ServerInit = async () => {
	// Email and single sign-on first: a malformed SMTP_URL or OIDC_ISSUER stops the start with
	// one sentence, before any work.
	try {
		configureMail(parseMailConfig(env));
		configureSso(parseSsoConfig(env));
	} catch (e) {
		if (!(e instanceof MailConfigError) && !(e instanceof SsoConfigError)) throw e;
		console.error(`Coachline did not start. ${e.message}`);
		process.exit(1);
	}
	let db: Db;
	let sender: MailSender | null = null;
	let forwarder: LrsForwarder | null = null;
	// Tests start many servers over fresh demo databases: with COACHLINE_DEMO_TEMPLATE, the first
	// one keeps a copy of its freshly seeded database there and the next ones start from it (a
	// demo costs 9 CPU seconds to seed). Never set in production.
	const file = env.DATABASE_URL || DEFAULT_DATABASE;
	const template =
		env.COACHLINE_DEMO !== 'off' && file !== ':memory:' ? env.COACHLINE_DEMO_TEMPLATE : undefined;
	if (template && !existsSync(file) && existsSync(template)) {
		mkdirSync(dirname(file), { recursive: true });
		copyFileSync(template, file);
	}
	try {
		db = startDb(file);
	} catch (e) {
		// A failed upgrade: one clear paragraph (which migration, why, the database unchanged)
		// instead of a stack trace, and no server on a database the code does not match.
		if (!(e instanceof MigrationError || e instanceof DatabaseConfigError)) throw e;
		console.error(`Coachline did not start. ${e.message}`);
		process.exit(1);
	}
	// The server (src/cli/serve.js) emits this once the last request has finished: checkpoint
	// the WAL and close the file, so a stopped server leaves one clean database file.
	process.once('sveltekit:shutdown', () => {
		const close = () => {
			if (db.$client.open) db.$client.close();
		};
		// A message being handed to the mail server, or a batch to the LRS, finishes first, so it
		// is marked sent.
		void Promise.all([sender?.stop(), forwarder?.stop()]).finally(close);
	});
	// The organisation's time zone, read once here so a page can format times without waiting.
	await orgTimeZone(db);
	// The checked, compiled content is kept for the next start (same files, same build: no
	// parsing and compiling again): beside the database unless CONTENT_SNAPSHOT says where
	// ("off": never).
	const snapshot =
		env.CONTENT_SNAPSHOT === 'off'
			? undefined
			: env.CONTENT_SNAPSHOT || (file === ':memory:' ? undefined : `${file}-content`);
	const content = await startContent(db, undefined, { snapshot, version });
	// The Open Badges signing key: made on the first start, then read from the database.
	await signingKey(db);
	if (env.COACHLINE_DEMO !== 'off' && (await seedDemoIfEmpty(db))) {
		// A few weeks of lessons, quizzes and role-plays, so the demo has records to look at.
		await playDemoHistory(db, content);
		console.log('Coachline: created the demo organisation (password "coachline-demo").');
		if (template && !existsSync(template)) {
			const partial = `${template}.${process.pid}`;
			await db.$client.prepare('vacuum into ?').run(partial);
			renameSync(partial, template);
		}
	}
	const mail = mailConfig();
	sender = mail
		? startSender(
				{ db, config: mail, content: useContent },
				Number(env.MAIL_TICK_MS) > 0 ? Number(env.MAIL_TICK_MS) : undefined
			)
		: null;
	if (mail)
		console.log(
			`Coachline: email on, through ${mail.server.host}:${mail.server.port} as ${mail.from}.`
		);
	// Forwarding to an LRS is set by an admin at run time: the forwarder always runs and does
	// nothing (one read of one row a tick) until it is on.
	forwarder = startForwarder(
		{ db, origin: publicOrigin(env), content: useContent },
		Number(env.XAPI_TICK_MS) > 0 ? Number(env.XAPI_TICK_MS) : undefined
	);
};

/** Whether a path decodes as SvelteKit decodes it ("/%FF" does not). */
function decodable(pathname: string) {
	try {
		pathname.split('%25').map(decodeURI);
		return true;
	} catch {
		return false;
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	// A path that does not decode: SvelteKit answers 400 "Malformed URI" itself. It calls this hook
	// outside its own error handling in that case, so nothing here may throw for such a request
	// (an error thrown now would end the process as an unhandled rejection).
	if (!decodable(event.url.pathname)) return resolve(event);
	// `?/constructor`, `?/__proto__`, `?/default`…: not an action of any page, so the 404 of an
	// unknown action (SvelteKit would call a built-in function instead, or throw: a 500).
	const action = event.request.method === 'POST' ? actionName(event.url) : null;
	if (action !== null && isForeignAction(action)) error(404, { message: t('not_found') });

	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = await validateSessionToken(useDb(), token);
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.refreshed) setSessionCookie(event.cookies, event.url, token, result.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}

	// The language: the person's saved choice, the cookie, Accept-Language, English. Everything
	// below runs inside the request's own locale store.
	const locale = resolveLocale({
		saved: event.locals.user?.language,
		cookie: event.cookies.get(LANGUAGE_COOKIE),
		header: event.request.headers.get('accept-language')
	});
	event.locals.locale = locale;
	// Times in the person's zone, else the organisation's: looked up the first time something
	// is formatted, so a request that shows no time never asks.
	let zone: string | undefined;
	const user = event.locals.user;
	const store = {
		locale,
		get timeZone() {
			return (zone ??= timeZoneNow(useDb(), user));
		}
	};
	let response = await localeStore.run(store, () =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%tz%', store.timeZone)
		})
	);
	// The same address answers in the language the cookie or the browser asks for.
	if (!event.locals.user) response.headers.append('Vary', 'Accept-Language, Cookie');
	// The storage filled up on a path no form catches (handleError said so): 503, not 500.
	if (response.status === 500 && storageFull.has(event.locals))
		response = new Response(response.body, { status: 503, headers: response.headers });
	// CSP (with frame-ancestors 'none') comes from kit.csp in svelte.config.js.
	response.headers.set('X-Content-Type-Options', 'nosniff');
	if (!response.headers.has('Referrer-Policy'))
		response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Signed-in pages hold personal data: keep them out of shared and back-button caches.
	if (event.locals.user && !response.headers.has('Cache-Control'))
		response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

/** Requests (by their locals) that failed because the storage is full. */
const storageFull = new WeakSet<App.Locals>();

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: t('not_found') };
	// Other 4xx (a JSON body posted to a form action, say) are the client's, not ours to log.
	if (status < 500) return { message: t('bad_request') };
	// No room to write (a write outside write(), or a storage_full that no form catches): the
	// transaction rolled back. Tell the person nothing was saved; `handle` makes it a 503.
	if (isStorageFull(error) || (error instanceof DomainError && error.key === 'storage_full')) {
		storageFull.add(event.locals);
		console.error(`${event.request.method} ${event.url.pathname}: storage full, nothing saved`);
		return { message: t('storage_full') };
	}
	const id = crypto.randomUUID();
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: t('error_title'), id };
};
