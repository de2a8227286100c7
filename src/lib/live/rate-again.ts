/**
 * "Rate again" on one frustration: the room's answers so far are kept as a checkpoint of the
 * journey (its version history), cleared, and a fresh blind round opens, so phones' answers of
 * the earlier round are no longer taken (participant-doc.ts).
 */
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { saveVersion } from '$lib/app/journeys';
import { clearRatings } from '$lib/domain/edits/participants';
import { LIMITS } from '$lib/domain/format';
import { t } from '$lib/i18n/index.svelte';
import type { LiveSession } from './live-session.svelte';

export async function rateAgain(
	editor: JourneyEditor,
	session: LiveSession,
	frustrationId: string
): Promise<void> {
	if (!session.workshop.mayControl || session.ended) return;
	const frustration = editor.doc.frustrations.find((f) => f.id === frustrationId);
	if (!frustration) return;
	const edit = clearRatings(editor.doc, frustrationId);
	if (edit) {
		const label = t().checkpointBeforeRateAgain(frustration.text.replace(/\s+/g, ' ').trim());
		await saveVersion(
			editor,
			label.length > LIMITS.name ? `${label.slice(0, LIMITS.name - 1)}…` : label
		);
		editor.apply(edit);
		// Stored (and so on its way into the room) before the new round opens: a phone that sees
		// the new round has no answer of the old one left on screen for long.
		await editor.flush();
	}
	session.workshop.openNewRound(frustrationId);
}
