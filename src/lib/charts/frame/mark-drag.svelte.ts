/**
 * Dragging a chart's mark with a pointer. A press on a mark becomes a drag only once the
 * pointer has moved a few pixels, so a plain click still opens the mark; the click that
 * ends a drag opens nothing. Positions are in the chart's own coordinates.
 */
export interface Point {
	x: number;
	y: number;
}

export interface Dragged extends Point {
	key: string;
	r: number;
}

/** How far a press may wander and still be a click. */
const SLOP = 4;

export class MarkDrag {
	/** The mark being dragged and where the pointer holds it, for the drawn preview. */
	dragging = $state<Dragged>();
	#press: (Dragged & { pointerId: number }) | undefined;
	#dropped = false;
	readonly #locate: (event: PointerEvent) => Point;
	readonly #ondrop: (key: string, at: Point) => void;

	constructor(locate: (event: PointerEvent) => Point, ondrop: (key: string, at: Point) => void) {
		this.#locate = locate;
		this.#ondrop = ondrop;
	}

	press(event: PointerEvent, key: string, r: number) {
		if (event.button !== 0) return;
		const at = this.#locate(event);
		this.#press = { key, r, ...at, pointerId: event.pointerId };
		this.#dropped = false;
		// Keep the pointer's events while it drags beyond the mark, or beyond the chart.
		(event.currentTarget as Element | null)?.setPointerCapture?.(event.pointerId);
	}

	/** Whether a pointer is held down on a mark (a drag, or a press that may become one). */
	get pressing(): boolean {
		return this.#press !== undefined;
	}

	move(event: PointerEvent) {
		const press = this.#press;
		if (!press || event.pointerId !== press.pointerId) return;
		const at = this.#locate(event);
		if (!this.dragging && Math.hypot(at.x - press.x, at.y - press.y) < SLOP) return;
		this.dragging = { key: press.key, r: press.r, ...at };
	}

	release(event: PointerEvent) {
		const press = this.#press;
		if (!press || event.pointerId !== press.pointerId) return;
		const dragged = this.dragging;
		this.#press = undefined;
		this.dragging = undefined;
		if (!dragged) return;
		this.#dropped = true;
		this.#ondrop(dragged.key, this.#locate(event));
	}

	cancel() {
		this.#press = undefined;
		this.dragging = undefined;
	}

	/** Whether this click ends a drag (and so should not open the mark); asks once. */
	endsDrag(): boolean {
		const dropped = this.#dropped;
		this.#dropped = false;
		return dropped;
	}
}
