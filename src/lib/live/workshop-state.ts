/**
 * What a live workshop's controls say, as the screens read them: plain values and the rules on
 * them. Free of Yjs and zod, so the map and the projector's views that ask "may this mean show?"
 * load none of the session's code for it; workshop-control.ts reads and writes these in the
 * journey's Y.Doc (through zod) and re-exports them.
 */
export type WorkshopMode = 'blind' | 'open';

export interface WorkshopRound {
	round: number;
	revealed: boolean;
}

export interface WorkshopState {
	running: boolean;
	step: string | null;
	gather: number;
	locked: boolean;
	mode: WorkshopMode;
	ended: boolean;
	rounds: ReadonlyMap<string, WorkshopRound>;
	/** Participant ids of those who joined by link (a phone), as the owner and editors saw them. */
	joined: ReadonlySet<string>;
}

export const DEFAULT_WORKSHOP: WorkshopState = Object.freeze({
	running: false,
	step: null,
	gather: 0,
	locked: false,
	mode: 'blind',
	ended: false,
	rounds: new Map<string, WorkshopRound>(),
	joined: new Set<string>()
});

/** The frustration's current round: 0 until someone asks the room to rate it again. */
export function roundOf(state: WorkshopState, frustrationId: string): number {
	return state.rounds.get(frustrationId)?.round ?? 0;
}

/** Means may show: no workshop running, or results shown as they arrive, or this round revealed. */
export function isRevealed(state: WorkshopState, frustrationId: string): boolean {
	return (
		!state.running || state.mode === 'open' || state.rounds.get(frustrationId)?.revealed === true
	);
}

/** Phones' ratings and new frustrations are not taken now (a lock left after the end holds nothing). */
export function ratingsClosed(state: WorkshopState): boolean {
	return state.running && state.locked;
}
