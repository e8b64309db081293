/** Labels on the practice pages (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';
import type { CHANNELS, NEEDS, TEMPERAMENTS } from '$lib/server/roleplay/types';

export type Channel = (typeof CHANNELS)[number];
export type Temperament = (typeof TEMPERAMENTS)[number];
export type Need = (typeof NEEDS)[number];
export type Difficulty = 1 | 2 | 3;

const channels: Record<Channel, () => string> = {
	phone: m.channel_phone,
	chat: m.channel_chat,
	counter: m.channel_counter
};

const temperaments: Record<Temperament, () => string> = {
	lively: m.temperament_lively,
	perfectionist: m.temperament_perfectionist,
	powerful: m.temperament_powerful,
	calm: m.temperament_calm
};

const needs: Record<Need, () => string> = {
	valued: m.need_valued,
	respected: m.need_respected,
	understood: m.need_understood,
	resolved: m.need_resolved
};

const difficulties: Record<Difficulty, () => string> = {
	1: m.difficulty_1,
	2: m.difficulty_2,
	3: m.difficulty_3
};

export const channelLabel = (channel: Channel): string => channels[channel]();
export const temperamentLabel = (temperament: Temperament): string => temperaments[temperament]();
export const needLabel = (need: Need): string => needs[need]();
export const difficultyLabel = (difficulty: Difficulty): string => difficulties[difficulty]();
