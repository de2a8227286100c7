import { describe, expect, it } from 'vitest';
import {
	formatMean,
	meanOf,
	frequencyLabel,
	priorityBand,
	priorityScore,
	severityLabel
} from '$lib/domain/scoring';

describe('priority score', () => {
	it('is frequency times severity', () => {
		expect(priorityScore(4, 5)).toBe(20);
		expect(priorityScore(1, 1)).toBe(1);
		expect(priorityScore(5, 5)).toBe(25);
	});

	it('ranks a 4×5 frustration above a 5×3', () => {
		expect(priorityScore(4, 5)).toBeGreaterThan(priorityScore(5, 3));
	});
});

describe('priority band', () => {
	it.each([
		[25, 'critical'],
		[15, 'critical'],
		[14, 'high'],
		[10, 'high'],
		[9, 'medium'],
		[5, 'medium'],
		[4, 'low'],
		[1, 'low']
	] as const)('puts a score of %i in the %s band', (score, band) => {
		expect(priorityBand(score)).toBe(band);
	});
});

describe('the label of a mean rating (five equal intervals of 0.8)', () => {
	// The worked values of docs/domain.md
	it.each([
		[4.8, 'always'],
		[4.0, 'often'],
		[4.2, 'often'],
		[3.8, 'often'],
		[2.8, 'sometimes'],
		[5.0, 'always'],
		[3.6, 'often']
	])('labels a mean of %d as %s', (mean, label) => {
		expect(frequencyLabel(mean)).toBe(label);
	});

	it.each([
		[1.0, 'never'],
		[1.8, 'never'],
		[1.81, 'rarely'],
		[2.6, 'rarely'],
		[2.61, 'sometimes'],
		[3.4, 'sometimes'],
		[3.41, 'often'],
		[4.2, 'often'],
		[4.21, 'always']
	])('is inclusive upward at the boundary %d (%s)', (mean, label) => {
		expect(frequencyLabel(mean)).toBe(label);
	});

	it('judges a mean by the two decimals it is shown with', () => {
		// 44 participants, 9 rating 5 and 35 rating 4: the mean is 185 / 44 = 4.2045…, just past
		// the 4.2 boundary, but shown as 4.20, so it is labelled as 4.20 is.
		const ratings = [...Array<number>(9).fill(5), ...Array<number>(35).fill(4)];
		const mean = meanOf(ratings)!;
		expect(mean).toBeGreaterThan(4.2);
		expect(formatMean(mean)).toBe('4.20');
		expect(frequencyLabel(mean)).toBe('often');
		expect(severityLabel(mean)).toBe('major');
		// 21 / 5 is the double nearest 4.2, the boundary itself, which stays on its side too.
		expect(frequencyLabel(meanOf([4, 4, 5, 4, 4])!)).toBe('often');
	});

	it('labels severity means with the severity scale', () => {
		expect(severityLabel(1.8)).toBe('cosmetic');
		expect(severityLabel(2.8)).toBe('moderate');
		expect(severityLabel(4.21)).toBe('critical');
	});
});
