/**
 * A journey file's document checked by the schema's own parts a chunk of items at a time, each
 * chunk handed on as soon as it passes: an import writes it while the next chunk is checked,
 * so the database stores the file while the page checks it (at 50,000 frustrations the
 * check, run without zod's compiled fast path, is a fifth of a second the person would wait
 * for before the first write). The writer aborts its transaction when this throws, so nothing
 * of a file that fails anywhere, even in its last item, is kept.
 *
 * A document passes here exactly when `journeyDocument` passes it, and gives the same items:
 * each collection's own element schema and limit, the journey's schema, and the same check of
 * references and ids on the same values.
 */
import { z } from 'zod';
import { collections, LIMITS, type Collection } from '$lib/domain/format';
import { checkReferences, journeyDocument, type JourneyDocument } from '$lib/domain/schema';

/** The document does not pass the schema; the whole check says why (`checkFile`). */
export class NotValidError extends Error {
	constructor() {
		super('The document does not pass the schema');
		this.name = 'NotValidError';
	}
}

/** Items checked before the writer gets them: small enough to keep the database busy early. */
const CHUNK = 1_000;

const { shape } = journeyDocument;
// As `journeyDocument` holds each collection (`items` in schema.ts), the items left for later.
const outline = z.object({
	journey: shape.journey,
	...(Object.fromEntries(
		collections.map((name) => [name, z.array(z.unknown()).max(LIMITS.items)])
	) as Record<Collection, z.ZodArray<z.ZodUnknown>>)
});
const chunkOf = Object.fromEntries(
	collections.map((name) => [name, z.array(shape[name].element)])
) as { [C in Collection]: z.ZodArray<(typeof shape)[C]['element']> };

export type CheckedItems = <C extends Collection>(name: C, items: JourneyDocument[C]) => void;

/** The document as `journeyDocument` gives it, each chunk of items handed to `checked` as it
 * passes; throws `NotValidError` at the first thing that does not pass. */
export function checkInChunks(raw: unknown, checked: CheckedItems): JourneyDocument {
	const top = outline.safeParse(raw);
	if (!top.success) throw new NotValidError();
	const doc = { journey: top.data.journey } as JourneyDocument;
	for (const name of collections) {
		const all = top.data[name];
		const items: JourneyDocument[typeof name] = [];
		for (let at = 0; at < all.length; at += CHUNK) {
			const chunk = chunkOf[name].safeParse(all.slice(at, at + CHUNK));
			if (!chunk.success) throw new NotValidError();
			checked(name, chunk.data);
			for (const item of chunk.data) (items as unknown[]).push(item);
		}
		(doc as Record<Collection, unknown[]>)[name] = items;
	}
	let valid = true;
	checkReferences(doc, { addIssue: () => (valid = false) } as unknown as z.RefinementCtx);
	if (!valid) throw new NotValidError();
	return doc;
}
