/**
 * Which checkpoints of a journey are kept. Pure, so the rules are unit-tested with an
 * injected `now`:
 * - named checkpoints stay until the user deletes them;
 * - automatic ones are taken at most once an hour while the journey changes; the newest
 *   24 are kept, older ones are thinned to the newest of each day not already covered, and dropped
 *   after 30 days (so at most 24 + 30 automatic ones);
 * - safety snapshots (before an import replaced or merged the journey, or a restore
 *   overwrote it): the newest ten.
 */
export type SnapshotKind = 'replace' | 'merge' | 'restore' | 'named' | 'auto';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const AUTO_EVERY = HOUR;
export const AUTO_KEPT = 24;
export const AUTO_DAYS_KEPT = 30;
export const SAFETY_KEPT = 10;

export interface Kept {
	id: number;
	reason: SnapshotKind;
	createdAt: number;
}

const isSafety = (reason: SnapshotKind) => reason !== 'named' && reason !== 'auto';

/** Whether an edit stored at `now` should take an automatic checkpoint. */
export function autoCheckpointDue(newestAutoAt: number | undefined, now: number): boolean {
	return newestAutoAt === undefined || now - newestAutoAt >= AUTO_EVERY;
}

/** The ids of a journey's snapshots that the rules above no longer keep. */
export function snapshotsToPrune(snapshots: Kept[], now: number): number[] {
	const newestFirst = [...snapshots].sort((a, b) => b.createdAt - a.createdAt);
	const prune: number[] = [];
	newestFirst
		.filter((s) => isSafety(s.reason))
		.slice(SAFETY_KEPT)
		.forEach((s) => prune.push(s.id));

	const autos = newestFirst.filter((s) => s.reason === 'auto');
	const daysSeen = new Set<number>();
	for (const [index, auto] of autos.entries()) {
		// Days are counted back from now, so "one a day" does not hinge on a time zone.
		const daysAgo = Math.floor((now - auto.createdAt) / DAY);
		if (index < AUTO_KEPT) daysSeen.add(daysAgo);
		else if (daysAgo >= AUTO_DAYS_KEPT || daysSeen.has(daysAgo)) prune.push(auto.id);
		else daysSeen.add(daysAgo);
	}
	return prune;
}
