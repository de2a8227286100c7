/**
 * What a workshop produced, shaped for the session report: the top priorities, how many
 * frustrations each stage has in each band, the segments most affected and who took part.
 * Pure, so the page and its Markdown read the same figures.
 */
import { mapLayout } from './map-layout';
import { frustrationStats, type FrustrationStats } from './rating-stats';
import { bands, type Band, type EffectiveRatings } from './scoring';
import type { JourneyDocument, Risk } from './schema';

export const TOP_PRIORITIES = 10;

export interface ReportPriority {
	rank: number;
	text: string;
	touchPoint: string;
	stage: string;
	risk: Risk;
	score: number;
	band: Band;
	ratings: EffectiveRatings;
	stats: FrustrationStats;
}

/** A frustration nobody rated yet: listed on its own, never ranked or counted in a band. */
export interface UnratedItem {
	text: string;
	touchPoint: string;
	stage: string;
}

/** A frustration of a blind round not revealed yet: how many have rated it, never what. */
export interface NotRevealedItem extends UnratedItem {
	rated: number;
	of: number;
}

export interface StageBands {
	stage: string;
	counts: Record<Band, number>;
	total: number;
}

export interface SegmentImpact {
	name: string;
	frustrations: number;
	/** How many of them are critical or high. */
	urgent: number;
	/** The sum of their priority scores: many small problems can outweigh one big one. */
	totalScore: number;
}

export interface SessionReport {
	journey: string;
	participants: string[];
	frustrations: number;
	/** Frustrations with at least one participant's rating. */
	rated: number;
	/** Frustrations with a priority (rated on the map or by participants): the bands' total. */
	scored: number;
	topPriorities: ReportPriority[];
	/** Open or planned frustrations not rated yet, in map order. */
	notRated: UnratedItem[];
	/** Frustrations whose participants' ratings a blind round keeps from view, in map order. */
	notRevealed: NotRevealedItem[];
	stages: StageBands[];
	bandTotals: Record<Band, number>;
	segments: SegmentImpact[];
}

const noBands = (): Record<Band, number> => ({ critical: 0, high: 0, medium: 0, low: 0 });

/**
 * Frustrations not rated yet have no score: they are listed under their own heading and left
 * out of the ranking, the band counts and the segments' figures.
 * Top priorities rank by score, then severity, then frequency (a rarer but worse problem
 * first), then map order; fixed frustrations are left out of them but still counted.
 */
export function sessionReport(
	doc: JourneyDocument,
	top = TOP_PRIORITIES,
	/** Frustrations kept blind, by id: how many of how many participants rated each. */
	blind: ReadonlyMap<string, { n: number; m: number }> = new Map()
): SessionReport {
	const layout = mapLayout(doc);
	const bandTotals = noBands();
	const segmentNames = new Map(doc.segments.map((s) => [s.id, s.name]));
	const impacts = new Map<string, SegmentImpact>();
	const candidates: Omit<ReportPriority, 'rank' | 'stats'>[] = [];
	const candidateFrustrations: JourneyDocument['frustrations'] = [];
	const notRated: UnratedItem[] = [];
	const notRevealed: NotRevealedItem[] = [];
	let frustrations = 0;
	let rated = 0;
	let scored = 0;

	const stages = layout.map(({ stage, touchPoints }) => {
		const counts = noBands();
		for (const { touchPoint, frustrations: list } of touchPoints) {
			for (const { frustration, ratings, score, band, risk } of list) {
				frustrations++;
				const count = blind.get(frustration.id);
				if (count && frustration.status !== 'fixed') {
					// Its priority waits for Reveal: neither ranked nor counted, but not left out.
					const where = { touchPoint: touchPoint.name, stage: stage.name };
					notRevealed.push({ text: frustration.text, ...where, rated: count.n, of: count.m });
					continue;
				}
				if (ratings === null || score === null || band === null) {
					// No score to rank or sum: listed apart until someone rates it.
					if (frustration.status !== 'fixed') {
						notRated.push({
							text: frustration.text,
							touchPoint: touchPoint.name,
							stage: stage.name
						});
					}
					continue;
				}
				scored++;
				if (ratings.count > 0) rated++;
				counts[band]++;
				bandTotals[band]++;
				for (const segmentId of frustration.segmentIds) {
					const name = segmentNames.get(segmentId);
					if (name === undefined) continue;
					const impact = impacts.get(segmentId) ?? {
						name,
						frustrations: 0,
						urgent: 0,
						totalScore: 0
					};
					impact.frustrations++;
					if (band === 'critical' || band === 'high') impact.urgent++;
					impact.totalScore += score;
					impacts.set(segmentId, impact);
				}
				if (frustration.status === 'fixed') continue;
				candidateFrustrations.push(frustration);
				candidates.push({
					text: frustration.text,
					touchPoint: touchPoint.name,
					stage: stage.name,
					risk,
					score,
					band,
					ratings
				});
			}
		}
		const total = bands.reduce((n, b) => n + counts[b], 0);
		return { stage: stage.name, counts, total };
	});

	const ranked = candidates
		.map((c, index) => ({ c, index }))
		.sort(
			(a, b) =>
				b.c.score - a.c.score ||
				b.c.ratings.severity - a.c.ratings.severity ||
				b.c.ratings.frequency - a.c.ratings.frequency ||
				a.index - b.index
		)
		.slice(0, top);
	// Spreads are worked out for the few that are shown, not for the whole map.
	const topPriorities = ranked.map(({ c, index }, i) => ({
		...c,
		rank: i + 1,
		stats: frustrationStats(candidateFrustrations[index]!)
	}));

	return {
		journey: doc.journey.name,
		participants: [...doc.participants].sort((a, b) => a.order - b.order).map((p) => p.name),
		frustrations,
		rated,
		scored,
		topPriorities,
		notRated,
		notRevealed,
		stages,
		bandTotals,
		segments: [...impacts.values()]
			.map((s) => ({ ...s, totalScore: Math.round(s.totalScore * 10) / 10 }))
			.sort((a, b) => b.totalScore - a.totalScore || b.frustrations - a.frustrations)
	};
}
