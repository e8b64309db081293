import { describe, expect, it } from 'vitest';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { localeStore, requestTimeZone } from '$lib/server/i18n/locale';
import {
	dayIn,
	formatDate,
	formatMoment,
	formatNumber,
	formatWeek,
	instantAt,
	isTimeZone,
	setTimeZoneSource,
	weekStart
} from './format';

overwriteServerAsyncLocalStorage(localeStore as never);
setTimeZoneSource(requestTimeZone);
const as = <T>(locale: 'en' | 'zh-CN', timeZone: string, fn: () => T) =>
	localeStore.run({ locale, timeZone }, fn);

// 04:40 UTC on 6 December 2026 is 12:40 in Shanghai and still 5 December in Los Angeles.
const MOMENT = Date.UTC(2026, 11, 6, 4, 40);

describe('dates and times in the reader’s language and zone', () => {
	it('shows a moment in the reader’s zone, with no "UTC" label', () => {
		expect(as('zh-CN', 'Asia/Shanghai', () => formatMoment(MOMENT))).toBe('2026年12月6日 12:40');
		expect(as('en', 'Asia/Shanghai', () => formatMoment(MOMENT))).toBe('6 Dec 2026, 12:40');
		expect(as('en', 'UTC', () => formatMoment(MOMENT))).toBe('6 Dec 2026, 04:40');
	});
	it('takes the day of a moment where the reader is', () => {
		expect(as('en', 'America/Los_Angeles', () => formatDate(MOMENT))).toBe('5 Dec 2026');
		expect(as('en', 'America/Los_Angeles', () => dayIn(MOMENT))).toBe('2026-12-05');
		expect(as('en', 'Asia/Shanghai', () => dayIn(MOMENT))).toBe('2026-12-06');
	});
	it('never shifts a calendar day (a due date) by the zone', () => {
		for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])
			expect(as('zh-CN', zone, () => formatDate('2026-12-18'))).toBe('2026年12月18日');
	});
	it('names a week by its days, not "2026-W49"', () => {
		expect(weekStart('2026-W49')).toBe('2026-11-30');
		expect(weekStart('2026-W01')).toBe('2025-12-29');
		expect(weekStart('2020-W53')).toBe('2020-12-28');
		expect(as('en', 'UTC', () => formatWeek('2026-W49'))).toBe('30 Nov – 6 Dec 2026');
		expect(as('zh-CN', 'UTC', () => formatWeek('2026-W49'))).toBe('2026年11月30日至12月6日');
		expect(formatWeek('garbage')).toBe('garbage');
	});
	it('formats numbers in the reader’s language', () => {
		expect(as('en', 'UTC', () => formatNumber(12345.6))).toBe('12,345.6');
		expect(as('zh-CN', 'UTC', () => formatNumber(0.82, 'percent'))).toBe('82%');
	});
	it('knows a time zone from garbage', () => {
		expect(isTimeZone('Asia/Shanghai')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		for (const bad of ['', 'Mars/Olympus', 'Asia/Shanghai; DROP TABLE', 42, null, 'x'.repeat(100)])
			expect(isTimeZone(bad)).toBe(false);
	});
});

describe('instantAt', () => {
	const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
	it('reads a wall-clock time in a zone', () => {
		expect(iso(instantAt('2026-12-07', '09:30', 'Asia/Shanghai'))).toBe('2026-12-07T01:30:00.000Z');
		expect(iso(instantAt('2026-07-01', '09:00', 'America/New_York'))).toBe(
			'2026-07-01T13:00:00.000Z'
		);
		expect(iso(instantAt('2026-12-07', '00:15', 'UTC'))).toBe('2026-12-07T00:15:00.000Z');
		// A day earlier in UTC: Auckland is ahead.
		expect(iso(instantAt('2026-12-07', '08:00', 'Pacific/Auckland'))).toBe(
			'2026-12-06T19:00:00.000Z'
		);
	});

	it('takes a skipped time as the same time after the jump, a doubled time as the first', () => {
		// London: 29 March 2026, 01:00 → 02:00; 25 October 2026, 02:00 → 01:00.
		expect(iso(instantAt('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
		expect(iso(instantAt('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
		expect(iso(instantAt('2026-10-25', '03:00', 'Europe/London'))).toBe('2026-10-25T03:00:00.000Z');
	});

	it('is null for a day or time that is not one', () => {
		for (const [day, time] of [
			['2026-02-30', '09:00'],
			['2026-12-07', '24:00'],
			['2026-12-07', '9:00'],
			['07/12/2026', '09:00'],
			['2026-12-07', '']
		])
			expect(instantAt(day, time, 'Europe/London')).toBeNull();
	});
});
