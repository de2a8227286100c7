/**
 * What must happen once before any view reads journeys: the database opened (and upgraded
 * when an earlier version wrote it), then the example map on a first visit. Memoised, so
 * every view can await it without opening or creating the example twice. The example's
 * template is downloaded only on that first visit.
 */
import type { Locale } from '$lib/domain/locale';
import { removeOrphanRecords } from '$lib/storage/journey-store';
import { openDatabase } from '$lib/storage/open';
import { exampleSeeded, seedExampleOnce } from '$lib/storage/seed';

let started: Promise<void> | undefined;

export function startup(locale: Locale): Promise<void> {
	started ??= openDatabase()
		// Tidying only: a start must not fail for it.
		.then(() => removeOrphanRecords().catch((error) => console.warn('Could not tidy', error)))
		.then(() => seedIfFirstVisit(locale));
	return started;
}

async function seedIfFirstVisit(locale: Locale) {
	if (await exampleSeeded()) return;
	const [{ createJourney }, { airlineTemplate }] = await Promise.all([
		import('$lib/domain/create-journey'),
		import('$lib/domain/templates/airline')
	]);
	await seedExampleOnce(() =>
		createJourney(airlineTemplate, {
			name: airlineTemplate.name[locale],
			locale,
			now: Date.now()
		})
	);
}
