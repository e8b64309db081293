import { describe, expect, it } from 'vitest';
import { parseTag, scanInk, unreachableKnots } from './ink';

const SOURCE = `VAR mood = 3
Hello. #stage
-> one

=== one ===
* [Sorry about that. #empathy+2 #mood+1 #note: Good start.] -> two
* {mood > 2} [Calm down. #empathy-2] # after -> two
* Plain choice -> two

=== two ===
// a comment -> nowhere
{ mood > 3: -> good_end }
-> bad_end

=== good_end ===
Thanks. #ending: resolved
-> END

=== bad_end ===
Bye. #ending: lost
-> END

=== orphan ===
-> END
`;

describe('scanInk', () => {
	const scan = scanInk(SOURCE);

	it('finds knots, VARs, endings and diverts with their lines', () => {
		expect([...scan.knots]).toEqual([
			['one', 5],
			['two', 10],
			['good_end', 15],
			['bad_end', 19],
			['orphan', 23]
		]);
		expect(scan.vars.get('mood')).toEqual({ value: '3', line: 1 });
		expect(scan.endings).toEqual([
			{ id: 'resolved', line: 16 },
			{ id: 'lost', line: 20 }
		]);
		expect(scan.diverts.get('two')).toEqual([
			{ target: 'good_end', line: 12 },
			{ target: 'bad_end', line: 13 }
		]);
	});

	it('reads choices: the bracketed text, the tags inside, tags left outside, no brackets', () => {
		expect(scan.choices).toEqual([
			{
				line: 6,
				knot: 'one',
				text: 'Sorry about that.',
				tags: ['empathy+2', 'mood+1', 'note: Good start.'],
				tagsOutside: false,
				bracketed: true
			},
			{
				line: 7,
				knot: 'one',
				text: 'Calm down.',
				tags: ['empathy-2'],
				tagsOutside: true,
				bracketed: true
			},
			{ line: 8, knot: 'one', text: 'Plain choice', tags: [], tagsOutside: false, bracketed: false }
		]);
	});

	it('finds the knots nothing diverts to', () => {
		expect(unreachableKnots(scan)).toEqual([{ knot: 'orphan', line: 23 }]);
	});

	it('flags the ink features scenarios do not use', () => {
		const odd = scanInk('= stitch\n+ [sticky #a+1]\n<- thread\n== function f ==\n->->\n');
		expect(odd.unsupported.map((u) => u.what)).toEqual([
			'stitches (use a knot)',
			'sticky choices (+)',
			'threads (<-)',
			'functions',
			'tunnels (->->)'
		]);
	});
});

describe('parseTag', () => {
	it('reads effects, notes and free-text steps', () => {
		expect(parseTag('empathy+2')).toEqual({ kind: 'effect', name: 'empathy', points: 2 });
		expect(parseTag('mood - 1')).toEqual({ kind: 'effect', name: 'mood', points: -1 });
		expect(parseTag('note: Named the feeling.')).toEqual({
			kind: 'note',
			text: 'Named the feeling.'
		});
		expect(parseTag('free:reply-time')).toEqual({ kind: 'free', id: 'reply-time' });
		expect(parseTag('stage')).toEqual({ kind: 'unknown', tag: 'stage' });
	});
});
