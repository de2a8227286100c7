/**
 * Tells the person when a change of theirs was not stored because another tab removed what
 * it belongs to (see domain/edits/keep-references.ts), naming the item and its place, with a
 * way to keep what they typed: Put it back.
 */
import type { RefusedSummary } from '$lib/domain/edits/keep-references';
import type { ItemOf } from '$lib/domain/records';
import type { Collection } from '$lib/domain/schema';
import { t } from '$lib/i18n/index.svelte';
import type { JourneyEditor, RefusedEdits } from './journey-editor.svelte';
import { toasts } from './toasts.svelte';

const MAX_NAME = 60;

/** What a person calls an item: its text or its name, cut short. */
function nameOf(item: ItemOf<Collection> | undefined): string | undefined {
	if (!item) return undefined;
	const full = 'text' in item ? item.text : 'name' in item ? item.name : '';
	return full.length > MAX_NAME ? `${full.slice(0, MAX_NAME - 1)}…` : full;
}

export function summarise({ refusals, from, lastSeen }: RefusedEdits): RefusedSummary {
	if (refusals.some((r) => r.reason === 'journey-gone')) return { kind: 'journey-gone' };
	// A touch point and the frustrations in it refused together are told as the touch point.
	const shown = refusals.filter((r) => !refusals.some((o) => o !== r && isPlaceOf(o, r)));
	if (shown.length !== 1) return { kind: 'many', count: shown.length, from };
	const [refusal] = shown as [RefusedEdits['refusals'][number]];
	const item = (refusal.change.after ?? refusal.change.before) as ItemOf<Collection>;
	return {
		kind: 'one',
		from,
		name: nameOf(item) ?? '',
		reason: refusal.reason,
		...(refusal.missing
			? {
					place: { collection: refusal.missing.collection, name: nameOf(lastSeen(refusal.missing)) }
				}
			: {})
	};
}

function isPlaceOf(
	place: RefusedEdits['refusals'][number],
	item: RefusedEdits['refusals'][number]
): boolean {
	const placeItem = place.change.after ?? place.change.before;
	return !!placeItem && item.missing?.id === placeItem.id;
}

/** The journey's editor now: a message may outlive the editor that raised it. */
let current: JourneyEditor | undefined;

/** Shows the editor's refusals as they come, until the returned function is called. */
export function tellRefusedEdits(editor: JourneyEditor): () => void {
	current = editor;
	editor.onRefused = (refused) => {
		const { items, lastSeen } = refused;
		const summary = summarise(refused);
		const run = () => {
			if (!current?.putBack(items, lastSeen)) toasts.show({ message: t().putBackNowhere });
		};
		toasts.show(
			{
				message: t().refusedEdits(summary),
				tone: 'error',
				...(items.length > 0 && summary.kind !== 'journey-gone'
					? { action: { label: t().putBack, run } }
					: {})
			},
			// Long enough to read a name and decide.
			20_000
		);
	};
	return () => {
		editor.onRefused = undefined;
		if (current === editor) current = undefined;
	};
}
