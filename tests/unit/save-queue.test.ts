import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveState } from '$lib/app/save-queue';
import { applyChanges, type Change } from '$lib/domain/edits/change';
import { addFrustration, removeFrustration } from '$lib/domain/edits/frustrations';
import { updateItem, updateJourney } from '$lib/domain/edits/operations';
import type { JourneyDocument } from '$lib/domain/schema';
import { persistChanges } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

let doc: JourneyDocument;

/** A change of the n-th frustration's severity. */
function severity(n: number, value: number): Change[] {
	return updateItem(doc, 'frustrations', doc.frustrations[n]!.id, { severity: value })!.changes;
}

function setup(write: (changes: Change[]) => Promise<void>, retryDelay?: number) {
	const states: SaveState[] = [];
	const errors: unknown[] = [];
	const queue = new SaveQueue({
		write,
		onState: (state, error) => {
			states.push(state);
			if (state === 'error') errors.push(error);
		},
		...(retryDelay === undefined ? {} : { retryDelay })
	});
	return { queue, states, errors };
}

describe('the save queue', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		doc = airlineJourney();
	});

	afterEach(() => {
		vi.useRealTimers();
	});

	it('holds a record from the edit until it is stored, so another tab cannot overwrite it on screen', async () => {
		let finish: () => void = () => {};
		const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const { queue } = setup(write);
		queue.add(severity(0, 1));
		expect(queue.holds(severity(0, 4)[0]!)).toBe(true);
		expect(queue.holds(severity(1, 4)[0]!)).toBe(false);

		const written = queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(write).toHaveBeenCalledTimes(1);
		expect(queue.holds(severity(0, 4)[0]!)).toBe(true);
		finish();
		await written;
		expect(queue.holds(severity(0, 4)[0]!)).toBe(false);
	});

	it('flushNow writes at once, without waiting for a write still running, and carries what it was writing', async () => {
		const finishes: Array<(ok: boolean) => void> = [];
		const write = vi.fn(
			(_changes: Change[]) =>
				new Promise<void>((resolve, reject) =>
					finishes.push((ok) => (ok ? resolve() : reject(new Error('refused'))))
				)
		);
		const { queue, states } = setup(write);
		queue.add(severity(0, 1));
		void queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		queue.add(severity(1, 2));

		// The page is hidden while the first write runs.
		const now = queue.flushNow();
		expect(write).toHaveBeenCalledTimes(2);
		expect(write.mock.calls[1]![0]).toEqual([...severity(1, 2), ...severity(0, 1)]);

		// The first write fails, the second stores both: nothing is put back to write again.
		finishes[0]!(false);
		finishes[1]!(true);
		await now;
		await vi.advanceTimersByTimeAsync(10_000);
		expect(write).toHaveBeenCalledTimes(2);
		expect(queue.size).toBe(0);
		expect(states.at(-1)).toBe('saved');
	});

	it('flushNow puts back what it failed to store, to retry', async () => {
		let fail = true;
		const write = vi.fn(async (_changes: Change[]) => {
			if (fail) throw new Error('refused');
		});
		const { queue, states } = setup(write, 1_000);
		queue.add(severity(0, 3));
		await queue.flushNow();
		expect(states.at(-1)).toBe('error');
		expect(queue.size).toBe(1);
		fail = false;
		await vi.advanceTimersByTimeAsync(1_000);
		expect(write).toHaveBeenCalledTimes(2);
		expect(write.mock.calls[1]![0]).toEqual(severity(0, 3));
		expect(states.at(-1)).toBe('saved');
	});

	it('writes queued changes once, 250 ms after the first', async () => {
		const write = vi.fn(async (_changes: Change[]) => {});
		const { queue } = setup(write);
		queue.add(severity(0, 1));
		await vi.advanceTimersByTimeAsync(100);
		queue.add(severity(1, 2));
		await vi.advanceTimersByTimeAsync(149);
		expect(write).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(write).toHaveBeenCalledTimes(1);
		expect(write.mock.calls[0]![0]).toEqual([...severity(0, 1), ...severity(1, 2)]);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(write).toHaveBeenCalledTimes(1);
		expect(queue.size).toBe(0);
	});

	it('squashes changes of one record into one with the first before and the latest after', async () => {
		const write = vi.fn(async (_changes: Change[]) => {});
		const { queue } = setup(write);
		const [first] = severity(0, 1);
		const second: Change = {
			...first!,
			before: first!.after,
			after: { ...first!.after!, severity: 4 }
		} as Change;
		queue.add([first!]);
		queue.add([second]);
		expect(queue.size).toBe(1);
		await vi.advanceTimersByTimeAsync(250);
		expect(write).toHaveBeenCalledTimes(1);
		expect(write.mock.calls[0]![0]).toEqual([
			{ collection: 'frustrations', before: doc.frustrations[0], after: second.after }
		]);
	});

	it('squashes edits of the journey itself like those of any record', async () => {
		const write = vi.fn(async (_changes: Change[]) => {});
		const { queue } = setup(write);
		queue.add([...updateJourney(doc, { name: 'A' }).changes, ...severity(0, 2)]);
		queue.add(updateJourney(doc, { name: 'B' }).changes);
		expect(queue.size).toBe(2);
		await queue.flush();
		const [written] = write.mock.calls[0]!;
		expect(written).toHaveLength(2);
		expect(written[0]).toEqual({
			collection: 'journey',
			before: doc.journey,
			after: { ...doc.journey, name: 'B' }
		});
	});

	it('writes at once on flush and does not write again when the timer would have fired', async () => {
		const write = vi.fn(async (_changes: Change[]) => {});
		const { queue, states } = setup(write);
		queue.add(severity(2, 5));
		await queue.flush();
		expect(write).toHaveBeenCalledTimes(1);
		expect(states).toEqual(['saving', 'saved']);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(write).toHaveBeenCalledTimes(1);
	});

	it('does nothing on flush when nothing is queued', async () => {
		const write = vi.fn(async (_changes: Change[]) => {});
		const { queue, states } = setup(write);
		await queue.flush();
		expect(write).not.toHaveBeenCalled();
		expect(states).toEqual([]);
	});

	it('reports saving when changes are queued and saved once they are written', async () => {
		let finish!: () => void;
		const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const { queue, states } = setup(write);
		queue.add(severity(0, 1));
		expect(states).toEqual(['saving']);
		await vi.advanceTimersByTimeAsync(250);
		expect(write).toHaveBeenCalledTimes(1);
		expect(states).toEqual(['saving']);
		finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(states).toEqual(['saving', 'saved']);
	});

	it('writes changes made during a write in the next batch, and only then reports saved', async () => {
		const finishes: (() => void)[] = [];
		const write = vi.fn(() => new Promise<void>((resolve) => finishes.push(resolve)));
		const { queue, states } = setup(write);
		queue.add(severity(0, 1));
		await vi.advanceTimersByTimeAsync(250);
		queue.add(severity(0, 2));
		finishes[0]!();
		await vi.advanceTimersByTimeAsync(0);
		expect(states).not.toContain('saved');
		await vi.advanceTimersByTimeAsync(250);
		expect(write).toHaveBeenCalledTimes(2);
		expect(write.mock.calls[1]).toEqual([severity(0, 2)]);
		finishes[1]!();
		await vi.advanceTimersByTimeAsync(0);
		expect(states.at(-1)).toBe('saved');
	});

	it('reports an error, keeps the changes and retries after the retry delay', async () => {
		const failure = new Error('disk full');
		const write = vi
			.fn<(changes: Change[]) => Promise<void>>()
			.mockRejectedValueOnce(failure)
			.mockResolvedValue(undefined);
		const { queue, states, errors } = setup(write, 1_000);
		queue.add([...severity(0, 1), ...severity(1, 1)]);
		await vi.advanceTimersByTimeAsync(250);
		expect(write).toHaveBeenCalledTimes(1);
		expect(states.at(-1)).toBe('error');
		expect(errors).toEqual([failure]);
		expect(queue.size).toBe(2);

		await vi.advanceTimersByTimeAsync(999);
		expect(write).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(write).toHaveBeenCalledTimes(2);
		expect(write.mock.calls[1]![0]).toEqual(write.mock.calls[0]![0]);
		expect(states.at(-1)).toBe('saved');
		expect(queue.size).toBe(0);
	});

	it('retries after five seconds by default', async () => {
		const write = vi
			.fn<(changes: Change[]) => Promise<void>>()
			.mockRejectedValueOnce(new Error('busy'))
			.mockResolvedValue(undefined);
		const { queue, states } = setup(write);
		queue.add(severity(0, 1));
		await vi.advanceTimersByTimeAsync(250);
		await vi.advanceTimersByTimeAsync(4_999);
		expect(write).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(write).toHaveBeenCalledTimes(2);
		expect(states.at(-1)).toBe('saved');
	});

	it('loses nothing when edits arrive while a write is failing', async () => {
		let fail = true;
		const stored = new Map<string, Change>();
		const write = vi.fn(async (changes: Change[]) => {
			if (fail) throw new Error('offline');
			for (const c of changes) stored.set(`${c.collection}:${(c.after ?? c.before)!.id}`, c);
		});
		const { queue, states } = setup(write, 1_000);
		queue.add(severity(0, 1));
		queue.add(severity(1, 1));
		await vi.advanceTimersByTimeAsync(250);
		expect(states.at(-1)).toBe('error');
		// A newer edit of a record in the failed batch wins over it; a new record joins.
		queue.add(severity(1, 5));
		queue.add(severity(2, 4));
		expect(queue.size).toBe(3);
		fail = false;
		await vi.advanceTimersByTimeAsync(1_000);
		expect(states.at(-1)).toBe('saved');
		expect(queue.size).toBe(0);
		const severities = [0, 1, 2].map(
			(n) => stored.get(`frustrations:${doc.frustrations[n]!.id}`)?.after
		);
		expect(severities.map((f) => (f as { severity: number }).severity)).toEqual([1, 5, 4]);
	});

	it('keeps a newer edit over the failed batch when flushed before the retry', async () => {
		const write = vi
			.fn<(changes: Change[]) => Promise<void>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValue(undefined);
		const { queue, states } = setup(write, 1_000);
		queue.add(severity(0, 1));
		await vi.advanceTimersByTimeAsync(250);
		queue.add(severity(0, 5));
		await queue.flush();
		expect(write).toHaveBeenCalledTimes(2);
		expect(write.mock.calls[1]![0]).toEqual([
			{ ...severity(0, 5)[0]!, before: doc.frustrations[0] }
		]);
		expect(states.at(-1)).toBe('saved');
		await vi.advanceTimersByTimeAsync(5_000);
		expect(write).toHaveBeenCalledTimes(2);
	});

	it('drops a record whose add failed to store and that was removed since', async () => {
		const write = vi
			.fn<(changes: Change[]) => Promise<void>>()
			.mockRejectedValueOnce(new Error('quota'))
			.mockResolvedValue(undefined);
		const { queue, states } = setup(write, 1_000);
		const add = addFrustration(doc, doc.touchPoints[0]!.id, 'Typed while the disk was full');
		queue.add(add.changes);
		await queue.flush();
		expect(states.at(-1)).toBe('error');
		queue.add(
			removeFrustration(applyChanges(doc, add.changes), add.changes[0]!.after!.id)!.changes
		);
		expect(queue.size).toBe(0);
		await queue.flush();
		expect(write).toHaveBeenCalledTimes(1);
		expect(states.at(-1)).toBe('saved');
	});
});

