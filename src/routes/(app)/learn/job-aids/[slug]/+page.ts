import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// Lazy, like lessons: each card is its own chunk.
const aids = import.meta.glob<{ default: Component }>('/content/job-aids/*.md');

export const load: PageLoad = async ({ data }) => {
	const load = aids[data.aid.module];
	if (!load) error(404, { message: 'Job aid not built' });
	return { ...data, component: (await load()).default };
};
