import { describe, expect, it } from 'vitest';
import {
	filterRows,
	matchesFilters,
	noFilters,
	parseColourMode,
	parseFilters,
	serializeFilters,
	validFilters
} from '$lib/charts/filters';
import { row, unratedRow } from './rows';

describe('chart filters in the URL', () => {
	it('reads segment, stage, statuses and bands', () => {
		const filters = parseFilters(
			new URLSearchParams('segment=s1&stage=st1&status=open,fixed&band=high,critical')
		);
		expect(filters).toEqual({
			segment: 's1',
			stage: 'st1',
			statuses: ['open', 'fixed'],
			bands: ['critical', 'high']
		});
	});

	it('drops unknown values from a hand-edited link instead of failing', () => {
		expect(parseFilters(new URLSearchParams('status=lost,open&band=huge&segment='))).toEqual({
			...noFilters,
			statuses: ['open']
		});
		expect(parseFilters(new URLSearchParams(`segment=${'x'.repeat(500)}`)).segment).toBeNull();
	});

	it('writes the filters back in a canonical order and leaves empty ones out', () => {
		const params = serializeFilters(
			{ segment: 's1', stage: null, statuses: ['fixed', 'open'], bands: [] },
			new URLSearchParams('colour=risk&band=low')
		);
		expect(params.toString()).toBe('colour=risk&segment=s1&status=open%2Cfixed');
	});

	it('survives a round trip', () => {
		const filters = {
			segment: 'a',
			stage: 'b',
			statuses: ['fix-planned' as const],
			bands: ['low' as const]
		};
		expect(parseFilters(serializeFilters(filters))).toEqual(filters);
	});

	it('keeps the frustrations of the chosen segment, and those tagged with none', () => {
		const filters = { ...noFilters, segment: 'business' };
		expect(matchesFilters(row({ segmentIds: ['business', 'leisure'] }), filters)).toBe(true);
		expect(matchesFilters(row({ segmentIds: ['leisure'] }), filters)).toBe(false);
		expect(matchesFilters(row({ segmentIds: [] }), filters)).toBe(true);
	});

	it('filters by stage, status and band together', () => {
		const filters = {
			...noFilters,
			stage: 'usage',
			statuses: ['open' as const],
			bands: ['critical' as const]
		};
		expect(matchesFilters(row({ stageId: 'usage', frequency: 5, severity: 4 }), filters)).toBe(
			true
		);
		expect(matchesFilters(row({ stageId: 'usage', frequency: 2, severity: 2 }), filters)).toBe(
			false
		);
		expect(
			matchesFilters(row({ stageId: 'usage', frequency: 5, severity: 4, status: 'fixed' }), filters)
		).toBe(false);
		expect(matchesFilters(row({ stageId: 'purchase', frequency: 5, severity: 4 }), filters)).toBe(
			false
		);
	});

	it('ignores a segment or stage that is no longer in the journey', () => {
		const filters = { ...noFilters, segment: 'gone', stage: 'usage' };
		expect(validFilters(filters, { segmentIds: ['here'], stageIds: ['usage'] })).toEqual({
			...noFilters,
			stage: 'usage'
		});
	});

	it('colours by stage unless the link asks for risk', () => {
		expect(parseColourMode(new URLSearchParams(''))).toBe('stage');
		expect(parseColourMode(new URLSearchParams('colour=risk'))).toBe('risk');
		expect(parseColourMode(new URLSearchParams('colour=pink'))).toBe('stage');
	});
});

describe('chart filters on frustrations not rated yet', () => {
	it('narrow them by segment, stage and status, and leave them out of any band', () => {
		const here = unratedRow({ stageId: 'purchase', segmentIds: ['s1'] });
		const elsewhere = unratedRow({ stageId: 'usage', segmentIds: ['s2'], status: 'fixed' });
		const rows = [here, elsewhere];
		expect(filterRows(rows, noFilters)).toEqual(rows);
		expect(filterRows(rows, { ...noFilters, segment: 's1' })).toEqual([here]);
		expect(filterRows(rows, { ...noFilters, stage: 'usage' })).toEqual([elsewhere]);
		expect(filterRows(rows, { ...noFilters, statuses: ['open'] })).toEqual([here]);
		expect(
			filterRows(rows, { ...noFilters, bands: ['low', 'medium', 'high', 'critical'] })
		).toEqual([]);
	});
});
