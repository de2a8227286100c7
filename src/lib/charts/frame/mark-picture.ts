/**
 * The picture of a chart's marks, kept from one drawing to the next. Stamping 5,000 marks
 * took a quarter of a frame; an edit moves one or two, so a drawing that differs from the
 * last by a few marks (by identity: unchanged marks are the same objects) is redrawn only
 * where those marks were and now are. The caller puts just those regions on the canvas.
 */
import { markChanges } from './mark-changes';
import { stampMarks, stampStart, type PixelRect, type Stamp } from './stamp-marks';

export interface DrawnMark {
	/** Centre and radius in CSS pixels of the chart. */
	x: number;
	y: number;
	r: number;
}

/** More changed marks than this are drawn with the whole picture: the regions would not pay. */
const CHANGED_AT_MOST = 32;

export class MarkPicture<M extends DrawnMark = DrawnMark> {
	readonly width: number;
	readonly height: number;
	/** The pixels, as ImageData holds them (see stamp-marks.ts). */
	readonly pixels: Uint8ClampedArray<ArrayBuffer>;
	readonly #buffer: Uint32Array;
	readonly #ratio: number;
	readonly #colourOf: (mark: M) => string;
	readonly #stampOf: (colour: string, r: number) => Stamp;
	readonly #stamps = new Map<string, Stamp>();
	#marks: readonly M[] = [];
	#drawn = false;

	/**
	 * A picture of width × height device pixels, `ratio` of them per CSS pixel. `colourOf`
	 * gives a mark's CSS colour (or var(--name) of one), `stampOf` draws a mark's stamp
	 * (asked once per colour and radius), `stampSize(r, ratio)` pixels wide: the regions to
	 * redraw are worked out from that size.
	 */
	constructor(
		width: number,
		height: number,
		ratio: number,
		colourOf: (mark: M) => string,
		stampOf: (colour: string, r: number) => Stamp
	) {
		this.width = width;
		this.height = height;
		this.pixels = new Uint8ClampedArray(width * height * 4);
		this.#buffer = new Uint32Array(this.pixels.buffer);
		this.#ratio = ratio;
		this.#colourOf = colourOf;
		this.#stampOf = stampOf;
	}

	/** Draws `marks`, later ones over earlier, and gives the regions that changed. */
	draw(marks: readonly M[]): PixelRect[] {
		const changed = this.#drawn ? this.#changes(marks) : undefined;
		this.#marks = marks;
		this.#drawn = true;
		if (!changed) {
			stampMarks(this.#buffer, this.width, this.height, marks.map(this.#stamped));
			return [{ left: 0, top: 0, right: this.width, bottom: this.height }];
		}
		const regions = changed
			.map((mark) => this.#region(mark))
			.filter((r) => r.left < r.right && r.top < r.bottom);
		// One pass over the marks for all regions: each was a pass of its own over 50,000.
		const within: M[][] = regions.map(() => []);
		const ratio = this.#ratio;
		for (const mark of marks) {
			const size = stampSize(mark.r, ratio);
			const left = stampStart(mark.x * ratio, size);
			const top = stampStart(mark.y * ratio, size);
			for (let i = 0; i < regions.length; i++) {
				const region = regions[i]!;
				if (
					left < region.right &&
					region.left < left + size &&
					top < region.bottom &&
					region.top < top + size
				) {
					within[i]!.push(mark);
				}
			}
		}
		regions.forEach((region, i) => {
			stampMarks(this.#buffer, this.width, this.height, within[i]!.map(this.#stamped), region);
		});
		return regions;
	}

	/**
	 * Marks gone since the last drawing and marks new in this one, or undefined for too many.
	 * Both lists are walked side by side, since an edit removes or inserts a few marks and
	 * leaves the rest in order: where they differ, one step of look-ahead tells a removal from
	 * an insertion. A reordering may list unchanged marks too, which only redraws more.
	 */
	#changes(marks: readonly M[]): M[] | undefined {
		const last = this.#marks;
		const known = markChanges(marks, last);
		if (known) {
			const changed = [...known.gone, ...known.added];
			return changed.length > CHANGED_AT_MOST ? undefined : changed;
		}
		const changed: M[] = [];
		let i = 0;
		let j = 0;
		while (i < last.length || j < marks.length) {
			if (i < last.length && j < marks.length && last[i] === marks[j]) {
				i++;
				j++;
				continue;
			}
			if (changed.length >= CHANGED_AT_MOST) return undefined;
			if (j >= marks.length || (i < last.length && last[i + 1] === marks[j])) {
				changed.push(last[i++]!);
			} else if (i >= last.length || last[i] === marks[j + 1]) {
				changed.push(marks[j++]!);
			} else {
				changed.push(last[i++]!, marks[j++]!);
			}
		}
		return changed;
	}

	/** The pixels of the picture a mark's stamp covers. */
	#region(mark: DrawnMark): PixelRect {
		const size = stampSize(mark.r, this.#ratio);
		const left = stampStart(mark.x * this.#ratio, size);
		const top = stampStart(mark.y * this.#ratio, size);
		return {
			left: Math.max(0, left),
			top: Math.max(0, top),
			right: Math.min(this.width, left + size),
			bottom: Math.min(this.height, top + size)
		};
	}

	#stamped = (mark: M) => {
		const colour = this.#colourOf(mark);
		const id = `${colour} ${mark.r}`;
		let stamp = this.#stamps.get(id);
		if (!stamp) this.#stamps.set(id, (stamp = this.#stampOf(colour, mark.r)));
		return { x: mark.x * this.#ratio, y: mark.y * this.#ratio, stamp };
	};
}

/** Width and height in device pixels of a mark's stamp: its circle and a pixel of stroke. */
export function stampSize(r: number, ratio: number): number {
	return Math.ceil((r + 1) * 2 * ratio);
}
