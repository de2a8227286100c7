import { describe, expect, it } from 'vitest';
import { chartData, rowChanges } from '$lib/charts/rows';
import type { JourneyDocument } from '$lib/domain/schema';
import { effectiveRatings, priorityScore } from '$lib/domain/scoring';
import { airlineJourney } from '../fixtures';

describe('chart rows', () => {
	it('lists every frustration with its touch point and stage in cycle order', () => {
		const doc = airlineJourney();
		const data = chartData(doc);
		expect(data.frustrations).toHaveLength(doc.frustrations.length);
		expect(data.touchPoints.map((tp) => tp.cycleNumber)).toEqual(
			data.touchPoints.map((_, i) => i + 1)
		);
		const cycle = data.frustrations.map((r) => r.cycleNumber);
		expect(cycle).toEqual([...cycle].sort((a, b) => a - b));
		expect(data.frustrations[0]!.stageName).toBe(data.stages[0]!.name);
	});

	it('rates by the mean of participant ratings when there are any', () => {
		const doc = airlineJourney();
		const [first, ...rest] = doc.frustrations;
		const participant = '00000000-0000-4000-8000-00000000ffff';
		const rated = {
			...first!,
			frequency: 1,
			severity: 1,
			ratings: [
				{ participantId: participant, frequency: 4, severity: 5 },
				{ participantId: participant, frequency: 5, severity: null }
			]
		};
		const row = chartData({ ...doc, frustrations: [rated, ...rest] }).frustrations.find(
			(r) => r.id === rated.id
		)!;
		expect(row.frequency).toBe(4.5);
		expect(row.severity).toBe(5);
		expect(row.score).toBe(priorityScore(4.5, 5));
		expect(row.band).toBe('critical');
	});

	it('sets apart the frustrations not rated yet, a half-rated one too, in map order', () => {
		const doc = airlineJourney();
		const [first, second, third, ...rest] = doc.frustrations;
		const unrated = { ...second!, frequency: null, severity: null };
		const half = { ...third!, frequency: 4, severity: null };
		const data = chartData({ ...doc, frustrations: [first!, unrated, half, ...rest] });
		expect(data.unrated.map((row) => row.id).sort()).toEqual([unrated.id, half.id].sort());
		expect(data.unrated.every((row) => row.score === null && row.band === null)).toBe(true);
		expect(data.frustrations.map((row) => row.id)).not.toContain(unrated.id);
		expect(data.frustrations.map((row) => row.id)).not.toContain(half.id);
		expect(data.frustrations).toHaveLength(doc.frustrations.length - 2);
		// Every frustration keeps its place on the map, rated or not.
		const places = [...data.frustrations, ...data.unrated].map((row) => row.mapOrder);
		expect(places.sort((a, b) => a - b)).toEqual(doc.frustrations.map((_, i) => i));
		const rowOf = data.unrated.find((row) => row.id === unrated.id)!;
		expect(rowOf).toMatchObject({ text: unrated.text, status: unrated.status });
	});

	it('keeps a frustration’s own ratings when nobody rated it', () => {
		expect(effectiveRatings({ frequency: 2, severity: 3, ratings: [] })).toMatchObject({
			frequency: 2,
			severity: 3,
			score: 6
		});
	});

	it('keeps the rows of unchanged frustrations after an edit, and places every row anew when one is added', () => {
		const doc = airlineJourney();
		const before = chartData(doc).frustrations;
		const edited = {
			...doc.frustrations[1]!,
			severity: doc.frustrations[1]!.severity === 5 ? 4 : 5
		};
		const frustrations = doc.frustrations.map((f) => (f.id === edited.id ? edited : f));
		const after = chartData({ ...doc, frustrations }).frustrations;
		expect(after).toHaveLength(before.length);
		after.forEach((row, i) => {
			if (row.id === edited.id) expect(row.severity).toBe(edited.severity);
			else expect(row).toBe(before[i]);
		});

		// A new frustration on the first touch point moves every later row one place on.
		const first = before[0]!;
		const added = {
			...doc.frustrations.find((f) => f.id === first.id)!,
			id: '00000000-0000-4000-8000-0000000000aa',
			order: -1
		};
		const grown = chartData({ ...doc, frustrations: [...frustrations, added] }).frustrations;
		expect(grown[0]!.id).toBe(added.id);
		expect(grown.map((row) => row.mapOrder)).toEqual(grown.map((_, i) => i));
	});

	it('gives the rows of a renamed stage its new name, though its touch points did not change', () => {
		const doc = airlineJourney();
		chartData(doc);
		const stage = doc.stages[0]!;
		const stages = doc.stages.map((s) => (s === stage ? { ...s, name: 'Buying' } : s));
		const after = chartData({ ...doc, stages }).frustrations;
		const rows = after.filter((row) => row.stageId === stage.id);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.stageName).toBe('Buying');
	});

	/** The document with one frustration's ratings set, every other record the same object. */
	function rerated(doc: JourneyDocument, index: number, frequency: number, severity: number) {
		const frustrations = [...doc.frustrations];
		frustrations[index] = { ...frustrations[index]!, frequency, severity };
		return { ...doc, frustrations };
	}

	it('gives a re-rate the rows laying out afresh gives, and says which row it replaced', () => {
		const doc = airlineJourney();
		const before = chartData(doc);
		const index = 2;
		const was = doc.frustrations[index]!;
		const edited = rerated(doc, index, was.frequency === 1 ? 2 : 1, 5);
		const after = chartData(edited);
		expect(after).toEqual(chartData(structuredClone(edited)));

		const at = before.frustrations.findIndex((row) => row.id === was.id);
		expect(rowChanges(after.frustrations, before.frustrations)).toEqual([at]);
		expect(after.frustrations[at]!.severity).toBe(5);
		after.frustrations.forEach((row, i) => {
			if (i !== at) expect(row).toBe(before.frustrations[i]);
		});
		// Asked about lists it did not patch, it does not know.
		expect(rowChanges(after.frustrations, after.frustrations)).toBeUndefined();
	});

	it('moves a frustration rated for the first time from the unrated rows to the rated ones', () => {
		const doc = airlineJourney();
		const index = 3;
		const unrated = [...doc.frustrations];
		unrated[index] = { ...unrated[index]!, frequency: null, severity: null };
		const before = chartData({ ...doc, frustrations: unrated });
		expect(before.unrated.map((row) => row.id)).toEqual([unrated[index]!.id]);

		const edited = rerated({ ...doc, frustrations: unrated }, index, 4, 4);
		const after = chartData(edited);
		expect(after.unrated).toEqual([]);
		expect(after.frustrations.map((row) => row.id)).toContain(unrated[index]!.id);
		expect(after).toEqual(chartData(structuredClone(edited)));
	});
});
