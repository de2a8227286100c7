/**
 * How frustrations are ranked (DOMAIN.md §3): frequency × severity, the risk-matrix product,
 * and the bands that product falls into.
 */
import type { Risk, Stage } from './schema';

export const bands = ['critical', 'high', 'medium', 'low'] as const;
export type Band = (typeof bands)[number];

export function priorityScore(frequency: number, severity: number): number {
	return frequency * severity;
}

/** critical ≥ 15, high 10..14, medium 5..9, low ≤ 4. */
export function priorityBand(score: number): Band {
	if (score >= 15) return 'critical';
	if (score >= 10) return 'high';
	if (score >= 5) return 'medium';
	return 'low';
}

/** Early problems cost the first sale; later ones cost the repurchase (DOMAIN.md §2). */
export function stageRisk(stage: Pick<Stage, 'risk'>): Risk {
	return stage.risk;
}

/** The five points of a rating scale, as labels index them (1-based values, 0-based array). */
export const frequencyLevels = ['never', 'rarely', 'sometimes', 'often', 'always'] as const;
export const severityLevels = ['cosmetic', 'minor', 'moderate', 'major', 'critical'] as const;
export type FrequencyLevel = (typeof frequencyLevels)[number];
export type SeverityLevel = (typeof severityLevels)[number];

/**
 * Which of five equal intervals of width 0.8 a mean on the 1..5 scale falls into, as 1..5.
 * Boundaries are inclusive upward: 1.80 is the first interval, 1.81 the second. Means are
 * shown with two decimals, so the comparison is on the mean rounded to two decimals; that
 * also keeps 4.2 (a float just above or below) on the side the table puts it.
 */
export function meanInterval(mean: number): 1 | 2 | 3 | 4 | 5 {
	const rounded = Math.round(mean * 100);
	if (rounded <= 180) return 1;
	if (rounded <= 260) return 2;
	if (rounded <= 340) return 3;
	if (rounded <= 420) return 4;
	return 5;
}

export function frequencyLabel(mean: number): FrequencyLevel {
	return frequencyLevels[meanInterval(mean) - 1]!;
}

export function severityLabel(mean: number): SeverityLevel {
	return severityLevels[meanInterval(mean) - 1]!;
}

/** Two decimals, as DOMAIN.md shows means. */
export function formatMean(mean: number): string {
	return mean.toFixed(2);
}

/**
 * The ratings a frustration is ranked by: the mean of its participants' ratings when any
 * participant rated it (DOMAIN.md §3, "Several raters"), else its own frequency and severity.
 * Each scale is averaged on its own, since a participant may rate only one of the two.
 */
export function effectiveRatings(frustration: {
	frequency: number;
	severity: number;
	ratings?: readonly { frequency: number | null; severity: number | null }[];
}): { frequency: number; severity: number } {
	const mean = (values: number[], fallback: number) =>
		values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : fallback;
	const ratings = frustration.ratings ?? [];
	return {
		frequency: mean(
			ratings.flatMap((r) => (r.frequency === null ? [] : [r.frequency])),
			frustration.frequency
		),
		severity: mean(
			ratings.flatMap((r) => (r.severity === null ? [] : [r.severity])),
			frustration.severity
		)
	};
}
