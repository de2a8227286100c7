import { createJourney } from '$lib/domain/create-journey';
import type { Locale } from '$lib/domain/locale';
import { airlineTemplate } from '$lib/domain/templates/airline';
import { orderCycleTemplate } from '$lib/domain/templates/order-cycle-template';

/** Ids that are valid UUIDs and the same on every run. */
export function sequentialIds() {
	let n = 0;
	return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

export function orderCycleJourney(name = 'Test journey', locale: Locale = 'en') {
	return createJourney(orderCycleTemplate, { name, locale, now: 1_000, newId: sequentialIds() });
}

export function airlineJourney(locale: Locale = 'en') {
	return createJourney(airlineTemplate, {
		name: airlineTemplate.name[locale],
		locale,
		now: 1_000,
		newId: sequentialIds()
	});
}

/** The airline journey after a workshop: two participants, who both rated its first frustration. */
export function workshopJourney() {
	const doc = airlineJourney();
	const [ana, budi] = [
		'00000000-0000-4000-8000-00000000aaaa',
		'00000000-0000-4000-8000-00000000bbbb'
	];
	doc.participants = [
		{ id: ana!, name: 'Ana', order: 0, updatedAt: 1_000 },
		{ id: budi!, name: 'Budi', order: 1, updatedAt: 1_000 }
	];
	doc.frustrations[0]!.ratings = [
		{ participantId: ana!, frequency: 2, severity: 3 },
		{ participantId: budi!, frequency: 5, severity: null }
	];
	return doc;
}
