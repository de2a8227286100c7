/**
 * The workshop controls of a live session (workshop-control.ts) as screens read them: `state`
 * follows the journey's Y.Doc, and the writers do nothing for a participant, whose writes to the
 * journey the server refuses (written here, they would show on this phone alone).
 */
import type * as Y from 'yjs';
import {
	bringEveryone,
	DEFAULT_WORKSHOP,
	endWorkshop,
	openNewRound,
	readWorkshop,
	reveal,
	setLocked,
	setMode,
	setStep,
	startWorkshop,
	WORKSHOP,
	WORKSHOP_JOINED,
	WORKSHOP_REVEALED,
	WORKSHOP_ROUNDS,
	type WorkshopMode,
	type WorkshopState
} from './workshop-control';

export class LiveWorkshop {
	state: WorkshopState = $state.raw(DEFAULT_WORKSHOP);
	/** The owner and editors: participants only read. */
	readonly mayControl: boolean;
	#ydoc: Y.Doc;
	#destroyed = false;

	constructor(ydoc: Y.Doc, mayControl: boolean) {
		this.#ydoc = ydoc;
		this.mayControl = mayControl;
		this.state = readWorkshop(ydoc);
		ydoc.getMap(WORKSHOP).observe(this.#read);
		ydoc.getMap(WORKSHOP_ROUNDS).observe(this.#read);
		ydoc.getMap(WORKSHOP_REVEALED).observe(this.#read);
		ydoc.getMap(WORKSHOP_JOINED).observe(this.#read);
	}

	#read = () => {
		this.state = readWorkshop(this.#ydoc);
	};

	#control(fn: (ydoc: Y.Doc) => void) {
		if (!this.mayControl || this.#destroyed) return;
		fn(this.#ydoc);
	}

	start(firstStep: string | null) {
		this.#control((ydoc) => startWorkshop(ydoc, firstStep));
	}

	setStep(touchPointId: string | null) {
		this.#control((ydoc) => setStep(ydoc, touchPointId));
	}

	bringEveryone() {
		this.#control(bringEveryone);
	}

	lock(locked: boolean) {
		this.#control((ydoc) => setLocked(ydoc, locked));
	}

	setMode(mode: WorkshopMode) {
		this.#control((ydoc) => setMode(ydoc, mode));
	}

	reveal(frustrationIds: readonly string[]) {
		this.#control((ydoc) => reveal(ydoc, frustrationIds));
	}

	openNewRound(frustrationId: string) {
		this.#control((ydoc) => openNewRound(ydoc, frustrationId));
	}

	end() {
		this.#control(endWorkshop);
	}

	/** Stops following the Y.Doc; `state` keeps its last value (an ended workshop says so). */
	destroy() {
		if (this.#destroyed) return;
		this.#destroyed = true;
		this.#ydoc.getMap(WORKSHOP).unobserve(this.#read);
		this.#ydoc.getMap(WORKSHOP_ROUNDS).unobserve(this.#read);
		this.#ydoc.getMap(WORKSHOP_REVEALED).unobserve(this.#read);
		this.#ydoc.getMap(WORKSHOP_JOINED).unobserve(this.#read);
	}
}
