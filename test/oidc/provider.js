// A real OpenID Connect provider for tests (the oidc-provider package): the authorization code
// flow with PKCE, signed ID tokens, discovery, userinfo. Its sign-in page is a one-field form
// ("Account"), and a `login_hint` naming a known account signs that account in straight away.
// Used by the integration tests (test/integration/sso.test.ts) and the e2e server.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

/**
 * @typedef {{ sub: string, email?: string, email_verified?: boolean, name?: string,
 *   groups?: string[], team?: string }} Account
 * @param {{ port?: number, host?: string, client: { id: string, secret: string, redirect: string },
 *   accounts: Record<string, Account>, issuerHost?: string }} options
 */
export async function startTestIdp({ port = 0, host = '127.0.0.1', client, accounts, issuerHost }) {
	const server = createServer();
	await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
	const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	// `issuerHost` lets a test run a provider whose metadata names another issuer than its URL.
	const issuer = `http://${issuerHost ?? host}:${actual}`;
	const settings = { codeTtl: 60 };
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: client.id,
				client_secret: client.secret,
				redirect_uris: [client.redirect],
				grant_types: ['authorization_code'],
				response_types: ['code']
			}
		],
		// Accounts are signed in by their key in `accounts`, and known to the provider by `sub`.
		async findAccount(_ctx, sub) {
			const account = Object.values(accounts).find((a) => a.sub === sub);
			if (!account) return undefined;
			return { accountId: sub, claims: async () => ({ ...account }) };
		},
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name', 'groups', 'team']
		},
		// Claims of the granted scopes in the ID token too, as most company providers do.
		conformIdTokenClaims: false,
		features: { devInteractions: { enabled: false } },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		pkce: { required: () => true },
		ttl: { AuthorizationCode: () => settings.codeTtl },
		cookies: { keys: ['coachline-test-idp'] },
		// No consent screen: the organisation's own application is trusted.
		async loadExistingGrant(ctx) {
			const grant = new ctx.oidc.provider.Grant({
				clientId: ctx.oidc.client?.clientId,
				accountId: ctx.oidc.session?.accountId
			});
			grant.addOIDCScope('openid email profile');
			await grant.save();
			return grant;
		}
	});
	const callback = provider.callback();
	/** @param {string} uid @param {string} [error] */
	const page = (uid, error = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Test identity provider</title></head><body><main><h1>Test identity provider</h1>
${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}"><label for="login">Account</label>
<input id="login" name="login" autocomplete="off"><button>Continue</button></form></main></body></html>`;

	server.on('request', async (req, res) => {
		const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
		if (!match) return callback(req, res);
		try {
			const details = await provider.interactionDetails(req, res);
			let login = /** @type {string | undefined} */ (details.params.login_hint);
			if (req.method === 'POST') {
				let body = '';
				for await (const chunk of req) body += chunk;
				login = new URLSearchParams(body).get('login') ?? undefined;
			}
			if (!login || !accounts[login]) {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				return res.end(page(match[1], login ? `No account "${login}".` : ''));
			}
			await provider.interactionFinished(
				req,
				res,
				{ login: { accountId: accounts[login].sub } },
				{ mergeWithLastSubmission: false }
			);
		} catch (e) {
			res.writeHead(400, { 'content-type': 'text/plain' });
			res.end(String(e));
		}
	});
	return {
		issuer,
		url: `http://${host}:${actual}`,
		settings,
		accounts,
		async stop() {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		}
	};
}
