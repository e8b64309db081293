import type { Db } from '../../src/lib/server/db';
import { loadContent } from '../../src/lib/server/content';
import { play, type Move } from '../../src/lib/server/roleplay/explore';
import type { Scenario } from '../../src/lib/server/roleplay/types';
import { act, getRun, viewRun } from '../../src/lib/server/roleplay/runs';

/** The fixture scenario the role-play tests play: a late parcel, a chat, one typed step. */
export const { index } = loadContent('test/fixtures/content/valid');
export const scenario = index.scenario('late-parcel')!;
export const strong = play(scenario, 'strong');
export const weak = play(scenario, 'weak');

/**
 * Plays moves through the real run functions, re-reading the run each time like a page would;
 * choices by their text (the page shows them shuffled), typed steps with `typed` if given.
 */
export async function playMoves(
	db: Db,
	userId: number,
	runId: string,
	moves: Move[],
	typed?: string,
	now?: number,
	/** Another scenario or edition (a translation) to play instead of the fixture's. */
	on: Scenario = scenario
) {
	for (const move of moves) {
		const run = (await getRun(db, runId))!;
		const offer = viewRun(run, on).offer;
		await act(
			db,
			run,
			on,
			userId,
			run.step,
			move.kind === 'choice'
				? {
						kind: 'choice',
						index: offer.kind === 'choices' ? offer.choices.indexOf(move.text) : -1
					}
				: { kind: 'free', text: typed ?? move.text },
			now
		);
	}
	return (await getRun(db, runId))!;
}
