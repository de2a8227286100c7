/**
 * Opens the database before anything reads it, and says why when it cannot. A failed
 * upgrade changes nothing (IndexedDB aborts the whole upgrade, so the data stays as the
 * older version wrote it), and a database written by a newer Touchpoint is not opened at
 * all, so this app can neither upgrade nor overwrite what it does not understand.
 */
import { Dexie } from 'dexie';
import { database, type TouchpointDatabase } from './db';
import { installedVersion } from './raw-database';

export type OpenFailureKind = 'newer' | 'upgrade' | 'unavailable';

/** Why the database could not be opened; `message` keeps the browser's own words. */
export class OpenError extends Error {
	override name = 'OpenError';
	constructor(
		readonly kind: OpenFailureKind,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

/** Dexie keeps version n as n × 10 on disk, and may add 1 to patch its schema in place. */
const dexieVersion = (native: number) => Math.ceil(native / 10);

export async function openDatabase(db: TouchpointDatabase = database()): Promise<void> {
	try {
		// A database of a newer version fails to open (./own-version-only.ts), untouched.
		await db.open();
	} catch (error) {
		// Only a failure is worth asking the browser for the version on disk: it says which.
		const installed = await installedVersion(db.name).catch(() => undefined);
		if (installed !== undefined && dexieVersion(installed) > db.verno) {
			throw new OpenError(
				'newer',
				`The data was saved by a newer version of Touchpoint (database version ${dexieVersion(installed)}; this version knows up to ${db.verno}).`,
				{ cause: error }
			);
		}
		const upgrading =
			installed !== undefined && installed > 0 && dexieVersion(installed) < db.verno;
		const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		throw new OpenError(
			upgrading ? 'upgrade' : reason.startsWith('VersionError') ? 'newer' : 'unavailable',
			reason,
			{ cause: error }
		);
	}
}

/** Why start-up failed: the storage (an `OpenFailureKind`), or the app itself (`startup`). */
export type StartupFailureKind = OpenFailureKind | 'startup';

/**
 * The kind and the browser's words of a failure at start-up, whatever was thrown. Only what
 * the storage threw is blamed on it: any other error (say, a browser API missing on a page
 * served over plain http) is the app's own, and the person is told so, with its message.
 */
export function openFailureOf(error: unknown): { kind: StartupFailureKind; detail: string } {
	if (error instanceof OpenError) return { kind: error.kind, detail: error.message };
	const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	const fromStorage = error instanceof Dexie.DexieError || error instanceof DOMException;
	return { kind: fromStorage ? 'unavailable' : 'startup', detail };
}
