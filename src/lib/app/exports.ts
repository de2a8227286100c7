/**
 * What leaves the browser as a file: a journey as JSON, its frustrations as CSV, and a
 * backup of every journey. The browser downloads them; nothing is sent anywhere.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { checkBackup, restoresWhole, type BackupCheck } from '$lib/io/backup-check';
import { frustrationsCsv, type CsvColumn } from '$lib/io/csv';
import {
	backupFileOf,
	fileNameFor,
	journeyDocumentText,
	journeyFileOf,
	journeyFileFrame
} from '$lib/io/journey-file';
import { getJourney, listJourneys } from '$lib/storage/journeys';
import { setSetting, updateSetting } from '$lib/storage/settings';
import { FROM_FILES, LAST_BACKUP } from './backup-reminder';
import { download } from './download';

export { download };

export function exportJourneyJson(doc: JourneyDocument, now = Date.now()) {
	download(
		fileNameFor(doc.journey.name, 'journey.json'),
		journeyFile(doc, now),
		'application/json'
	);
}

/** The document's text, laid out and encoded ahead of an export, for the document it is of. */
let prepared: { doc: JourneyDocument; text: Blob } | undefined;

/**
 * Lays out and encodes `doc`'s part of its journey file ahead of time (when the menu that
 * exports it opens): most of an export's cost at 5,000 frustrations, then off the click's path.
 * Only for that very document: after an edit, the export lays out the new one itself.
 */
export function prepareJourneyJson(doc: JourneyDocument) {
	if (prepared?.doc !== doc) prepared = { doc, text: new Blob([journeyDocumentText(doc)]) };
}

/** The journey file of `doc`, with the part laid out ahead when it is of `doc`. */
export function journeyFile(doc: JourneyDocument, now: number): Blob {
	const [head, tail] = journeyFileFrame(journeyFileOf(doc, now));
	const body = prepared?.doc === doc ? prepared.text : journeyDocumentText(doc);
	// One export per preparation: the memory goes with it.
	prepared = undefined;
	return new Blob([head, body, tail], { type: 'application/json' });
}

export function exportFrustrationsCsv(doc: JourneyDocument, headings: Record<CsvColumn, string>) {
	download(
		fileNameFor(doc.journey.name, 'frustrations.csv'),
		frustrationsCsv(doc, headings),
		'text/csv;charset=utf-8'
	);
}

export interface BackupResult extends BackupCheck {
	file: string;
	journeys: number;
}

/**
 * Every journey in this browser, in one file named by the day it was taken. The file is read
 * back as Restore would read it first; only a file that gives every journey back is
 * remembered as the last backup, which the backup reminder counts from. One that does not is
 * still downloaded (its healthy journeys restore), and the result names what would not.
 */
export async function backupAll(now = Date.now()): Promise<BackupResult> {
	const docs: JourneyDocument[] = [];
	for (const { journey } of await listJourneys()) {
		const doc = await getJourney(journey.id);
		if (doc) docs.push(doc);
	}
	const file = `touchpoint-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
	const text = JSON.stringify(backupFileOf(docs, now));
	const check = checkBackup(docs, text);
	download(file, text, 'application/json');
	if (restoresWhole(check)) {
		await setSetting(LAST_BACKUP, now);
		// What came from files before now is in the backup: no longer needed to tell it apart.
		await updateSetting(FROM_FILES, () => undefined);
	}
	return { file, journeys: docs.length, ...check };
}
