import { describe, expect, it } from 'vitest';
import { startup, startupTidied } from '$lib/app/startup';
import { database } from '$lib/storage/db';
import { saveJourney } from '$lib/storage/journeys';
import { createJourney } from '$lib/domain/create-journey';
import { airlineTemplate } from '$lib/domain/templates/airline';
import { orphanRecords } from './two-tabs';

/** The example journey with ids of its own (`prefix` tells two journeys' ids apart). */
function journey(name: string, prefix: string) {
	let n = 0;
	const newId = () => `00000000-0000-4000-${prefix}-${(++n).toString(16).padStart(12, '0')}`;
	return createJourney(airlineTemplate, { name, locale: 'en', now: 1_000, newId });
}

describe('the start of the app', () => {
	it('opens without waiting for the tidying, then removes what an interrupted delete left', async () => {
		const db = database();
		await db.open();
		const kept = journey('Kept', '8000');
		await saveJourney(kept, db);
		const gone = journey('Deleted half-way', '9000');
		await saveJourney(gone, db);
		// A delete that took the journey's row and not its items (a crash between the two, as
		// an older version could leave it).
		await db.journeys.delete(gone.journey.id);
		const left = await orphanRecords(db);
		expect(left.length).toBeGreaterThan(0);

		await startup('en');
		// The first screen's reads do not wait for a write over every table.
		expect(await orphanRecords(db)).toEqual(left);

		await startupTidied();
		expect(await orphanRecords(db)).toEqual([]);
		const stored = await db.frustrations.where('journeyId').equals(kept.journey.id).count();
		expect(stored).toBe(kept.frustrations.length);
		expect(stored).toBeGreaterThan(0);
	});
});
