/**
 * What leaves the browser as a file: a journey as JSON, its frustrations as CSV, and a
 * backup of every journey. The browser downloads them; nothing is sent anywhere.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { frustrationsCsv, type CsvColumn } from '$lib/io/csv';
import { backupFileOf, fileNameFor, journeyFileOf } from '$lib/io/journey-file';
import { getJourney, listJourneys } from '$lib/storage/journeys';
import { setSetting } from '$lib/storage/settings';
import { LAST_BACKUP } from './backup-reminder';
import { download } from './download';

export { download };

export function exportJourneyJson(doc: JourneyDocument, now = Date.now()) {
	download(
		fileNameFor(doc.journey.name, 'journey.json'),
		JSON.stringify(journeyFileOf(doc, now), null, '\t'),
		'application/json'
	);
}

export function exportFrustrationsCsv(doc: JourneyDocument, headings: Record<CsvColumn, string>) {
	download(
		fileNameFor(doc.journey.name, 'frustrations.csv'),
		frustrationsCsv(doc, headings),
		'text/csv;charset=utf-8'
	);
}

/**
 * Every journey in this browser, in one file named by the day it was taken; remembered as
 * the last backup, which the backup reminder counts from.
 */
export async function backupAll(now = Date.now()) {
	const docs: JourneyDocument[] = [];
	for (const { journey } of await listJourneys()) {
		const doc = await getJourney(journey.id);
		if (doc) docs.push(doc);
	}
	const day = new Date(now).toISOString().slice(0, 10);
	download(
		`touchpoint-backup-${day}.json`,
		JSON.stringify(backupFileOf(docs, now)),
		'application/json'
	);
	await setSetting(LAST_BACKUP, now);
	return docs.length;
}
