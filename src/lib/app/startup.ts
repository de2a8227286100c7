/**
 * What must happen once before any view reads journeys: the database opened (and upgraded
 * when an earlier version wrote it), then the example map on a first visit. Memoised, so
 * every view can await it without opening or creating the example twice.
 */
import { createJourney } from '$lib/domain/create-journey';
import type { Locale } from '$lib/domain/locale';
import { airlineTemplate } from '$lib/domain/templates/airline';
import { openDatabase } from '$lib/storage/open';
import { seedExampleOnce } from '$lib/storage/seed';

let started: Promise<void> | undefined;

export function startup(locale: Locale): Promise<void> {
	started ??= openDatabase()
		.then(() =>
			seedExampleOnce(() =>
				createJourney(airlineTemplate, {
					name: airlineTemplate.name[locale],
					locale,
					now: Date.now()
				})
			)
		)
		.then(() => undefined);
	return started;
}
