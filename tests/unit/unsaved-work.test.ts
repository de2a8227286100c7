import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeUnsavedWork, trackUnsavedWork, whenAllStored } from '$lib/app/unsaved-work';

/** A holder whose writes fail until `storable` is set. */
function holder(storable = true) {
	const work = {
		storable,
		saved: false,
		flushes: 0,
		async flush() {
			work.flushes++;
			work.saved = work.storable;
		}
	};
	return work;
}

const untrack: (() => void)[] = [];
afterEach(() => {
	untrack.splice(0).forEach((stop) => stop());
	vi.useRealTimers();
});

describe('unsaved work before a reload', () => {
	it('stores every tracked holder and says whether all of it is stored', async () => {
		const a = holder();
		const b = holder(false);
		untrack.push(trackUnsavedWork(a), trackUnsavedWork(b));
		expect(await storeUnsavedWork()).toBe(false);
		expect([a.flushes, b.flushes]).toEqual([1, 1]);
		b.storable = true;
		expect(await storeUnsavedWork()).toBe(true);
	});

	it('forgets a holder once it leaves the screen', async () => {
		const gone = holder(false);
		trackUnsavedWork(gone)();
		expect(await storeUnsavedWork()).toBe(true);
		expect(gone.flushes).toBe(0);
	});

	it('waits, retrying, while the browser refuses to store, and tells once that it waits', async () => {
		vi.useFakeTimers();
		const work = holder(false);
		untrack.push(trackUnsavedWork(work));
		const onWaiting = vi.fn();
		let done = false;
		void whenAllStored(onWaiting, 1_000).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(3_000);
		expect(done).toBe(false);
		expect(onWaiting).toHaveBeenCalledTimes(1);
		expect(work.flushes).toBeGreaterThanOrEqual(3);
		work.storable = true;
		await vi.advanceTimersByTimeAsync(1_000);
		expect(done).toBe(true);
	});

	it('goes on at once when nothing is pending', async () => {
		const onWaiting = vi.fn();
		await whenAllStored(onWaiting);
		expect(onWaiting).not.toHaveBeenCalled();
	});
});
