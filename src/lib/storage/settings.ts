import { database, type TouchpointDatabase } from './db';

export async function getSetting<T>(key: string, db: TouchpointDatabase = database()) {
	return (await db.settings.get(key))?.value as T | undefined;
}

/** Reads and writes one setting in one transaction, so two tabs cannot lose each other's change. */
export async function updateSetting<T>(
	key: string,
	update: (current: T | undefined) => T | undefined,
	db: TouchpointDatabase = database()
): Promise<T | undefined> {
	return db.transaction('rw', db.settings, async () => {
		const current = (await db.settings.get(key))?.value as T | undefined;
		const next = update(current);
		if (next === undefined) await db.settings.delete(key);
		else await db.settings.put({ key, value: next });
		return current;
	});
}

export async function setSetting(key: string, value: unknown, db: TouchpointDatabase = database()) {
	await db.settings.put({ key, value });
}
