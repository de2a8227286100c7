import { describe, expect, it } from 'vitest';
import { inCanonicalOrder } from '$lib/domain/document-order';
import {
	applyChanges,
	firstInvalid,
	invert,
	stamp,
	type Change,
	type Edit
} from '$lib/domain/edits/change';
import { addFrustration } from '$lib/domain/edits/frustrations';
import {
	emptyHistory,
	HISTORY_LIMIT,
	record,
	redo,
	undo,
	type History
} from '$lib/domain/edits/history';
import { findItem, updateItem, updateJourney } from '$lib/domain/edits/operations';
import { removeStage } from '$lib/domain/edits/stages';
import type { JourneyDocument } from '$lib/domain/schema';
import { airlineJourney, orderCycleJourney } from './fixtures';

/** A realistic clock: undo resets the coalescing clock to 0, so small times would mislead. */
const T0 = 1_700_000_000_000;

/** What the editor does: apply the edit and record it. */
function commit(state: { doc: JourneyDocument; history: History }, edit: Edit, now: number) {
	return { doc: applyChanges(state.doc, edit.changes), history: record(state.history, edit, now) };
}

function undoOnce(state: { doc: JourneyDocument; history: History }) {
	const step = undo(state.history);
	expect(step).toBeDefined();
	return { doc: applyChanges(state.doc, step!.edit.changes), history: step!.history };
}

function redoOnce(state: { doc: JourneyDocument; history: History }) {
	const step = redo(state.history);
	expect(step).toBeDefined();
	return { doc: applyChanges(state.doc, step!.edit.changes), history: step!.history };
}

const rename = (doc: JourneyDocument, name: string) =>
	updateItem(doc, 'touchPoints', doc.touchPoints[0]!.id, { name })!;

const nameOf = (doc: JourneyDocument) => doc.touchPoints[0]!.name;

describe('undo and redo', () => {
	it('has nothing to undo or redo at first', () => {
		expect(undo(emptyHistory)).toBeUndefined();
		expect(redo(emptyHistory)).toBeUndefined();
	});

	it('undoes an edit, and redoing it gives the same document again', () => {
		const doc = airlineJourney();
		const edit = updateItem(doc, 'frustrations', doc.frustrations[2]!.id, { severity: 1 })!;
		const edited = commit({ doc, history: emptyHistory }, edit, T0);
		const undone = undoOnce(edited);
		expect(undone.doc).toEqual(doc);
		expect(undone.history.past).toEqual([]);
		expect(undone.history.future).toEqual([edit]);
		const redone = redoOnce(undone);
		expect(redone.doc).toEqual(edited.doc);
		expect(redone.history.past).toEqual([edit]);
		expect(redone.history.future).toEqual([]);
	});

	it('undoes a removal with many records and redoes it', () => {
		const doc = airlineJourney();
		const edited = commit({ doc, history: emptyHistory }, removeStage(doc, doc.stages[0]!.id)!, T0);
		expect(edited.doc.stages).toHaveLength(2);
		const undone = undoOnce(edited);
		expect(inCanonicalOrder(undone.doc)).toEqual(doc);
		const redone = redoOnce(undone);
		expect(inCanonicalOrder(redone.doc)).toEqual(inCanonicalOrder(edited.doc));
	});

	it('undoes with the inverse of the recorded edit', () => {
		const doc = orderCycleJourney();
		const edit = addFrustration(doc, doc.touchPoints[0]!.id, 'Slow');
		const history = record(emptyHistory, edit, T0);
		expect(undo(history)!.edit).toEqual(invert(edit));
		expect(invert(edit).changes).toEqual([
			{ collection: 'frustrations', before: edit.changes[0]!.after, after: null }
		]);
	});

	it('clears the redo future when a new edit is recorded', () => {
		const doc = orderCycleJourney();
		let state = { doc, history: emptyHistory };
		state = commit(state, rename(state.doc, 'First'), T0);
		state = commit(state, updateJourney(state.doc, { description: 'x' }), T0 + 5_000);
		state = undoOnce(state);
		expect(state.history.future).toHaveLength(1);
		state = commit(state, rename(state.doc, 'Other'), T0 + 10_000);
		expect(state.history.future).toEqual([]);
		expect(redo(state.history)).toBeUndefined();
		expect(state.history.past).toHaveLength(2);
	});

	it('undoes and redoes several steps in order', () => {
		const doc = orderCycleJourney();
		let state = { doc, history: emptyHistory };
		const docs = [doc];
		for (const [i, name] of ['One', 'Two', 'Three'].entries()) {
			state = commit(state, rename(state.doc, name), T0 + i * 10_000);
			docs.push(state.doc);
		}
		for (let i = 2; i >= 0; i--) {
			state = undoOnce(state);
			expect(state.doc).toEqual(docs[i]);
		}
		expect(undo(state.history)).toBeUndefined();
		for (let i = 1; i <= 3; i++) {
			state = redoOnce(state);
			expect(state.doc).toEqual(docs[i]);
		}
		expect(redo(state.history)).toBeUndefined();
	});
});

