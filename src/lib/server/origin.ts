/**
 * The site's public address (ORIGIN, as adapter-node reads it), for what is read away from a
 * request: statements forwarded to an LRS name people and activities under it.
 */
export function publicOrigin(env: Record<string, string | undefined>): string {
	return (env.ORIGIN || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '');
}
