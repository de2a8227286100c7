/**
 * A stored snapshot of a journey, as read back from IndexedDB: a checkpoint the user named,
 * an automatic hourly one, or a safety copy taken before an import or restore changed the
 * journey. Records written before checkpoints existed lack `label` and `frustrations`;
 * both stay optional so they read as they are. Records written before snapshots carried
 * their `formatVersion` hold format-1 documents.
 */
import { z } from 'zod';
import { journeyDocument, LIMITS } from '$lib/domain/schema';

export const snapshotKind = z.enum(['replace', 'merge', 'restore', 'named', 'auto']);

export const snapshotSummary = z.object({
	id: z.number().int(),
	journeyId: z.string(),
	journeyName: z.string(),
	reason: snapshotKind,
	/** The user's name for a named checkpoint. */
	label: z.string().max(LIMITS.name).optional(),
	createdAt: z.number(),
	/** How many frustrations the document holds, so the list need not count them. */
	frustrations: z.number().int().nonnegative().optional(),
	/** The document's format version; its document is migrated from it when read. */
	formatVersion: z.number().int().positive().optional()
});
export type SnapshotSummary = z.infer<typeof snapshotSummary> & { frustrations: number };

export const snapshotRecord = snapshotSummary.extend({ document: journeyDocument });

/** Snapshots written before they carried their format hold the first released format. */
export const FIRST_FORMAT = 1;
