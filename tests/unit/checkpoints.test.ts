import { describe, expect, it } from 'vitest';
import {
	AUTO_DAYS_KEPT,
	AUTO_KEPT,
	autoCheckpointDue,
	DAY,
	HOUR,
	SAFETY_KEPT,
	snapshotsToPrune,
	type Kept,
	type SnapshotKind
} from '$lib/domain/checkpoints';

const NOW = 100 * DAY;
let nextId = 1;
const snap = (reason: SnapshotKind, createdAt: number): Kept => ({
	id: nextId++,
	reason,
	createdAt
});

describe('the hourly rule', () => {
	it('takes the first automatic checkpoint at once', () => {
		expect(autoCheckpointDue(undefined, NOW)).toBe(true);
	});

	it('waits an hour after the newest one', () => {
		expect(autoCheckpointDue(NOW - HOUR + 1, NOW)).toBe(false);
		expect(autoCheckpointDue(NOW - HOUR, NOW)).toBe(true);
		expect(autoCheckpointDue(NOW - 3 * HOUR, NOW)).toBe(true);
	});
});

describe('what is kept', () => {
	it('keeps every named checkpoint, however old or many', () => {
		const named = Array.from({ length: 80 }, (_, i) => snap('named', NOW - i * DAY));
		expect(snapshotsToPrune(named, NOW)).toEqual([]);
	});

	it('keeps the newest safety snapshots, whatever else there is', () => {
		const safety = Array.from({ length: SAFETY_KEPT + 3 }, (_, i) =>
			snap(i % 2 ? 'replace' : 'restore', NOW - i * 1_000)
		);
		const named = snap('named', NOW - 10 * DAY);
		const pruned = snapshotsToPrune([named, ...safety], NOW);
		expect(pruned).toEqual(safety.slice(SAFETY_KEPT).map((s) => s.id));
	});

	it('keeps the last 24 automatic checkpoints, and older ones only on days not yet covered', () => {
		const autos = Array.from({ length: AUTO_KEPT + 5 }, (_, i) => snap('auto', NOW - i * HOUR));
		const pruned = snapshotsToPrune(autos, NOW);
		// Hourly for 29 hours: the newest 24 fill today; of yesterday's five the newest stays.
		expect(pruned).toEqual(autos.slice(AUTO_KEPT + 1).map((a) => a.id));
	});

	it('thins older automatic checkpoints to one a day, newest of the day, for 30 days', () => {
		const recent = Array.from({ length: AUTO_KEPT }, (_, i) => snap('auto', NOW - i * 60_000));
		// Three a day for 40 days, starting two days back.
		const older = Array.from({ length: 40 * 3 }, (_, i) =>
			snap('auto', NOW - (2 + Math.floor(i / 3)) * DAY - (i % 3) * HOUR)
		);
		const pruned = new Set(snapshotsToPrune([...older, ...recent], NOW));
		const kept = older.filter((a) => !pruned.has(a.id));
		expect(recent.every((a) => !pruned.has(a.id))).toBe(true);
		expect(kept).toHaveLength(AUTO_DAYS_KEPT - 2);
		// The newest of each day is the one that stays.
		expect(kept.every((a) => (NOW - a.createdAt) % DAY === 0)).toBe(true);
		expect(Math.max(...kept.map((a) => NOW - a.createdAt))).toBeLessThan(AUTO_DAYS_KEPT * DAY);
	});
});
