/**
 * The file format's name, version and limits, and a document's collections: plain constants
 * the schema is built from, kept apart from it so code that needs only these (the journey
 * list, reading records) does not download zod.
 */

/** Bumped whenever the schema's shape changes; older files and databases are migrated up to it. */
export const FORMAT_VERSION = 2;
export const FORMAT_NAME = 'touchpoint-journey';

/** Limits keep a hostile or corrupt file from ballooning memory or the layout. */
export const LIMITS = {
	name: 200,
	text: 10_000,
	items: 100_000
} as const;

/** The names of a document's item collections, each stored in a table of the same name. */
export const collections = [
	'stages',
	'steps',
	'touchPoints',
	'frustrations',
	'segments',
	'participants'
] as const;
export type Collection = (typeof collections)[number];
