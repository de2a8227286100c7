/**
 * Reads a journey or backup file from anyone, completely, before anything is written: size
 * first (a huge file is refused before it is read whole), then JSON, then the format and its
 * version (older ones migrated), then the whole schema. Every way to fail has its own
 * problem kind, so the UI can say exactly what is wrong. A backup is checked journey by
 * journey: one damaged journey is reported on its own and does not take the others down.
 */
import { FORMAT_NAME, journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { describeIssue, type FileIssue } from './file-issues';
import { backupHeader, BACKUP_FORMAT_NAME, journeyFile } from './journey-file';
import { migrateFile } from './migrations';
import type { MermaidProblem } from './mermaid-parse';

/** Room for the largest journey the app holds (100,000 items; 50,000 frustrations export as
 * about 21 MB), while a huge file is still refused before it is read whole. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Enough to act on; a broken file can have thousands of issues. */
const MAX_ISSUES = 20;
/** Per damaged journey of a backup, where many journeys may each have their own. */
const MAX_JOURNEY_ISSUES = 5;

export type ReadProblem =
	| { kind: 'too-large'; bytes: number; limit: number }
	| { kind: 'empty' }
	| { kind: 'not-json' }
	| { kind: 'truncated' }
	| { kind: 'wrong-format'; found?: string }
	| { kind: 'future-version'; version: number }
	| { kind: 'unknown-version' }
	| { kind: 'invalid'; issues: FileIssue[]; more: number }
	/** A Mermaid diagram (or Markdown) that is not a journey or does not parse. */
	| { kind: 'mermaid'; problem: MermaidProblem };

/** A journey of a backup that is not valid on its own; nothing of it is to be written. */
export interface DamagedJourney {
	/** Its place in the backup's list, from 0. */
	index: number;
	/** Its name as the file gives it, when it has a readable one. */
	name?: string;
	issues: FileIssue[];
	more: number;
}

export type ReadResult =
	| {
			ok: true;
			kind: 'journey' | 'backup';
			/** The valid journeys, in the file's order. */
			documents: JourneyDocument[];
			/** When the file says it was written: no item in it can have been edited later. */
			writtenAt: number;
			upgradedFrom?: number;
			/** Journeys of a backup left out because they are not valid; absent when there are none. */
			damaged?: DamagedJourney[];
	  }
	| { ok: false; problem: ReadProblem };

const fail = (problem: ReadProblem) => ({ ok: false as const, problem });

/** `onProgress` hears the share of the file read so far (0–1), for a progress bar. */
export async function readJourneyBlob(
	blob: Blob,
	onProgress?: (fraction: number) => void
): Promise<ReadResult> {
	const parsed = await readParsedBlob(blob, onProgress);
	return parsed.ok === 'parsed' ? checkFile(parsed) : parsed;
}

/** `readJourneyBlob` up to the schema's check, for a reader that checks as it writes. */
export async function readParsedBlob(
	blob: Blob,
	onProgress?: (fraction: number) => void
): Promise<ParsedFile | Extract<ReadResult, { ok: false }>> {
	if (blob.size > MAX_FILE_BYTES) {
		return fail({ kind: 'too-large', bytes: blob.size, limit: MAX_FILE_BYTES });
	}
	return parseFileText(onProgress ? await textWithProgress(blob, onProgress) : await blob.text());
}

async function textWithProgress(blob: Blob, onProgress: (fraction: number) => void) {
	const reader = blob.stream().getReader();
	const decoder = new TextDecoder();
	let text = '';
	let read = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		read += value.length;
		text += decoder.decode(value, { stream: true });
		onProgress(blob.size ? read / blob.size : 1);
	}
	return text + decoder.decode();
}

/**
 * JSON that ends while a string, object or array is still open was cut off (a partial
 * download or copy), which deserves a different message than JSON that is not JSON at all.
 */
export function looksTruncated(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return inString || depth > 0;
}

