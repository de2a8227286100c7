import type { MarkTarget } from '../frame/mark-target';
import { frustrationDetails, frustrationLabel } from '$lib/i18n/chart-words';
import type { ChartFrustration } from '../rows';

/**
 * A frustration's mark on the matrix: where it is drawn, and its focusable target, worded
 * only when read (the dense layer of 5,000 marks reads the words of the one in focus or
 * under the pointer, not of every mark on every edit). One object serves the drawing and
 * the targets, so an edit makes one new object for the mark it moved and none for the rest.
 */
export class MatrixMark implements MarkTarget {
	readonly row: ChartFrustration;
	readonly x: number;
	readonly y: number;
	readonly r: number;

	constructor(row: ChartFrustration, x: number, y: number, r: number) {
		this.row = row;
		this.x = x;
		this.y = y;
		this.r = r;
	}

	get key() {
		return this.row.id;
	}

	get label() {
		return frustrationLabel(this.row);
	}

	get details() {
		return frustrationDetails(this.row);
	}
}
