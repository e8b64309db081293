/**
 * Labels for values the pages show, one message per value. A page cannot look up
 * `role_${role}` in a catalog (its bundle has no catalog, only the messages it calls), so each
 * value names its message here; a value without one is a type error. The labels are split by
 * the pages that use them, so a page's bundle carries only its own.
 */
import * as m from '$lib/paraglide/messages';
import type { PeopleStatus } from '$lib/people-query';

// The role labels are in every page's header: their own module keeps the rest out of it.
export { roleLabel, type Role } from './roles';

const statuses: Record<PeopleStatus, () => string> = {
	active: m.status_active,
	pending: m.invited_pending,
	expired: m.invitation_expired,
	disabled: m.status_disabled
};

/** Where a person's account stands (the people list, the admin home). */
export const statusLabel = (status: PeopleStatus): string => statuses[status]();
