/**
 * How frustrations are ranked (docs/domain.md): frequency × severity, the risk-matrix product,
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

/** Early problems cost the first sale; later ones cost the repurchase (docs/domain.md). */
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

/** A language's words for the points of the two scales (the i18n catalogs hold them). */
export interface LevelWords {
	frequencyLevels: Record<FrequencyLevel, string>;
	severityLevels: Record<SeverityLevel, string>;
}

/** The word for a rating or a mean on a measure's scale, from the given language's words. */
export function levelName(
	words: LevelWords,
	measure: 'frequency' | 'severity',
	value: number
): string {
	return measure === 'frequency'
		? words.frequencyLevels[frequencyLabel(value)]
		: words.severityLevels[severityLabel(value)];
}

/** Two decimals, as docs/domain.md shows means. */
export function formatMean(mean: number): string {
	return mean.toFixed(2);
}

/** The arithmetic mean; undefined for no values. */
export function meanOf(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.length;
}

export interface EffectiveRatings {
	/** The mean of the participants' frequency ratings, or the frustration's own frequency. */
	frequency: number;
	severity: number;
	/** How many participants rated it; 0 when the frustration's own single rating stands. */
	count: number;
	/** frequency × severity to one decimal (a whole number when no participant rated it). */
	score: number;
}

interface Rateable {
	frequency: number | null;
	severity: number | null;
	ratings: readonly { frequency: number | null; severity: number | null }[];
}

/** How many participants gave it at least one rating. */
export function raterCount(frustration: Pick<Rateable, 'ratings'>): number {
	let count = 0;
	for (const r of frustration.ratings) if (r.frequency !== null || r.severity !== null) count++;
	return count;
}

/**
 * The one rule for which ratings count (docs/domain.md, several raters): the mean of the
 * participants' ratings where there are any, measure by measure, else the frustration's own.
 * Null when a measure has neither: the frustration is not rated yet, so it has no priority,
 * and every chart, list and sum leaves it out rather than guess one. Priority, bands and
 * every chart read ratings through here.
 */
export function effectiveRatings(frustration: Rateable): EffectiveRatings | null {
	const frequencies: number[] = [];
	const severities: number[] = [];
	for (const r of frustration.ratings) {
		if (r.frequency !== null) frequencies.push(r.frequency);
		if (r.severity !== null) severities.push(r.severity);
	}
	const frequency = meanOf(frequencies) ?? frustration.frequency;
	const severity = meanOf(severities) ?? frustration.severity;
	if (frequency === null || severity === null) return null;
	return {
		frequency,
		severity,
		count: raterCount(frustration),
		score: Math.round(priorityScore(frequency, severity) * 10) / 10
	};
}

/** A priority score as shown: whole numbers plain, means' products with one decimal. */
export function formatScore(score: number): string {
	return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
