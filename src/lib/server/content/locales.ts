/** The languages content can be translated into (English is the original). */
export const CONTENT_LOCALES = ['zh-CN'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** The content locale for an interface locale, or null for English and anything unknown. */
export const contentLocale = (locale: string): ContentLocale | null =>
	CONTENT_LOCALES.find((l) => l === locale) ?? null;
