import * as m from '$lib/paraglide/messages';

type Role = 'learner' | 'lead' | 'admin';

export interface NavItem {
	href: string;
	/** The item's message (called when shown). */
	label: () => string;
}

const ITEMS: (NavItem & { roles: Role[] })[] = [
	{ href: '/learn', label: m.nav_learn, roles: ['learner', 'lead', 'admin'] },
	{ href: '/practice', label: m.nav_practice, roles: ['learner', 'lead', 'admin'] },
	{ href: '/record', label: m.nav_record, roles: ['learner', 'lead', 'admin'] },
	{ href: '/our-team', label: m.nav_our_team, roles: ['learner', 'lead', 'admin'] },
	{ href: '/team', label: m.nav_team, roles: ['lead', 'admin'] },
	{ href: '/admin', label: m.nav_admin, roles: ['admin'] }
];

/** The navigation a role sees; the server enforces the same rules on every route. */
export function navFor(role: Role): NavItem[] {
	return ITEMS.filter((item) => item.roles.includes(role)).map(({ href, label }) => ({
		href,
		label
	}));
}
