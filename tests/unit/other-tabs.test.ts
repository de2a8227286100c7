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

function fakeEditor(typedWhileRead: () => boolean, known = 0, edited = false) {
	let unsaved = false;
	return {
		flush: vi.fn(async () => void (unsaved = false)),
		reopen: vi.fn(),
		get saved() {
			return !unsaved;
		},
		knownCommit: known,
		canUndo: edited,
		closed: false,
		typed: () => (unsaved = typedWhileRead())
	};
}
/** Storage's newest write of the journey, as `latestCommit` reads it. */
const storedUpTo = (commit: number) => async () => commit;

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
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, readAgain, storedUpTo(0));
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(read).toHaveBeenCalledTimes(2);
		expect(editor.flush).toHaveBeenCalledTimes(2);
		expect(editor.reopen).toHaveBeenCalledWith(doc, 4);
		expect(readAgain).not.toHaveBeenCalled();
	});

	it('is read once when nothing was typed meanwhile', async () => {
		const editor = fakeEditor(() => false);
		const read = vi.fn(async () => ({ doc, commit: 1 }));
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, async () => {}, storedUpTo(0));
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('rebuilds the view when the journey is gone, to say so', async () => {
		const editor = fakeEditor(() => false);
		const readAgain = vi.fn(async () => {});
		followOtherTabs(
			'j1',
			editor as unknown as JourneyEditor,
			async () => undefined,
			readAgain,
			storedUpTo(0)
		);
		await heard!({ kind: 'reload', journeyId: 'j1' });
		expect(readAgain).toHaveBeenCalledTimes(1);
		expect(editor.reopen).not.toHaveBeenCalled();
	});
});

describe('a write stored after the journey was read and before the editor listened', () => {
	// As when the read began as the link was hovered or pressed, and another tab wrote meanwhile.
	it('has the journey read again into the editor', async () => {
		const editor = fakeEditor(() => false, 3);
		const read = vi.fn(async () => ({ doc, commit: 5 }));
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, async () => {}, storedUpTo(5));
		await vi.waitFor(() => expect(editor.reopen).toHaveBeenCalledWith(doc, 5));
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('reads nothing again when the editor knows every stored write', async () => {
		const editor = fakeEditor(() => false, 5);
		const read = vi.fn(async () => ({ doc, commit: 5 }));
		const latest = vi.fn(storedUpTo(5));
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, async () => {}, latest);
		await vi.waitFor(() => expect(latest).toHaveBeenCalledWith('j1'));
		await new Promise((resolve) => setTimeout(resolve));
		expect(read).not.toHaveBeenCalled();
	});

	it('leaves a journey already edited here as it is, its undo history kept', async () => {
		const editor = fakeEditor(() => false, 3, true);
		const read = vi.fn(async () => ({ doc, commit: 5 }));
		const latest = vi.fn(storedUpTo(5));
		followOtherTabs('j1', editor as unknown as JourneyEditor, read, async () => {}, latest);
		await vi.waitFor(() => expect(latest).toHaveBeenCalled());
		await new Promise((resolve) => setTimeout(resolve));
		expect(editor.reopen).not.toHaveBeenCalled();
	});

	it('is not looked for once the view stopped following', async () => {
		const editor = fakeEditor(() => false, 3);
		const read = vi.fn(async () => ({ doc, commit: 5 }));
		let answer: (commit: number) => void = () => {};
		const stop = followOtherTabs(
			'j1',
			editor as unknown as JourneyEditor,
			read,
			async () => {},
			() => new Promise<number>((resolve) => (answer = resolve))
		);
		stop();
		answer(5);
		await new Promise((resolve) => setTimeout(resolve));
		expect(read).not.toHaveBeenCalled();
	});
});
