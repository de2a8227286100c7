/**
 * A participant's own document in a live session (`journey:<roomId>:p:<pid>`, writable by that
 * participant alone, read by the owner and editors): their participant record, the frustrations
 * they propose and their ratings. The journey's document stays read-only to them; whoever may
 * write the journey folds this document into it through the validated edit path, taking only
 * what a participant may do (add a frustration under an existing touch point, set their own
 * rating). Layout, plain JSON values (one writer, nothing to merge inside):
 *
 * - `participant`: Y.Map `{ name }`
 * - `frustrations`: Y.Map id → `{ touchPointId, text }`
 * - `ratings`: Y.Map frustration id → `{ frequency, severity, round }` (both null: cleared;
 *   `round`: the workshop's round of that frustration it was given in, missing = 0)
 *
 * In a live workshop (workshop-control.ts) the fold takes a rating only in the frustration's
 * current round (one given before "Rate again" stays out of the fresh round), and takes nothing
 * while ratings are locked; what waits is taken once they are unlocked.
 */
import * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import { childOrder } from '$lib/domain/edits/operations';
import {
	frustration as frustrationSchema,
	id as idSchema,
	participant as participantSchema,
	participantRating,
	type Frustration,
	type JourneyDocument,
	type ParticipantRating
} from '$lib/domain/schema';
import { same, sameContent } from './records-in-y';
import { participantIdFor } from './participant-id';

export { participantIdFor };

export const OWN_PARTICIPANT = 'participant';
export const PROPOSED = 'frustrations';
export const OWN_RATINGS = 'ratings';

const ownRating = (f: Frustration | null | undefined, participantId: string) =>
	f?.ratings.find((r) => r.participantId === participantId);

const withoutRatings = ({ ratings: _r, updatedAt: _u, ...rest }: Frustration) => rest;

/**
 * Whether a participant may make these changes: add their own participant record, add a
 * frustration under a touch point that exists, set or clear their own rating of a frustration.
 */
export function participantMay(
	changes: readonly Change[],
	participantId: string,
	doc: JourneyDocument
): boolean {
	return changes.every((c) => {
		if (c.collection === 'participants') {
			return c.before === null && c.after?.id === participantId;
		}
		if (c.collection !== 'frustrations' || !c.after) return false;
		const after = c.after;
		const othersOf = (f: Frustration) => f.ratings.filter((r) => r.participantId !== participantId);
		if (c.before === null) {
			return (
				doc.touchPoints.some((t) => t.id === after.touchPointId) &&
				after.ratings.every((r) => r.participantId === participantId)
			);
		}
		return (
			c.before.id === after.id &&
			sameContent(withoutRatings(c.before), withoutRatings(after)) &&
			same(othersOf(c.before), othersOf(after))
		);
	});
}

/** The workshop as the fold and the participant's writes see it. */
export interface FoldWorkshop {
	roundOf(frustrationId: string): number;
	locked: boolean;
}

const NO_WORKSHOP: FoldWorkshop = { roundOf: () => 0, locked: false };

/**
 * Writes what a participant stored here into their own document (only what they may do),
 * each rating marked with the frustration's current round (`roundOf`).
 */
export function writeOwn(
	pdoc: Y.Doc,
	changes: readonly Change[],
	participantId: string,
	origin: unknown = null,
	roundOf: (frustrationId: string) => number = NO_WORKSHOP.roundOf
): void {
	const proposed = pdoc.getMap<unknown>(PROPOSED);
	const ratings = pdoc.getMap<unknown>(OWN_RATINGS);
	const own = pdoc.getMap<unknown>(OWN_PARTICIPANT);
	pdoc.transact(() => {
		for (const c of changes) {
			if (c.collection === 'participants') {
				if (c.after?.id === participantId && own.get('name') !== c.after.name) {
					own.set('name', c.after.name);
				}
				continue;
			}
			if (c.collection !== 'frustrations' || !c.after) continue;
			const f = c.after;
			if (c.before === null && !proposed.has(f.id)) {
				proposed.set(f.id, { touchPointId: f.touchPointId, text: f.text });
			}
			const mine = ownRating(f, participantId);
			const was = ownRating(c.before, participantId);
			const measures = { frequency: mine?.frequency ?? null, severity: mine?.severity ?? null };
			const value = { ...measures, round: roundOf(f.id) };
			const known = ratings.get(f.id);
			if (same({ frequency: was?.frequency ?? null, severity: was?.severity ?? null }, measures)) {
				if (known !== undefined || !mine) continue;
			}
			if (!same(known, value)) ratings.set(f.id, value);
		}
	}, origin);
}

/**
 * Writes everything of this participant's that `doc` holds into their document: after a
 * reload the server may hold none of it (it keeps nothing once everyone has left).
 * `inJourney`: whether the journey's document already holds a frustration (folded before).
 */
export function seedOwn(
	pdoc: Y.Doc,
	doc: JourneyDocument,
	participantId: string,
	inJourney: (id: string) => boolean,
	origin: unknown = null,
	roundOf: (frustrationId: string) => number = NO_WORKSHOP.roundOf
): void {
	const changes: Change[] = [];
	const me = doc.participants.find((p) => p.id === participantId);
	if (me) changes.push({ collection: 'participants', before: null, after: me });
	for (const f of doc.frustrations) {
		if (!inJourney(f.id)) changes.push({ collection: 'frustrations', before: null, after: f });
		else if (ownRating(f, participantId)) {
			changes.push({ collection: 'frustrations', before: { ...f, ratings: [] }, after: f });
		}
	}
	writeOwn(pdoc, changes, participantId, origin, roundOf);
}

