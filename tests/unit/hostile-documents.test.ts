/**
 * Property-based tests (fast-check) of what the importer, the merge and the exports make of
 * documents written by someone else: fields deleted, replaced by another type or by hostile
 * text, whole documents of hostile text, and storage failing halfway through a write. Either
 * a clean error that names a field, or a whole valid journey; the database unchanged on an
 * error; and no new key on any built-in prototype.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFiles, type Decision } from '$lib/app/import-journeys';
import { chartData } from '$lib/charts/rows';
import { withNewIds } from '$lib/domain/duplicate';
import { sessionReport } from '$lib/domain/session-report';
import { collections, journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { en } from '$lib/i18n/en';
import { csvColumns, frustrationsCsv } from '$lib/io/csv';
import { journeyFileOf } from '$lib/io/journey-file';
import { mergeJourneys } from '$lib/io/merge';
import { parseJourneyText } from '$lib/io/read-file';
import { reportMarkdown } from '$lib/io/report-markdown';
import { readShareFragment, shareFragment } from '$lib/io/share-link';
import { database } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

const base = airlineJourney();
const exported = JSON.stringify(journeyFileOf(base, 5_000));

afterEach(async () => {
	vi.restoreAllMocks();
	await database().delete();
	await database().open();
});

const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	'javascript:window.__pwned=1',
	"{{constructor.constructor('window.__pwned=1')()}}",
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'=1+1',
	'@SUM(A1)',
	'+1',
	'-1',
	'\t=1',
	'\u2028\u2029',
	'\ud800',
	' ',
	''
];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));

/** Own keys of the built-in prototypes a polluting merge or parse would reach. */
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((p) => Reflect.ownKeys(p).map(String).sort());
const pristine = prototypeKeys();
function expectPrototypesClean() {
	expect(prototypeKeys()).toEqual(pristine);
	expect(({} as Record<string, unknown>).__pwned).toBeUndefined();
}

async function dump() {
	const db = database();
	return Object.fromEntries(
		await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))
	);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function leaves(value: Json, at: Path = [], out: Path[] = []): Path[] {
	out.push(at);
	if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...at, i], out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) leaves(v, [...at, k], out);
	}
	return out;
}
const allPaths = leaves(JSON.parse(exported)).filter((p) => p.length > 0);

/** A value of another JSON type than `value`, or a hostile string in place of a string. */
const changeOf = (value: Json): fc.Arbitrary<Json | undefined> => {
	const others: fc.Arbitrary<Json | undefined>[] = [
		fc.constant(undefined), // deleted
		fc.constantFrom<Json>(null, true, 0, -1, 1e308, 2.5, [], {}, '', '1', [1], { x: 1 })
	];
	if (typeof value === 'string')
		others.push(hostileText, fc.string({ minLength: 10_001, maxLength: 10_002 }));
	if (typeof value === 'number') others.push(fc.double(), fc.integer());
	return fc.oneof(...others);
};

const mutations = fc
	.array(fc.nat({ max: allPaths.length - 1 }), { minLength: 1, maxLength: 4 })
	.chain((indexes) => {
		const file = JSON.parse(exported) as Json;
		const at = (path: Path) => path.reduce<Json>((v, k) => (v as never)?.[k] ?? null, file);
		return fc.tuple(
			...indexes.map((i) => fc.tuple(fc.constant(allPaths[i]!), changeOf(at(allPaths[i]!))))
		);
	});

function mutated(changes: [Path, Json | undefined][]): string {
	const file = JSON.parse(exported) as Json;
	for (const [path, value] of changes) {
		const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as never)?.[k] ?? null, file);
		if (!parent || typeof parent !== 'object') continue;
		const key = path.at(-1)!;
		if (value !== undefined) (parent as Record<string, Json>)[key] = value;
		else if (Array.isArray(parent)) parent.splice(Number(key), 1);
		else delete (parent as Record<string, Json>)[key];
	}
	return JSON.stringify(file);
}

describe('a mutated file (fields deleted, retyped, or hostile)', () => {
	it('reads as a valid journey or as problems that each name a field', () => {
		fc.assert(
			fc.property(mutations, (changes) => {
				const result = parseJourneyText(mutated(changes));
				if (result.ok) {
					for (const doc of result.documents) {
						expect(journeyDocument.safeParse(doc).success).toBe(true);
					}
				} else if (result.problem.kind === 'invalid') {
					expect(result.problem.issues.length).toBeGreaterThan(0);
					for (const issue of result.problem.issues) {
						expect(typeof issue.path).toBe('string');
						expect(issue.rule).toMatch(/^[a-z-]+$/);
					}
				} else {
					expect(result.problem.kind).toMatch(/^[a-z-]+$/);
				}
				expectPrototypesClean();
			}),
			{ numRuns: 300 }
		);
	});

	it('imports whole or not at all, beside a good file in the same batch', async () => {
		const here = airlineJourney();
		here.journey = { ...here.journey, name: 'Renamed here', updatedAt: 4_000 };
		const other = journeyFileOf(withNewIds(base, { name: 'Another map', now: 2_000 }), 5_000);
		await fc.assert(
			fc.asyncProperty(
				mutations,
				fc.constantFrom<Decision>('replace', 'copy', 'merge', 'skip'),
				async (changes, decision) => {
					await saveJourney(here);
					const before = await dump();
					const text = mutated(changes);
					const [bad, good] = await importFiles(
						[
							new File([text], 'mutated.journey.json'),
							new File([JSON.stringify(other)], 'other.journey.json')
						],
						{ decide: async () => decision, copyName: (name) => `${name} (copy)` }
					);
					// The good file is there whole, whatever happened to the other.
					expect(good!.ok).toBe(true);
					expect(await getJourney(other.document.journey.id)).toEqual(
						journeyDocument.parse(other.document)
					);
					if (!bad!.ok) {
						const after = await dump();
						for (const table of Object.keys(before)) {
							const otherId = other.document.journey.id;
							const mine = (rows: unknown[]) =>
								(rows as { id?: string; journeyId?: string }[]).filter(
									(r) => r.id !== otherId && r.journeyId !== otherId
								);
							expect(mine(after[table]!)).toEqual(mine(before[table]!));
						}
					} else {
						for (const imported of bad!.journeys) {
							const stored = await getJourney(imported.id);
							expect(journeyDocument.safeParse(stored).success).toBe(true);
						}
					}
					expectPrototypesClean();
					await database().delete();
					await database().open();
				}
			),
			{ numRuns: 40 }
		);
	}, 60_000);
});

