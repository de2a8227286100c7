/**
 * Another tab on the same journey: the edits it stores show here as they land (a short
 * toast says so, at most every five seconds), and a journey it replaced or deleted as a
 * whole is read again.
 */
import { t } from '$lib/i18n/index.svelte';
import { latestCommit } from '$lib/storage/changes';
import { listen } from '$lib/storage/tab-sync';
import { forgetReadAhead } from './read-ahead';
import type { JourneyDocument } from '$lib/domain/schema';
import type { JourneyEditor } from './journey-editor.svelte';
import { toasts } from './toasts.svelte';

let toldAt = 0;

/** A journey as read from storage, with the newest write it holds. */
export type Read = (
	journeyId: string
) => Promise<{ doc: JourneyDocument; commit: number } | undefined>;

/**
 * Listens until the returned function is called. A journey replaced as a whole is `read`
 * again into the editor in place; one deleted has the view rebuilt (`readAgain`), which then
 * says it is gone. A write stored before this listened and after the journey was read (a read
 * begun as its link was hovered or pressed, storage/changes.ts `latestCommit` says) is read
 * again too, while nothing was edited here yet: its message went by unheard.
 */
export function followOtherTabs(
	journeyId: string | undefined,
	editor: JourneyEditor | undefined,
	read: Read,
	readAgain: () => Promise<void>,
	latest: (journeyId: string) => Promise<number> = latestCommit
): () => void {
	// Every read from here on is afresh: what it catches up with is newer than a press's read.
	forgetReadAhead();
	let following = true;
	async function readWhole(id: string, current: JourneyEditor) {
		// What was typed while the journey was read went to this editor, after the read:
		// store it, and read again with it, or the view would show it missing.
		let opened;
		for (let tries = 0; tries < 3; tries++) {
			await current.flush();
			opened = await read(id);
			if (current.saved) break;
		}
		if (!opened) return readAgain();
		current.reopen(opened.doc, opened.commit);
	}
	const stop = listen(async (message) => {
		if (message.journeyId !== journeyId) return;
		if (message.kind === 'reload') {
			if (!editor || !journeyId) return readAgain();
			await readWhole(journeyId, editor);
		} else if (editor?.receive(message.changes, message.commit) && Date.now() - toldAt > 5_000) {
			toldAt = Date.now();
			toasts.show({ message: t().changedInAnotherTab }, 4_000);
		}
	});
	if (editor && journeyId) {
		latest(journeyId).then(
			(stored) => {
				const untouched = editor.saved && !editor.canUndo && !editor.closed;
				if (following && untouched && stored > editor.knownCommit) {
					void readWhole(journeyId, editor);
				}
			},
			// Not known: the journey shows as it was read, as before any other tab wrote.
			() => {}
		);
	}
	return () => {
		following = false;
		stop();
	};
}
