/**
 * Two editors on one journey over one database, as two tabs are: each stores through the
 * storage layer, and what it stored reaches the other only when `deliver` is called (in the
 * order stored), as a BroadcastChannel message arrives when it will.
 */
import { JourneyEditor, type RefusedEdits } from '$lib/app/journey-editor.svelte';
import type { Change } from '$lib/domain/edits/change';
import { collections } from '$lib/domain/records';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import type { TouchpointDatabase } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';

export interface Tab {
	editor: JourneyEditor;
	refused: RefusedEdits[];
	inbox: { changes: Change[]; commit?: number }[];
	/** Hands this tab the next message from the other (all of them when `all`). */
	deliver(all?: boolean): void;
}

export function twoTabs(doc: JourneyDocument, db: TouchpointDatabase): [Tab, Tab] {
	const tabs: Tab[] = [];
	const open = (other: () => Tab): Tab => {
		const tab: Tab = {
			refused: [],
			inbox: [],
			editor: new JourneyEditor(
				structuredClone(doc),
				async (journeyId, changes, now) => {
					const outcome = await persistChanges(journeyId, changes, now, db);
					if (outcome.write.length > 0) {
						other().inbox.push({ changes: outcome.write, commit: outcome.commit });
					}
					return outcome;
				},
				async (journey, changes, now) => {
					await persistChangesNow(journey, changes, now, db);
					other().inbox.push({ changes });
				}
			),
			deliver(all = false) {
				do {
					const message = tab.inbox.shift();
					if (message) tab.editor.receive(message.changes, message.commit);
				} while (all && tab.inbox.length > 0);
			}
		};
		tab.editor.onRefused = (refused) => tab.refused.push(refused);
		return tab;
	};
	tabs.push(
		open(() => tabs[1]!),
		open(() => tabs[0]!)
	);
	return [tabs[0]!, tabs[1]!];
}

/** The journey as stored, and the schema's complaints about it (dangling references among them). */
export async function storedProblems(journeyId: string, db: TouchpointDatabase) {
	const stored = await getJourney(journeyId, db);
	if (!stored) return { stored, problems: [] as string[] };
	const result = journeyDocument.safeParse(stored);
	const problems = result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	return { stored, problems };
}

/** Every record in the database's journey tables that names a journey not stored. */
export async function orphanRecords(db: TouchpointDatabase) {
	const journeys = new Set(await db.journeys.toCollection().primaryKeys());
	const orphans: string[] = [];
	// The items' tables (a journey's snapshot row is no item: the start-up sweep takes it too).
	for (const table of collections.map((name) => db[name]) as TouchpointDatabase['stages'][]) {
		for (const record of await table.toArray()) {
			if (!journeys.has(record.journeyId)) orphans.push(`${table.name}:${record.id}`);
		}
	}
	return orphans;
}
