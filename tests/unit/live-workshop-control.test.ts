import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveWorkshop } from '$lib/live/live-workshop.svelte';
import {
	bringEveryone,
	DEFAULT_WORKSHOP,
	endWorkshop,
	isRevealed,
	markJoined,
	openNewRound,
	ratingsClosed,
	readWorkshop,
	reveal,
	roundOf,
	setLocked,
	setMode,
	setStep,
	startWorkshop,
	WORKSHOP,
	WORKSHOP_JOINED,
	WORKSHOP_ROUNDS
} from '$lib/live/workshop-control';

const F1 = '11111111-1111-4111-8111-111111111111';
const F2 = '22222222-2222-4222-8222-222222222222';
const TP = '33333333-3333-4333-8333-333333333333';

/** Two Y.Docs kept in step, as the room keeps the facilitator's and a phone's. */
function pair() {
	const a = new Y.Doc();
	const b = new Y.Doc();
	a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
	b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
	return { a, b };
}

describe('the workshop controls in the journey’s Y.Doc', () => {
	it('read as the defaults before any workshop', () => {
		const state = readWorkshop(new Y.Doc());
		expect(state).toEqual(DEFAULT_WORKSHOP);
		expect(roundOf(state, F1)).toBe(0);
		expect(isRevealed(state, F1)).toBe(true);
	});

	it('hide a frustration’s means while its blind round is open, and show them once revealed', () => {
		const ydoc = new Y.Doc();
		startWorkshop(ydoc, TP);
		let state = readWorkshop(ydoc);
		expect(state).toMatchObject({ running: true, ended: false, step: TP, mode: 'blind' });
		expect(isRevealed(state, F1)).toBe(false);
		reveal(ydoc, [F1]);
		state = readWorkshop(ydoc);
		expect(isRevealed(state, F1)).toBe(true);
		expect(isRevealed(state, F2)).toBe(false);
		expect(roundOf(state, F1)).toBe(0);
	});

	it('opens a fresh blind round for one frustration, one higher than the last', () => {
		const ydoc = new Y.Doc();
		startWorkshop(ydoc, null);
		reveal(ydoc, [F1, F2]);
		openNewRound(ydoc, F1);
		openNewRound(ydoc, F1);
		const state = readWorkshop(ydoc);
		expect(roundOf(state, F1)).toBe(2);
		expect(isRevealed(state, F1)).toBe(false);
		expect(roundOf(state, F2)).toBe(0);
		expect(isRevealed(state, F2)).toBe(true);
	});

	it('shows every mean in open mode and once the workshop has ended', () => {
		const ydoc = new Y.Doc();
		startWorkshop(ydoc, null);
		setMode(ydoc, 'open');
		expect(isRevealed(readWorkshop(ydoc), F1)).toBe(true);
		setMode(ydoc, 'blind');
		expect(isRevealed(readWorkshop(ydoc), F1)).toBe(false);
		endWorkshop(ydoc);
		const state = readWorkshop(ydoc);
		expect(state).toMatchObject({ running: false, ended: true });
		expect(isRevealed(state, F1)).toBe(true);
	});

	it('closes ratings only while a locked workshop runs', () => {
		const ydoc = new Y.Doc();
		setLocked(ydoc, true);
		expect(ratingsClosed(readWorkshop(ydoc))).toBe(false);
		startWorkshop(ydoc, null);
		expect(ratingsClosed(readWorkshop(ydoc))).toBe(true);
		endWorkshop(ydoc);
		expect(ratingsClosed(readWorkshop(ydoc))).toBe(false);
	});

	it('moves the step, counts gatherings and locks', () => {
		const ydoc = new Y.Doc();
		startWorkshop(ydoc, null);
		setStep(ydoc, TP);
		bringEveryone(ydoc);
		bringEveryone(ydoc);
		setLocked(ydoc, true);
		expect(readWorkshop(ydoc)).toMatchObject({ step: TP, gather: 2, locked: true });
		setLocked(ydoc, false);
		expect(readWorkshop(ydoc).locked).toBe(false);
	});

	it('tells who joined by link, and nothing else written there', () => {
		const { a, b } = pair();
		const phone = new LiveWorkshop(b, false);
		markJoined(a, F1);
		a.getMap(WORKSHOP_JOINED).set(F2, 'yes');
		a.getMap(WORKSHOP_JOINED).set('not-an-id', true);
		expect([...phone.state.joined]).toEqual([F1]);
	});

	it('keeps a fresh round blind when another facilitator revealed the old one at the same time', () => {
		// Two facilitators' laptops apart (one offline): one asks the room to rate again, the
		// other reveals the round it still sees. Whichever write the merge orders last, the
		// round must not go back (the phones' answers of the old round would be taken again).
		for (const [first, second] of [
			[1, 2],
			[2, 1]
		]) {
			const a = new Y.Doc();
			const b = new Y.Doc();
			a.clientID = first!;
			b.clientID = second!;
			startWorkshop(a, TP);
			Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
			openNewRound(a, F1);
			reveal(b, [F1, F2]);
			Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
			Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
			for (const ydoc of [a, b]) {
				const state = readWorkshop(ydoc);
				expect(roundOf(state, F1)).toBe(1);
				expect(isRevealed(state, F1)).toBe(false);
				expect(isRevealed(state, F2)).toBe(true);
			}
		}
	});

	it('reads a hostile or malformed value as its default, field by field', () => {
		const ydoc = new Y.Doc();
		const control = ydoc.getMap<unknown>(WORKSHOP);
		control.set('running', 'yes');
		control.set('step', '<script>');
		control.set('gather', -3);
		control.set('locked', true);
		control.set('mode', 'chaos');
		control.set('ended', 1);
		const rounds = ydoc.getMap<unknown>(WORKSHOP_ROUNDS);
		rounds.set(F1, { round: 1.5, revealed: true });
		rounds.set('not-an-id', { round: 1, revealed: true });
		rounds.set(F2, { round: 4, revealed: false });
		const state = readWorkshop(ydoc);
		expect(state).toMatchObject({
			running: false,
			step: null,
			gather: 0,
			locked: true,
			mode: 'blind',
			ended: false
		});
		expect([...state.rounds]).toEqual([[F2, { round: 4, revealed: false }]]);
	});
});

