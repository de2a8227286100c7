/**
 * A journey replaced as a whole on one side during a live session (an import that replaces it,
 * the Undo of an import, a backup restored): the others get what replaced it, and it is not
 * undone on this side by the older state the shared document still holds.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { replaceWithSnapshot } from '$lib/storage/snapshots';
import { getJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';
import { expectSame, joiner, Network, owner, reload, settle } from './live-sides';

const NEW_ID = '99999999-0000-4000-8000-000000000001';

describe('a journey replaced as a whole during a live session', () => {
	it('reaches the others, and stays replaced here, when the journey opens again', async () => {
		const network = new Network();
		const a = await owner(airlineJourney(), network);
		const b = await joiner(a, network);
		const journeyId = a.editor.doc.journey.id;
		const [kept, gone] = a.editor.doc.touchPoints;
		const file = structuredClone((await getJourney(journeyId, a.db))!);
		// The owner leaves the map; the editor adds a frustration meanwhile, which the state
		// stored on the owner's side misses; the owner imports a file of the journey (older
		// times, as a file has).
		await a.editor.flush();
		await a.binding.stop();
		a.editor.close();
		await b.edit((doc) => addFrustration(doc, kept!.id, 'Added while away', NEW_ID));
		file.touchPoints = file.touchPoints
			.filter((t) => t.id !== gone!.id)
			.map((t) => (t.id === kept!.id ? { ...t, name: 'From the file' } : t));
		file.frustrations = file.frustrations.filter((f) => f.touchPointId !== gone!.id);
		await replaceWithSnapshot(file, 'replace', a.db);

		const reopened = await reload(a, network);
		// The provider’s sync with the room: it brings what the owner's stored state missed.
		Y.applyUpdate(reopened.ydoc, Y.encodeStateAsUpdate(b.ydoc), 'room');
		await reopened.binding.settled();
		await reopened.binding.synced();
		await settle(reopened, b);
		for (const side of [reopened, b]) {
			expect(side.editor.doc.touchPoints.find((t) => t.id === kept!.id)?.name).toBe(
				'From the file'
			);
			expect(side.editor.doc.touchPoints.find((t) => t.id === gone!.id)).toBeUndefined();
			expect(side.editor.doc.frustrations.find((f) => f.id === NEW_ID)).toBeUndefined();
		}
		await expectSame(reopened, b);
	});
});
