import { describe, expect, it, vi } from 'vitest';
import { followOtherTabs } from '$lib/app/other-tabs';
import { readAhead, takeReadAhead } from '$lib/app/read-ahead';
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { readJourney } from '$lib/storage/journey-snapshot';
import { airlineJourney } from './fixtures';

vi.mock('$lib/storage/db', () => ({ database: () => ({}) }));
vi.mock('$lib/storage/journey-snapshot', () => ({ readJourney: vi.fn() }));
vi.mock('$lib/storage/changes', () => ({ latestCommit: async () => 0 }));
vi.mock('$lib/storage/tab-sync', () => ({ listen: () => () => {} }));

const before = airlineJourney();
const after = { ...before, journey: { ...before.journey, name: 'Stored by another tab' } };

describe('a read begun as a journey link is pressed', () => {
	it('is not what the map reads again to catch up with a write stored after it', async () => {
		// Pressed after the router had read the journey on hover: the press's read is not taken
		// by the opening, and another tab stores a write before the button is let go.
		vi.mocked(readJourney).mockResolvedValueOnce({ doc: before, commit: 1 });
		readAhead('j1');
		vi.mocked(readJourney).mockResolvedValue({ doc: after, commit: 2 });
		const reopen = vi.fn();
		const editor = { flush: async () => {}, reopen, saved: true, canUndo: false, closed: false };
		// As journeys.ts `openJourney` reads: the press's read if there is one, else afresh.
		const read = async (id: string) => (await takeReadAhead(id)) ?? readJourney(id, {} as never);
		const stop = followOtherTabs(
			'j1',
			{ ...editor, knownCommit: 1 } as unknown as JourneyEditor,
			read,
			async () => {},
			async () => 2
		);
		await vi.waitFor(() => expect(reopen).toHaveBeenCalled());
		expect(reopen).toHaveBeenCalledWith(after, 2);
		stop();
	});
});
