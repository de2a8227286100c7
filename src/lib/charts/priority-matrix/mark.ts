import type { MarkTarget } from '../frame/MarkTargets.svelte';
import { frustrationDetails, frustrationLabel } from '../describe';
import type { MatrixMark } from './shape';

/**
 * A mark's focusable target, worded only when read: the dense layer of 5,000 marks reads
 * the words of the one in focus or under the pointer, not of every mark on every edit.
 */
export class MatrixTarget implements MarkTarget {
	readonly key: string;
	readonly x: number;
	readonly y: number;
	readonly r: number;
	readonly #mark: MatrixMark;

	constructor(mark: MatrixMark, r: number) {
		this.#mark = mark;
		this.key = mark.row.id;
		this.x = mark.x;
		this.y = mark.y;
		this.r = r;
	}

	get label() {
		return frustrationLabel(this.#mark.row);
	}

	get details() {
		return frustrationDetails(this.#mark.row);
	}
}