describe('typing into one field', () => {
	it('undoes as one step when the keystrokes come within 1500 ms of each other', () => {
		const doc = orderCycleJourney();
		const original = nameOf(doc);
		let state = { doc, history: emptyHistory };
		const typed = ['O', 'Or', 'Ord', 'Orde', 'Order'];
		typed.forEach((name, i) => {
			state = commit(state, rename(state.doc, name), T0 + i * 1_000);
		});
		expect(state.history.past).toHaveLength(1);
		expect(nameOf(state.doc)).toBe('Order');
		const [step] = state.history.past;
		expect(step!.changes).toHaveLength(1);
		expect(step!.changes[0]!.before).toMatchObject({ name: original });
		expect(step!.changes[0]!.after).toMatchObject({ name: 'Order' });

		state = undoOnce(state);
		expect(nameOf(state.doc)).toBe(original);
		expect(state.doc).toEqual(doc);
		state = redoOnce(state);
		expect(nameOf(state.doc)).toBe('Order');
	});

	it('starts a new step after a pause of 1500 ms or more', () => {
		const doc = orderCycleJourney();
		const original = nameOf(doc);
		let state = { doc, history: emptyHistory };
		state = commit(state, rename(state.doc, 'A'), T0);
		state = commit(state, rename(state.doc, 'AB'), T0 + 1_499);
		state = commit(state, rename(state.doc, 'ABC'), T0 + 1_499 + 1_500);
		expect(state.history.past).toHaveLength(2);
		state = undoOnce(state);
		expect(nameOf(state.doc)).toBe('AB');
		state = undoOnce(state);
		expect(nameOf(state.doc)).toBe(original);
	});

	it('keeps edits of other fields or items as separate steps', () => {
		const doc = airlineJourney();
		const [a, b] = doc.frustrations;
		let state = { doc, history: emptyHistory };
		state = commit(state, updateItem(state.doc, 'frustrations', a!.id, { text: 'x' })!, T0);
		state = commit(state, updateItem(state.doc, 'frustrations', a!.id, { fix: 'y' })!, T0 + 10);
		state = commit(state, updateItem(state.doc, 'frustrations', b!.id, { fix: 'y' })!, T0 + 20);
		state = commit(state, addFrustration(state.doc, a!.touchPointId, 'new'), T0 + 30);
		state = commit(state, addFrustration(state.doc, a!.touchPointId, 'newer'), T0 + 40);
		expect(state.history.past).toHaveLength(5);
	});

	it('does not merge typing after an undo into the step before it', () => {
		const doc = orderCycleJourney();
		let state = { doc, history: emptyHistory };
		state = commit(state, rename(state.doc, 'A'), T0);
		state = commit(state, rename(state.doc, 'AB'), T0 + 2_000);
		state = undoOnce(state);
		state = commit(state, rename(state.doc, 'AX'), T0 + 2_100);
		expect(state.history.past).toHaveLength(2);
		state = undoOnce(state);
		expect(nameOf(state.doc)).toBe('A');
	});
});

describe('the length of the history', () => {
	it('can undo at least 100 steps, in order, and keeps the last HISTORY_LIMIT', () => {
		expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
		const doc = orderCycleJourney();
		let state = { doc, history: emptyHistory };
		const names = [nameOf(doc)];
		const total = HISTORY_LIMIT + 10;
		for (let i = 1; i <= total; i++) {
			state = commit(state, rename(state.doc, `Name ${i}`), T0 + i * 2_000);
			names.push(`Name ${i}`);
		}
		expect(state.history.past).toHaveLength(HISTORY_LIMIT);
		for (let i = total - 1; i >= total - HISTORY_LIMIT; i--) {
			state = undoOnce(state);
			expect(nameOf(state.doc)).toBe(names[i]);
		}
		expect(undo(state.history)).toBeUndefined();
		expect(nameOf(state.doc)).toBe('Name 10');
	});
});

