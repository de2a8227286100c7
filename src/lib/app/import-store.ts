/**
 * How an imported journey is stored: noted as arrived from a file, its snapshot kept soon
 * after, and a single new journey file written while it is checked.
 */
import { FROM_FILES, type ArrivedFromFiles } from './backup-reminder';
import { collections, type Collection } from '$lib/domain/format';
import { itemUpTo, journeyUpTo, latestTime } from '$lib/domain/foreign-times';
import { journey as journeySchema, type JourneyDocument } from '$lib/domain/schema';
import { checkInChunks, NotValidError } from '$lib/io/checked-chunks';
import { journeyHeader } from '$lib/io/journey-file';
import type { ParsedFile } from '$lib/io/read-file';
import {
	ForeignRecordsError,
	hasJourney,
	JourneyHereError,
	storeJourney,
	storeJourneyWhileChecking
} from '$lib/storage/journey-store';
import { updateSetting } from '$lib/storage/settings';
import { validate } from '$lib/storage/validation';
import { snapshotNotKept } from '$lib/storage/background-failure';
import { laterWhenIdle } from './later-when-idle';

/**
 * Writes a journey as it came from a file, noted first as such (so the backup reminder never
 * counts it, not even for the moment between the two writes), the note put back as it was
 * when the write fails. A merge is not noted: what it kept from here may be unsaved work.
 */
export async function storeAsFromFile<T>(
	{ journey }: Pick<JourneyDocument, 'journey'>,
	write: () => Promise<T>
): Promise<T> {
	const { id, updatedAt } = journey;
	const noted = (before: number | undefined) => (current: ArrivedFromFiles | undefined) => {
		const next = { ...current };
		if (before === undefined) delete next[id];
		else next[id] = before;
		// None left: no setting at all, so a failed import leaves the database as it was.
		return Object.keys(next).length ? next : undefined;
	};
	const earlier = await updateSetting<ArrivedFromFiles>(FROM_FILES, noted(updatedAt));
	try {
		return await write();
	} catch (error) {
		const before = earlier && Object.hasOwn(earlier, id) ? earlier[id] : undefined;
		await updateSetting<ArrivedFromFiles>(FROM_FILES, noted(before)).catch(() => {});
		throw error;
	}
}

/**
 * Stores a new journey from a document the schema has already passed: every file, link and
 * diagram is checked whole as it is read (io/read-file.ts), and what is done to it here only
 * gives items new ids, earlier times (never before 1970) or, for a copy, a name that fits.
 * Checking all of it again cost as long as the write itself at 50,000 frustrations; the
 * journey's own record, which that work rewrites, is checked again (it is one small object).
 * A journey of its id stored meanwhile (another tab's import) is kept: `JourneyHereError`.
 */
export async function storeChecked(doc: JourneyDocument): Promise<JourneyDocument> {
	validate(journeySchema, doc.journey);
	keepSnapshotSoon(await storeJourney(doc, undefined, { snapshot: 'later', onlyNew: true }));
	return doc;
}

/** How long after an import's write its journey's snapshot waits (ms): the list is read again
 * and drawn in the meantime. */
const SNAPSHOT_AFTER_MS = 500;

/**
 * The imported journey kept as one value once the list shows it and the browser is idle:
 * laying out its text and storing it in the import's own write made the person wait about a
 * seventh of a second longer at 50,000 frustrations. An opening before then reads the records
 * and keeps the snapshot itself; a write in between keeps this one out (`storeJourney`).
 */
function keepSnapshotSoon(keep: (() => Promise<boolean>) | undefined) {
	if (keep) laterWhenIdle(() => void keep().catch(snapshotNotKept), SNAPSHOT_AFTER_MS, 2_000);
}

/**
 * A file of one journey that is not here yet, written while it is checked (io/checked-chunks.ts):
 * the database stores each chunk of items as soon as it passes, while the next is checked, in
 * one transaction that a failure anywhere aborts, so nothing of it is kept. What this gives is
 * what the usual way (`checkFile`, then `importDocument`) gives the same file. Undefined when
 * the file is to take the usual way: it is not valid (which then says why), its journey is
 * here already (the person decides), or another journey holds some of its ids (they get ids
 * of their own).
 */
export async function importWhileChecking(
	parsed: ParsedFile,
	now: number
): Promise<{ id: string; name: string; storedUpdatedAt: number } | undefined> {
	const header = journeyHeader.safeParse(parsed.file);
	if (!header.success) return undefined;
	const raw = header.data.document as { journey?: unknown } | null;
	const read = journeySchema.safeParse(raw?.journey);
	if (!read.success) return undefined;
	// An item cannot have been edited after its file was written, nor after it arrived here.
	const until = latestTime(Math.min(now, Date.parse(header.data.exportedAt)));
	const journey = validate(journeySchema, journeyUpTo(read.data, until));
	if (await hasJourney(journey.id)) return undefined;
	const ids = idsOf(raw as Record<string, unknown>);
	let lastEdit = journey.updatedAt;
	try {
		const keep = await storeAsFromFile({ journey }, () =>
			storeJourneyWhileChecking(journey, ids, (put) => {
				checkInChunks(raw, (name, items) => {
					const arrived = items.map((item) => itemUpTo(item, until));
					for (const item of arrived) lastEdit = Math.max(lastEdit, item.updatedAt);
					put(name, arrived as typeof items);
				});
			})
		);
		keepSnapshotSoon(keep);
	} catch (error) {
		// Items another journey holds get ids of their own the usual way (`withFreshIdsFor`); a
		// journey another tab's import stored meanwhile is the person's to decide about.
		if (
			error instanceof NotValidError ||
			error instanceof ForeignRecordsError ||
			error instanceof JourneyHereError
		)
			return undefined;
		throw error;
	}
	return { id: journey.id, name: journey.name, storedUpdatedAt: lastEdit };
}

/** The ids the document's items give, whatever they are, for the check that no other journey
 * holds them; the schema checks them as they are written. */
function idsOf(raw: Record<string, unknown>) {
	const ids = {} as { [C in Collection]: { id: unknown }[] };
	for (const name of collections) {
		const items = raw[name];
		ids[name] = Array.isArray(items)
			? items.map((item) => ({ id: (item as { id?: unknown } | null)?.id }))
			: [];
	}
	return ids;
}
