import { error } from '@sveltejs/kit';
import lessons from 'virtual:lesson-modules';
import type { PageLoad } from './$types';

// Lazy: each lesson is its own chunk, loaded only when read, found by the short key the server
// sends (vite.config.ts). The metadata comes from the server's content index (+page.server.ts),
// so nothing here pulls every lesson, or every lesson's path, into the bundle.
export const load: PageLoad = async ({ data }) => {
	const load = lessons[data.lesson.key];
	if (!load) error(404, { message: 'Lesson not built' });
	return { ...data, component: (await load()).default };
};
