/**
 * Property-based tests of the import path (fast-check): random text, random JSON and
 * randomly mutated journey files (fields deleted, replaced by any JSON value, by hostile or
 * oversized text, or hostile keys added) never throw past the reader or the importer, are
 * refused with problems that name a field, never write a journey partly, and never change a
 * prototype.
 *
 * A failure prints fast-check's seed and path; `FC_SEED=<seed> npx vitest run --project unit
 * <this file>` replays the whole run, and `{ seed, path }` in fc.assert replays one case.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FROM_FILES } from '$lib/app/backup-reminder';
import { importFiles, type Decision } from '$lib/app/import-journeys';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { withNewIds } from '$lib/domain/duplicate';
import { timesUpTo } from '$lib/domain/foreign-times';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { journeyFileOf } from '$lib/io/journey-file';
import { parseJourneyText } from '$lib/io/read-file';
import { database } from '$lib/storage/db';
import { getJourney, lastEditOf, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';
import { expectPrototypesClean, hostileText } from './hostile';

const exported = JSON.stringify(journeyFileOf(airlineJourney(), 5_000));
const RUNS = 60;

afterEach(async () => {
	await database().delete();
	await database().open();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside parsed JSON, so a mutation can hit any field. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
	out.push(at);
	if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
	}
	return out;
}
const allPaths = paths(JSON.parse(exported));

type Mutation =
	| { kind: 'set'; value: unknown }
	| { kind: 'delete' }
	| { kind: 'hostile'; key: string; value: unknown };

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({
		kind: fc.constant('set' as const),
		value: fc.oneof(
			fc.jsonValue(),
			hostileText,
			fc.string({ minLength: 10_001, maxLength: 10_002 }),
			fc.constantFrom(null, true, 0, -1, 1e308, 2.5, [], {}, '', '1', [1])
		)
	}),
	fc.record({ kind: fc.constant('delete' as const) }),
	fc.record({ kind: fc.constant('hostile' as const), key: hostileKey, value: fc.jsonValue() })
);
const mutations = fc.array(fc.tuple(fc.nat({ max: allPaths.length - 1 }), mutation), {
	minLength: 1,
	maxLength: 4
});

/**
 * The exported airline file with mutations applied to its JSON text's parsed form. Hostile
 * keys are written into the text itself, since JSON.parse makes `__proto__` an own key.
 */
function mutated(changes: [number, Mutation][]) {
	const file = JSON.parse(exported) as Json;
	const hostile: string[] = [];
	for (const [index, change] of changes) {
		const path = allPaths[index]!;
		if (path.length === 0) continue;
		const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as never)?.[k] ?? null, file);
		const key = path.at(-1)!;
		if (!parent || typeof parent !== 'object') continue;
		if (change.kind === 'set') (parent as Record<string, Json>)[key] = change.value as Json;
		else if (change.kind === 'delete') {
			if (Array.isArray(parent)) parent.splice(Number(key), 1);
			else delete (parent as Record<string, Json>)[key];
		} else hostile.push(`"${change.key}":${JSON.stringify(change.value)},`);
	}
	let text = JSON.stringify(file);
	for (const insert of hostile) text = text.replace('"journey":{', `"journey":{${insert}`);
	return text;
}

/**
 * A document as storage may give it back. Items come out in canonical order, where `order`
 * ranks siblings (a mutated `order` of -1 moves an item first); siblings of equal `order` have
 * no order of their own, so they are put in id order here, on both sides of a comparison.
 */
function asStored(doc: JourneyDocument): JourneyDocument {
	const byId = <T extends { id: string }>(items: T[]) =>
		[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return inCanonicalOrder({
		journey: doc.journey,
		stages: byId(doc.stages),
		steps: byId(doc.steps),
		touchPoints: byId(doc.touchPoints),
		frustrations: byId(doc.frustrations),
		segments: byId(doc.segments),
		participants: byId(doc.participants)
	});
}

async function dump() {
	const db = database();
	return Object.fromEntries(
		await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))
	);
}

