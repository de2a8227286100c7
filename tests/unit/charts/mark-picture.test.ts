import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteMarkChanges } from '$lib/charts/frame/mark-changes';
import { MarkPicture, stampSize, type DrawnMark } from '$lib/charts/frame/mark-picture';
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

	it('works in device pixels: at two per CSS pixel, a move between overlapping marks', () => {
		const picture = () =>
			new MarkPicture<Coloured>(
				60,
				40,
				2,
				(m) => m.colour,
				(c, r) => edgedStamp(c, r, 2)
			);
		const under = mark(10, 5, 'blue');
		const kept = picture();
		kept.draw([under, mark(12.3, 5)]);
		const moved = mark(15.3, 10.6);
		kept.draw([under, moved]);
		const fresh = picture();
		fresh.draw([under, moved]);
		expect(pixelsOf(kept)).toEqual(pixelsOf(fresh));
	});

	it('redraws the marks it is told changed, to the same pixels as a fresh drawing', () => {
		const a = mark(10, 10);
		const b = mark(14, 10, 'blue');
		const c = mark(30, 20);
		const picture = newPicture(40, 30);
		const first = [a, b, c];
		picture.draw(first);
		const moved = mark(25, 20, 'blue');
		const next = [a, c, moved];
		noteMarkChanges(next, { from: first, gone: [b], added: [moved], addedAt: [2] });
		expect(picture.draw(next)).toHaveLength(2);
		const fresh = newPicture(40, 30);
		fresh.draw(next);
		expect(pixelsOf(picture)).toEqual(pixelsOf(fresh));
	});

	it('draws the whole picture again when many marks changed', () => {
		const picture = newPicture(100, 100);
		picture.draw(Array.from({ length: 50 }, (_, i) => mark(i * 2, 50)));
		const regions = picture.draw(Array.from({ length: 50 }, (_, i) => mark(i * 2, 60)));
		expect(regions).toEqual([{ left: 0, top: 0, right: 100, bottom: 100 }]);
	});

	it('after any few removals, insertions and moves, at any pixel ratio, shows what a fresh drawing shows', () => {
		// Fractional centres, and stamps whose see-through edges blend where marks touch, so a
		// region redrawn twice or cut in the wrong place would show.
		const at = fc.record({
			x: fc.double({ min: -3, max: 23, noNaN: true }),
			y: fc.double({ min: -3, max: 18, noNaN: true })
		});
		const edit = fc.oneof(
			fc.record({ kind: fc.constant('remove'), index: fc.nat() }),
			fc.record({ kind: fc.constant('insert'), index: fc.nat(), at, blue: fc.boolean() }),
			fc.record({ kind: fc.constant('swap'), index: fc.nat() })
		);
		fc.assert(
			fc.property(
				fc.constantFrom(1, 1.5, 2),
				fc.array(at, { maxLength: 40 }),
				fc.array(edit, { minLength: 1, maxLength: 6 }),
				(ratio, start, edits) => {
					const picture = () =>
						new MarkPicture<Coloured>(
							Math.round(20 * ratio),
							Math.round(15 * ratio),
							ratio,
							(m) => m.colour,
							(colour, r) => edgedStamp(colour, r, ratio)
						);
					const marks = start.map(({ x, y }, i) => mark(x, y, i % 3 ? 'red' : 'blue'));
					const kept = picture();
					kept.draw(marks);
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
					kept.draw(next);
					const fresh = picture();
					fresh.draw(next);
					expect(pixelsOf(kept)).toEqual(pixelsOf(fresh));
				}
			),
			{ numRuns: 500 }
		);
	});
});

/** A stamp of the size the picture expects, opaque inside and half see-through at its edge. */
function edgedStamp(colour: string, r: number, ratio: number): Stamp {
	const size = stampSize(r, ratio);
	const [red, blue] = colour === 'red' ? [200, 0] : [0, 200];
	const pixels = new Uint32Array(size * size);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const edge = x === 0 || y === 0 || x === size - 1 || y === size - 1;
			pixels[y * size + x] = pack(red, 0, blue, edge ? 128 : 255);
		}
	}
	return { size, pixels };
}
