/**
 * Dates, times and numbers as the reader expects them: in their language (Paraglide's locale for
 * the request or page) and, for moments, in their time zone (their own, else the
 * organisation's). The server answers each request inside its own store of both (hooks.server);
 * the browser reads the zone the server wrote into <html data-tz>. Calendar dates (due dates,
 * "YYYY-MM-DD") are days, not moments: no zone shifts them. Exports keep ISO 8601.
 */
import { getLocale } from '$lib/paraglide/runtime';

/** The fallback zone when nobody chose one. */
export const DEFAULT_TIME_ZONE = 'UTC';

let zoneSource: (() => string | undefined) | null = null;

/** The server registers where the request's zone lives (its AsyncLocalStorage). */
export function setTimeZoneSource(source: () => string | undefined) {
	zoneSource = source;
}

export function timeZone(): string {
	if (zoneSource) return zoneSource() ?? DEFAULT_TIME_ZONE;
	if (typeof document !== 'undefined')
		return document.documentElement.dataset.tz || DEFAULT_TIME_ZONE;
	return DEFAULT_TIME_ZONE;
}

/** Intl's name for one of our locales. */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: 'day' | 'moment' | 'short', zone: string): Intl.DateTimeFormat {
	const locale = getLocale();
	const key = `${locale}|${kind}|${zone}`;
	let f = formats.get(key);
	if (!f) {
		const chinese = locale.startsWith('zh');
		f = new Intl.DateTimeFormat(intlLocale(locale), {
			timeZone: zone,
			...(kind === 'short'
				? { month: chinese ? 'long' : 'short', day: 'numeric' }
				: { year: 'numeric', month: chinese ? 'long' : 'short', day: 'numeric' }),
			...(kind === 'moment' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {})
		});
		formats.set(key, f);
	}
	return f;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ICU versions disagree on the spaces they put in dates: Node's writes thin and narrow no-break
 * spaces ("30 Nov\u2009–\u20096 Dec"), Chromium's plain ones. A page rendered on the server and
 * hydrated in the browser must read the same, so every formatted date uses plain spaces.
 */
const plainSpaces = (s: string) => s.replace(/[\u2009\u202f]/g, ' ');

/** A calendar day ("2026-12-18") or the day of a moment (ms, in the reader's zone). */
export function formatDate(value: string | number | Date): string {
	if (typeof value === 'string' && ISO_DAY.test(value))
		return plainSpaces(dateFormat('day', 'UTC').format(new Date(`${value}T00:00:00Z`)));
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) return String(value);
	return plainSpaces(dateFormat('day', timeZone()).format(date));
}

/** A moment (ms since the epoch) as date and time in the reader's zone: "6 Dec 2026, 12:40". */
export function formatMoment(ms: number | Date): string {
	const date = ms instanceof Date ? ms : new Date(ms);
	if (Number.isNaN(date.getTime())) return '';
	return plainSpaces(dateFormat('moment', timeZone()).format(date));
}

/** The Monday an ISO week ("2026-W49") starts on, as a calendar day. */
export function weekStart(isoWeek: string): string | null {
	const m = isoWeek.match(/^(\d{4})-W(\d{2})$/);
	if (!m) return null;
	const year = Number(m[1]);
	const week = Number(m[2]);
	// 4 January is always in week 1; its Monday starts week 1.
	const jan4 = Date.UTC(year, 0, 4);
	const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
	return new Date(monday + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO week as the days it spans: "30 Nov – 6 Dec 2026", "2026年11月30日至12月6日". */
export function formatWeek(isoWeek: string): string {
	return formatWeeks(isoWeek, isoWeek);
}

/** Several ISO weeks as one range of days, Monday of `first` to Sunday of `last`. */
export function formatWeeks(first: string, last: string): string {
	const start = weekStart(first);
	const lastStart = weekStart(last);
	if (!start || !lastStart) return first === last ? first : `${first}–${last}`;
	const from = new Date(`${start}T00:00:00Z`);
	const to = new Date(Date.parse(`${lastStart}T00:00:00Z`) + 6 * 86_400_000);
	// ICU's Chinese range pattern falls back to numeric dates ("2026/11/30 – 2026/12/6").
	if (getLocale().startsWith('zh')) {
		const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
		const end = dateFormat(sameYear ? 'short' : 'day', 'UTC').format(to);
		return `${dateFormat('day', 'UTC').format(from)}至${end}`;
	}
	return plainSpaces(dateFormat('day', 'UTC').formatRange(from, to));
}

const numbers = new Map<string, Intl.NumberFormat>();
/** A number in the reader's language (grouping, decimal sign); `percent` takes 0–1. */
export function formatNumber(n: number, style: 'decimal' | 'percent' = 'decimal'): string {
	const key = `${getLocale()}|${style}`;
	let f = numbers.get(key);
	if (!f) {
		f = new Intl.NumberFormat(intlLocale(getLocale()), {
			style,
			maximumFractionDigits: style === 'percent' ? 0 : 1
		});
		numbers.set(key, f);
	}
	return f.format(n);
}

/** Every zone a person or the organisation may choose (IANA names, plus UTC). */
export function timeZones(): string[] {
	return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/** Whether `zone` is a zone Intl knows (so formatting with it cannot throw). */
export function isTimeZone(zone: unknown): zone is string {
	if (typeof zone !== 'string' || zone.length > 64 || !zone) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * The calendar day ("YYYY-MM-DD") a moment falls on in a zone (the reader's by default): "today"
 * and "due" are days where the person is, not in UTC.
 */
export function dayIn(ms: number, zone = timeZone()): string {
	let f = dayFormats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		dayFormats.set(zone, f);
	}
	return f.format(ms);
}

/** The separator between items of a run-on list: ", " in English, "、" in Chinese. */
export function listSeparator(): string {
	return getLocale().startsWith('zh') ? '、' : ', ';
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** How far `zone`'s wall clock is ahead of UTC at the moment `ms`, in milliseconds. */
function zoneOffset(ms: number, zone: string): number {
	let f = offsetFormats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		offsetFormats.set(zone, f);
	}
	const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
	const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return wall - (ms - (ms % 1000));
}

/**
 * The moment a wall-clock time ("09:30") on a calendar day ("2026-12-07") happens in `zone`.
 * A time the clocks skip (spring forward) is read as the same time after the jump; a time that
 * happens twice (fall back) as the first of the two. Null for a day or time that is not one.
 */
export function instantAt(day: string, time: string, zone: string): number | null {
	const d = ISO_DAY.test(day) ? day.split('-').map(Number) : null;
	const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	if (!d || !t) return null;
	const wall = Date.UTC(d[0], d[1] - 1, d[2], Number(t[1]), Number(t[2]));
	if (new Date(wall).toISOString().slice(0, 10) !== day) return null;
	// The zone's offset a day before and a day after: the same unless the clocks change between.
	const before = wall - zoneOffset(wall - 86_400_000, zone);
	const after = wall - zoneOffset(wall + 86_400_000, zone);
	// The readings that do show this wall time: one, or two when the clocks go back (the first is
	// taken), or none when they go forward (then the offset before the jump: the same time after it).
	const lands = [before, after].filter((ms) => ms + zoneOffset(ms, zone) === wall);
	return lands.length ? Math.min(...lands) : before;
}
