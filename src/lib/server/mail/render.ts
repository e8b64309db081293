/**
 * What an email says: rendered when it is sent, in the recipient's language and time zone then,
 * from the same message catalog as the pages. One row is one message; a daily digest gathers a
 * person's waiting rows into one. Plain text and a simple HTML part with the same words; every
 * value is escaped in the HTML.
 */
import type { OutboxRow } from '../db/schema';
import { t, type Locale } from '$lib/i18n';
import { localeStore, requestTimeZone } from '../i18n/locale';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { formatDate, formatMoment, setTimeZoneSource } from '$lib/format';

// The same wiring as hooks.server: formats read the locale and zone of the store they run in.
overwriteServerAsyncLocalStorage(localeStore as never);
setTimeZoneSource(requestTimeZone);

export interface Recipient {
	id: number;
	name: string;
	email: string;
	locale: Locale;
	zone: string;
}

export interface Rendered {
	subject: string;
	text: string;
	html: string;
}

type Item = Pick<OutboxRow, 'kind' | 'params' | 'link'>;

/** The one line that says what happened ("New assignment: …, due 18 Dec 2026"). */
function headline(item: Item, locale: Locale): string {
	const p = item.params;
	switch (item.kind) {
		case 'assigned':
			return t('notif_assigned', { title: p.title, due: formatDate(p.due) }, locale);
		case 'due_soon':
			return t('email_due_soon', { title: p.title, due: formatDate(p.due) }, locale);
		case 'session':
			return t(
				'notif_session',
				{ date: p.at ? formatMoment(Number(p.at)) : formatDate(p.date) },
				locale
			);
		case 'review':
		case 'resolved':
			return t(`notif_${item.kind}`, { reference: p.reference }, locale);
		case 'dispute':
			return t('notif_dispute', { name: p.name, reference: p.reference }, locale);
		case 'contest':
			return t('notif_contest', { name: p.name, title: p.title }, locale);
		case 'rescored':
			return t('notif_rescored', { title: p.title }, locale);
		case 'lrs_paused':
			return t('notif_lrs_paused', { reason: p.reason }, locale);
		case 'invitation':
			return t('email_invitation_subject', {}, locale);
		case 'test':
			return t('email_test_subject', {}, locale);
		default:
			return t('email_update', {}, locale);
	}
}

const escape = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/** The absolute address a row points to (an invitation's carries its secret token). */
export function linkOf(item: Item, origin: string) {
	if (item.kind === 'invitation') return `${origin}/invite/${item.params.token}`;
	return `${origin}${item.link.startsWith('/') ? item.link : '/'}`;
}

interface Paragraph {
	text: string;
	link?: string;
}

function compose(
	recipient: Recipient,
	subject: string,
	body: Paragraph[],
	footer: Paragraph[]
): Rendered {
	const locale = recipient.locale;
	const greeting = t('email_greeting', { name: recipient.name }, locale);
	const para = (p: Paragraph) => (p.link ? `${p.text}\n${p.link}` : p.text);
	const text = [greeting, ...body.map(para), '--', ...footer.map(para)].join('\n\n') + '\n';
	const htmlPara = (p: Paragraph, small = false) =>
		`<p${small ? ' style="color:#555;font-size:13px"' : ''}>${escape(p.text)}${
			p.link ? `<br><a href="${escape(p.link)}">${escape(p.link)}</a>` : ''
		}</p>`;
	const html =
		`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>` +
		`<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem">` +
		`<p>${escape(greeting)}</p>${body.map((p) => htmlPara(p)).join('')}<hr>` +
		`${footer.map((p) => htmlPara(p, true)).join('')}</body></html>`;
	return { subject, text, html };
}

export interface Links {
	origin: string;
	/** The person's unsubscribe address (absolute). */
	unsubscribe: string;
}

function footer(recipient: Recipient, links: Links, invitation: boolean): Paragraph[] {
	const locale = recipient.locale;
	const why = { text: t('email_footer_why', { origin: links.origin }, locale) };
	if (invitation) return [why, { text: t('email_footer_invitation', {}, locale) }];
	return [
		why,
		{ text: t('email_footer_manage', {}, locale), link: `${links.origin}/settings#email` },
		{ text: t('email_footer_unsubscribe', {}, locale), link: links.unsubscribe }
	];
}

/** One message for one row. */
export function renderOne(item: Item, recipient: Recipient, links: Links): Rendered {
	return localeStore.run({ locale: recipient.locale, timeZone: recipient.zone }, () => {
		const locale = recipient.locale;
		const subject = headline(item, locale);
		const link = linkOf(item, links.origin);
		let body: Paragraph[];
		if (item.kind === 'invitation')
			body = [
				{ text: t('email_invitation_body', {}, locale), link },
				{
					text: t(
						'email_invitation_expires',
						{ date: formatMoment(Number(item.params.expires)) },
						locale
					)
				}
			];
		else if (item.kind === 'test') body = [{ text: t('email_test_body', {}, locale) }];
		else body = [{ text: subject }, { text: t('email_open', {}, locale), link }];
		return compose(recipient, subject, body, footer(recipient, links, item.kind === 'invitation'));
	});
}

/** One daily digest for a person's waiting rows, oldest first. */
export function renderDigest(items: Item[], recipient: Recipient, links: Links): Rendered {
	return localeStore.run({ locale: recipient.locale, timeZone: recipient.zone }, () => {
		const locale = recipient.locale;
		const subject = t('email_digest_subject', { count: items.length }, locale);
		const body: Paragraph[] = [
			{ text: t('email_digest_intro', {}, locale) },
			...items.map((item) => ({
				text: `• ${headline(item, locale)}`,
				link: linkOf(item, links.origin)
			}))
		];
		return compose(recipient, subject, body, footer(recipient, links, false));
	});
}
