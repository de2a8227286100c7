/** Opening what a chart's mark stands for, in the view where it is edited. */
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import { resolve } from '$app/paths';
import type { MixElementName } from '$lib/domain/schema';
import { t } from '$lib/i18n/index.svelte';

/** Opens the frustration's editor on the map (the map reads `?frustration=`). */
export function openFrustration(journeyId: string, frustrationId: string) {
	const query = new URLSearchParams({ frustration: frustrationId });
	// resolve() builds the path; a query string cannot go through it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${resolve('/journeys/[id]', { id: journeyId })}?${query}`);
}

/** Shows a segment's mix element in the Segments view, its text field focused. */
export async function openMixElement(journeyId: string, segmentId: string, element: string) {
	const segmentsPath = resolve('/journeys/[id]/segments', { id: journeyId });
	if (location.pathname !== segmentsPath) await goto(segmentsPath);
	await tick();
	const card = document.querySelector(`[aria-labelledby="segment-${CSS.escape(segmentId)}"]`);
	const label = [...(card?.querySelectorAll('label') ?? [])].find(
		(l) => l.textContent?.trim() === t().mixElements[element as MixElementName]
	);
	card?.scrollIntoView({ block: 'center' });
	label?.control?.focus({ preventScroll: true });
}
