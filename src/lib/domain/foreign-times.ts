/**
 * Times in a file come from another clock: a wrong one, or a hostile one. A merge keeps the
 * more recently edited copy of each item (`updatedAt`), so a time in the future would beat
 * every edit made here until that day, and the list would say the map was edited then. What
 * comes from elsewhere is therefore never later than the moment it arrives.
 */
import { collections, type JourneyDocument } from './schema';

export function timesUpTo(doc: JourneyDocument, until: number): JourneyDocument {
	// A file dated before 1970 (its own clock, or a hostile one) holds no time before then.
	const now = Math.max(0, until);
	let next = doc;
	const { journey } = doc;
	if (journey.updatedAt > now || journey.createdAt > now) {
		next = {
			...next,
			journey: {
				...journey,
				updatedAt: Math.min(journey.updatedAt, now),
				createdAt: Math.min(journey.createdAt, now)
			}
		};
	}
	for (const collection of collections) {
		const items = doc[collection] as { updatedAt: number }[];
		// Items already in the past keep their objects; most files hold no future time at all.
		if (!items.some((item) => item.updatedAt > now)) continue;
		next = {
			...next,
			[collection]: items.map((item) => (item.updatedAt > now ? { ...item, updatedAt: now } : item))
		};
	}
	return next;
}