describe('applying changes', () => {
	it('keeps the identity of untouched items and collections', () => {
		const doc = airlineJourney();
		const target = doc.frustrations[5]!;
		const after = applyChanges(
			doc,
			updateItem(doc, 'frustrations', target.id, { status: 'fixed' })!.changes
		);
		expect(after).not.toBe(doc);
		expect(after.frustrations).not.toBe(doc.frustrations);
		expect(after.frustrations[5]).not.toBe(target);
		after.frustrations.forEach((f, i) => {
			if (i !== 5) expect(f).toBe(doc.frustrations[i]);
		});
		expect(after.journey).toBe(doc.journey);
		expect(after.stages).toBe(doc.stages);
		expect(after.steps).toBe(doc.steps);
		expect(after.touchPoints).toBe(doc.touchPoints);
		expect(after.segments).toBe(doc.segments);
		expect(after.participants).toBe(doc.participants);
	});

	it('leaves the original document as it was', () => {
		const doc = airlineJourney();
		const copy = structuredClone(doc);
		applyChanges(doc, removeStage(doc, doc.stages[1]!.id)!.changes);
		applyChanges(doc, updateJourney(doc, { name: 'Other' }).changes);
		expect(doc).toEqual(copy);
	});

	it('changes only the journey for a journey edit', () => {
		const doc = orderCycleJourney();
		const after = applyChanges(doc, updateJourney(doc, { name: 'Renamed' }).changes);
		expect(after.journey.name).toBe('Renamed');
		expect(after.touchPoints).toBe(doc.touchPoints);
		expect(after.stages).toBe(doc.stages);
	});

	it('applies an empty list of changes as the same document', () => {
		const doc = orderCycleJourney();
		expect(applyChanges(doc, [])).toBe(doc);
	});

	it('keeps a record that is removed and added back within one list', () => {
		const doc = airlineJourney();
		const f = doc.frustrations[0]!;
		const changes: Change[] = [
			{ collection: 'frustrations', before: f, after: null },
			{ collection: 'frustrations', before: null, after: f }
		];
		expect(applyChanges(doc, changes).frustrations).toEqual(doc.frustrations);
	});
});

describe('stamping an edit', () => {
	it('sets updatedAt on every record written and leaves the rest alone', () => {
		const doc = airlineJourney();
		const removal = removeStage(doc, doc.stages[2]!.id)!.changes;
		const changes = [
			...updateItem(doc, 'segments', doc.segments[0]!.id, { needs: 'Speed' })!.changes,
			...updateJourney(doc, { description: 'x' }).changes,
			...addFrustration(doc, doc.touchPoints[0]!.id, 'Slow').changes,
			...removal
		];
		const stamped = stamp(changes, 42_000);
		expect(stamped).toHaveLength(changes.length);
		stamped.forEach((c, i) => {
			expect(c.collection).toBe(changes[i]!.collection);
			expect(c.before).toBe(changes[i]!.before);
			if (changes[i]!.after) expect(c.after).toEqual({ ...changes[i]!.after, updatedAt: 42_000 });
			else expect(c.after).toBeNull();
		});
		// The edit it came from is not changed.
		expect(changes[0]!.after!.updatedAt).toBe(doc.segments[0]!.updatedAt);
	});
});

describe('checking an edit', () => {
	it('accepts valid changes and removals', () => {
		const doc = airlineJourney();
		expect(
			firstInvalid([
				...updateItem(doc, 'stages', doc.stages[0]!.id, { name: 'Buying' })!.changes,
				...removeStage(doc, doc.stages[1]!.id)!.changes
			])
		).toBeUndefined();
	});

	it('reports an empty name', () => {
		const doc = airlineJourney();
		const changes = [
			...updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { fix: 'ok' })!.changes,
			...updateItem(doc, 'stages', doc.stages[0]!.id, { name: '   ' })!.changes
		];
		const invalid = firstInvalid(changes);
		expect(invalid?.change).toBe(changes[1]);
		expect(invalid?.message).toMatch(/^name: /);
	});

	it('reports a severity of 6', () => {
		const doc = airlineJourney();
		const changes = updateItem(doc, 'frustrations', doc.frustrations[0]!.id, {
			severity: 6
		})!.changes;
		const invalid = firstInvalid(changes);
		expect(invalid?.change).toBe(changes[0]);
		expect(invalid?.message).toMatch(/^severity: /);
	});

	it('reports an empty journey name and an empty frustration text', () => {
		const doc = airlineJourney();
		expect(firstInvalid(updateJourney(doc, { name: '' }).changes)?.message).toMatch(/^name: /);
		const f = findItem(doc, 'frustrations', doc.frustrations[1]!.id)!;
		expect(
			firstInvalid(updateItem(doc, 'frustrations', f.id, { text: ' ' })!.changes)?.message
		).toMatch(/^text: /);
	});
});