describe('LiveWorkshop, the controls as screens read them', () => {
	it('follows what the facilitator writes on another browser', () => {
		const { a, b } = pair();
		const facilitator = new LiveWorkshop(a, true);
		const phone = new LiveWorkshop(b, false);
		facilitator.start(TP);
		expect(phone.state).toMatchObject({ running: true, step: TP });
		facilitator.reveal([F1]);
		expect(isRevealed(phone.state, F1)).toBe(true);
		facilitator.openNewRound(F1);
		expect(roundOf(phone.state, F1)).toBe(1);
		facilitator.lock(true);
		expect(phone.state.locked).toBe(true);
		facilitator.end();
		expect(phone.state.ended).toBe(true);
	});

	it('writes nothing for a participant (the server would refuse it)', () => {
		const { a, b } = pair();
		const facilitator = new LiveWorkshop(a, true);
		const phone = new LiveWorkshop(b, false);
		facilitator.start(TP);
		phone.reveal([F1]);
		phone.lock(true);
		phone.setStep(null);
		phone.end();
		expect(facilitator.state).toMatchObject({ running: true, step: TP, locked: false });
		expect(isRevealed(facilitator.state, F1)).toBe(false);
		expect(b.getMap(WORKSHOP_ROUNDS).size).toBe(0);
	});

	it('keeps its last state once destroyed', () => {
		const { a, b } = pair();
		const facilitator = new LiveWorkshop(a, true);
		const phone = new LiveWorkshop(b, false);
		facilitator.start(TP);
		facilitator.end();
		phone.destroy();
		facilitator.start(null);
		expect(phone.state.ended).toBe(true);
	});
});
