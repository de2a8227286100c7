/**
 * A journey inside a link: the journey file, compressed ('deflate-raw') and base64url-coded,
 * in the URL's fragment (`#share=…`). Browsers never send the fragment to a server, so the
 * map travels only inside the link itself. Opening the link reads the map back through the
 * same reader as a file (`parseJourneyText`): same checks, same messages.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { journeyFileOf } from './journey-file';
import { MAX_FILE_BYTES, parseJourneyText, type ReadResult } from './read-file';

export const SHARE_PREFIX = '#share=';
/**
 * Longest link offered, in characters. Browsers accept far longer URLs, but chat apps, mail
 * clients and URL shorteners cut or refuse links well before that; past 32,000 characters
 * the JSON file is the reliable way.
 */
export const MAX_SHARE_LINK_CHARS = 32_000;

const FORMAT = 'deflate-raw';

async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit = Infinity) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		// A tiny link can inflate to gigabytes (a "zip bomb"): stop at the file-size limit.
		if (size > limit) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('not base64url');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (`#share=…`) that carries `doc`; it may be longer than a link should be. */
export async function shareFragment(doc: JourneyDocument, now: number): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(journeyFileOf(doc, now)));
	return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream(FORMAT)));
}

export type ShareLink =
	{ ok: true; url: string } | { ok: false; reason: 'too-long'; length: number; limit: number };

/** The whole link to give someone, or why it would be too long to pass around. */
export async function shareLink(
	doc: JourneyDocument,
	base: string,
	now: number
): Promise<ShareLink> {
	const url = base.replace(/#.*$/, '') + (await shareFragment(doc, now));
	return url.length > MAX_SHARE_LINK_CHARS
		? { ok: false, reason: 'too-long', length: url.length, limit: MAX_SHARE_LINK_CHARS }
		: { ok: true, url };
}

export function isShareFragment(hash: string): boolean {
	return hash.startsWith(SHARE_PREFIX);
}

/**
 * Reads the map in a `#share=…` fragment. A link that was cut or mangled on its way (bad
 * characters, a broken compressed stream) is reported as `broken-link`; what decodes is read
 * exactly like a file.
 */
export async function readShareFragment(
	hash: string
): Promise<ReadResult | { ok: false; problem: { kind: 'broken-link' } }> {
	const broken = { ok: false as const, problem: { kind: 'broken-link' as const } };
	if (!isShareFragment(hash)) return broken;
	let text: string;
	try {
		const bytes = await pipe(
			fromBase64Url(hash.slice(SHARE_PREFIX.length)),
			new DecompressionStream(FORMAT),
			MAX_FILE_BYTES
		);
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (e) {
		if (e instanceof RangeError) {
			return {
				ok: false,
				problem: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
			};
		}
		return broken;
	}
	return parseJourneyText(text);
}
