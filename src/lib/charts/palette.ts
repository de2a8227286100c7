/**
 * Colours for charts: the Okabe–Ito palette, distinguishable with the common forms of colour
 * blindness. Charts refer to CSS variables (defined in app.css with dark-scheme variants), so
 * a change of colour scheme recolours them without redrawing; an export inlines the values.
 */
import type { Band } from '$lib/domain/scoring';
import type { Risk } from '$lib/domain/schema';

export const SERIES_COUNT = 7;

/** The n-th series colour, cycling when there are more series than colours. */
export function seriesColour(index: number): string {
	return `var(--series-${((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT})`;
}

export function bandColour(band: Band): string {
	return `var(--band-${band})`;
}

/** How strongly a band shades the matrix: stronger as the band is more urgent, per scheme. */
export function bandShade(band: Band): string {
	return `var(--band-shade-${band})`;
}

export function riskColour(risk: Risk): string {
	return risk === 'lost-sale' ? 'var(--series-5)' : 'var(--series-4)';
}
