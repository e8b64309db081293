/** Labels of the team pages' mood check-in (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';

export type Mood = 1 | 2 | 3 | 4 | 5;

const moods: Record<Mood, () => string> = {
	1: m.mood_1,
	2: m.mood_2,
	3: m.mood_3,
	4: m.mood_4,
	5: m.mood_5
};

export const moodLabel = (mood: Mood): string => moods[mood]();
