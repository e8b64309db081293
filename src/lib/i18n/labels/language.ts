/** Each interface language named in itself, so a reader of either can find their own. */
const NAMES: Record<string, string> = { en: 'English', 'zh-CN': '中文（简体）' };

export const languageName = (locale: string) => NAMES[locale] ?? locale;
