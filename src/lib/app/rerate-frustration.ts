/**
 * Re-rating a frustration from the priority matrix (a drag or Shift + arrow key), and saying
 * where it landed: a screen reader hears the new ratings and priority, a refused move (the
 * frustration was rated in a workshop) is shown to everyone, since its mark springs back.
 */
import { describeRatings } from '$lib/i18n/chart-words';
import { rerate, type Ratings } from '$lib/domain/edits/rerate';
import { t } from '$lib/i18n/index.svelte';
import { announcer } from './announcer.svelte';
import type { JourneyEditor } from './journey-editor.svelte';
import { toasts } from './toasts.svelte';

export function rerateFrustration(editor: JourneyEditor, frustrationId: string, to: Ratings) {
	const result = rerate(editor.doc, frustrationId, to);
	if (result.kind === 'rated in workshop') {
		toasts.show({ message: t().rerateWorkshopRated(result.raters) });
		return;
	}
	if (result.kind !== 'edit' || editor.apply(result.edit)) return;
	announcer.say(t().rerated(result.frustration.text, ...describeRatings(result.to)));
}
