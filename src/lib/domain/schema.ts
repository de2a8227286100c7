/**
 * The journey document: the single source of truth for the TypeScript types, the records
 * stored in IndexedDB and the exported file format. Everything else derives from here.
 *
 * Items are stored as separate records keyed by id (see `records.ts`); in a document they
 * sit in flat arrays that refer to each other by id, so a merge can work item by item.
 * Field names follow the vocabulary of docs/domain.md.
 */
import { z } from 'zod';

import { collections, LIMITS } from './format';

// The Content-Security-Policy forbids eval, so zod's compiled fast path is never available in
// the app; without this, zod would probe `new Function` and the browser would report a
// policy violation. Node (the unit tests, the benchmark's generator) keeps the fast path.
if (typeof window !== 'undefined') z.config({ jitless: true });

// The constants live in a module without zod, so the journey list can load without it.
export { collections, FORMAT_NAME, FORMAT_VERSION, LIMITS, type Collection } from './format';

export const id = z.uuid();
export type Id = z.infer<typeof id>;

/** Milliseconds since the epoch; numbers compare cheaply when merging by most recent edit. */
const timestamp = z.number().int().nonnegative();

const name = z.string().trim().min(1).max(LIMITS.name);
const text = z.string().max(LIMITS.text);

export const rating = z.number().int().min(1).max(5);
export type Rating = z.infer<typeof rating>;

/** How the customer feels at a touch point: −2 upset … 0 neutral … +2 delighted. */
export const emotion = z.number().int().min(-2).max(2);
export type Emotion = z.infer<typeof emotion>;

/** Which loss a problem in a stage threatens (docs/domain.md). */
export const risk = z.enum(['lost-sale', 'lost-repurchase']);
export type Risk = z.infer<typeof risk>;

export const channel = z.enum([
	'sales-visit',
	'exhibition',
	'print-ad',
	'radio',
	'website',
	'social-media',
	'phone-hotline',
	'email',
	'customer-portal',
	'delivery-team',
	'store-staff',
	'other'
]);
export type Channel = z.infer<typeof channel>;

export const touchPointMode = z.enum(['proactive', 'reactive']);
export const evidence = z.enum([
	'observation',
	'complaint',
	'survey',
	'interview',
	'staff-report',
	'mystery-shopper'
]);
export const frustrationStatus = z.enum(['open', 'fix-planned', 'fixed']);
export const qualityDimension = z.enum([
	'object',
	'process',
	'infrastructure',
	'relationship',
	'atmosphere',
	'data'
]);
export const segmentKind = z.enum(['B2C', 'B2B']);
export const mixElementName = z.enum(['product', 'price', 'promotion', 'place']);
export type MixElementName = z.infer<typeof mixElementName>;

const base = { id, updatedAt: timestamp };

export const stage = z.object({
	...base,
	name,
	order: z.number(),
	risk
});
export type Stage = z.infer<typeof stage>;

export const step = z.object({
	...base,
	stageId: id,
	name,
	order: z.number()
});
export type Step = z.infer<typeof step>;

export const touchPoint = z.object({
	...base,
	stageId: id,
	name,
	order: z.number(),
	/** The facilitator's question, answered in advance: the typical worst case here. */
	prompt: text.default(''),
	channel: channel.nullable().default(null),
	ownerTeam: z.string().max(LIMITS.name).default(''),
	mode: touchPointMode.default('reactive'),
	public: z.boolean().default(false),
	notes: text.default(''),
	segmentIds: z.array(id).default([]),
	/** Emotion per segment id at this touch point. */
	emotions: z.record(id, emotion).default({})
});
export type TouchPoint = z.infer<typeof touchPoint>;

export const participantRating = z.object({
	participantId: id,
	frequency: rating.nullable(),
	severity: rating.nullable()
});
export type ParticipantRating = z.infer<typeof participantRating>;

export const frustration = z.object({
	...base,
	touchPointId: id,
	text: z.string().trim().min(1).max(LIMITS.text),
	order: z.number(),
	/** Null until someone rates it (format 2): a new frustration is not rated, not "3 × 3". */
	frequency: rating.nullable(),
	severity: rating.nullable(),
	ratings: z.array(participantRating).default([]),
	evidence: evidence.nullable().default(null),
	source: text.default(''),
	status: frustrationStatus.default('open'),
	fix: text.default(''),
	effort: rating.nullable().default(null),
	owner: z.string().max(LIMITS.name).default(''),
	segmentIds: z.array(id).default([]),
	quality: qualityDimension.nullable().default(null)
});
export type Frustration = z.infer<typeof frustration>;

