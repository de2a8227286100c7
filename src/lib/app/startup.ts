/**
 * What must happen once before any view reads journeys: the database opened (and upgraded
 * when an earlier version wrote it), then the example map on a first visit. Memoised, so
 * every view can await it without opening or creating the example twice. The example's
 * template is downloaded only on that first visit.
 */
import type { Locale } from '$lib/domain/locale';
import { removeOrphanRecords } from '$lib/storage/journey-removal';
import { openDatabase } from '$lib/storage/open';
import { exampleSeeded, seedExampleOnce } from '$lib/storage/seed';

let started: Promise<void> | undefined;
let tidied: Promise<void> | undefined;

export function startup(locale: Locale): Promise<void> {
	started ??= openDatabase().then(() => seedIfFirstVisit(locale));
	// Records an interrupted delete left behind are removed once the first screen is up, not
	// before: no view reads them (every read goes through its journey), and the tidying is a
	// write over every table, which the first screen's reads had to wait for.
	tidied ??= started
		.then(afterFirstScreen)
		.then(() => removeOrphanRecords())
		.then(
			() => undefined,
			// Tidying only (and nothing to tidy when the start failed): never an error of its own.
			(error: unknown) => console.warn('Could not tidy', error)
		);
	return started;
}

/** Settles when the start's tidying is done (or could not be done). */
export function startupTidied(): Promise<void> {
	return tidied ?? Promise.resolve();
}

function afterFirstScreen(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => resolve(), { timeout: 2000 });
		else setTimeout(resolve, 200);
	});
}

async function seedIfFirstVisit(locale: Locale) {
	if (await exampleSeeded()) return;
	const [{ createJourney }, { airlineTemplate }] = await Promise.all([
		import('$lib/domain/create-journey'),
		// In the person's language only (scripts/template-language.js): half the download.
		(locale === 'id'
			? import('$lib/domain/templates/airline?locale=id')
			: import('$lib/domain/templates/airline?locale=en')) as Promise<
			typeof import('$lib/domain/templates/airline')
		>
	]);
	await seedExampleOnce(() =>
		createJourney(airlineTemplate, {
			name: airlineTemplate.name[locale],
			locale,
			now: Date.now()
		})
	);
}
