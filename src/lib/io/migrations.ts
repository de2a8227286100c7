/**
 * Upgrades of older file formats, one explicit step per version: `steps[n]` turns a
 * format-n file (parsed JSON, not yet validated) into a format-(n+1) file. A step never
 * assumes its input is valid; validation runs once, on the result. Each released format
 * version keeps a fixture under tests/fixtures/formats/ that must still import.
 */
import { FORMAT_VERSION } from '$lib/domain/schema';

export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** Format 1 is the first released format: nothing to upgrade yet. */
export const formatMigrations: Record<number, Migration> = {};

export type MigrationOutcome =
	| { ok: true; file: Record<string, unknown>; from: number }
	| { ok: false; reason: 'future-version' | 'unknown-version'; version: unknown };

export function migrateFile(
	file: Record<string, unknown>,
	steps: Record<number, Migration> = formatMigrations,
	current: number = FORMAT_VERSION
): MigrationOutcome {
	const from = file.formatVersion;
	if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
		return { ok: false, reason: 'unknown-version', version: from };
	}
	if (from > current) return { ok: false, reason: 'future-version', version: from };
	let upgraded = file;
	for (let version = from; version < current; version++) {
		const step = steps[version];
		if (!step) return { ok: false, reason: 'unknown-version', version: from };
		upgraded = { ...step(upgraded), formatVersion: version + 1 };
	}
	return { ok: true, file: upgraded, from };
}
