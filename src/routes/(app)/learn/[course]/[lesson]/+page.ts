import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// Lazy: each lesson is its own chunk, loaded only when read. The metadata comes from the
// server's content index (+page.server.ts), so nothing here pulls every lesson into the bundle.
const lessons = import.meta.glob<{ default: Component }>('/content/courses/*/[0-9][0-9]-*.md');

export const load: PageLoad = async ({ data }) => {
	const load = lessons[data.lesson.module];
	if (!load) error(404, { message: 'Lesson not built' });
	return { ...data, component: (await load()).default };
};
