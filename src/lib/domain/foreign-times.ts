/**
 * Times in a file come from another clock: a wrong one, or a hostile one. A merge keeps the
 * more recently edited copy of each item (`updatedAt`), so a time in the future would beat
 * every edit made here until that day, and the list would say the map was edited then. What
 * comes from elsewhere is therefore never later than the moment it arrives.
 */
import { collections, type Journey, type JourneyDocument } from './schema';

export function timesUpTo(doc: JourneyDocument, until: number): JourneyDocument {
	const now = latestTime(until);
	let next = doc;
	const journey = journeyUpTo(doc.journey, now);
	if (journey !== doc.journey) next = { ...next, journey };
	for (const collection of collections) {
		const items = doc[collection] as { updatedAt: number }[];
		// Items already in the past keep their objects; most files hold no future time at all.
		if (!items.some((item) => item.updatedAt > now)) continue;
		next = { ...next, [collection]: items.map((item) => itemUpTo(item, now)) };
	}
	return next;
}

/** The latest time a file's items may hold when it arrives at `until`. */
export function latestTime(until: number): number {
	// A file dated before 1970 (its own clock, or a hostile one) holds no time before then.
	return Math.max(0, until);
}

/** The journey's own record, its times no later than `now` (from `latestTime`). */
export function journeyUpTo(journey: Journey, now: number): Journey {
	if (journey.updatedAt <= now && journey.createdAt <= now) return journey;
	return {
		...journey,
		updatedAt: Math.min(journey.updatedAt, now),
		createdAt: Math.min(journey.createdAt, now)
	};
}

/** An item, its time no later than `now` (from `latestTime`); the same object when it is not. */
export function itemUpTo<T extends { updatedAt: number }>(item: T, now: number): T {
	return item.updatedAt > now ? { ...item, updatedAt: now } : item;
}
