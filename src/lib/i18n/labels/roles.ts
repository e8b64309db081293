/** A person's role, named (see people.ts for why labels are listed): in every page's header. */
import * as m from '$lib/paraglide/messages';
import type { ROLES } from '$lib/server/db/schema';

export type Role = (typeof ROLES)[number];

const roles: Record<Role, () => string> = {
	learner: m.role_learner,
	lead: m.role_lead,
	admin: m.role_admin
};

export const roleLabel = (role: Role): string => roles[role]();