/** Something in a participant's document that was not taken. */
export interface FoldDropped {
	pid: string;
	what: string;
	message: string;
}

export type FoldLog = (dropped: FoldDropped) => void;

export const logFoldDropped: FoldLog = (d) =>
	console.warn(`Live session: dropped ${d.what} from participant ${d.pid}: ${d.message}`);

const asObject = (value: unknown): Record<string, unknown> | undefined =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;

/**
 * The changes that bring a participant's document into the journey `doc` (as stored): their
 * participant record added or renamed, the frustrations they propose added, their own ratings
 * set. Nothing else is taken; what does not pass is logged with their pid. Equal values give no
 * change, so folding the same document again (or on several browsers) writes nothing.
 * `known`: whether the journey's document holds a frustration or participant id at all (a
 * tombstone too): a removed one is not brought back by its proposer. `workshop`: a rating of
 * an earlier round is not taken, and while locked neither ratings nor new frustrations are.
 */
export function foldParticipant(
	pdoc: Y.Doc,
	pid: string,
	doc: JourneyDocument,
	known: (collection: 'frustrations' | 'participants', id: string) => boolean,
	now: number,
	log: FoldLog = logFoldDropped,
	workshop: FoldWorkshop = NO_WORKSHOP
): Change[] {
	const participantId = participantIdFor(pid);
	const drop = (what: string, message: string) => log({ pid, what, message });
	const changes: Change[] = [];

	const existing = doc.participants.find((p) => p.id === participantId);
	const name = participantSchema.shape.name.safeParse(pdoc.getMap(OWN_PARTICIPANT).get('name'));
	let present = Boolean(existing);
	if (!name.success) {
		if (pdoc.getMap(OWN_PARTICIPANT).size > 0) drop('participant.name', name.error.message);
	} else if (existing) {
		if (existing.name !== name.data) {
			changes.push({
				collection: 'participants',
				before: existing,
				after: { ...existing, name: name.data, updatedAt: Math.max(now, existing.updatedAt + 1) }
			});
		}
	} else if (!known('participants', participantId)) {
		const after = participantSchema.parse({
			id: participantId,
			updatedAt: now,
			name: name.data,
			order: childOrder(doc, 'participants')
		});
		changes.push({ collection: 'participants', before: null, after });
		present = true;
	}

	const touchPoints = new Set(doc.touchPoints.map((t) => t.id));
	const added = new Map<string, Frustration>();
	let order = childOrder(doc, 'frustrations');
	// Locked: what the phone holds waits there, and is taken once ratings are open again.
	const proposed = workshop.locked ? [] : pdoc.getMap<unknown>(PROPOSED).entries();
	const given = workshop.locked ? [] : pdoc.getMap<unknown>(OWN_RATINGS).entries();
	for (const [key, value] of proposed) {
		const what = `frustration ${key.slice(0, 40)}`;
		if (!idSchema.safeParse(key).success) {
			drop(what, 'not a record id');
			continue;
		}
		if (doc.frustrations.some((f) => f.id === key) || known('frustrations', key)) continue;
		const fields = asObject(value);
		const touchPointId = fields?.touchPointId;
		if (typeof touchPointId !== 'string' || !touchPoints.has(touchPointId)) {
			drop(what, 'not under a touch point of the journey');
			continue;
		}
		const parsed = frustrationSchema.safeParse({
			id: key,
			updatedAt: now,
			touchPointId,
			text: fields?.text,
			order: (order = Math.max(order, childOrder(doc, 'frustrations', touchPointId))),
			frequency: null,
			severity: null
		});
		order += 1;
		if (!parsed.success) {
			drop(what, parsed.error.issues[0]?.message ?? 'invalid');
			continue;
		}
		added.set(key, parsed.data);
	}

	const rated = new Map<string, Frustration>();
	for (const [key, value] of given) {
		const what = `rating of ${key.slice(0, 40)}`;
		const target = added.get(key) ?? doc.frustrations.find((f) => f.id === key);
		if (!target) {
			if (!idSchema.safeParse(key).success || !known('frustrations', key)) {
				drop(what, 'no such frustration');
			}
			continue;
		}
		const fields = asObject(value);
		const round = fields?.round ?? 0;
		// Given before the facilitator asked the room to rate again: not this round's answer.
		if (round !== workshop.roundOf(key)) continue;
		const parsed = participantRating.safeParse({
			participantId,
			frequency: fields?.frequency,
			severity: fields?.severity
		});
		if (!parsed.success) {
			drop(what, parsed.error.issues[0]?.message ?? 'invalid');
			continue;
		}
		if (!present) {
			drop(what, 'no participant record');
			continue;
		}
		const next = withRating(target, parsed.data);
		if (next !== target) rated.set(key, next);
	}

	for (const [id, f] of added) {
		changes.push({ collection: 'frustrations', before: null, after: rated.get(id) ?? f });
	}
	for (const [id, f] of rated) {
		if (added.has(id)) continue;
		const before = doc.frustrations.find((x) => x.id === id)!;
		changes.push({
			collection: 'frustrations',
			before,
			after: { ...f, updatedAt: Math.max(now, before.updatedAt + 1) }
		});
	}
	return changes;
}

/** `f` with `rating` as its participant's entry (none when both measures are null). */
function withRating(f: Frustration, rating: ParticipantRating): Frustration {
	const existing = f.ratings.find((r) => r.participantId === rating.participantId);
	const empty = rating.frequency === null && rating.severity === null;
	if (!existing && empty) return f;
	if (existing && same(existing, rating)) return f;
	const ratings = existing
		? f.ratings.flatMap((r) => (r === existing ? (empty ? [] : [rating]) : [r]))
		: [...f.ratings, rating];
	return { ...f, ratings };
}
