/**
 * How a frustration reads in a chart's details, its focus label and its data table: the same
 * words everywhere, so what a screen reader hears matches what the table shows.
 */
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import { resolve } from '$app/paths';
import {
	formatMean,
	frequencyLabel,
	priorityBand,
	priorityScore,
	severityLabel
} from '$lib/domain/scoring';
import type { MixElementName } from '$lib/domain/schema';
import { t } from '$lib/i18n/index.svelte';
import type { ChartFrustration } from './rows';

/** Whole numbers as they are; means with two decimals, as docs/domain.md shows them. */
export function formatRating(value: number): string {
	return Number.isInteger(value) ? String(value) : formatMean(value);
}

export function formatShare(share: number): string {
	return `${Math.round(share * 100)}%`;
}

export function ratingsText(
	row: Pick<ChartFrustration, 'frequency' | 'severity'> & { raters?: number }
): string {
	const m = t();
	const ratings = `${m.frequency} ${formatRating(row.frequency)} (${m.frequencyLevels[frequencyLabel(row.frequency)]}) × ${m.severity} ${formatRating(row.severity)} (${m.severityLevels[severityLabel(row.severity)]})`;
	// Said, so a reader knows why such a mark cannot be moved by hand.
	return row.raters ? `${ratings} · ${m.meansOfRatings(row.raters)}` : ratings;
}

/** The ratings line and the priority line of whole ratings, as a mark's details word them. */
export function describeRatings(ratings: { frequency: number; severity: number }) {
	const score = priorityScore(ratings.frequency, ratings.severity);
	return [ratingsText(ratings), scoreText({ score, band: priorityBand(score) })] as const;
}

export function placeText(row: ChartFrustration): string {
	return `${row.touchPointName} (${row.cycleNumber}) · ${row.stageName}`;
}

export function scoreText(row: Pick<ChartFrustration, 'score' | 'band'>): string {
	const m = t();
	return `${m.priority} ${formatRating(row.score)} · ${m.bands[row.band]}`;
}

/** The lines of a mark's details box. */
export function frustrationDetails(row: ChartFrustration): string[] {
	return describeFrustration(row).details;
}

function detailsOf(row: ChartFrustration): string[] {
	const m = t();
	return [
		row.text,
		placeText(row),
		ratingsText(row),
		`${scoreText(row)} · ${m.risks[row.risk]} · ${m.statuses[row.status]}`
	];
}

/** One line for a focusable mark: what a screen reader announces. */
export function frustrationLabel(row: ChartFrustration): string {
	return describeFrustration(row).label;
}

type Messages = ReturnType<typeof t>;
interface Description {
	messages: Messages;
	details: string[];
	label: string;
}
const described = new WeakMap<ChartFrustration, Description>();

/**
 * A row's details and focus label, worded once per row object and language: rows keep
 * their object while their frustration is unchanged, so after an edit only the changed ones
 * are worded again (wording 5,000 took longer than a frame).
 */
function describeFrustration(row: ChartFrustration): Description {
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

/** Opens the frustration's editor on the map (the map reads `?frustration=`). */
export function openFrustration(journeyId: string, frustrationId: string) {
	const query = new URLSearchParams({ frustration: frustrationId });
	// resolve() builds the path; a query string cannot go through it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${resolve('/journeys/[id]', { id: journeyId })}?${query}`);
}

/** Shows a segment's mix element in the Segments view, its text field focused. */
export async function openMixElement(journeyId: string, segmentId: string, element: string) {
	const segmentsPath = resolve('/journeys/[id]/segments', { id: journeyId });
	if (location.pathname !== segmentsPath) await goto(segmentsPath);
	await tick();
	const card = document.querySelector(`[aria-labelledby="segment-${CSS.escape(segmentId)}"]`);
	const label = [...(card?.querySelectorAll('label') ?? [])].find(
		(l) => l.textContent?.trim() === t().mixElements[element as MixElementName]
	);
	card?.scrollIntoView({ block: 'center' });
	label?.control?.focus({ preventScroll: true });
}
