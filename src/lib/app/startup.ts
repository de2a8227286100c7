/**
 * What must happen once before any view reads journeys: the example map on a first visit.
 * Memoised, so every view can await it without creating the example twice. The example's
 * template is downloaded only on that first visit.
 */
import type { Locale } from '$lib/domain/locale';
import { exampleSeeded, seedExampleOnce } from '$lib/storage/seed';

let started: Promise<void> | undefined;

export function startup(locale: Locale): Promise<void> {
	started ??= seedIfFirstVisit(locale);
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
