/**
 * Upgrading an older file: its format version says where its documents start, and each goes
 * through the one list of document migrations (domain/migrations.ts) that stored records
 * and snapshots take too. Validation runs once, on the result. Each released format version
 * keeps a fixture under tests/fixtures/formats/ that must still import.
 */
import { FORMAT_VERSION } from '$lib/domain/format';
import {
	migrationPath,
	runMigrations,
	type MigrationProblem,
	type RawDocument
} from '$lib/domain/migrations';

export type MigrationOutcome =
	{ ok: true; file: Record<string, unknown>; from: number } | ({ ok: false } & MigrationProblem);

const isDocument = (value: unknown): value is RawDocument =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrateFile(file: Record<string, unknown>): MigrationOutcome {
	const from = file.formatVersion;
	const path = migrationPath(from);
	if (!path.ok) return path;
	// What is not a document is left as it is, for the schema to name.
	const upgrade = (document: unknown) =>
		isDocument(document) ? runMigrations(path.steps, document) : document;
	const upgraded: Record<string, unknown> = { ...file, formatVersion: FORMAT_VERSION };
	if ('document' in file) upgraded.document = upgrade(file.document);
	if (Array.isArray(file.journeys)) upgraded.journeys = file.journeys.map(upgrade);
	return { ok: true, file: upgraded, from: from as number };
}
