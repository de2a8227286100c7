import { describe, expect, it } from 'vitest';
import { withNewIds } from '$lib/domain/duplicate';
import { journeyDocument } from '$lib/domain/schema';
import { expectCopyUnderNewIds } from './copy-check';
import { sequentialIds, workshopJourney } from './fixtures';

describe('duplicating a journey', () => {
	it('gives every item a new id and points every reference, ratings included, into the copy', () => {
		const doc = workshopJourney();
		const newId = sequentialIds();
		const copy = withNewIds(doc, { name: 'Copy', now: 9_000 }, () =>
			newId().replace('00000000-0000', 'cccccccc-0000')
		);
		expectCopyUnderNewIds(doc, copy);
		expect(copy.journey).toMatchObject({ name: 'Copy', createdAt: 9_000, updatedAt: 9_000 });
		expect(journeyDocument.safeParse(copy).success).toBe(true);
	});

	it('leaves the original as it was', () => {
		const doc = workshopJourney();
		withNewIds(doc, { name: 'Copy', now: 9_000 });
		expect(doc).toEqual(workshopJourney());
	});
});
