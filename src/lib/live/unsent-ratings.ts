/**
 * A participant's ratings the room never took, counted once the workshop has ended for the
 * phone's thank-you: what their phone holds (its records) that neither the server acknowledged
 * in their own document (`acknowledged`: the room then has it, even if its echo in the journey
 * never came back before the phone went offline) nor the journey's Y.Doc, as the room last sent
 * it, holds (a participant writes nothing there, so what it holds of theirs the room took; this
 * covers a phone reloaded since, whose own document was written anew).
 */
import * as Y from 'yjs';
import type { JourneyDocument } from '$lib/domain/schema';
import { recordMap, REMOVED } from './y-layout';

interface Entry {
	frequency?: unknown;
	severity?: unknown;
}

/** How many frustrations this participant rated on the phone without the room holding it so. */
export function ratingsNotInRoom(
	doc: JourneyDocument,
	ydoc: Y.Doc,
	participantId: string,
	acknowledged: (frustrationId: string) => boolean = () => false
): number {
	let count = 0;
	for (const frustration of doc.frustrations) {
		const own = frustration.ratings.find((r) => r.participantId === participantId);
		if (!own || (own.frequency === null && own.severity === null)) continue;
		if (acknowledged(frustration.id)) continue;
		const record = recordMap(ydoc, 'frustrations', frustration.id);
		const ratings = record?.get(REMOVED) === true ? undefined : record?.get('ratings');
		const room = ratings instanceof Y.Map ? (ratings.get(participantId) as Entry) : undefined;
		if (room?.frequency !== own.frequency || room?.severity !== own.severity) count += 1;
	}
	return count;
}
