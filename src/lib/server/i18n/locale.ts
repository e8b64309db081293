/**
 * Which language a request is answered in, and the request's locale wherever server code asks.
 *
 * The order (the Chinese-edition issue): the person's saved choice, then the language cookie (set
 * by the switcher, also for people not signed in), then the browser's Accept-Language, then
 * English. The locale lives in an AsyncLocalStorage for the request, so two requests answered at
 * the same time never share it: Paraglide's compiled messages (`m.key()`) and the server's `t()`
 * both read it from there.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

export const LANGUAGE_COOKIE = 'coachline_language';
/** A year: a language choice is not something to make again every month. */
export const LANGUAGE_COOKIE_MAX_AGE = 365 * 86_400;

const byLower = new Map<string, Locale>(locales.map((l) => [l.toLowerCase(), l]));

/**
 * One of our locales for a language tag, or null: exact first (case-insensitive), then by
 * language. Any Chinese tag (zh, zh-Hans, zh-SG, zh-TW, zh-Hant-HK) gets zh-CN, the only Chinese
 * we have: simplified characters read better to a Traditional reader than English does.
 */
export function localeOf(tag: unknown): Locale | null {
	if (typeof tag !== 'string' || tag.length === 0 || tag.length > 35) return null;
	const lower = tag.trim().toLowerCase();
	if (!/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(lower)) return null;
	const exact = byLower.get(lower);
	if (exact) return exact;
	const language = lower.split('-')[0];
	for (const locale of locales) if (locale.toLowerCase().split('-')[0] === language) return locale;
	return null;
}

/**
 * The best of our locales for an Accept-Language header, by its q-values (RFC 9110 §12.5.4), or
 * null. Malformed entries are skipped, not fatal; `*` and q=0 never choose; equal q keep the
 * header's order. Bounded: a header of thousands of entries reads only the first 50.
 */
export function localeFromHeader(header: string | null | undefined): Locale | null {
	if (!header) return null;
	const ranked: { locale: Locale; q: number; at: number }[] = [];
	header
		.slice(0, 4096)
		.split(',')
		.slice(0, 50)
		.forEach((part, at) => {
			const [tag, ...params] = part.split(';').map((s) => s.trim());
			let q = 1;
			for (const p of params) {
				const m = /^q=([01](?:\.\d{0,3})?)$/i.exec(p);
				if (m) q = Number(m[1]);
				else if (/^q=/i.test(p)) q = -1; // a malformed weight: skip the entry
			}
			const locale = localeOf(tag);
			if (locale && q > 0 && q <= 1) ranked.push({ locale, q, at });
		});
	ranked.sort((a, b) => b.q - a.q || a.at - b.at);
	return ranked[0]?.locale ?? null;
}

/** The order of the issue: saved choice, cookie, Accept-Language, English. */
export function resolveLocale(input: {
	saved?: string | null;
	cookie?: string | null;
	header?: string | null;
}): Locale {
	return (
		localeOf(input.saved) ??
		localeOf(input.cookie) ??
		localeFromHeader(input.header) ??
		(baseLocale as Locale)
	);
}

/** Paraglide reads `getStore()?.locale`; `t()` reads it through requestLocale(). */
export const localeStore = new AsyncLocalStorage<{ locale: Locale; timeZone?: string }>();

/** The request's time zone (the person's, else the organisation's), for $lib/format. */
export function requestTimeZone(): string | undefined {
	return localeStore.getStore()?.timeZone;
}

/** The locale of the request being answered; English outside any request (start-up, scripts). */
export function requestLocale(): Locale {
	return localeStore.getStore()?.locale ?? (baseLocale as Locale);
}
