import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';

/** For load balancers and monitoring: 200 only when the database answers a query. */
export const GET: RequestHandler = async () => {
	try {
		await useDb().$client.prepare('select 1').get();
		return json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json({ ok: false }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
	}
};
