/**
 * A participant's ratings the room never took: what their phone holds (its records) against the
 * journey's Y.Doc as the room last sent it. A participant writes nothing into that document
 * (only into their own, which the owner folds in), so what it holds of theirs is what the room
 * acknowledged. Counted once the workshop has ended, for the phone's thank-you.
 */
import * as Y from 'yjs';
import type { JourneyDocument } from '$lib/domain/schema';
import { recordMap, REMOVED } from './y-layout';

interface Entry {
	frequency?: unknown;
	severity?: unknown;
}

/** How many frustrations this participant rated on the phone without the room holding it so. */
export function ratingsNotInRoom(doc: JourneyDocument, ydoc: Y.Doc, participantId: string): number {
	let count = 0;
	for (const frustration of doc.frustrations) {
		const own = frustration.ratings.find((r) => r.participantId === participantId);
		if (!own || (own.frequency === null && own.severity === null)) continue;
		const record = recordMap(ydoc, 'frustrations', frustration.id);
		const ratings = record?.get(REMOVED) === true ? undefined : record?.get('ratings');
		const room = ratings instanceof Y.Map ? (ratings.get(participantId) as Entry) : undefined;
		if (room?.frequency !== own.frequency || room?.severity !== own.severity) count += 1;
	}
	return count;
}
