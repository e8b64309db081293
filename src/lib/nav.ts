import type { MessageKey } from './i18n';

type Role = 'learner' | 'lead' | 'admin';

export interface NavItem {
	href: string;
	label: MessageKey;
}

const ITEMS: (NavItem & { roles: Role[] })[] = [
	{ href: '/learn', label: 'nav_learn', roles: ['learner', 'lead', 'admin'] },
	{ href: '/practice', label: 'nav_practice', roles: ['learner', 'lead', 'admin'] },
	{ href: '/record', label: 'nav_record', roles: ['learner', 'lead', 'admin'] },
	{ href: '/our-team', label: 'nav_our_team', roles: ['learner', 'lead', 'admin'] },
	{ href: '/team', label: 'nav_team', roles: ['lead', 'admin'] },
	{ href: '/admin', label: 'nav_admin', roles: ['admin'] }
];

/** The navigation a role sees; the server enforces the same rules on every route. */
export function navFor(role: Role): NavItem[] {
	return ITEMS.filter((item) => item.roles.includes(role)).map(({ href, label }) => ({
		href,
		label
	}));
}
