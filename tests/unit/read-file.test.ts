import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '$lib/domain/schema';
import { en } from '$lib/i18n/en';
import { id as indonesian } from '$lib/i18n/id';
import { backupFileOf, fileNameFor, journeyFileOf } from '$lib/io/journey-file';
import {
	looksTruncated,
	MAX_FILE_BYTES,
	parseJourneyText,
	readJourneyBlob,
	type ReadProblem
} from '$lib/io/read-file';
import { withNewIds } from '$lib/domain/duplicate';
import { airlineJourney, orderCycleJourney, sequentialIds } from './fixtures';

const exported = (doc = airlineJourney()) => JSON.stringify(journeyFileOf(doc, 5_000));

function problemOf(text: string): ReadProblem {
	const result = parseJourneyText(text);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.problem;
}

/** The exported airline file with one change made to its parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reaches into raw JSON on purpose
function edited(change: (file: Record<string, any>) => void): string {
	const file = JSON.parse(exported());
	change(file);
	return JSON.stringify(file);
}

describe('reading a journey file', () => {
	it('gives back the exported document, equal in every field', () => {
		const doc = airlineJourney();
		const result = parseJourneyText(exported(doc));
		expect(result).toEqual({ ok: true, kind: 'journey', documents: [doc], writtenAt: 5_000 });
	});

	it('says what wrote the file and when', () => {
		const file = JSON.parse(exported());
		expect(file).toMatchObject({
			format: 'touchpoint-journey',
			formatVersion: FORMAT_VERSION,
			exportedAt: '1970-01-01T00:00:05.000Z',
			app: { name: 'Touchpoint' }
		});
		expect(file.app.version).toMatch(/^\d+\.\d+\.\d+/);
	});

	it('reads a backup of several journeys', () => {
		const docs = [airlineJourney(), orderCycleJourney()];
		const result = parseJourneyText(JSON.stringify(backupFileOf(docs, 1)));
		expect(result).toEqual({ ok: true, kind: 'backup', documents: docs, writtenAt: 1 });
	});

	it('reports its reading progress, in order, up to the whole file', async () => {
		const text = JSON.stringify(backupFileOf([airlineJourney(), orderCycleJourney()], 1));
		const fractions: number[] = [];
		const result = await readJourneyBlob(new Blob([text]), (f) => fractions.push(f));
		expect(result.ok).toBe(true);
		expect(fractions.at(-1)).toBe(1);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	});

	it('imports the fixture of every released format version', () => {
		for (let version = 1; version <= FORMAT_VERSION; version++) {
			const text = readFileSync(`tests/fixtures/formats/v${version}.journey.json`, 'utf8');
			const result = parseJourneyText(text);
			expect(result.ok, `format ${version}`).toBe(true);
			if (result.ok) expect(result.documents[0]!.frustrations.length).toBeGreaterThan(0);
		}
	});
});

describe('a file that cannot be read', () => {
	it('is refused as empty when it holds nothing or only spaces', () => {
		expect(problemOf('')).toEqual({ kind: 'empty' });
		expect(problemOf(' \n\t')).toEqual({ kind: 'empty' });
	});

	it('is refused as not JSON', () => {
		expect(problemOf('<html><body>Hello</body></html>')).toEqual({ kind: 'not-json' });
		expect(problemOf('stage,touch point\nPurchase,Order planning')).toEqual({ kind: 'not-json' });
	});

	it('is refused as cut off when it ends inside the JSON', () => {
		const text = exported();
		expect(problemOf(text.slice(0, text.length / 2))).toEqual({ kind: 'truncated' });
		expect(problemOf('{"format": "touchpoint-jour')).toEqual({ kind: 'truncated' });
	});

	it('tells truncated JSON from broken JSON', () => {
		expect(looksTruncated('{"a": [1, 2')).toBe(true);
		expect(looksTruncated('{"a": "x\\"')).toBe(true);
		expect(looksTruncated('{"a": 1}}')).toBe(false);
		expect(looksTruncated('{"a": "{["}')).toBe(false);
	});

	it('is refused when it is JSON of another kind', () => {
		expect(problemOf('[1, 2, 3]')).toEqual({ kind: 'wrong-format' });
		expect(problemOf('"touchpoint-journey"')).toEqual({ kind: 'wrong-format' });
		expect(problemOf('{"type": "excalidraw", "version": 2}')).toEqual({ kind: 'wrong-format' });
		expect(problemOf(edited((f) => (f.format = 'excalidraw')))).toEqual({
			kind: 'wrong-format',
			found: 'excalidraw'
		});
	});

	it('is refused when a newer app wrote it', () => {
		expect(problemOf(edited((f) => (f.formatVersion = FORMAT_VERSION + 1)))).toEqual({
			kind: 'future-version',
			version: FORMAT_VERSION + 1
		});
	});

	it('is refused when it has no format version', () => {
		expect(problemOf(edited((f) => delete f.formatVersion))).toEqual({ kind: 'unknown-version' });
		expect(problemOf(edited((f) => (f.formatVersion = '1')))).toEqual({ kind: 'unknown-version' });
	});

	it('is refused before it is read when it is over the size limit', async () => {
		const blob = new Blob(['x']);
		Object.defineProperty(blob, 'size', { value: MAX_FILE_BYTES + 1 });
		Object.defineProperty(blob, 'text', {
			value: () => {
				throw new Error('the file was read');
			}
		});
		expect(await readJourneyBlob(blob)).toEqual({
			ok: false,
			problem: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
		});
	});
});

describe('an invalid journey file', () => {
	it('names the field and the rule, with the field’s whole range', () => {
		const problem = problemOf(edited((f) => (f.document.frustrations[3].severity = 9)));
		expect(problem).toEqual({
			kind: 'invalid',
			issues: [{ path: 'frustrations[3].severity', rule: 'range', min: 1, max: 5 }],
			more: 0
		});
		expect(en.readProblem('map.journey.json', problem)).toBe(
			'map.journey.json is not a valid journey: frustrations[3].severity must be between 1 and 5.'
		);
		expect(indonesian.readProblem('map.journey.json', problem)).toBe(
			'map.journey.json bukan perjalanan yang sah: frustrations[3].severity harus antara 1 dan 5.'
		);
	});

	it('says which fields are missing, of the wrong type or not one of the choices', () => {
		const problem = problemOf(
			edited((f) => {
				delete f.document.journey.name;
				f.document.frustrations[0].frequency = 2.5;
				f.document.frustrations[1].status = 'done';
				f.document.stages = 'none';
			})
		);
		if (problem.kind !== 'invalid') throw new Error(problem.kind);
		const messages = problem.issues.map(en.fileIssue);
		expect(messages).toContain('journey.name is missing or is not a string');
		expect(messages).toContain('frustrations[0].frequency must be a whole number');
		expect(messages).toContain('frustrations[1].status must be one of: open, fix-planned, fixed');
		expect(messages).toContain('stages is missing or is not a list');
	});

	it('says when an item refers to one that is not in the file, or an id is used twice', () => {
		const problem = problemOf(
			edited((f) => {
				f.document.frustrations[2].touchPointId = '00000000-0000-4000-8000-0000000fffff';
				f.document.touchPoints[1].emotions['00000000-0000-4000-8000-0000000eeeee'] = 1;
				f.document.stages[1].id = f.document.stages[0].id;
			})
		);
		if (problem.kind !== 'invalid') throw new Error(problem.kind);
		expect(problem.issues.map(en.fileIssue)).toEqual(
			expect.arrayContaining([
				'frustrations[2].touchPointId refers to a touch point that is not in the file',
				'touchPoints[1].emotions.00000000-0000-4000-8000-0000000eeeee refers to a segment that is not in the file',
				'stages[1].id is used twice in the file'
			])
		);
	});

	it('lists at most twenty problems and counts the rest', () => {
		const problem = problemOf(
			edited((f) => f.document.frustrations.forEach((x: { severity: number }) => (x.severity = 0)))
		);
		if (problem.kind !== 'invalid') throw new Error(problem.kind);
		expect(problem.issues).toHaveLength(20);
		expect(problem.more).toBe(26 - 20);
		expect(en.readProblem('a.json', problem)).toMatch(/; and 6 more problems\.$/);
	});

	it('refuses empty and overlong text with its limits', () => {
		const problem = problemOf(
			edited((f) => {
				f.document.frustrations[0].text = '   ';
				f.document.frustrations[1].text = 'x'.repeat(10_001);
			})
		);
		if (problem.kind !== 'invalid') throw new Error(problem.kind);
		expect(problem.issues.map(en.fileIssue)).toEqual([
			'frustrations[0].text must be between 1 and 10000 characters long',
			'frustrations[1].text must be between 1 and 10000 characters long'
		]);
	});
});

/** Three journeys, each with ids of its own, in one backup, changed as the test says. */
function threeJourneyBackup(damage?: (file: BackupJson) => void) {
	const docs = [
		airlineJourney(),
		withNewIds(airlineJourney(), { name: 'Second map', now: 2_000 }, fromIds('9')),
		withNewIds(airlineJourney(), { name: 'Third map', now: 2_000 }, fromIds('a'))
	];
	const file = JSON.parse(JSON.stringify(backupFileOf(docs, 5_000)));
	damage?.(file);
	return { docs, text: JSON.stringify(file) };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reaches into raw JSON on purpose
type BackupJson = Record<string, any>;
const MISSING_TOUCH_POINT = '00000000-0000-4000-8000-0000000fffff';

function fromIds(variant: string) {
	const next = sequentialIds();
	return () => next().replace('-8000-', `-${variant}000-`);
}

describe('a backup with a damaged journey', () => {
	it('gives the healthy journeys and names the damaged one with why, leaving it out', () => {
		const { docs, text } = threeJourneyBackup(
			(f) => (f.journeys[1].frustrations[0].touchPointId = MISSING_TOUCH_POINT)
		);
		const result = parseJourneyText(text);
		expect(result).toEqual({
			ok: true,
			kind: 'backup',
			documents: [docs[0], docs[2]],
			writtenAt: 5_000,
			damaged: [
				{
					index: 1,
					name: 'Second map',
					issues: [
						{ path: 'frustrations[0].touchPointId', rule: 'missing-reference', what: 'touch point' }
					],
					more: 0
				}
			]
		});
		if (!result.ok) return;
		expect(en.damagedJourney(result.damaged![0]!)).toBe(
			'“Second map”: frustrations[0].touchPointId refers to a touch point that is not in the file.'
		);
		expect(indonesian.damagedJourney(result.damaged![0]!)).toBe(
			'“Second map”: frustrations[0].touchPointId merujuk ke titik sentuh yang tidak ada dalam berkas.'
		);
	});

	it('names a damaged journey by its place in the file when it has no readable name', () => {
		const { text } = threeJourneyBackup((f) => {
			f.journeys[2].journey.name = '  ';
			f.journeys[2].stages = 'none';
		});
		const result = parseJourneyText(text);
		if (!result.ok) throw new Error(result.problem.kind);
		expect(result.documents).toHaveLength(2);
		expect(result.damaged).toHaveLength(1);
		expect(result.damaged![0]).not.toHaveProperty('name');
		expect(en.damagedJourney(result.damaged![0]!)).toMatch(
			/^Journey 3 in the file: .*stages is missing or is not a list/
		);
	});

	it('names every damaged journey, even when none is healthy', () => {
		const { text } = threeJourneyBackup((f) => {
			for (const journey of f.journeys) journey.frustrations[0].severity = 9;
		});
		const result = parseJourneyText(text);
		if (!result.ok) throw new Error(result.problem.kind);
		expect(result.documents).toEqual([]);
		expect(result.damaged!.map((d) => d.index)).toEqual([0, 1, 2]);
	});

	it('is still refused whole when its header is not valid', () => {
		const dated = threeJourneyBackup((f) => (f.exportedAt = 'yesterday'));
		expect(problemOf(dated.text)).toMatchObject({
			kind: 'invalid',
			issues: [{ path: 'exportedAt', rule: 'format' }]
		});
		const listless = threeJourneyBackup((f) => (f.journeys = { one: f.journeys[0] }));
		expect(problemOf(listless.text)).toMatchObject({
			kind: 'invalid',
			issues: [{ path: 'journeys', rule: 'type', expected: 'array' }]
		});
	});
});

describe('hostile content', () => {
	it('keeps text that looks like HTML or script as text', () => {
		const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const result = parseJourneyText(edited((f) => (f.document.frustrations[0].text = html)));
		expect(result.ok && result.documents[0]!.frustrations[0]!.text).toBe(html);
	});

	it('changes no prototype through __proto__ or constructor keys, and drops them', () => {
		const text = exported().replace(
			'"document":{',
			'"document":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'
		);
		const withEmotion = text.replace('"emotions":{', '"emotions":{"__proto__":{"polluted":true},');
		const result = parseJourneyText(withEmotion);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const doc = result.documents[0]!;
		expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
		expect(Object.keys(doc)).not.toContain('constructor');
		for (const tp of doc.touchPoints) {
			expect(Object.getPrototypeOf(tp.emotions)).toBe(Object.prototype);
		}
	});

	it('drops fields it does not know', () => {
		const result = parseJourneyText(
			edited((f) => {
				f.document.frustrations[0].onclick = 'alert(1)';
				f.extra = { anything: true };
			})
		);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.documents[0]!.frustrations[0]).not.toHaveProperty('onclick');
	});
});

describe('format versions', () => {
	it('refuses format 0, older than the first released format, as an unknown version', () => {
		// Upgrades over several versions are tested in format-upgrade.test.ts.
		expect(problemOf(edited((f) => (f.formatVersion = 0)))).toEqual({ kind: 'unknown-version' });
	});

	it('reads a file in the current format with no upgrade to report', () => {
		const result = parseJourneyText(exported());
		expect(result.ok).toBe(true);
		expect(result).not.toHaveProperty('upgradedFrom');
	});
});

describe('file names', () => {
	it('come from the journey’s name, safe for any file system', () => {
		expect(fileNameFor('Full-service airline', 'journey.json')).toBe(
			'Full-service airline.journey.json'
		);
		expect(fileNameFor('../../etc/passwd', 'journey.json')).toBe('etc-passwd.journey.json');
		expect(fileNameFor('A: B / C?', 'csv')).toBe('A- B - C.csv');
		expect(fileNameFor('...', 'csv')).toBe('journey.csv');
	});
});
