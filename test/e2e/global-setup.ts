import { request } from '@playwright/test';
import { BASE_URL } from './helpers';

/** Waits until the demo organisation exists (the server seeds it on first start). */
export default async function globalSetup() {
	const api = await request.newContext({ baseURL: BASE_URL });
	for (let i = 0; i < 50; i++) {
		const res = await api.get('/healthz');
		if (res.ok()) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	await api.dispose();
}
