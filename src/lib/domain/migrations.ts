/**
 * The one ordered list of document migrations, in the way of tldraw's store: every change of
 * the journey document's shape is a step from one format version to the next, and every
 * road by which an older document comes back takes the same steps: an imported file
 * (io/migrations.ts), the records stored in IndexedDB (a Dexie version's upgrade runs
 * storage/upgrades.ts) and a version-history snapshot (which carries the format it was
 * written in). A step never assumes its input is valid; the schema checks the result once.
 */
import { FORMAT_VERSION } from './format';

/** A document as parsed JSON or as read from storage, before the schema has checked it. */
export type RawDocument = Record<string, unknown>;

export interface DocumentMigration {
	/** The format version this step reads; it returns the document in `from + 1`. */
	from: number;
	up: (document: RawDocument) => RawDocument;
}

/**
 * Format 2 lets a frustration's own frequency and severity be null (not rated yet). Format 1
 * had no way to say so, and a 3 × 3 in it may well have been given on purpose, so every
 * rating is kept as it is: the step only says the document is now format 2.
 */
const ratingsMayBeUnrated: DocumentMigration = { from: 1, up: (document) => document };

/** Append, never reorder: each step reads the format before it. */
export const documentMigrations: DocumentMigration[] = [ratingsMayBeUnrated];

export type MigrationProblem = { reason: 'future-version' | 'unknown-version'; version: unknown };

/** The steps from `version` to `to`, or why there are none. */
export function migrationPath(
	version: unknown,
	to: number = FORMAT_VERSION,
	list: readonly DocumentMigration[] = documentMigrations
): { ok: true; steps: DocumentMigration[] } | ({ ok: false } & MigrationProblem) {
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'unknown-version', version };
	}
	if (version > to) return { ok: false, reason: 'future-version', version };
	const steps: DocumentMigration[] = [];
	for (let from = version; from < to; from++) {
		const step = list.find((m) => m.from === from);
		if (!step) return { ok: false, reason: 'unknown-version', version };
		steps.push(step);
	}
	return { ok: true, steps };
}

export function runMigrations(steps: readonly DocumentMigration[], document: RawDocument) {
	return steps.reduce((doc, step) => step.up(doc), document);
}

/** A document of format `version` brought to format `to` (the current one by default). */
export function migrateDocument(
	document: RawDocument,
	version: unknown,
	to: number = FORMAT_VERSION,
	list: readonly DocumentMigration[] = documentMigrations
): { ok: true; document: RawDocument } | ({ ok: false } & MigrationProblem) {
	const path = migrationPath(version, to, list);
	if (!path.ok) return path;
	return { ok: true, document: runMigrations(path.steps, document) };
}
