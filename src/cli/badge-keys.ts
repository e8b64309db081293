// npm run badges:keys -- list | rotate [--withdraw]
// The organisation's Open Badges signing keys. `rotate` starts a new key and retires the old one
// (what it signed still verifies); `rotate --withdraw` is for a key that may have leaked: what it
// signed stops verifying, so people must open their certificates again to get new credentials.
// Running servers pick the new key up when restarted.
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE, migrateDb, openDb } from '../lib/server/db';
import { publishedKeys, rotateKey, signingKey } from '../lib/server/badges/keys';

const usage = 'Usage: npm run badges:keys -- list | rotate [--withdraw]';

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { withdraw: { type: 'boolean' }, help: { type: 'boolean' } }
		});
	} catch (e) {
		console.error(`${(e as Error).message}\n${usage}`);
		return 2;
	}
	const [command = 'list', ...rest] = parsed.positionals;
	if (parsed.values.help || rest.length || !['list', 'rotate'].includes(command)) {
		console.log(usage);
		return parsed.values.help ? 0 : 2;
	}
	if (parsed.values.withdraw && command !== 'rotate') {
		console.error(`--withdraw goes with rotate.\n${usage}`);
		return 2;
	}
	const url = process.env.DATABASE_URL || DEFAULT_DATABASE;
	const db = openDb(url);
	try {
		migrateDb(db);
		if (command === 'rotate') {
			await signingKey(db);
			const kid = await rotateKey(db, { actorId: null, withdraw: parsed.values.withdraw });
			console.log(
				parsed.values.withdraw
					? `New signing key ${kid}. The previous key is withdrawn: credentials it signed no longer verify.`
					: `New signing key ${kid}. The previous key is retired: credentials it signed still verify.`
			);
			console.log('Restart the server so it signs with the new key.');
		}
		for (const key of await publishedKeys(db)) {
			const state = key.withdrawnAt
				? 'withdrawn'
				: key.retiredAt
					? 'retired (verifies only)'
					: 'signing';
			console.log(`${key.kid}  created ${new Date(key.createdAt).toISOString()}  ${state}`);
		}
		return 0;
	} finally {
		db.$client.close();
	}
}

process.exitCode = await main(process.argv.slice(2));
