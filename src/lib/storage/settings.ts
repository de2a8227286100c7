import { database, type TouchpointDatabase } from './db';

export async function getSetting<T>(key: string, db: TouchpointDatabase = database()) {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown, db: TouchpointDatabase = database()) {
	await db.settings.put({ key, value });
}
