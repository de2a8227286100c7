/**
 * A journey in a Y.Doc (the shared document of a live session, docs/architecture.md "Live
 * sessions"): one top-level Y.Map per collection keyed by record id, each record a Y.Map of
 * its fields, and the Y.Map `journey` for the journey's own fields. A frustration's ratings
 * and a touch point's emotions are Y.Maps of their own (keyed by participant and segment id),
 * so two people rating one frustration at once both count. A removed record stays as a
 * tombstone (`$removed: true`), so an edit made meanwhile elsewhere is kept in it and an Undo
 * of the removal brings the item back with that edit.
 *
 * What is read from the Y.Doc is untrusted (any holder of the link can write to it): every
 * field is checked against the schema on its own, and only the schema's own keys are read.
 */
export {
	collectionMap,
	holds,
	JOURNEY,
	logDropped,
	REMOVED,
	REMOVED_AT,
	same,
	sameContent,
	touchedRecords,
	writerOf,
	writtenOnlyBy,
	type Dropped,
	type DropLog,
	type RecordName
} from './y-layout';
export {
	markRemoved,
	putRecord,
	seedFromDocument,
	writeChanges,
	type WriteOptions
} from './write-to-y';
export { documentFromY, readJourney, readRecord, type ReadRecord } from './read-from-y';
