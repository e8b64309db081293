/**
 * Labels for values the pages show, one message per value. A page cannot look up
 * `role_${role}` in a catalog (its bundle has no catalog, only the messages it calls), so each
 * value names its message here; a value without one is a type error. The labels are split by
 * the pages that use them, so a page's bundle carries only its own.
 */
import * as m from '$lib/paraglide/messages';
import type { ROLES } from '$lib/server/db/schema';

export type Role = (typeof ROLES)[number];

const roles: Record<Role, () => string> = {
	learner: m.role_learner,
	lead: m.role_lead,
	admin: m.role_admin
};

export const roleLabel = (role: Role): string => roles[role]();
