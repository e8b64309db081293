/** Competency levels 0–4 (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';

const levels = [m.level_0, m.level_1, m.level_2, m.level_3, m.level_4] as const;

/** The name of a competency level; a level outside 0–4 shows as its number. */
export const levelLabel = (level: number): string => levels[level]?.() ?? String(level);
