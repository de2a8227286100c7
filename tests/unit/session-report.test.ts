import { describe, expect, it } from 'vitest';
import { applyChanges, type Edit } from '$lib/domain/edits/change';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { updateItem } from '$lib/domain/edits/operations';
import { addParticipant, setRating } from '$lib/domain/edits/participants';
import { addSegment } from '$lib/domain/edits/segments';
import type { JourneyDocument } from '$lib/domain/schema';
import { sessionReport } from '$lib/domain/session-report';
import { en } from '$lib/i18n/en';
import { escapeMarkdown, reportMarkdown } from '$lib/io/report-markdown';
import { orderCycleJourney, sequentialIds } from './fixtures';

const id = (() => {
	const next = sequentialIds();
	return () => next().replace(/^0{8}/, '77777777');
})();

/**
 * An order-cycle map with frustrations at its first (purchase) and seventh (usage) touch
 * points, two segments and two participants, some frustrations rated by them.
 */
function workshopMap() {
	let doc = orderCycleJourney();
	const apply = (edit: Edit | undefined) => (doc = applyChanges(doc, edit!.changes));
	const planning = doc.touchPoints[0]!.id;
	const delivery = doc.touchPoints[6]!.id;
	const [ana, budi, hotels, students] = [id(), id(), id(), id()];
	apply(addParticipant(doc, 'Ana', ana));
	apply(addParticipant(doc, 'Budi', budi));
	apply(addSegment(doc, 'Hotels', 'B2B', hotels));
	apply(addSegment(doc, 'Students', 'B2C', students));
	const add = (touchPointId: string, text: string, patch: object = {}) => {
		const fid = id();
		apply(addFrustration(doc, touchPointId, text, fid));
		apply(updateItem(doc, 'frustrations', fid, patch));
		return fid;
	};
	add(planning, 'Nobody has heard of us', { frequency: 4, severity: 4, segmentIds: [students] });
	const late = add(delivery, 'Deliveries | arrive *late*', { segmentIds: [hotels, students] });
	add(delivery, 'Wrong colour delivered', { frequency: 5, severity: 5, status: 'fixed' });
	add(delivery, 'Crates left outside', { frequency: 2, severity: 2, segmentIds: [hotels] });
	// Everyone finds late deliveries always and critical: 25, the top priority.
	for (const p of [ana, budi]) {
		apply(setRating(doc, late, p, 'frequency', 5));
		apply(setRating(doc, late, p, 'severity', 5));
	}
	return doc as JourneyDocument;
}

describe('the session report', () => {
	it('ranks open frustrations by the participants’ means, leaving fixed ones out', () => {
		const report = sessionReport(workshopMap());
		expect(report.topPriorities.map((p) => [p.rank, p.text, p.score, p.band])).toEqual([
			[1, 'Deliveries | arrive *late*', 25, 'critical'],
			[2, 'Nobody has heard of us', 16, 'critical'],
			[3, 'Crates left outside', 4, 'low']
		]);
		const top = report.topPriorities[0]!;
		expect(top).toMatchObject({ touchPoint: 'Order delivery', stage: 'Usage' });
		expect(top.ratings.count).toBe(2);
		expect(top.stats.frequency).toMatchObject({ mean: 5, min: 5, max: 5, count: 2 });
	});

	it('breaks ties by severity, then frequency, then map order', () => {
		let doc = workshopMap();
		const tp = doc.touchPoints[1]!.id;
		for (const [text, frequency, severity] of [
			['Five by two', 5, 2],
			['Two by five', 2, 5],
			['Also two by five', 2, 5]
		] as const) {
			const fid = id();
			doc = applyChanges(doc, addFrustration(doc, tp, text, fid).changes);
			doc = applyChanges(
				doc,
				updateItem(doc, 'frustrations', fid, { frequency, severity })!.changes
			);
		}
		const texts = sessionReport(doc).topPriorities.map((p) => p.text);
		expect(texts.slice(2, 5)).toEqual(['Two by five', 'Also two by five', 'Five by two']);
	});

	it('keeps to the top ten', () => {
		let doc = orderCycleJourney();
		for (let i = 0; i < 14; i++) {
			const fid = id();
			doc = applyChanges(doc, addFrustration(doc, doc.touchPoints[0]!.id, `F${i}`, fid).changes);
			doc = applyChanges(
				doc,
				updateItem(doc, 'frustrations', fid, { frequency: 3, severity: 3 })!.changes
			);
		}
		expect(sessionReport(doc).topPriorities).toHaveLength(10);
	});

	it('counts every frustration by stage and band', () => {
		const report = sessionReport(workshopMap());
		expect(report.frustrations).toBe(4);
		expect(report.rated).toBe(1);
		const purchase = report.stages.find((s) => s.stage === 'Purchase')!;
		const usage = report.stages.find((s) => s.stage === 'Usage')!;
		expect(purchase).toEqual({
			stage: 'Purchase',
			counts: { critical: 1, high: 0, medium: 0, low: 0 },
			total: 1
		});
		expect(usage.counts).toEqual({ critical: 2, high: 0, medium: 0, low: 1 });
		expect(report.bandTotals).toEqual({ critical: 3, high: 0, medium: 0, low: 1 });
	});

	it('ranks segments by the priority of the frustrations that affect them', () => {
		expect(sessionReport(workshopMap()).segments).toEqual([
			{ name: 'Students', frustrations: 2, urgent: 2, totalScore: 41 },
			{ name: 'Hotels', frustrations: 2, urgent: 1, totalScore: 29 }
		]);
	});

	it('lists who took part in their order', () => {
		expect(sessionReport(workshopMap()).participants).toEqual(['Ana', 'Budi']);
	});
});

