import type { Span, Token } from './types';

/**
 * Numbers, clock times, days and durations in English, read from tokens: "ten thousand" and
 * "10,000" and "10k" are the same value; "ten o'clock tomorrow", "half past seven" and "by
 * 10am" are all clock times. wink-nlp's entities find many of these; these rules find the rest
 * (its lite model misses "half past seven", "at seven", "10k", "10 000").
 */

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	couple: 2,
	dozen: 12
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

function digitValue(text: string): number | null {
	return DIGITS.test(text) ? Number(text.replaceAll(',', '')) : null;
}

/**
 * Number spans with their values, longest first: "two hundred and fifty", "10,000", "10 000"
 * (a group of three digits after a number), "10k", "twenty-five", "a thousand".
 */
export function numberSpans(tokens: Token[]): Span[] {
	const spans: Span[] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		const digits = digitValue(t.norm);
		if (digits !== null) {
			let value = digits;
			let end = i + 1;
			// "10 000": thousands written with a space.
			while (end < tokens.length && /^\d{3}$/.test(tokens[end].norm) && value < 1_000_000) {
				value = value * 1000 + Number(tokens[end].norm);
				end++;
			}
			// "10k", "5 thousand", "2 million", "3 hundred"
			const scale: Record<string, number> = {
				k: 1000,
				thousand: 1000,
				m: 1e6,
				million: 1e6,
				hundred: 100
			};
			const next = tokens[end]?.norm ?? '';
			if (next in scale) {
				value *= scale[next];
				end++;
			}
			spans.push({ kind: 'number', start: i, end, value });
			i = end;
			continue;
		}
		if (t.norm in UNITS || ((t.norm === 'a' || t.norm === 'an') && tokens[i + 1]?.norm in SCALES)) {
			let total = 0;
			let current = 0;
			let end = i;
			let last = i;
			while (end < tokens.length) {
				const w = tokens[end].norm;
				if (w in UNITS) current += UNITS[w];
				else if ((w === 'a' || w === 'an') && end === i) current = 1;
				else if (w in SCALES) {
					const scale = SCALES[w];
					if (scale === 100) current = (current || 1) * 100;
					else {
						total += (current || 1) * scale;
						current = 0;
					}
				} else if ((w === '-' || w === 'and') && tokens[end + 1]?.norm in UNITS && end > i) {
					end++;
					continue;
				} else if (w === 'of' && tokens[end - 1]?.norm === 'couple') {
					// "a couple of days": the number is the couple
					break;
				} else break;
				last = end;
				end++;
			}
			spans.push({ kind: 'number', start: i, end: last + 1, value: total + current });
			i = last + 1;
			continue;
		}
		i++;
	}
	return spans;
}

