/**
 * The filters every chart of a view shares, kept in the page's query string so a filtered
 * view can be bookmarked and shared. Parsing is forgiving: an unknown value in a hand-edited
 * or old link is dropped rather than breaking the page.
 */
import { bands, type Band } from '$lib/domain/scoring';
import { frustrationStatus } from '$lib/domain/schema';
import type { ChartItem } from './rows';

/** What the filters look at: a row's place, tags, status and band (none while not rated). */
export type FilterableRow = Pick<ChartItem, 'segmentIds' | 'stageId' | 'status'> & {
	band: Band | null;
};

export type FrustrationStatus = (typeof frustrationStatus.options)[number];
export const statuses = frustrationStatus.options;
export const colourModes = ['stage', 'risk'] as const;
export type ColourMode = (typeof colourModes)[number];

export interface ChartFilters {
	segment: string | null;
	stage: string | null;
	/** Empty means every status. */
	statuses: FrustrationStatus[];
	/** Empty means every band. */
	bands: Band[];
}

export const noFilters: ChartFilters = { segment: null, stage: null, statuses: [], bands: [] };

const KEYS = { segment: 'segment', stage: 'stage', statuses: 'status', bands: 'band' } as const;
/** Ids are UUIDs; anything much longer is not one of ours. */
const MAX_ID = 100;

function oneOf<T extends string>(allowed: readonly T[], raw: string | null): T[] {
	if (!raw) return [];
	const wanted = new Set(raw.split(','));
	// Kept in the canonical order, so equal filters give equal URLs.
	return allowed.filter((value) => wanted.has(value));
}

function idParam(raw: string | null): string | null {
	const value = raw?.trim();
	return value && value.length <= MAX_ID ? value : null;
}

export function parseFilters(params: URLSearchParams): ChartFilters {
	return {
		segment: idParam(params.get(KEYS.segment)),
		stage: idParam(params.get(KEYS.stage)),
		statuses: oneOf(statuses, params.get(KEYS.statuses)),
		bands: oneOf(bands, params.get(KEYS.bands))
	};
}

/** The filters written into `params` (other parameters kept); empty filters leave no trace. */
export function serializeFilters(
	filters: ChartFilters,
	params = new URLSearchParams()
): URLSearchParams {
	const next = new URLSearchParams(params);
	const set = (key: string, value: string | null) =>
		value ? next.set(key, value) : next.delete(key);
	set(KEYS.segment, filters.segment);
	set(KEYS.stage, filters.stage);
	set(KEYS.statuses, oneOf(statuses, filters.statuses.join(',')).join(','));
	set(KEYS.bands, oneOf(bands, filters.bands.join(',')).join(','));
	return next;
}

/**
 * A frustration tagged with no segment is taken to affect every segment: tags narrow, and an
 * untagged problem should not vanish from a segment's view.
 */
export function affectsSegment(row: Pick<ChartItem, 'segmentIds'>, segmentId: string) {
	return row.segmentIds.length === 0 || row.segmentIds.includes(segmentId);
}

/**
 * The rows the filters let through; the same array when no filter is set. A row not rated yet
 * has no band, so a band filter leaves it out.
 */
export function filterRows<T extends FilterableRow>(rows: T[], filters: ChartFilters): T[] {
	const unfiltered =
		!filters.segment && !filters.stage && !filters.statuses.length && !filters.bands.length;
	return unfiltered ? rows : rows.filter((row) => matchesFilters(row, filters));
}

export function matchesFilters(row: FilterableRow, filters: ChartFilters): boolean {
	return (
		(!filters.segment || affectsSegment(row, filters.segment)) &&
		(!filters.stage || row.stageId === filters.stage) &&
		(filters.statuses.length === 0 || filters.statuses.includes(row.status)) &&
		(filters.bands.length === 0 || (row.band !== null && filters.bands.includes(row.band)))
	);
}

/** Filters naming a segment or stage no longer in the journey are ignored, not empty. */
export function validFilters(
	filters: ChartFilters,
	known: { segmentIds: string[]; stageIds: string[] }
): ChartFilters {
	return {
		...filters,
		segment: filters.segment && known.segmentIds.includes(filters.segment) ? filters.segment : null,
		stage: filters.stage && known.stageIds.includes(filters.stage) ? filters.stage : null
	};
}

export function parseColourMode(params: URLSearchParams): ColourMode {
	return params.get('colour') === 'risk' ? 'risk' : 'stage';
}

export function serializeColourMode(mode: ColourMode, params: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(params);
	if (mode === 'risk') next.set('colour', 'risk');
	else next.delete('colour');
	return next;
}
