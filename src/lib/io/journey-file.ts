/**
 * The exported file formats: a journey file (`<name>.journey.json`) and a backup of every
 * journey. Both are plain JSON that says what it is, `{ format, formatVersion, exportedAt,
 * app, … }` (as excalidraw's files do), so any tool can recognise and migrate them. The
 * document inside is the zod journey schema itself; `static/journey.schema.json` is
 * generated from these definitions.
 */
import { z } from 'zod';
import {
	FORMAT_NAME,
	FORMAT_VERSION,
	journeyDocument,
	type JourneyDocument
} from '$lib/domain/schema';

export const BACKUP_FORMAT_NAME = 'touchpoint-backup';

/** Which app wrote the file; informative only, never trusted for anything. */
const writtenBy = z.object({
	name: z.string().max(100),
	version: z.string().max(50)
});

const header = {
	formatVersion: z.literal(FORMAT_VERSION),
	exportedAt: z.iso.datetime(),
	app: writtenBy
};

export const journeyFile = z.object({
	format: z.literal(FORMAT_NAME),
	...header,
	document: journeyDocument
});
export type JourneyFile = z.infer<typeof journeyFile>;

export const backupFile = z.object({
	format: z.literal(BACKUP_FORMAT_NAME),
	...header,
	journeys: z.array(journeyDocument).max(10_000)
});
export type BackupFile = z.infer<typeof backupFile>;

/** A journey file's header with its document left unchecked, for a reader that checks the
 * document as it writes it (io/checked-chunks.ts). */
export const journeyHeader = journeyFile.extend({ document: z.unknown() });

/**
 * A backup's header with its journeys left unchecked, for the reader to check each on its
 * own: one damaged journey then costs only itself.
 */
export const backupHeader = backupFile.extend({
	journeys: z.array(z.unknown()).max(10_000)
});

const headerAt = (now: number) => ({
	// Typed as the literal the file schema asks for, not as any number.
	formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
	exportedAt: new Date(now).toISOString(),
	app: { name: 'Touchpoint', version: __APP_VERSION__ }
});

export function journeyFileOf(document: JourneyDocument, now: number): JourneyFile {
	return { format: FORMAT_NAME, ...headerAt(now), document };
}

export function backupFileOf(journeys: JourneyDocument[], now: number): BackupFile {
	return { format: BACKUP_FORMAT_NAME, ...headerAt(now), journeys };
}

/**
 * A journey file's text: its header, document and collections laid out on lines of their
 * own, one record per line, each record as compact JSON. As readable and as easy to compare
 * line by line as JSON indented all the way down, and as fast to write as compact JSON:
 * indenting every level costs V8 its fast path, and the longer text costs again when the
 * browser encodes it for the download (about 3 times the compact text's cost at 5,000).
 */
export function journeyFileText(file: JourneyFile): string {
	const [head, tail] = journeyFileFrame(file);
	return head + journeyDocumentText(file.document) + tail;
}

/**
 * The text around the document: its header's members before it, the closing brace after.
 * Apart, so the document's text can be laid out ahead of time (see app/exports.ts).
 */
export function journeyFileFrame({
	document: _document,
	...header
}: JourneyFile): [string, string] {
	// The header laid out alone, its closing brace taken off for the document to follow.
	return [laidOut(header, 3, '')!.slice(0, -2) + ',\n\t"document": ', '\n}'];
}

/** The document's part of a journey file's text. */
export function journeyDocumentText(document: JourneyDocument): string {
	return laidOut(document, 2, '\t')!;
}

/** `value` as JSON, its first `levels` levels of objects and arrays one member per line. */
function laidOut(value: unknown, levels: number, indent: string): string | undefined {
	if (levels === 0 || typeof value !== 'object' || value === null) return JSON.stringify(value);
	const inner = indent + '\t';
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		// As JSON.stringify writes them: what has no JSON form is null in a list.
		const items = value.map((item) => inner + (laidOut(item, levels - 1, inner) ?? 'null'));
		return `[\n${items.join(',\n')}\n${indent}]`;
	}
	const members: string[] = [];
	for (const [key, member] of Object.entries(value)) {
		const text = laidOut(member, levels - 1, inner);
		// …and left out of an object.
		if (text !== undefined) members.push(`${inner}${JSON.stringify(key)}: ${text}`);
	}
	return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
}

/**
 * A file name from a journey's name: characters that file systems refuse or that hide a
 * path are replaced, and the result is never empty.
 */
export function fileNameFor(name: string, extension: string): string {
	const safe = name
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
		.replace(/^[\s.-]+|[\s.-]+$/g, '')
		.slice(0, 120);
	return `${safe || 'journey'}.${extension}`;
}
