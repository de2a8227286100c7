import { describe, expect, it } from 'vitest';
import { pack, stampMarks, type Stamp } from '$lib/charts/frame/stamp-marks';

const red = pack(200, 0, 0, 255);
const blue = pack(0, 0, 200, 255);
const clear = 0;

/** A 2 × 2 stamp, fully one colour. */
const square = (colour: number): Stamp => ({ size: 2, pixels: new Uint32Array(4).fill(colour) });

function draw(marks: Parameters<typeof stampMarks>[3], width = 6, height = 4) {
	const buffer = new Uint32Array(width * height).fill(pack(9, 9, 9, 9));
	stampMarks(buffer, width, height, marks);
	return (x: number, y: number) => buffer[y * width + x];
}

describe('stamping marks into a pixel buffer', () => {
	it('clears what was there, and centres each stamp on its mark', () => {
		const at = draw([{ x: 2, y: 2, stamp: square(red) }]);
		expect([at(1, 1), at(2, 1), at(1, 2), at(2, 2)]).toEqual([red, red, red, red]);
		expect([at(0, 0), at(3, 2), at(2, 3)]).toEqual([clear, clear, clear]);
	});

	it('cuts a stamp at the edges of the buffer', () => {
		const at = draw([
			{ x: 0, y: 0, stamp: square(red) },
			{ x: 6, y: 4, stamp: square(blue) }
		]);
		expect(at(0, 0)).toBe(red);
		expect(at(5, 3)).toBe(blue);
		expect(at(1, 1)).toBe(clear);
	});

	it('lays a later mark over an earlier one, blending a see-through edge', () => {
		const edge: Stamp = { size: 2, pixels: new Uint32Array(4).fill(pack(0, 0, 200, 51)) };
		const at = draw([
			{ x: 2, y: 2, stamp: square(red) },
			{ x: 3, y: 2, stamp: edge }
		]);
		expect(at(1, 1)).toBe(red);
		// 20% blue over red: mostly red, fully opaque.
		expect(at(2, 1)).toBe(pack(160, 0, 40, 255));
		// Over nothing, the edge stays as it is.
		expect(at(3, 1)).toBe(pack(0, 0, 200, 51));
	});
});
