import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The start page is where each person works: learners learn, leads look at their team. */
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login');
	redirect(
		303,
		locals.user.role === 'learner' ? '/learn' : locals.user.role === 'lead' ? '/team' : '/admin'
	);
};
