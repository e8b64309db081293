// npm run admin:create -- --email ops@example.com --name "Ops Admin"
// Creates an admin (migrating the database first) and prints their one-time invitation link.
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE, migrateDb, openDb } from '../lib/server/db';
import { createUser } from '../lib/server/org/users';
import { userInputSchema } from '../lib/server/org/validation';
import { DomainError } from '../lib/server/errors';
import { t, type MessageKey } from '../lib/i18n';

const usage = 'Usage: npm run admin:create -- --email <email> --name "<full name>"';

async function main(argv: string[]): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } }
		}));
	} catch (e) {
		console.error(`${(e as Error).message}\n${usage}`);
		return 2;
	}
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const input = userInputSchema.safeParse({
		email: values.email ?? '',
		name: values.name ?? '',
		role: 'admin',
		startedOn: ''
	});
	if (!input.success) {
		for (const issue of input.error.issues)
			console.error(`--${String(issue.path[0])}: ${t(issue.message as MessageKey)}`);
		console.error(usage);
		return 2;
	}
	const url = process.env.DATABASE_URL || DEFAULT_DATABASE;
	const db = openDb(url);
	try {
		migrateDb(db);
		const { user, token } = await createUser(db, input.data, null, null);
		const origin = (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(
			/\/$/,
			''
		);
		console.log(`Created admin ${user.name} <${user.email}> in ${url}.`);
		console.log(`Invitation link (works once, for 7 days):\n${origin}/invite/${token}`);
		return 0;
	} catch (e) {
		if (e instanceof DomainError && e.key === 'email_taken') {
			console.error(`An account with ${input.data.email} already exists.`);
			return 1;
		}
		throw e;
	} finally {
		db.$client.close();
	}
}

process.exitCode = await main(process.argv.slice(2));
