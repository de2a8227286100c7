import { describe, expect, it, vi } from 'vitest';
import { followOtherTabs } from '$lib/app/other-tabs';
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import type { TabMessage } from '$lib/storage/tab-sync';
import { airlineJourney } from './fixtures';

let heard: ((message: TabMessage) => Promise<void>) | undefined;
vi.mock('$lib/storage/tab-sync', () => ({
	listen: (listener: (message: TabMessage) => Promise<void>) => {
		heard = listener;
		return () => (heard = undefined);
	}
}));

const doc = airlineJourney();

function fakeEditor(typedWhileRead: () => boolean) {
	let unsaved = false;
	return {
		flush: vi.fn(async () => void (unsaved = false)),
		reopen: vi.fn(),
		get saved() {
			return !unsaved;
		},
		typed: () => (unsaved = typedWhileRead())
	};
}

describe('a journey another tab replaced as a whole', () => {
	it('is read into the editor in place, once more when something was typed here while it was read', async () => {
		let reads = 0;
		const editor = fakeEditor(() => reads === 1);
		const read = vi.fn(async () => {
			reads++;
			editor.typed();
			return { doc, commit: 4 };
		});
		const readAgain = vi.fn(async () => {});
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, readAgain);
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(read).toHaveBeenCalledTimes(2);
		expect(editor.flush).toHaveBeenCalledTimes(2);
		expect(editor.reopen).toHaveBeenCalledWith(doc, 4);
		expect(readAgain).not.toHaveBeenCalled();
	});

	it('is read once when nothing was typed meanwhile', async () => {
		const editor = fakeEditor(() => false);
		const read = vi.fn(async () => ({ doc, commit: 1 }));
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, async () => {});
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('rebuilds the view when the journey is gone, to say so', async () => {
		const editor = fakeEditor(() => false);
		const readAgain = vi.fn(async () => {});
		followOtherTabs('j1', editor as unknown as JourneyEditor, async () => undefined, readAgain);
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(readAgain).toHaveBeenCalledTimes(1);
		expect(editor.reopen).not.toHaveBeenCalled();
	});
});
