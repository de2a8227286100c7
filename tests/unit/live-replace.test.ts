/**
 * A journey replaced as a whole on one side during a live session (an import that replaces it,
 * the Undo of an import, a backup restored): the others get what replaced it, and it is not
 * undone on this side by the older state the shared document still holds.
 */
import { describe, expect, it } from 'vitest';
import { replaceWithSnapshot } from '$lib/storage/snapshots';
import { getJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';
import {
	joiner,
	Network,
	owner,
	reload,
	settle,
	shownOf,
	sortedStoredOf,
	type Side
} from './live-sides';

async function expectSame(...sides: Side[]) {
	const [first, ...rest] = await Promise.all(sides.map(sortedStoredOf));
	for (const other of rest) expect(other).toEqual(first);
	for (const side of sides) expect(shownOf(side)).toEqual(first);
}

describe('a journey replaced as a whole during a live session', () => {
	it('reaches the others, and stays replaced here, when the journey opens again', async () => {
		const network = new Network();
		const a = await owner(airlineJourney(), network);
		const b = await joiner(a, network);
		const journeyId = a.editor.doc.journey.id;
		const [kept, gone] = a.editor.doc.touchPoints;
		// The owner leaves the map and imports a file of the journey (older times, as a file has).
		await a.editor.flush();
		await a.binding.stop();
		a.editor.close();
		const file = structuredClone((await getJourney(journeyId, a.db))!);
		file.touchPoints = file.touchPoints
			.filter((t) => t.id !== gone!.id)
			.map((t) => (t.id === kept!.id ? { ...t, name: 'From the file' } : t));
		file.frustrations = file.frustrations.filter((f) => f.touchPointId !== gone!.id);
		await replaceWithSnapshot(file, 'replace', a.db);

		const reopened = await reload(a, network);
		await settle(reopened, b);
		for (const side of [reopened, b]) {
			expect(side.editor.doc.touchPoints.find((t) => t.id === kept!.id)?.name).toBe(
				'From the file'
			);
			expect(side.editor.doc.touchPoints.find((t) => t.id === gone!.id)).toBeUndefined();
		}
		await expectSame(reopened, b);
	});
});
