/**
 * Converts between a journey document (what is exported and edited as a whole) and the
 * records IndexedDB stores: one record per item, each tagged with its journey's id so a
 * table can be read by journey and an edit writes one small record.
 */
import { inCanonicalOrder } from './document-order';
import { collections, type Collection } from './format';
import type { Journey, JourneyDocument } from './schema';

export type WithJourney<T> = T & { journeyId: string };
export type ItemOf<C extends Collection> = JourneyDocument[C][number];
export type RecordOf<C extends Collection> = WithJourney<ItemOf<C>>;

export type JourneyRecords = { journey: Journey } & { [C in Collection]: RecordOf<C>[] };

export function toRecords(doc: JourneyDocument): JourneyRecords {
	const journeyId = doc.journey.id;
	const tag = <T>(items: T[]) => items.map((item) => ({ ...item, journeyId }));
	return {
		journey: doc.journey,
		stages: tag(doc.stages),
		steps: tag(doc.steps),
		touchPoints: tag(doc.touchPoints),
		frustrations: tag(doc.frustrations),
		segments: tag(doc.segments),
		participants: tag(doc.participants)
	};
}

function untag<T extends { journeyId: string }>(records: T[]): Omit<T, 'journeyId'>[] {
	return records.map(({ journeyId: _journeyId, ...item }) => item);
}

/** Items come back in canonical order, so a map reads the same however the tables returned them. */
export function fromRecords(records: JourneyRecords): JourneyDocument {
	return inCanonicalOrder({
		journey: records.journey,
		stages: untag(records.stages),
		steps: untag(records.steps),
		touchPoints: untag(records.touchPoints),
		frustrations: untag(records.frustrations),
		segments: untag(records.segments),
		participants: untag(records.participants)
	});
}

export { collections };
