/**
 * How a frustration reads in a chart's details, its focus label and its data table: the same
 * words everywhere, so what a screen reader hears matches what the table shows. Wording lives
 * here, with the catalogs; charts and the app's announcements only call it.
 */
import {
	formatMean,
	frequencyLabel,
	priorityBand,
	priorityScore,
	severityLabel,
	type Band
} from '$lib/domain/scoring';
import type { Frustration, Risk } from '$lib/domain/schema';
import { t } from './index.svelte';

/** What a frustration's words are made of: a chart's row has these, and more. */
export interface FrustrationFacts {
	text: string;
	status: Frustration['status'];
	frequency: number;
	severity: number;
	/** How many participants rated it: when any did, its ratings are their means. */
	raters: number;
	score: number;
	band: Band;
	risk: Risk;
	touchPointName: string;
	cycleNumber: number;
	stageName: string;
}

/** Whole numbers as they are; means with two decimals, as docs/domain.md shows them. */
export function formatRating(value: number): string {
	return Number.isInteger(value) ? String(value) : formatMean(value);
}

export function formatShare(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/**
 * A frequency beside a severity, "often × serious": the risk-matrix product that makes a
 * priority (docs/domain.md), written here once for every language, the map and the charts.
 */
export function frequencyBySeverity(frequency: string, severity: string): string {
	return `${frequency} × ${severity}`;
}

export function ratingsText(
	row: Pick<FrustrationFacts, 'frequency' | 'severity'> & { raters?: number }
): string {
	const m = t();
	const ratings = frequencyBySeverity(
		`${m.frequency} ${formatRating(row.frequency)} (${m.frequencyLevels[frequencyLabel(row.frequency)]})`,
		`${m.severity} ${formatRating(row.severity)} (${m.severityLevels[severityLabel(row.severity)]})`
	);
	// Said, so a reader knows why such a mark cannot be moved by hand.
	return row.raters ? `${ratings} · ${m.meansOfRatings(row.raters)}` : ratings;
}

/** The ratings line and the priority line of whole ratings, as a mark's details word them. */
export function describeRatings(ratings: { frequency: number; severity: number }) {
	const score = priorityScore(ratings.frequency, ratings.severity);
	return [ratingsText(ratings), scoreText({ score, band: priorityBand(score) })] as const;
}

export function placeText(row: FrustrationFacts): string {
	return `${row.touchPointName} (${row.cycleNumber}) · ${row.stageName}`;
}

export function scoreText(row: Pick<FrustrationFacts, 'score' | 'band'>): string {
	const m = t();
	return `${m.priority} ${formatRating(row.score)} · ${m.bands[row.band]}`;
}

/** The lines of a mark's details box. */
export function frustrationDetails(row: FrustrationFacts): string[] {
	return describeFrustration(row).details;
}

function detailsOf(row: FrustrationFacts): string[] {
	const m = t();
	return [
		row.text,
		placeText(row),
		ratingsText(row),
		`${scoreText(row)} · ${m.risks[row.risk]} · ${m.statuses[row.status]}`
	];
}

/** One line for a focusable mark: what a screen reader announces. */
export function frustrationLabel(row: FrustrationFacts): string {
	return describeFrustration(row).label;
}

type Messages = ReturnType<typeof t>;
interface Description {
	messages: Messages;
	details: string[];
	label: string;
}
const described = new WeakMap<FrustrationFacts, Description>();

/**
 * A row's details and focus label, worded once per row object and language: rows keep
 * their object while their frustration is unchanged, so after an edit only the changed ones
 * are worded again (wording 5,000 took longer than a frame).
 */
function describeFrustration(row: FrustrationFacts): Description {
	const messages = t();
	let description = described.get(row);
	if (description?.messages !== messages) {
		const details = detailsOf(row);
		const label = details.map((line) => line.trim().replace(/[.!?]$/, '')).join('. ');
		description = { messages, details, label };
		described.set(row, description);
	}
	return description;
}