describe('the reader, given anything', () => {
	it('never throws on random text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const result = parseJourneyText(text);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on random JSON, and refuses what is not a journey', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = parseJourneyText(JSON.stringify(value) ?? '');
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses the file cut anywhere before its end', () => {
		fc.assert(
			fc.property(fc.nat({ max: exported.length - 2 }), (cut) => {
				expect(parseJourneyText(exported.slice(0, cut + 1)).ok).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});

	it('reads a mutated file into a valid journey or a clear problem, polluting nothing', () => {
		fc.assert(
			fc.property(mutations, (changes) => {
				const result = parseJourneyText(mutated(changes));
				if (result.ok) {
					for (const doc of result.documents) {
						expect(journeyDocument.safeParse(doc).success).toBe(true);
						expect(Object.getPrototypeOf(doc.journey)).toBe(Object.prototype);
						expect(Object.keys(doc.journey)).not.toContain('__proto__');
					}
				} else if (result.problem.kind === 'invalid') {
					// Each problem names the field (empty for the document as a whole) and its rule.
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
});

/** When the mutated files arrive: after the file was written (5,000) and its items edited. */
const IMPORTED_AT = 50_000;

// The journey is already here, renamed since: every import meets the conflict.
const renamedHere = airlineJourney();
renamedHere.journey = { ...renamedHere.journey, name: 'Renamed here', updatedAt: 4_000 };

/** A mutated file imported over `renamedHere`, which must be in the database before each run. */
const wholeOrNothing = fc.asyncProperty(
	mutations,
	fc.constantFrom('replace', 'copy', 'merge', 'skip' as const),
	async (changes, decision) => {
		const before = await dump();
		const text = mutated(changes);
		const [outcome] = await importFiles([new File([text], 'mutated.journey.json')], {
			decide: async () => decision,
			copyName: (name) => `${name} (copy)`,
			now: () => IMPORTED_AT
		});
		if (!outcome!.ok) {
			expect(await dump()).toEqual(before);
		} else {
			const read = parseJourneyText(text);
			if (!read.ok) throw new Error('the importer accepted what the reader refused');
			const [imported] = outcome!.journeys;
			const stored = await getJourney(imported!.id);
			expect(journeyDocument.safeParse(stored).success).toBe(true);
			if (imported!.action === 'replaced' || imported!.action === 'created') {
				expect(stored).toEqual(inCanonicalOrder(stored!));
				// As read, with no time later than the file's writing or its arrival.
				const arrived = timesUpTo(read.documents[0]!, Math.min(IMPORTED_AT, read.writtenAt));
				expect(asStored(stored!)).toEqual(asStored(arrived));
			}
			if (imported!.action === 'skipped') expect(await dump()).toEqual(before);
			await database().delete();
			await database().open();
			await saveJourney(renamedHere);
		}
		expectPrototypesClean();
	}
);

/** A mutated file of a journey that is not here yet, which the importer writes as it checks. */
const newJourney = fc.asyncProperty(mutations, async (changes) => {
	const before = await dump();
	const text = mutated(changes);
	const read = parseJourneyText(text);
	const [outcome] = await importFiles([new File([text], 'mutated.journey.json')], {
		decide: async () => 'skip',
		copyName: (name) => `${name} (copy)`,
		now: () => IMPORTED_AT
	});
	if (!read.ok) {
		expect(outcome).toEqual({ file: 'mutated.journey.json', ok: false, problem: read.problem });
		expect(await dump()).toEqual(before);
	} else {
		const arrived = timesUpTo(read.documents[0]!, Math.min(IMPORTED_AT, read.writtenAt));
		expect(outcome).toMatchObject({
			ok: true,
			journeys: [{ action: 'created', storedUpdatedAt: lastEditOf(arrived) }]
		});
		const stored = await getJourney(arrived.journey.id);
		expect(asStored(stored!)).toEqual(asStored(arrived));
		await database().delete();
		await database().open();
	}
	expectPrototypesClean();
});

describe('the importer, given mutated files', () => {
	it('writes a new journey as the reader reads it, or refuses it as the reader does, writing nothing', async () => {
		await fc.assert(newJourney, { numRuns: RUNS });
	}, 60_000);

	it('writes whole valid journeys or nothing at all, whatever the user decides', async () => {
		await saveJourney(renamedHere);
		await fc.assert(wholeOrNothing, { numRuns: RUNS });
	}, 60_000);

	it('stores a file whose mutated `order` moves an item first, as it once failed to compare', async () => {
		await saveJourney(renamedHere);
		await fc.assert(wholeOrNothing, { seed: 872853609, path: '56:0:10', endOnFailure: true });
	});
});

describe('the importer, given a batch of a mutated file and a good one', () => {
	it('imports the good one whole, and the other whole or not at all', async () => {
		const here = airlineJourney();
		here.journey = { ...here.journey, name: 'Renamed here', updatedAt: 4_000 };
		const good = journeyFileOf(
			withNewIds(airlineJourney(), { name: 'Another', now: 2_000 }),
			5_000
		);
		const goodId = good.document.journey.id;
		// Rows of the mutated file's journey, whatever the good file added (its records, its
		// commit counter, and the note that it arrived from a file).
		const notGood = (rows: unknown[]) =>
			(rows as { id?: string; journeyId?: string; key?: string; value?: object }[])
				.filter((r) => r.id !== goodId && r.journeyId !== goodId && r.key !== `commits:${goodId}`)
				.map((r) => {
					if (r.key !== FROM_FILES) return r;
					const { [goodId]: _good, ...others } = r.value as Record<string, number>;
					return Object.keys(others).length ? { ...r, value: others } : undefined;
				})
				.filter((r) => r !== undefined);
		await fc.assert(
			fc.asyncProperty(
				mutations,
				fc.constantFrom<Decision>('replace', 'copy', 'merge', 'skip'),
				async (changes, decision) => {
					await saveJourney(here);
					const before = await dump();
					const [bad, ok] = await importFiles(
						[
							new File([mutated(changes)], 'mutated.journey.json'),
							new File([JSON.stringify(good)], 'good.journey.json')
						],
						{ decide: async () => decision, copyName: (name) => `${name} (copy)` }
					);
					expect(ok!.ok).toBe(true);
					expect(await getJourney(goodId)).toEqual(journeyDocument.parse(good.document));
					if (!bad!.ok) {
						const after = await dump();
						for (const table of Object.keys(before)) {
							expect(notGood(after[table]!)).toEqual(notGood(before[table]!));
						}
					} else {
						for (const imported of bad!.journeys) {
							expect(journeyDocument.safeParse(await getJourney(imported.id)).success).toBe(true);
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
