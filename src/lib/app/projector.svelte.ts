/**
 * What the projector may show while a live workshop runs: names or P1, P2… (a preference of this
 * browser, kept in localStorage), and whether a frustration's ratings are still blind. The grid,
 * the walk-through and the session report all ask here, so they never disagree.
 */
import type { JourneyDocument, Participant } from '$lib/domain/schema';
import { live } from '$lib/live/live-state.svelte';
import { isRevealed, type WorkshopState } from '$lib/live/workshop-state';
import { readPreference, writePreference } from '$lib/storage/preferences';

const HIDE_NAMES_KEY = 'touchpoint.workshop.hideNames';

export const projector = $state({ hideNames: readPreference(HIDE_NAMES_KEY) === 'true' });

export function setHideNames(hide: boolean) {
	projector.hideNames = hide;
	writePreference(HIDE_NAMES_KEY, String(hide));
}

/** The participants in their order, named P1, P2… when names are hidden. */
export function shownParticipants(participants: readonly Participant[]): Participant[] {
	const sorted = [...participants].sort((a, b) => a.order - b.order);
	return projector.hideNames ? sorted.map((p, i) => ({ ...p, name: `P${i + 1}` })) : sorted;
}

const nobody: ReadonlySet<string> = new Set();

/** The participants (by id) who joined the live session by its link. */
export function joinedIds(): ReadonlySet<string> {
	return live.session?.workshop.state.joined ?? nobody;
}

/** The running workshop's state, if this tab is in one. */
export function runningWorkshop(): WorkshopState | undefined {
	const state = live.session?.workshop?.state;
	return state?.running ? state : undefined;
}

/** Whether this frustration's ratings are to be kept from view (a blind round not revealed). */
export function isBlind(frustrationId: string): boolean {
	const state = runningWorkshop();
	return state !== undefined && !isRevealed(state, frustrationId);
}

/** How many of the journey's participants have rated a frustration (a frequency or a severity). */
export function ratedCount(
	frustration: JourneyDocument['frustrations'][number],
	participants: number
) {
	const n = frustration.ratings.filter((r) => r.frequency !== null || r.severity !== null).length;
	return { n, m: participants };
}

/**
 * The frustrations whose participants' ratings a blind round keeps from view (those with at
 * least one), with how many of the journey's participants rated each: the session report
 * lists them as "N of M rated · not revealed" rather than leaving them out.
 */
export function notRevealedCounts(
	doc: JourneyDocument
): ReadonlyMap<string, { n: number; m: number }> {
	// Made anew on each call, never changed after: nothing reactive reads it as it changes.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const counts = new Map<string, { n: number; m: number }>();
	if (!runningWorkshop()) return counts;
	for (const f of doc.frustrations) {
		if (!isBlind(f.id)) continue;
		const count = ratedCount(f, doc.participants.length);
		if (count.n > 0) counts.set(f.id, count);
	}
	return counts;
}

/** Widely differing ratings (a spread of 2 or more in either measure) are worth a discussion. */
export function ratingsDiffer(frustration: JourneyDocument['frustrations'][number]): boolean {
	for (const measure of ['frequency', 'severity'] as const) {
		const values = frustration.ratings.flatMap((r) => (r[measure] === null ? [] : [r[measure]]));
		if (values.length > 1 && Math.max(...values) - Math.min(...values) >= 2) return true;
	}
	return false;
}

type Frustration = JourneyDocument['frustrations'][number];

/** A blind frustration without its ratings, the same object while the frustration is unchanged. */
const unrated = new WeakMap<Frustration, Frustration>();

function withoutRatings(f: Frustration): Frustration {
	if (f.ratings.length === 0) return f;
	let shown = unrated.get(f);
	if (!shown) unrated.set(f, (shown = { ...f, ratings: [] }));
	return shown;
}

/**
 * The journey with the ratings of blind frustrations left out: what the map, the charts and the
 * report may draw while a round is blind (a mean, a label or a priority gives the answer away).
 */
export function blindedDoc(doc: JourneyDocument): JourneyDocument {
	const state = runningWorkshop();
	if (!state || !doc.frustrations.some((f) => f.ratings.length > 0 && !isRevealed(state, f.id))) {
		return doc;
	}
	return {
		...doc,
		frustrations: doc.frustrations.map((f) => (isRevealed(state, f.id) ? f : withoutRatings(f)))
	};
}

/**
 * The journey as the projector may show it: names hidden when asked, and the ratings of blind
 * frustrations left out (the session report reads this).
 */
export function projectedDoc(doc: JourneyDocument): JourneyDocument {
	const blinded = blindedDoc(doc);
	if (!projector.hideNames) return blinded;
	return { ...blinded, participants: shownParticipants(doc.participants) };
}
