/**
 * A card moved into another group of cards (card-groups.ts) or another column is made again
 * there. What it showed is kept here when the old one goes, for the new one to take up at once:
 * kept until the next frame, so a card removed for good leaves nothing behind.
 */
export interface CardState {
	open: boolean;
	showAll: boolean;
	addedHere: string[];
	/** Its frustrations were drawn. */
	reached: boolean;
}

const parked = new Map<string, CardState>();
let clearing = false;

export function parkCard(touchPointId: string, state: CardState) {
	parked.set(touchPointId, state);
	if (clearing) return;
	clearing = true;
	requestAnimationFrame(() => {
		parked.clear();
		clearing = false;
	});
}

export function takeParkedCard(touchPointId: string): CardState | undefined {
	const state = parked.get(touchPointId);
	parked.delete(touchPointId);
	return state;
}
