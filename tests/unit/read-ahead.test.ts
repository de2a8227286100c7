import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAhead, takeReadAhead } from '$lib/app/read-ahead';
import { readJourney } from '$lib/storage/journey-snapshot';

vi.mock('$lib/storage/db', () => ({ database: () => ({}) }));
vi.mock('$lib/storage/journey-snapshot', () => ({
	readJourney: vi.fn(async (id: string) => ({ doc: { journey: { id } }, commit: 1 }))
}));

afterEach(() => {
	vi.useRealTimers();
	vi.mocked(readJourney).mockClear();
	takeReadAhead('');
});

describe('a journey read as its link is pressed', () => {
	it('is taken by the opening of that journey, once', async () => {
		readAhead('a');
		expect(readJourney).toHaveBeenCalledTimes(1);
		await expect(takeReadAhead('a')).resolves.toMatchObject({ doc: { journey: { id: 'a' } } });
		expect(takeReadAhead('a')).toBeUndefined();
	});

	it('is not taken by the opening of another journey, nor kept for a later one', () => {
		readAhead('a');
		expect(takeReadAhead('b')).toBeUndefined();
		expect(takeReadAhead('a')).toBeUndefined();
	});

	it('is read afresh after a second, when an opening would read it itself', () => {
		vi.useFakeTimers();
		readAhead('a');
		vi.advanceTimersByTime(1_001);
		expect(takeReadAhead('a')).toBeUndefined();
	});

	it('is read once for two presses in a row', () => {
		readAhead('a');
		readAhead('a');
		expect(readJourney).toHaveBeenCalledTimes(1);
	});

	it('fails only the opening that takes it', async () => {
		vi.mocked(readJourney).mockRejectedValueOnce(new Error('refused'));
		readAhead('a');
		await expect(takeReadAhead('a')).rejects.toThrow('refused');
	});
});