export function parseJourneyText(text: string): ReadResult {
	const parsed = parseFileText(text);
	return parsed.ok === 'parsed' ? checkFile(parsed) : parsed;
}

/** A file parsed as JSON, of a known format and version, migrated; not checked yet. */
export interface ParsedFile {
	ok: 'parsed';
	kind: 'journey' | 'backup';
	/** The file as migrated to this format version. */
	file: Record<string, unknown>;
	upgradedFrom?: number;
}

/** Everything `parseJourneyText` does before the schema's check. */
export function parseFileText(text: string): ParsedFile | Extract<ReadResult, { ok: false }> {
	// Counted in UTF-16 units, an upper bound within a factor of the byte size.
	if (text.length > MAX_FILE_BYTES) {
		return fail({ kind: 'too-large', bytes: text.length, limit: MAX_FILE_BYTES });
	}
	if (text.trim() === '') return fail({ kind: 'empty' });
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return fail({ kind: looksTruncated(text) ? 'truncated' : 'not-json' });
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return fail({ kind: 'wrong-format' });
	}
	const file = raw as Record<string, unknown>;
	const format = typeof file.format === 'string' ? file.format.slice(0, 100) : undefined;
	if (format !== FORMAT_NAME && format !== BACKUP_FORMAT_NAME) {
		return fail({ kind: 'wrong-format', found: format });
	}
	const migrated = migrateFile(file);
	if (!migrated.ok) {
		return migrated.reason === 'future-version'
			? fail({ kind: 'future-version', version: migrated.version as number })
			: fail({ kind: 'unknown-version' });
	}
	const upgradedFrom =
		migrated.from < (migrated.file.formatVersion as number) ? migrated.from : undefined;
	return {
		ok: 'parsed',
		kind: format === FORMAT_NAME ? 'journey' : 'backup',
		file: migrated.file,
		...(upgradedFrom === undefined ? {} : { upgradedFrom })
	};
}

/** The schema's check of a parsed file, whole: its journeys, or every way it is not valid. */
export function checkFile({ kind, file, upgradedFrom }: ParsedFile): ReadResult {
	// A backup's header must hold; its journeys are then checked one by one.
	const schema = kind === 'journey' ? journeyFile : backupHeader;
	const parsed = schema.safeParse(file);
	if (!parsed.success) {
		const issues = parsed.error.issues;
		return fail({
			kind: 'invalid',
			issues: issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(schema, issue)),
			more: Math.max(0, issues.length - MAX_ISSUES)
		});
	}
	const { documents, damaged } =
		'document' in parsed.data
			? { documents: [parsed.data.document], damaged: [] }
			: journeysOf(parsed.data.journeys);
	return {
		ok: true,
		kind,
		documents,
		writtenAt: Date.parse(parsed.data.exportedAt),
		...(upgradedFrom === undefined ? {} : { upgradedFrom }),
		...(damaged.length === 0 ? {} : { damaged })
	};
}

function journeysOf(raw: unknown[]) {
	const documents: JourneyDocument[] = [];
	const damaged: DamagedJourney[] = [];
	raw.forEach((journey, index) => {
		const parsed = journeyDocument.safeParse(journey);
		if (parsed.success) {
			documents.push(parsed.data);
			return;
		}
		const issues = parsed.error.issues;
		const name = nameOf(journey);
		damaged.push({
			index,
			...(name === undefined ? {} : { name }),
			issues: issues
				.slice(0, MAX_JOURNEY_ISSUES)
				.map((issue) => describeIssue(journeyDocument, issue)),
			more: Math.max(0, issues.length - MAX_JOURNEY_ISSUES)
		});
	});
	return { documents, damaged };
}

/** The name a damaged journey gives itself, if it is text someone could recognise. */
function nameOf(document: unknown): string | undefined {
	const journey = (document as { journey?: { name?: unknown } } | null)?.journey;
	const name = typeof journey?.name === 'string' ? journey.name.trim() : '';
	return name ? name.slice(0, 200) : undefined;
}