const WEEKDAYS = new Set([
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun'
]);
const MONTHS = new Set([
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec'
]);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'lunchtime']);
const MERIDIEM = /^(am|pm|a\.m\.?|p\.m\.?)$/;
const CLOCK_WORD = /^(o'clock|oclock|hrs|h)$/;
const UNIT = /^(second|sec|minute|min|mins|hour|hr|hrs|day|week|fortnight|month|year)s?$/;
const CLOCK_PREP = new Set(['at', 'by', 'before', 'after', 'around', 'until', 'till', 'from']);

/**
 * Clock times, days and durations. A number counts as a clock time after "at", "by", "before"…
 * ("by seven", "at 10") unless a unit or an amount follows it ("at 10 percent", "by 2 days").
 */
export function timeSpans(tokens: Token[], numbers: Span[]): Span[] {
	const spans: Span[] = [];
	const numberAt = new Map(numbers.map((n) => [n.start, n]));
	const norm = (i: number) => tokens[i]?.norm ?? '';
	for (let i = 0; i < tokens.length; i++) {
		const w = norm(i);
		// 10am, 5pm, 7:30, 19:30, 7.30pm
		if (/^\d{1,2}([:.]\d{2})?(am|pm|a\.m\.?|p\.m\.?)$/.test(w) || /^\d{1,2}:\d{2}$/.test(w)) {
			const end = MERIDIEM.test(norm(i + 1)) ? i + 2 : i + 1;
			spans.push({ kind: 'clock', start: i, end });
			continue;
		}
		if (w === 'noon' || w === 'midday' || w === 'midnight') {
			spans.push({ kind: 'clock', start: i, end: i + 1 });
			continue;
		}
		// half past seven, quarter to ten, twenty past six
		if (
			(w === 'half' || w === 'quarter' || numberAt.has(i)) &&
			(norm(i + 1) === 'past' || norm(i + 1) === 'to') &&
			numberAt.has(i + 2)
		) {
			const n = numberAt.get(i + 2)!;
			if ((n.value ?? 99) <= 12) {
				spans.push({ kind: 'clock', start: i, end: n.end });
				continue;
			}
		}
		const n = numberAt.get(i);
		if (n && n.value !== undefined && Number.isInteger(n.value) && n.value <= 24) {
			const after = norm(n.end);
			if (MERIDIEM.test(after) || CLOCK_WORD.test(after)) {
				spans.push({ kind: 'clock', start: i, end: n.end + 1 });
				continue;
			}
			const before = norm(i - 1);
			const prep = CLOCK_PREP.has(before) || (before === 'about' && CLOCK_PREP.has(norm(i - 2)));
			const between = before === 'between' || (before === 'and' && norm(i - 3) === 'between');
			const amount =
				UNIT.test(after) ||
				/^(percent|%|yuan|dollars?|pounds?|euros?|rmb|per|times|of)$/.test(after);
			if ((prep || between) && !amount) {
				spans.push({ kind: 'clock', start: i, end: n.end });
				continue;
			}
			// A duration: "two hours", "30 minutes", "a couple of days"
			if (
				UNIT.test(after) ||
				((after === 'working' || after === 'business') && UNIT.test(norm(n.end + 1)))
			) {
				const end = UNIT.test(after) ? n.end + 1 : n.end + 2;
				spans.push({ kind: 'duration', start: i, end });
				continue;
			}
		}
		if (n && n.value !== undefined && n.value > 24) {
			const after = norm(n.end);
			if (UNIT.test(after)) spans.push({ kind: 'duration', start: i, end: n.end + 1 });
		}
		// an hour, half an hour, a day, a fortnight, a couple of days
		if ((w === 'an' || w === 'a') && /^(hour|day|week|fortnight|minute)$/.test(norm(i + 1))) {
			spans.push({ kind: 'duration', start: i, end: i + 2 });
			continue;
		}
		if (w === 'couple' && norm(i + 1) === 'of' && UNIT.test(norm(i + 2))) {
			spans.push({ kind: 'duration', start: i, end: i + 3 });
			continue;
		}
		if (w === 'fortnight') spans.push({ kind: 'duration', start: i, end: i + 1 });
		// Days: today, tonight, tomorrow, this afternoon, Thursday, 12 December, the 5th
		if (w === 'today' || w === 'tonight' || w === 'tomorrow') {
			spans.push({ kind: 'day', start: i, end: i + 1 });
			continue;
		}
		if (w === 'this' && PARTS_OF_DAY.has(norm(i + 1))) {
			spans.push({ kind: 'day', start: i, end: i + 2 });
			continue;
		}
		// "Tuesday's call" is a call, not a day anyone promised.
		if (WEEKDAYS.has(w) && tokens[i].word && norm(i + 1) !== "'s") {
			spans.push({ kind: 'day', start: i, end: i + 1 });
			continue;
		}
		if (MONTHS.has(w) && ((w !== 'may' && w !== 'march') || /^[A-Z]/.test(tokens[i].text))) {
			// "December 12" or "12 December" (the number may sit on either side)
			const around = numberAt.get(i + 1) ?? [...numberAt.values()].find((s) => s.end === i);
			if (around) {
				spans.push({
					kind: 'day',
					start: Math.min(i, around.start),
					end: Math.max(i + 1, around.end)
				});
				continue;
			}
		}
		if (/^\d{1,2}(st|nd|rd|th)$/.test(w) || /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(w))
			spans.push({ kind: 'day', start: i, end: i + 1 });
	}
	return spans;
}