/** The workshop map and two frustrations nobody rated: one new, one rated on one measure only. */
function withUnrated() {
	let doc = workshopMap();
	const planning = doc.touchPoints[0]!.id;
	const [fresh, half] = [id(), id()];
	doc = applyChanges(doc, addFrustration(doc, planning, 'Brochure is out of date', fresh).changes);
	doc = applyChanges(doc, addFrustration(doc, planning, 'Website | has no prices', half).changes);
	const students = doc.segments.find((s) => s.name === 'Students')!.id;
	doc = applyChanges(
		doc,
		updateItem(doc, 'frustrations', half, { frequency: 5, segmentIds: [students] })!.changes
	);
	return doc;
}

describe('frustrations not rated yet in the report', () => {
	const report = sessionReport(withUnrated());

	it('lists them apart, in map order, and ranks only the rated ones', () => {
		expect(report.notRated).toEqual([
			{ text: 'Brochure is out of date', touchPoint: 'Order planning', stage: 'Purchase' },
			{ text: 'Website | has no prices', touchPoint: 'Order planning', stage: 'Purchase' }
		]);
		expect(report.topPriorities.map((p) => p.text)).toEqual([
			'Deliveries | arrive *late*',
			'Nobody has heard of us',
			'Crates left outside'
		]);
	});

	it('leaves them out of the band counts and the segments, but counts them as frustrations', () => {
		expect(report.frustrations).toBe(6);
		expect(report.scored).toBe(4);
		expect(report.bandTotals).toEqual({ critical: 3, high: 0, medium: 0, low: 1 });
		expect(report.stages.find((s) => s.stage === 'Purchase')!.total).toBe(1);
		expect(report.segments.find((s) => s.name === 'Students')).toMatchObject({
			frustrations: 2,
			totalScore: 41
		});
	});

	it('says how many are not rated yet and tables them under their own heading', () => {
		const markdown = reportMarkdown(report, en, '5 December 2026');
		expect(markdown).toContain(
			'2 participants · 6 frustrations, 2 not rated yet, 1 rated by participants'
		);
		const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		expect(sections).toEqual([
			'Top priorities',
			'Not rated yet',
			'Frustrations by stage and band',
			'Most affected segments',
			'Who took part'
		]);
		expect(markdown).toContain('| Website \\| has no prices | Order planning | Purchase |');
		expect(markdown).toContain('| Total | 3 | 0 | 0 | 1 | 4 |');
	});
});

describe('the report as Markdown', () => {
	const markdown = reportMarkdown(sessionReport(workshopMap()), en, '25 November 2026');

	it('has a title, the date and the sections in order', () => {
		expect(
			markdown.startsWith('# Session report: Test journey\n\n25 November 2026 · 2 participants')
		).toBe(true);
		const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		expect(sections).toEqual([
			'Top priorities',
			'Frustrations by stage and band',
			'Most affected segments',
			'Who took part'
		]);
	});

	it('tables the top priorities with means where participants rated', () => {
		expect(markdown).toContain(
			'| 1 | Deliveries \\| arrive \\*late\\* | Order delivery | Usage | 25 Critical | 5.00 always | 5.00 critical |'
		);
		expect(markdown).toContain(
			'| 2 | Nobody has heard of us | Order planning | Purchase | 16 Critical | often | major |'
		);
		expect(markdown).toContain('| Total | 3 | 0 | 0 | 1 | 4 |');
		expect(markdown).toContain('| Students | 2 | 2 | 41 |');
		expect(markdown.trimEnd().endsWith('Ana, Budi')).toBe(true);
	});

	it('escapes user text so it cannot break a table or format itself', () => {
		expect(escapeMarkdown('a | b')).toBe('a \\| b');
		expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
		expect(escapeMarkdown('two\nlines')).toBe('two lines');
		expect(escapeMarkdown('[link](javascript:x)')).toBe('\\[link\\]\\(javascript:x\\)');
	});
});

describe('a frustration of a blind round not revealed', () => {
	const doc = workshopMap();
	const late = doc.frustrations.find((f) => f.text.startsWith('Deliveries'))!;
	// As the projector passes it: the ratings left out, how many rated them given apart.
	const blinded = {
		...doc,
		frustrations: doc.frustrations.map((f) => (f.id === late.id ? { ...f, ratings: [] } : f))
	};
	const report = sessionReport(blinded, undefined, new Map([[late.id, { n: 2, m: 3 }]]));

	it('is listed as how many rated it, neither ranked, nor counted, nor silently not rated', () => {
		expect(report.notRevealed).toEqual([
			{ text: late.text, touchPoint: 'Order delivery', stage: 'Usage', rated: 2, of: 3 }
		]);
		expect(report.topPriorities.map((p) => p.text)).not.toContain(late.text);
		expect(report.notRated.map((u) => u.text)).not.toContain(late.text);
		expect(report.scored).toBe(3);
	});

	it('is tabled in the Markdown as N of M rated · not revealed', () => {
		expect(reportMarkdown(report, en, '25 November 2026')).toContain(
			'## Not revealed yet\n\n| Frustration | Touch point | Stage | Priority |\n| --- | --- | --- | --- |\n| Deliveries \\| arrive \\*late\\* | Order delivery | Usage | 2 of 3 rated · not revealed |'
		);
	});
});
