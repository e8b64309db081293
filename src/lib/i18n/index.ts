/**
 * `t(key, params)` for server code (src/lib/server, hooks, +page.server.ts, src/cli), where the
 * key is often known only at run time (a DomainError's key). It reads the same messages Paraglide
 * compiles for the pages (messages/{locale}.json) and fills `{name}` placeholders the way the
 * compiled functions do (i18n.test.ts holds the two together).
 *
 * Pages and components do not import this module: it carries every message. They call
 * Paraglide's functions (`import * as m from '$lib/paraglide/messages'`, `m.key({ name })`), so
 * each page's bundle holds only the messages it uses. This module does not depend on the
 * generated folder at run time, so the tsx scripts work on a fresh clone before any compile.
 */
import type { Locale } from '../paraglide/runtime';
import en from './messages/en.json' with { type: 'json' };
import zhCN from './messages/zh-CN.json' with { type: 'json' };

export type { Locale };
export type MessageKey = Exclude<keyof typeof en, '$schema'>;
/** Another locale's messages; a message it lacks falls back to English, as in Paraglide. */
export type Catalog = Partial<Record<MessageKey, string>>;

/** Every locale in project.inlang/settings.json needs its messages file here (a type error otherwise). */
const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };

let currentLocale: () => Locale = () => 'en';

/** Where `t()` finds the request's locale when none is given: set once by the server hooks. */
export function setLocaleSource(source: () => Locale) {
	currentLocale = source;
}

export function isMessageKey(key: string): key is MessageKey {
	return key !== '$schema' && Object.hasOwn(en, key);
}

/** `{name}` placeholders, and the message format's escapes `\{`, `\}` and `\\`. */
const PLACEHOLDER = /\\([\\{}])|\{(\w+)\}/g;

/**
 * The message for `key` with `{name}` placeholders filled from `params`; a placeholder without a
 * param stays as it is, and a value is never expanded again.
 */
export function t(
	key: MessageKey,
	params: Record<string, string | number> = {},
	locale: Locale = currentLocale()
): string {
	const template = catalogs[locale][key] ?? en[key];
	if (!template.includes('{') && !template.includes('\\')) return template;
	return template.replace(
		PLACEHOLDER,
		(whole, escaped: string | undefined, name: string) =>
			escaped ?? (Object.hasOwn(params, name) ? String(params[name]) : whole)
	);
}
