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
