/**
 * A file of one journey that is not here yet is written while it is checked, chunk by chunk
 * in one transaction (app/import-store.ts): it must still be all or nothing, and give what
 * the usual way (read and check all of it, then write) gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FROM_FILES } from '$lib/app/backup-reminder';
import { importFiles, undoImport } from '$lib/app/import-journeys';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { timesUpTo } from '$lib/domain/foreign-times';
import { generateJourney } from '$lib/domain/generate';
import { journeyFileOf } from '$lib/io/journey-file';
import { parseJourneyText } from '$lib/io/read-file';
import { database } from '$lib/storage/db';
import { getJourney, lastEditOf, saveJourney } from '$lib/storage/journeys';
import { getSetting } from '$lib/storage/settings';
import { failPutsInto } from './failing-store';
import { sequentialIds } from './fixtures';

afterEach(async () => {
	await database().delete();
	await database().open();
});

// More items than one chunk of the check (1,000), so earlier chunks are written before the last.
const big = () =>
	generateJourney({ frustrations: 2_500, touchPoints: 20, participants: 0, seed: 23, now: 1_000 });

const options = {
	decide: async () => 'skip' as const,
	copyName: (name: string) => `${name} (copy)`,
	now: () => 50_000
};

async function dump() {
	const db = database();
	return Object.fromEntries(
		await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))
	);
}

describe('a new journey’s file, written as it is checked', () => {
	it.each([
		[
			'its last frustration has no text',
			(doc: ReturnType<typeof big>) => {
				doc.frustrations.at(-1)!.text = ' ';
			}
		],
		[
			'its last frustration has the id of one of its stages',
			(doc: ReturnType<typeof big>) => {
				doc.frustrations.at(-1)!.id = doc.stages[0]!.id;
			}
		],
		[
			'its last frustration is on a touch point the map does not have',
			(doc: ReturnType<typeof big>) => {
				doc.frustrations.at(-1)!.touchPointId = '00000000-0000-4000-8000-0000000fffff';
			}
		]
	])('writes nothing when %s, and says why as the reader does', async (_, breakIt) => {
		const doc = big();
		breakIt(doc);
		const text = JSON.stringify(journeyFileOf(doc, 2_000));
		const before = await dump();
		const [outcome] = await importFiles([new File([text], 'late.journey.json')], options);
		const read = parseJourneyText(text);
		expect(read.ok).toBe(false);
		expect(outcome).toEqual({
			file: 'late.journey.json',
			ok: false,
			problem: !read.ok && read.problem
		});
		expect(outcome).toMatchObject({
			problem: {
				kind: 'invalid',
				issues: [{ path: expect.stringContaining('frustrations[2499]') }]
			}
		});
		expect(await dump()).toEqual(before);
		expect(await getSetting(FROM_FILES)).toBeUndefined();
	});

	it('stores what the reader reads, its future times brought back, and Undo import removes it', async () => {
		const doc = big();
		doc.frustrations[1_500]!.updatedAt = 9_000_000;
		const text = JSON.stringify(journeyFileOf(doc, 3_000));
		const [outcome] = await importFiles([new File([text], 'big.journey.json')], options);
		const read = parseJourneyText(text);
		if (!outcome!.ok || !read.ok) throw new Error('the file did not import');
		const stored = (await getJourney(doc.journey.id))!;
		expect(stored).toEqual(inCanonicalOrder(timesUpTo(read.documents[0]!, 3_000)));
		expect(stored.frustrations.find((f) => f.id === doc.frustrations[1_500]!.id)!.updatedAt).toBe(
			3_000
		);
		expect(stored.frustrations).toHaveLength(2_500);
		expect(outcome!.journeys).toEqual([
			{ id: doc.journey.id, name: doc.journey.name, action: 'created', storedUpdatedAt: 3_000 }
		]);
		expect(lastEditOf(stored)).toBe(3_000);
		expect(await getSetting(FROM_FILES)).toEqual({ [doc.journey.id]: doc.journey.updatedAt });
		await undoImport(outcome!.journeys);
		expect(await getJourney(doc.journey.id)).toBeUndefined();
	});

	it('gives items whose ids another journey holds ids of their own, leaving that journey as it is', async () => {
		const here = big();
		await saveJourney(here);
		// Another journey with the same items: a copy of a file, edited by hand.
		const next = sequentialIds();
		const other = { ...here, journey: { ...here.journey, id: next(), name: 'Other' } };
		const [outcome] = await importFiles(
			[new File([JSON.stringify(journeyFileOf(other, 2_000))], 'other.journey.json')],
			options
		);
		expect(outcome).toMatchObject({ ok: true, journeys: [{ action: 'created' }] });
		expect(await getJourney(here.journey.id)).toEqual(inCanonicalOrder(here));
		const stored = (await getJourney(other.journey.id))!;
		expect(stored.frustrations).toHaveLength(2_500);
		const ids = new Set(here.frustrations.map((f) => f.id));
		expect(stored.frustrations.some((f) => ids.has(f.id))).toBe(false);
	});

	it('asks what to do with a journey another import stored while this one was on its way, and keeps that one', async () => {
		// Two versions of one journey's file, imported at once (two tabs): each finds the journey
		// not here yet before either writes it.
		const first = big();
		const second = { ...first, journey: { ...first.journey, name: 'Second version' } };
		const asked: string[] = [];
		const deciding = {
			...options,
			decide: async (_: unknown, incoming: { journey: { name: string } }) => {
				asked.push(incoming.journey.name);
				return 'skip' as const;
			}
		};
		const file = (doc: typeof first, name: string) =>
			new File([JSON.stringify(journeyFileOf(doc, 2_000))], name);
		const outcomes = await Promise.all([
			importFiles([file(first, 'first.journey.json')], deciding),
			importFiles([file(second, 'second.journey.json')], deciding)
		]);
		const journeys = outcomes.map(([outcome]) => (outcome!.ok ? outcome!.journeys[0]! : undefined));
		expect(journeys.map((j) => j?.action).sort()).toEqual(['created', 'skipped']);
		expect(asked).toHaveLength(1);
		const stored = (await getJourney(first.journey.id))!;
		expect(stored.journey.name).toBe(journeys.find((j) => j?.action === 'created')!.name);
		expect(stored.journey.name).not.toBe(asked[0]);
		expect(await getSetting(FROM_FILES)).toEqual({ [first.journey.id]: first.journey.updatedAt });
	});

	it.each(['throws', 'aborts'] as const)(
		'keeps nothing of the journey when the storage is full halfway through (the put %s)',
		async (how) => {
			const doc = big();
			const text = JSON.stringify(journeyFileOf(doc, 2_000));
			const before = await dump();
			const full = new DOMException('The storage is full', 'QuotaExceededError');
			const restore = failPutsInto('frustrations', how, full);
			try {
				await expect(
					importFiles([new File([text], 'full.journey.json')], options)
				).rejects.toThrow();
			} finally {
				restore();
			}
			expect(await dump()).toEqual(before);
			expect(await getSetting(FROM_FILES)).toBeUndefined();
		}
	);

	it('asks too when the two versions come each in a batch of files, checked before written', async () => {
		const first = big();
		const second = { ...first, journey: { ...first.journey, name: 'Second version' } };
		const next = sequentialIds();
		const small = () => {
			const doc = generateJourney({
				frustrations: 3,
				touchPoints: 2,
				participants: 0,
				seed: 1,
				now: 1_000
			});
			const ids = new Map<string, string>();
			const id = (old: string) => ids.get(old) ?? (ids.set(old, next()), ids.get(old)!);
			return JSON.parse(
				JSON.stringify(doc).replace(
					/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
					id
				)
			) as typeof doc;
		};
		const asked: string[] = [];
		const deciding = {
			...options,
			decide: async (_: unknown, incoming: { journey: { name: string } }) => {
				asked.push(incoming.journey.name);
				return 'skip' as const;
			}
		};
		const file = (doc: typeof first, name: string) =>
			new File([JSON.stringify(journeyFileOf(doc, 2_000))], name);
		const outcomes = await Promise.all([
			importFiles([file(first, 'first.journey.json'), file(small(), 'a.journey.json')], deciding),
			importFiles([file(second, 'second.journey.json'), file(small(), 'b.journey.json')], deciding)
		]);
		const journeys = outcomes.map(([outcome]) => (outcome!.ok ? outcome!.journeys[0]! : undefined));
		expect(journeys.map((j) => j?.action).sort()).toEqual(['created', 'skipped']);
		expect(asked).toHaveLength(1);
		const stored = (await getJourney(first.journey.id))!;
		expect(stored.journey.name).toBe(journeys.find((j) => j?.action === 'created')!.name);
	});
});
