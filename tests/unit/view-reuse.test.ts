// After an edit, everything the edit did not touch keeps its object, so the map and charts
// redraw one card instead of comparing thousands (see mapLayout and chartData).
import { describe, expect, it } from 'vitest';
import { painMarks } from '$lib/charts/experience-curve/shape';
import { chartData } from '$lib/charts/rows';
import { mapLayout } from '$lib/domain/map-layout';
import type { JourneyDocument } from '$lib/domain/schema';
import { airlineJourney } from './fixtures';

function rateFirstFrustration() {
	const doc = airlineJourney();
	// An open one, so it is also marked on the experience curve.
	const at = doc.frustrations.findIndex((f) => f.status === 'open');
	const changed = doc.frustrations[at]!;
	const frustrations = doc.frustrations.map((f, i) =>
		i === at ? { ...f, severity: ((f.severity ?? 0) % 5) + 1 } : f
	);
	return { doc, edited: { ...doc, frustrations }, changed };
}

/** The document with the frustration at `index` rated `severity`, every other record the same. */
function withSeverity(doc: JourneyDocument, index: number, severity: number): JourneyDocument {
	const frustrations = [...doc.frustrations];
	frustrations[index] = { ...frustrations[index]!, severity };
	return { ...doc, frustrations };
}

describe('views kept across an edit', () => {
	it('lays out ratings changed one after another as a fresh layout does, after a reorder too', () => {
		const doc = airlineJourney();
		mapLayout(doc);
		const rated = withSeverity(doc, 1, 5);
		expect(mapLayout(rated)).toEqual(mapLayout(structuredClone(rated)));
		const again = withSeverity(rated, 4, 1);
		mapLayout(rated);
		expect(mapLayout(again)).toEqual(mapLayout(structuredClone(again)));

		// The first stage's touch points in the opposite order: every card has a new place.
		const first = doc.stages.find((s) => s.order === Math.min(...doc.stages.map((x) => x.order)))!;
		const ofFirst = again.touchPoints.filter((tp) => tp.stageId === first.id);
		const reordered = {
			...again,
			touchPoints: again.touchPoints.map((tp) =>
				tp.stageId === first.id ? { ...tp, order: ofFirst.length - tp.order } : tp
			)
		};
		mapLayout(reordered);
		const index = reordered.frustrations.findIndex((f) => f.touchPointId === ofFirst[0]!.id);
		const rerated = withSeverity(reordered, index, 2);
		expect(mapLayout(rerated)).toEqual(mapLayout(structuredClone(rerated)));
	});

	it('gives new views only to the edited touch point and its stage', () => {
		const { doc, edited, changed } = rateFirstFrustration();
		const before = mapLayout(doc);
		const after = mapLayout(edited);
		const cards = (layout: typeof before) => layout.flatMap((s) => s.touchPoints);
		const renewed = cards(after).filter((view, i) => view !== cards(before)[i]);
		expect(renewed.map((v) => v.touchPoint.id)).toEqual([changed.touchPointId]);
		const renewedStages = after.filter((stage, i) => stage !== before[i]);
		expect(renewedStages).toHaveLength(1);
		expect(renewedStages[0]!.touchPoints.map((v) => v.touchPoint.id)).toContain(
			changed.touchPointId
		);
	});

	it('keeps every chart row and touch point but the edited frustration', () => {
		const { doc, edited, changed } = rateFirstFrustration();
		const before = chartData(doc);
		const after = chartData(edited);
		expect(after.touchPoints.every((tp, i) => tp === before.touchPoints[i])).toBe(true);
		const renewed = after.frustrations.filter((row) => !before.frustrations.includes(row));
		expect(renewed.map((row) => row.id)).toEqual([changed.id]);
		expect(renewed[0]!.severity).toBe(((changed.severity ?? 0) % 5) + 1);
	});

	it('gives the rows of a renamed touch point its new name', () => {
		const doc = airlineJourney();
		const [tp, ...rest] = doc.touchPoints;
		const renamed = { ...doc, touchPoints: [{ ...tp!, name: 'Renamed' }, ...rest] };
		chartData(doc);
		const rows = chartData(renamed).frustrations.filter((row) => row.touchPointId === tp!.id);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((row) => row.touchPointName === 'Renamed')).toBe(true);
	});

	it('keeps the pain marks of the experience curve, but for the edited touch point', () => {
		const { doc, edited, changed } = rateFirstFrustration();
		const before = chartData(doc);
		const marksBefore = painMarks(before.touchPoints, before.frustrations, doc.segments);
		const after = chartData(edited);
		const marksAfter = painMarks(after.touchPoints, after.frustrations, edited.segments);
		const renewed = marksAfter.filter((mark, i) => mark !== marksBefore[i]);
		expect(changed.status).toBe('open');
		expect(renewed.map((mark) => mark.touchPoint.touchPoint.id)).toEqual([changed.touchPointId]);
	});
});