describe('the save queue writing to IndexedDB', () => {
	let db: TouchpointDatabase;

	beforeEach(async () => {
		doc = airlineJourney();
		db = new TouchpointDatabase(`test-${crypto.randomUUID()}`);
		await db.open();
		await saveJourney(doc, db);
	});

	afterEach(async () => {
		await db.delete();
	});

	// A record added and then removed before the queue writes squashes into
	// { before: null, after: null }; it must be dropped, not written (adding a frustration and
	// undoing it within 250 ms does it).
	it('forgets a record added and removed before the write, and goes on saving', async () => {
		const states: SaveState[] = [];
		const queue = new SaveQueue({
			write: async (changes) => void (await persistChanges(doc.journey.id, changes, 9_000, db)),
			onState: (state) => states.push(state)
		});
		const add = addFrustration(doc, doc.touchPoints[0]!.id, 'Added by mistake');
		const added = add.changes[0]!.after!;
		queue.add(add.changes);
		queue.add(removeFrustration(applyChanges(doc, add.changes), added.id)!.changes);
		await expect(queue.flush()).resolves.toBeUndefined();
		expect(states.at(-1)).toBe('saved');
		expect(await db.frustrations.get(added.id)).toBeUndefined();

		queue.add(severity(0, 5));
		await expect(queue.flush()).resolves.toBeUndefined();
		expect(states.at(-1)).toBe('saved');
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.frustrations.find((f) => f.id === doc.frustrations[0]!.id)?.severity).toBe(5);
	});
});