export const mixElement = z.object({
	text: text.default(''),
	emphasis: rating.default(3)
});
export type MixElement = z.infer<typeof mixElement>;

export const marketingMix = z.object({
	product: mixElement,
	price: mixElement,
	promotion: mixElement,
	place: mixElement
});
export type MarketingMix = z.infer<typeof marketingMix>;

export const segment = z.object({
	...base,
	name,
	order: z.number(),
	kind: segmentKind,
	needs: text.default(''),
	size: z.string().max(LIMITS.name).default(''),
	marketingMix
});
export type Segment = z.infer<typeof segment>;

export const participant = z.object({
	...base,
	name,
	order: z.number()
});
export type Participant = z.infer<typeof participant>;

export const journey = z.object({
	...base,
	name,
	description: text.default(''),
	createdAt: timestamp,
	/** The template the map started from, kept for reference only. */
	templateId: z.string().max(LIMITS.name).default('blank'),
	/** The language the template content was created in. */
	locale: z.string().max(20).default('en')
});
export type Journey = z.infer<typeof journey>;

const items = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.items);

/** The journey and everything in it; the unit of storage, export and import. */
export const journeyDocument = z
	.object({
		journey,
		stages: items(stage),
		steps: items(step),
		touchPoints: items(touchPoint),
		frustrations: items(frustration),
		segments: items(segment),
		participants: items(participant)
	})
	.superRefine(checkReferences);
export type JourneyDocument = z.infer<typeof journeyDocument>;

export type ReferenceKind = 'stage' | 'touch point' | 'segment' | 'participant';

type DocumentShape = {
	stages: { id: string }[];
	steps: { id: string; stageId: string }[];
	touchPoints: {
		id: string;
		stageId: string;
		segmentIds: string[];
		emotions: Record<string, unknown>;
	}[];
	frustrations: {
		id: string;
		touchPointId: string;
		segmentIds: string[];
		ratings: { participantId: string }[];
	}[];
	segments: { id: string }[];
	participants: { id: string }[];
};

/**
 * A document whose items point at missing parents would render orphans or crash charts,
 * so every reference is checked, and ids must be unique across the whole document.
 */
export function checkReferences(doc: DocumentShape, ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	for (const key of collections) {
		doc[key].forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({
					code: 'custom',
					path: [key, index, 'id'],
					message: 'duplicate id',
					params: { reason: 'duplicate-id' }
				});
			}
			seen.add(item.id);
		});
	}
	const stageIds = new Set(doc.stages.map((s) => s.id));
	const touchPointIds = new Set(doc.touchPoints.map((t) => t.id));
	const segmentIds = new Set(doc.segments.map((s) => s.id));
	const participantIds = new Set(doc.participants.map((p) => p.id));
	// `params` carries the reason in a form the import error messages translate.
	const missing = (path: (string | number)[], what: ReferenceKind) =>
		ctx.addIssue({
			code: 'custom',
			path,
			message: `refers to a ${what} that is not in the map`,
			params: { reason: 'missing-reference', what }
		});

	doc.steps.forEach((s, i) => {
		if (!stageIds.has(s.stageId)) missing(['steps', i, 'stageId'], 'stage');
	});
	doc.touchPoints.forEach((t, i) => {
		if (!stageIds.has(t.stageId)) missing(['touchPoints', i, 'stageId'], 'stage');
		t.segmentIds.forEach((s, j) => {
			if (!segmentIds.has(s)) missing(['touchPoints', i, 'segmentIds', j], 'segment');
		});
		// Emotions are kept per segment, so their keys are references too.
		for (const s of Object.keys(t.emotions)) {
			if (!segmentIds.has(s)) missing(['touchPoints', i, 'emotions', s], 'segment');
		}
	});
	doc.frustrations.forEach((f, i) => {
		if (!touchPointIds.has(f.touchPointId))
			missing(['frustrations', i, 'touchPointId'], 'touch point');
		f.segmentIds.forEach((s, j) => {
			if (!segmentIds.has(s)) missing(['frustrations', i, 'segmentIds', j], 'segment');
		});
		f.ratings.forEach((r, j) => {
			if (!participantIds.has(r.participantId))
				missing(['frustrations', i, 'ratings', j, 'participantId'], 'participant');
		});
	});
}