/** Every free-text field of the example journey, by path. */
const TEXT_KEYS = new Set(
	'name text description prompt ownerTeam notes source fix owner needs size'.split(' ')
);
const textPaths = leaves(JSON.parse(JSON.stringify(base)) as Json).filter((p) => {
	const value = p.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], base);
	return typeof value === 'string' && TEXT_KEYS.has(String(p.at(-1)));
});

/** The example journey with hostile text in any of its text fields (names never blank). */
const hostileDocument: fc.Arbitrary<JourneyDocument> = fc
	.array(fc.tuple(fc.nat({ max: textPaths.length - 1 }), hostileText), {
		minLength: 1,
		maxLength: 30
	})
	.map((changes) => {
		const doc = structuredClone(base) as unknown as Record<string, unknown>;
		for (const [index, text] of changes) {
			const path = textPaths[index]!;
			const parent = path
				.slice(0, -1)
				.reduce<Record<string, unknown>>((v, k) => v[k] as Record<string, unknown>, doc);
			parent[path.at(-1)!] = text.trim() ? text : `${text}x`;
		}
		return journeyDocument.parse(doc);
	});

describe('a journey full of hostile text', () => {
	it('survives the file, the share link and storage unchanged, polluting nothing', async () => {
		await fc.assert(
			fc.asyncProperty(hostileDocument, async (doc) => {
				const read = parseJourneyText(JSON.stringify(journeyFileOf(doc, 5_000)));
				expect(read.ok && read.documents[0]).toEqual(doc);
				const link = await readShareFragment(await shareFragment(doc, 5_000));
				expect(link.ok && link.documents[0]).toEqual(doc);
				await saveJourney(doc);
				expect(await getJourney(doc.journey.id)).toEqual(doc);
				expectPrototypesClean();
			}),
			{ numRuns: 40 }
		);
	}, 60_000);

	it('merges, charts and reports without throwing; CSV and Markdown stay inert', () => {
		const headings = Object.fromEntries(csvColumns.map((c) => [c, c])) as Record<
			(typeof csvColumns)[number],
			string
		>;
		fc.assert(
			fc.property(hostileDocument, hostileDocument, (ours, theirs) => {
				const later = {
					...theirs,
					frustrations: theirs.frustrations.map((f) => ({ ...f, updatedAt: f.updatedAt + 1 }))
				};
				const { document } = mergeJourneys(ours, later);
				expect(journeyDocument.safeParse(document).success).toBe(true);
				expect(chartData(document).frustrations.length).toBe(document.frustrations.length);
				const markdown = reportMarkdown(sessionReport(document), en, '2026-01-01');
				// No raw HTML tag can reach a Markdown renderer: every `<` is escaped.
				expect(markdown).not.toMatch(/(^|[^\\])</m);
				for (const line of frustrationsCsv(document, headings).split('\r\n')) {
					for (const cell of line.split(',')) {
						expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
					}
				}
				expectPrototypesClean();
			}),
			{ numRuns: 30 }
		);
	}, 60_000);
});

describe('storage failing halfway through an import', () => {
	it('leaves the database as it was, whichever table fails', async () => {
		const here = airlineJourney();
		here.journey = { ...here.journey, name: 'Renamed here', updatedAt: 4_000 };
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...collections),
				fc.constantFrom<Decision>('replace', 'copy', 'merge'),
				async (table, decision) => {
					await saveJourney(here);
					const before = await dump();
					const db = database();
					vi.spyOn(db[table], 'bulkPut').mockRejectedValueOnce(
						new DOMException('The quota has been exceeded.', 'QuotaExceededError')
					);
					await expect(
						importFiles([new File([exported], 'airline.journey.json')], {
							decide: async () => decision,
							copyName: (name) => `${name} (copy)`
						})
					).rejects.toThrow(/quota/);
					expect(await dump()).toEqual(before);
					vi.restoreAllMocks();
					await database().delete();
					await database().open();
				}
			),
			{ numRuns: 20 }
		);
	}, 60_000);
});
