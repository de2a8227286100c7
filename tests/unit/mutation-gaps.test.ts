// Rules that `npm run mutate` found no unit test watching: each test here kills a mutant that
// survived the whole unit suite (the mutant is named above the test).
import { describe, expect, it } from 'vitest';
import { effectiveRatings } from '$lib/domain/scoring';
import { looksTruncated, MAX_FILE_BYTES } from '$lib/io/read-file';
import { readShareFragment, SHARE_PREFIX, toBase64Url } from '$lib/io/share-link';

describe('effective ratings', () => {
	// scoring.ts: `if (r.frequency !== null)` → `if (true)` averaged a blank as 0.
	it('leaves a blank measure out of that measure’s mean', () => {
		const ratings = [
			{ frequency: null, severity: 2 },
			{ frequency: 4, severity: 4 }
		];
		expect(effectiveRatings({ frequency: 1, severity: 1, ratings })).toMatchObject({
			frequency: 4,
			severity: 3
		});
	});

	// scoring.ts: the count's condition → `true` counted a participant who left both blank.
	it('does not count a participant who left both measures blank as a rater', () => {
		const ratings = [
			{ frequency: null, severity: null },
			{ frequency: 3, severity: 5 }
		];
		expect(effectiveRatings({ frequency: 1, severity: 1, ratings })!.count).toBe(1);
	});
});

describe('a file cut off in the middle', () => {
	// read-file.ts: the backslash rule → `false` let an escaped quote end the string.
	it('is still inside a string after an escaped quote', () => {
		expect(looksTruncated('{"a": "x\\"}')).toBe(true);
	});

	// read-file.ts: `c === '['` → `false` missed an array left open at the top.
	it('is recognised when a top-level array is left open', () => {
		expect(looksTruncated('[1, 2')).toBe(true);
	});
});

describe('a share link that inflates past the file-size limit', () => {
	// share-link.ts: the size check in `pipe` → `false` (inflating everything, then refusing it
	// as text) and the reported size `MAX_FILE_BYTES + 1` → `- 1`.
	it('is refused as soon as it passes the limit, one byte over it', async () => {
		const stream = new Blob([' '.repeat(MAX_FILE_BYTES + 1024 * 1024)])
			.stream()
			.pipeThrough(new CompressionStream('deflate-raw'));
		const bomb = new Uint8Array(await new Response(stream).arrayBuffer());
		expect(await readShareFragment(SHARE_PREFIX + toBase64Url(bomb))).toEqual({
			ok: false,
			problem: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
		});
	});
});
