import { en } from './en';

/** Every catalog has exactly the English keys; a missing translation is a type error. */
export type Catalog = Record<keyof typeof en, string>;
export type MessageKey = keyof typeof en;
export type Locale = 'en';

const catalogs: Record<Locale, Catalog> = { en };

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

/** The message for `key` with `{name}` placeholders filled from `params`. */
export function t(
	key: MessageKey,
	params: Record<string, string | number> = {},
	locale: Locale = 'en'
): string {
	const template = catalogs[locale][key] ?? en[key];
	if (!template.includes('{')) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
