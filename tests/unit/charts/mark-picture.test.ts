import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkPicture, type DrawnMark } from '$lib/charts/frame/mark-picture';
import { pack, type Stamp } from '$lib/charts/frame/stamp-marks';

const colours: Record<string, number> = { red: pack(200, 0, 0, 255), blue: pack(0, 0, 200, 255) };

/** A square stamp as wide as the picture gives a mark of radius r (at 1 pixel per CSS pixel). */
function stampOf(colour: string, r: number): Stamp {
	const size = Math.ceil((r + 1) * 2);
	return { size, pixels: new Uint32Array(size * size).fill(colours[colour]!) };
}

type Coloured = DrawnMark & { colour: string };
const mark = (x: number, y: number, colour = 'red'): Coloured => ({ x, y, r: 2, colour });
const newPicture = (width: number, height: number) =>
	new MarkPicture<Coloured>(width, height, 1, (m) => m.colour, stampOf);

function pixelsOf(picture: MarkPicture<Coloured>) {
	return [...new Uint32Array(picture.pixels.buffer)];
}

describe('a picture of marks kept between drawings', () => {
	it('draws everything the first time', () => {
		const picture = newPicture(40, 30);
		expect(picture.draw([mark(10, 10)])).toEqual([{ left: 0, top: 0, right: 40, bottom: 30 }]);
	});

	it('redraws only where a mark left and arrived, to the same pixels as a fresh drawing', () => {
		const a = mark(10, 10);
		const b = mark(14, 10, 'blue');
		const c = mark(30, 20);
		const picture = newPicture(40, 30);
		picture.draw([a, b, c]);
		const moved = mark(25, 20, 'blue');
		const regions = picture.draw([a, c, moved]);

		expect(regions).toHaveLength(2);
		const area = regions.reduce((sum, r) => sum + (r.right - r.left) * (r.bottom - r.top), 0);
		expect(area).toBeLessThan((40 * 30) / 4);
		const fresh = newPicture(40, 30);
		fresh.draw([a, c, moved]);
		expect(pixelsOf(picture)).toEqual(pixelsOf(fresh));
	});

	it('keeps marks that overlap a moved one whole, in drawing order', () => {
		const under = mark(10, 10, 'blue');
		const over = mark(12, 10);
		const picture = newPicture(30, 20);
		picture.draw([under, over, mark(20, 10)]);
		picture.draw([under, over]);
		const fresh = newPicture(30, 20);
		fresh.draw([under, over]);
		expect(pixelsOf(picture)).toEqual(pixelsOf(fresh));
	});

	it('draws the whole picture again when many marks changed', () => {
		const picture = newPicture(100, 100);
		picture.draw(Array.from({ length: 50 }, (_, i) => mark(i * 2, 50)));
		const regions = picture.draw(Array.from({ length: 50 }, (_, i) => mark(i * 2, 60)));
		expect(regions).toEqual([{ left: 0, top: 0, right: 100, bottom: 100 }]);
	});

	it('after any few removals, insertions and moves, shows what a fresh drawing shows', () => {
		const at = fc.record({
			x: fc.integer({ min: -3, max: 43 }),
			y: fc.integer({ min: -3, max: 33 })
		});
		const edit = fc.oneof(
			fc.record({ kind: fc.constant('remove'), index: fc.nat() }),
			fc.record({ kind: fc.constant('insert'), index: fc.nat(), at, blue: fc.boolean() }),
			fc.record({ kind: fc.constant('swap'), index: fc.nat() })
		);
		fc.assert(
			fc.property(
				fc.array(at, { maxLength: 40 }),
				fc.array(edit, { maxLength: 6 }),
				(start, edits) => {
					const marks = start.map(({ x, y }, i) => mark(x, y, i % 3 ? 'red' : 'blue'));
					const picture = newPicture(40, 30);
					picture.draw(marks);
					const next = [...marks];
					for (const e of edits) {
						const index = next.length ? e.index % next.length : 0;
						if (e.kind === 'remove') next.splice(index, 1);
						else if (e.kind === 'insert') {
							next.splice(index, 0, mark(e.at.x, e.at.y, e.blue ? 'blue' : 'red'));
						} else if (next.length > 1) {
							const other = (index + 1) % next.length;
							[next[index], next[other]] = [next[other]!, next[index]!];
						}
					}
					picture.draw(next);
					const fresh = newPicture(40, 30);
					fresh.draw(next);
					expect(pixelsOf(picture)).toEqual(pixelsOf(fresh));
				}
			)
		);
	});
});
