/**
 * A phone that scans the workshop's code again (or opens the short link from its history) goes
 * back to the journey it joined, as the same participant, rather than joining as a second one.
 */
import { database, type TouchpointDatabase } from '$lib/storage/db';

/** The journey this browser joined in room `roomId`, while that session runs here. */
export async function journeyJoinedIn(
	roomId: string,
	db: TouchpointDatabase = database()
): Promise<string | undefined> {
	const rows = await db.liveSessions.where('roomId').equals(roomId).toArray();
	return rows.find((row) => row.stoppedAt === undefined && row.role === 'participant')?.journeyId;
}
