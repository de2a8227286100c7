/**
 * Two tabs editing one journey at random, through the storage layer: edits, removals of
 * frustrations, touch points, stages and participants, undos, redos, Put it back, writes and
 * the other tab's messages arriving whenever they do. After every step, nothing stored
 * points at a record that is not there; once both tabs have stored everything and heard
 * everything, both show exactly what is stored, so nothing either was told is saved is gone.
 *
 * Timers (the save queue's and the write after a frame) and the clock are fake and advance
 * one millisecond a step, so a run is decided by its seed alone: a failure prints fast-check's
 * seed and path, and `FC_SEED=<seed>` replays it (README, Developer tools).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collections } from '$lib/domain/format';
import type { Edit } from '$lib/domain/edits/change';
import { addFrustration, removeFrustration } from '$lib/domain/edits/frustrations';
import { updateItem } from '$lib/domain/edits/operations';
import { removeParticipant, setRating } from '$lib/domain/edits/participants';
import { removeStage } from '$lib/domain/edits/stages';
import { addTouchPoint, removeTouchPoint } from '$lib/domain/edits/touch-points';
import type { JourneyDocument } from '$lib/domain/schema';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { workshopJourney } from './fixtures';
import { orphanRecords, storedProblems, twoTabs, type Tab } from './two-tabs';

const RUNS = 40;
const ops = [
	'type',
	'type',
	'type',
	'add frustration',
	'add frustration',
	'remove frustration',
	'remove touch point',
	'add touch point',
	'remove stage',
	'rate',
	'remove participant',
	'undo',
	'undo',
	'redo',
	'put back',
	'store',
	'store',
	'hear',
	'hear',
	'wait'
] as const;
type Op = (typeof ops)[number];

const step = fc.record({
	tab: fc.constantFrom(0, 1),
	op: fc.constantFrom(...ops),
	pick: fc.nat(1_000)
});

function editFor(tab: Tab, op: Op, pick: number, n: number): Edit | undefined {
	const doc = tab.editor.doc;
	const any = <T>(items: T[]) => (items.length ? items[pick % items.length] : undefined);
	switch (op) {
		case 'type': {
			const f = any(doc.frustrations);
			return f && updateItem(doc, 'frustrations', f.id, { text: `${f.text.slice(0, 20)} ${n}` });
		}
		case 'add frustration': {
			const t = any(doc.touchPoints);
			return t && addFrustration(doc, t.id, `Added ${n}`);
		}
		case 'remove frustration': {
			const f = any(doc.frustrations);
			return f && removeFrustration(doc, f.id);
		}
		case 'remove touch point': {
			const t = any(doc.touchPoints);
			return t && removeTouchPoint(doc, t.id);
		}
		case 'add touch point': {
			const s = any(doc.stages);
			return s && addTouchPoint(doc, s.id, `Touch point ${n}`);
		}
		case 'remove stage': {
			// Rarely: a stage takes much of the map with it.
			const s = pick % 5 === 0 ? any(doc.stages) : undefined;
			return s && removeStage(doc, s.id);
		}
		case 'rate': {
			const f = any(doc.frustrations);
			const p = any(doc.participants);
			return f && p && setRating(doc, f.id, p.id, 'severity', (pick % 5) + 1);
		}
		case 'remove participant': {
			const p = pick % 4 === 0 ? any(doc.participants) : undefined;
			return p && removeParticipant(doc, p.id);
		}
		default:
			return undefined;
	}
}

/** A document as shown or stored, without what only says when it was last written. */
function comparable(doc: JourneyDocument | undefined) {
	if (!doc) return undefined;
	const { updatedAt: _updatedAt, ...journey } = doc.journey;
	const byId = <T extends { id: string }>(items: T[]) =>
		[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {
		journey,
		...Object.fromEntries(collections.map((c) => [c, byId(doc[c] as { id: string }[])]))
	};
}

let db: TouchpointDatabase;
let doc: JourneyDocument;

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 10_000 });
	db = new TouchpointDatabase(`two-editors-${crypto.randomUUID()}`);
	await db.open();
	doc = workshopJourney();
});

afterEach(async () => {
	vi.useRealTimers();
	await db.delete();
});

describe('two tabs editing one journey at random', () => {
	it('never store a dangling reference, and end showing exactly what is stored', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
				await db.transaction('rw', db.journeyTables, () =>
					Promise.all(db.journeyTables.map((table) => table.clear()))
				);
				await saveJourney(doc, db);
				const tabs = twoTabs(doc, db);
				for (const [n, { tab: which, op, pick }] of steps.entries()) {
					const tab = tabs[which]!;
					vi.advanceTimersByTime(1);
					if (op === 'undo') tab.editor.undo();
					else if (op === 'redo') tab.editor.redo();
					else if (op === 'put back') {
						const last = tab.refused.pop();
						if (last) tab.editor.putBack(last.items, last.lastSeen);
					} else if (op === 'store') await tab.editor.flush();
					else if (op === 'hear') tab.deliver();
					else if (op === 'wait') await vi.advanceTimersByTimeAsync(300);
					else tab.editor.apply(editFor(tab, op, pick, n));
					const { problems } = await storedProblems(doc.journey.id, db);
					expect(problems).toEqual([]);
					expect(await orphanRecords(db)).toEqual([]);
				}
				// Everything stored and heard, as two tabs left open come to.
				for (let round = 0; round < 4; round++) {
					for (const tab of tabs) await tab.editor.flush();
					for (const tab of tabs) tab.deliver(true);
				}
				const stored = comparable(await getJourney(doc.journey.id, db));
				expect(comparable(tabs[0].editor.doc), 'what the first tab shows').toEqual(stored);
				expect(comparable(tabs[1].editor.doc), 'what the second tab shows').toEqual(stored);
				expect(tabs[0].editor.saved && tabs[1].editor.saved).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});
});
