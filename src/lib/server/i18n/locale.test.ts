import { describe, expect, it } from 'vitest';
import { localeFromHeader, localeOf, resolveLocale } from './locale';

describe('localeOf', () => {
	it('maps language tags to our locales, any Chinese to zh-CN', () => {
		expect(localeOf('en')).toBe('en');
		expect(localeOf('EN-gb')).toBe('en');
		expect(localeOf('zh-CN')).toBe('zh-CN');
		expect(localeOf('zh-cn')).toBe('zh-CN');
		expect(localeOf('zh')).toBe('zh-CN');
		expect(localeOf('zh-Hant-HK')).toBe('zh-CN');
		expect(localeOf('fr')).toBeNull();
	});

	it('refuses anything that is not a language tag', () => {
		for (const bad of ['', ' ', '../../etc', 'zh_CN', 'en;q=1', 'x'.repeat(100), 42, null, {}])
			expect(localeOf(bad)).toBeNull();
	});
});

describe('localeFromHeader', () => {
	it('takes the highest q, the header order among equals', () => {
		expect(localeFromHeader('fr-FR, zh-CN;q=0.8, en;q=0.9')).toBe('en');
		expect(localeFromHeader('de, zh;q=0.5')).toBe('zh-CN');
		expect(localeFromHeader('zh-TW, en')).toBe('zh-CN');
		expect(localeFromHeader('en, zh')).toBe('en');
	});

	it('never lets q=0, a wildcard or a malformed weight choose', () => {
		expect(localeFromHeader('zh;q=0, en;q=0.1')).toBe('en');
		expect(localeFromHeader('*')).toBeNull();
		expect(localeFromHeader('zh;q=abc, en;q=0.2')).toBe('en');
		expect(localeFromHeader('zh;q=2')).toBeNull();
	});

	it('survives garbage and huge headers', () => {
		expect(localeFromHeader(';;,,;q=,=,')).toBeNull();
		expect(localeFromHeader(null)).toBeNull();
		expect(localeFromHeader('fr,'.repeat(10_000) + 'zh')).toBeNull();
	});
});

describe('resolveLocale', () => {
	it('saved choice, then cookie, then Accept-Language, then English', () => {
		expect(resolveLocale({ saved: 'zh-CN', cookie: 'en', header: 'en' })).toBe('zh-CN');
		expect(resolveLocale({ saved: null, cookie: 'zh-CN', header: 'en' })).toBe('zh-CN');
		expect(resolveLocale({ saved: null, cookie: 'bogus', header: 'zh' })).toBe('zh-CN');
		expect(resolveLocale({ saved: 'bogus', cookie: null, header: 'fr' })).toBe('en');
		expect(resolveLocale({})).toBe('en');
	});
});
