import { describe, expect, it } from 'vitest';
import { generateJourney } from '$lib/domain/generate';
import {
	fromBase64Url,
	MAX_SHARE_LINK_CHARS,
	readShareFragment,
	shareFragment,
	shareLink,
	SHARE_PREFIX,
	toBase64Url
} from '$lib/io/share-link';
import { MAX_FILE_BYTES } from '$lib/io/read-file';
import { airlineJourney } from './fixtures';

const BASE = 'https://touchpoint.example/';

async function compressed(text: string) {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('a share link', () => {
	it('carries the map in the fragment and reads back equal in every field', async () => {
		const doc = airlineJourney();
		const link = await shareLink(doc, `${BASE}journeys/x#old`, 1_000);
		if (!link.ok) throw new Error('expected a link');
		expect(link.url.startsWith(`${BASE}journeys/x${SHARE_PREFIX}`)).toBe(true);
		const hash = new URL(link.url).hash;
		expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
		expect(await readShareFragment(hash)).toEqual({
			ok: true,
			kind: 'journey',
			documents: [doc],
			writtenAt: 1_000
		});
	});

	it('is compressed well below the size of the JSON file', async () => {
		const doc = airlineJourney();
		const fragment = await shareFragment(doc, 1_000);
		expect(fragment.length).toBeLessThan(JSON.stringify(doc).length / 2);
	});

	it('is refused as too long past the documented limit, so the file is offered instead', async () => {
		const big = generateJourney({ frustrations: 3_000, touchPoints: 60, seed: 1 });
		const link = await shareLink(big, BASE, 1_000);
		expect(link).toMatchObject({ ok: false, reason: 'too-long', limit: MAX_SHARE_LINK_CHARS });
		if (!link.ok) expect(link.length).toBeGreaterThan(MAX_SHARE_LINK_CHARS);
	});

	it('is offered up to 32,000 characters of whole link, base included, and refused at 32,001', async () => {
		const doc = airlineJourney();
		const fragment = await shareFragment(doc, 1_000);
		// A long path on the page's address pads the whole link to an exact length.
		const baseOf = (linkLength: number) =>
			`${BASE}${'p'.repeat(linkLength - BASE.length - fragment.length)}`;
		const atLimit = await shareLink(doc, baseOf(32_000), 1_000);
		expect(atLimit.ok && atLimit.url.length).toBe(32_000);
		expect(await shareLink(doc, baseOf(32_001), 1_000)).toEqual({
			ok: false,
			reason: 'too-long',
			length: 32_001,
			limit: 32_000
		});
	});

	it('reports a link cut or mangled on its way as broken', async () => {
		const fragment = await shareFragment(airlineJourney(), 1_000);
		for (const hash of [
			fragment.slice(0, fragment.length / 2),
			`${SHARE_PREFIX}not*base64`,
			`${SHARE_PREFIX}AAAA`,
			'#something-else'
		]) {
			expect(await readShareFragment(hash), hash.slice(0, 30)).toEqual({
				ok: false,
				problem: { kind: 'broken-link' }
			});
		}
	});

	it('reads what decodes exactly like a file, with the same problems', async () => {
		const hash = SHARE_PREFIX + toBase64Url(await compressed('{"format":"something-else"}'));
		expect(await readShareFragment(hash)).toEqual({
			ok: false,
			problem: { kind: 'wrong-format', found: 'something-else' }
		});
	});

	it('stops inflating a tiny link that would expand past the file-size limit', async () => {
		const bomb = await compressed(' '.repeat(MAX_FILE_BYTES + 1024 * 1024));
		const result = await readShareFragment(SHARE_PREFIX + toBase64Url(bomb));
		expect(result).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
	});

	it('codes base64url both ways for every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(fromBase64Url(text)).toEqual(bytes);
	});
});
