/**
 * A live workshop's controls, kept in the journey's Y.Doc beside its records (so every browser
 * in the room sees them, and only the owner and editors can write them: the server refuses a
 * participant's writes to the journey). Two top-level maps of plain values:
 *
 * - `workshop`: `running`, `step` (the touch point the facilitator is on), `gather` (bumped by
 *   "Bring everyone here"), `locked`, `mode` ('blind' | 'open'), `ended`
 * - `workshopRounds`: frustration id → `{ round, revealed }` (written by "Rate again" only)
 * - `workshopRevealed`: frustration id → the round revealed. Apart from the rounds, so a reveal
 *   made at the same time as another facilitator's "Rate again" cannot merge into the round going
 *   back: a round is revealed when the two agree.
 * - `workshopJoined`: participant id → true, for each participant who joined by link (their
 *   records look like any other: this is how the screens tell them from those added by hand)
 *
 * Everything is read through zod: a value another browser wrote is not trusted, and a missing or
 * hostile one reads as its default, field by field.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { id as idSchema } from '$lib/domain/schema';
import {
	DEFAULT_WORKSHOP,
	roundOf,
	type WorkshopMode,
	type WorkshopRound,
	type WorkshopState
} from './workshop-state';

export * from './workshop-state';

export const WORKSHOP = 'workshop';
export const WORKSHOP_ROUNDS = 'workshopRounds';
export const WORKSHOP_JOINED = 'workshopJoined';
export const WORKSHOP_REVEALED = 'workshopRevealed';

/** Origin of the control writes, for observers that want to tell them apart. */
export const WORKSHOP_ORIGIN = Symbol('touchpoint-workshop');

/** Far above any real count of rounds or gatherings; keeps a forged number out of arithmetic. */
const MAX_COUNT = 1_000_000;
const count = z.number().int().min(0).max(MAX_COUNT);

export const workshopMode: z.ZodType<WorkshopMode> = z.enum(['blind', 'open']);

export const workshopRound: z.ZodType<WorkshopRound> = z.object({
	round: count,
	revealed: z.boolean()
});

/**
 * The workshop map's plain values (the rounds live in their own map). Each field falls back on
 * its own default when missing or wrong: one bad value does not reset the others.
 */
export const workshopState = z.object({
	running: z.boolean().catch(DEFAULT_WORKSHOP.running),
	step: idSchema.nullable().catch(DEFAULT_WORKSHOP.step),
	gather: count.catch(DEFAULT_WORKSHOP.gather),
	locked: z.boolean().catch(DEFAULT_WORKSHOP.locked),
	mode: workshopMode.catch(DEFAULT_WORKSHOP.mode),
	ended: z.boolean().catch(DEFAULT_WORKSHOP.ended)
});

const controlMap = (ydoc: Y.Doc) => ydoc.getMap<unknown>(WORKSHOP);
const roundsMap = (ydoc: Y.Doc) => ydoc.getMap<unknown>(WORKSHOP_ROUNDS);
const revealedMap = (ydoc: Y.Doc) => ydoc.getMap<unknown>(WORKSHOP_REVEALED);

export function readWorkshop(ydoc: Y.Doc): WorkshopState {
	const control = controlMap(ydoc);
	const plain = workshopState.parse({
		running: control.get('running'),
		step: control.get('step'),
		gather: control.get('gather'),
		locked: control.get('locked'),
		mode: control.get('mode'),
		ended: control.get('ended')
	});
	const rounds = new Map<string, WorkshopRound>();
	for (const [key, value] of roundsMap(ydoc).entries()) {
		if (!idSchema.safeParse(key).success) continue;
		const parsed = workshopRound.safeParse(value);
		if (parsed.success) rounds.set(key, { round: parsed.data.round, revealed: false });
	}
	for (const [key, value] of revealedMap(ydoc).entries()) {
		if (!idSchema.safeParse(key).success || !count.safeParse(value).success) continue;
		const round = rounds.get(key)?.round ?? 0;
		if (value === round) rounds.set(key, { round, revealed: true });
	}
	const joined = new Set<string>();
	for (const [key, value] of ydoc.getMap<unknown>(WORKSHOP_JOINED).entries()) {
		if (value === true && idSchema.safeParse(key).success) joined.add(key);
	}
	return { ...plain, rounds, joined };
}

const write = (ydoc: Y.Doc, fn: () => void) => ydoc.transact(fn, WORKSHOP_ORIGIN);

export function startWorkshop(ydoc: Y.Doc, firstStep: string | null): void {
	write(ydoc, () => {
		const control = controlMap(ydoc);
		control.set('running', true);
		control.set('ended', false);
		control.set('step', firstStep);
	});
}

export function setStep(ydoc: Y.Doc, touchPointId: string | null): void {
	if (readWorkshop(ydoc).step === touchPointId) return;
	write(ydoc, () => controlMap(ydoc).set('step', touchPointId));
}

/** Every phone jumps to the facilitator's step, also one already showing it. */
export function bringEveryone(ydoc: Y.Doc): void {
	const gather = readWorkshop(ydoc).gather;
	write(ydoc, () => controlMap(ydoc).set('gather', Math.min(gather + 1, MAX_COUNT)));
}

export function setLocked(ydoc: Y.Doc, locked: boolean): void {
	write(ydoc, () => controlMap(ydoc).set('locked', locked));
}

export function setMode(ydoc: Y.Doc, mode: WorkshopMode): void {
	write(ydoc, () => controlMap(ydoc).set('mode', mode));
}

/** Shows the means of these frustrations' current rounds. */
export function reveal(ydoc: Y.Doc, frustrationIds: readonly string[]): void {
	const state = readWorkshop(ydoc);
	write(ydoc, () => {
		const revealed = revealedMap(ydoc);
		for (const id of frustrationIds) {
			if (state.rounds.get(id)?.revealed === true) continue;
			revealed.set(id, roundOf(state, id));
		}
	});
}

/** A fresh blind round: ratings of earlier rounds are no longer taken from phones. */
export function openNewRound(ydoc: Y.Doc, frustrationId: string): void {
	const round = Math.min(roundOf(readWorkshop(ydoc), frustrationId) + 1, MAX_COUNT);
	write(ydoc, () => roundsMap(ydoc).set(frustrationId, { round, revealed: false }));
}

/** Marks a participant as one who joined by link (the owner and editors, as they fold them). */
export function markJoined(ydoc: Y.Doc, participantId: string): void {
	if (ydoc.getMap(WORKSHOP_JOINED).get(participantId) === true) return;
	write(ydoc, () => ydoc.getMap(WORKSHOP_JOINED).set(participantId, true));
}

export function endWorkshop(ydoc: Y.Doc): void {
	write(ydoc, () => {
		const control = controlMap(ydoc);
		control.set('ended', true);
		control.set('running', false);
	});
}
