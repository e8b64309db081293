import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentData } from './index';

/**
 * What the content folder holds, as one hash: every file's path and bytes, plus `version` (the
 * build of Coachline that reads them, so a new version never trusts an old reading).
 */
export function fingerprint(root: string, version: string): string {
	const hash = createHash('sha256').update(version).update('\0');
	const walk = (dir: string, rel: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0
		)) {
			const path = join(dir, entry.name);
			const name = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path, name);
			else if (entry.isFile())
				hash.update(name).update('\0').update(readFileSync(path)).update('\0');
		}
	};
	walk(root, '');
	return hash.digest('hex');
}

/**
 * The content as a previous start read it (checked, compiled), if it was read from exactly the
 * same files by the same version; otherwise null. A damaged or foreign file is ignored.
 */
export function readSnapshot(file: string, print: string): ContentData | null {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return null;
	}
	try {
		const snapshot = deserialize(bytes) as { fingerprint?: unknown; data?: ContentData };
		return snapshot.fingerprint === print && snapshot.data ? snapshot.data : null;
	} catch {
		return null;
	}
}

/** Keeps a reading for the next start: written beside, then renamed over (never half a file). */
export function writeSnapshot(file: string, print: string, data: ContentData) {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, serialize({ fingerprint: print, data }));
		renameSync(temporary, file);
	} catch (e) {
		rmSync(temporary, { force: true });
		// No room or no permission: the next start reads the content again, nothing worse.
		console.error(`Coachline: could not keep the content snapshot (${(e as Error).message}).`);
	}
}
