import { describe, expect, it, vi } from 'vitest';
import { followOtherTabs } from '$lib/app/other-tabs';
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import type { TabMessage } from '$lib/storage/tab-sync';

let heard: ((message: TabMessage) => Promise<void>) | undefined;
vi.mock('$lib/storage/tab-sync', () => ({
	listen: (listener: (message: TabMessage) => Promise<void>) => {
		heard = listener;
		return () => (heard = undefined);
	}
}));

describe('a journey another tab replaced as a whole', () => {
	it('is read again once more when something was typed here while it was read', async () => {
		let unsaved = false;
		const editor = {
			flush: vi.fn(async () => void (unsaved = false)),
			get saved() {
				return !unsaved;
			}
		} as unknown as JourneyEditor;
		const readAgain = vi.fn(async () => {
			// A keystroke lands in this editor while the journey is being read.
			if (readAgain.mock.calls.length === 1) unsaved = true;
		});
		followOtherTabs('j1', editor, readAgain);
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(readAgain).toHaveBeenCalledTimes(2);
		expect(editor.flush).toHaveBeenCalledTimes(2);
	});

	it('is read once when nothing was typed meanwhile', async () => {
		const editor = { flush: vi.fn(async () => {}), saved: true } as unknown as JourneyEditor;
		const readAgain = vi.fn(async () => {});
		followOtherTabs('j1', editor, readAgain);
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(readAgain).toHaveBeenCalledTimes(1);
	});
});
