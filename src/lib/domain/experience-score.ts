/**
 * A touch point's experience as one number from 1 (worst) to 5 (best), the score a Mermaid
 * journey diagram gives each task (docs/domain.md, "The experience score"). Two readings of
 * the map, the lower one counts:
 * - its open frustrations: none → 5; only unrated ones → 4; the worst rated one low → 3,
 *   medium → 2, high or critical → 1;
 * - how the segments feel there, when any feeling is recorded: 3 + the mean emotion, rounded
 *   half up (−2 upset → 1 … +2 delighted → 5).
 * The feeling is what an imported diagram's score became, so it goes back out unchanged.
 */
import { effectiveRatings, priorityBand, type Band } from './scoring';
import type { Frustration, TouchPoint } from './schema';

export type ExperienceScore = 1 | 2 | 3 | 4 | 5;

const byBand: Record<Band, ExperienceScore> = { critical: 1, high: 1, medium: 2, low: 3 };

/** What the open frustrations at a touch point say: 5 when there are none. */
export function frustrationScore(frustrations: readonly Frustration[]): ExperienceScore {
	let score: ExperienceScore = 5;
	for (const frustration of frustrations) {
		if (frustration.status !== 'open') continue;
		const ratings = effectiveRatings(frustration);
		const reading = ratings === null ? 4 : byBand[priorityBand(ratings.score)];
		if (reading < score) score = reading;
	}
	return score;
}

/** What the recorded feelings say (emotion −2…+2 → 1…5); undefined when none is recorded. */
export function feelingScore(
	touchPoint: Pick<TouchPoint, 'emotions'>
): ExperienceScore | undefined {
	const emotions = Object.values(touchPoint.emotions);
	if (emotions.length === 0) return undefined;
	const mean = emotions.reduce((sum, e) => sum + e, 0) / emotions.length;
	return (3 + Math.min(2, Math.max(-2, Math.floor(mean + 0.5)))) as ExperienceScore;
}

export function experienceScore(
	touchPoint: Pick<TouchPoint, 'emotions'>,
	frustrations: readonly Frustration[]
): ExperienceScore {
	const fromFrustrations = frustrationScore(frustrations);
	const fromFeelings = feelingScore(touchPoint);
	return fromFeelings === undefined
		? fromFrustrations
		: (Math.min(fromFrustrations, fromFeelings) as ExperienceScore);
}

/** The emotion a score stands for, the inverse of `feelingScore` for one segment. */
export function emotionOfScore(score: ExperienceScore): -2 | -1 | 0 | 1 | 2 {
	return (score - 3) as -2 | -1 | 0 | 1 | 2;
}
