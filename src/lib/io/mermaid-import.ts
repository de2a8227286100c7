/**
 * A Mermaid `journey` diagram as a new journey: sections become stages, tasks touch points
 * (in order), actors segments, and a task's score how its actors feel there (the touch
 * point's emotion, score − 3: the field the experience curve draws and the export reads back).
 * A task without actors keeps its score as the feeling of one segment for everyone, named in
 * the map's language. The first stage risks a lost sale, the others a lost repurchase, as in
 * the order-cycle template.
 */
import { emotionOfScore, type ExperienceScore } from '$lib/domain/experience-score';
import { LIMITS } from '$lib/domain/format';
import { newId as generateId } from '$lib/domain/ids';
import {
	journeyDocument,
	type JourneyDocument,
	type Segment,
	type Stage,
	type TouchPoint
} from '$lib/domain/schema';
import { MAX_FILE_BYTES, type ReadResult } from './read-file';
import { readMermaid, type MermaidJourney } from './mermaid-parse';

/** The names an import gives what the diagram leaves unnamed, in the interface's language. */
export interface MermaidWords {
	untitled: string;
	unsectioned: string;
	everyone: string;
}

export interface MermaidImportOptions {
	words: MermaidWords;
	locale: string;
	now: number;
	/** The journey's name when the diagram has no title (a file's name, say). */
	fallbackName?: string;
	newId?: () => string;
}

const emptyMix = { text: '', emphasis: 3 };

export function journeyFromMermaid(
	diagram: MermaidJourney,
	{ words, locale, now, fallbackName, newId = generateId }: MermaidImportOptions
): JourneyDocument {
	const segments: Segment[] = [];
	const segmentIdOf = new Map<string, string>();
	const segmentFor = (name: string) => {
		let id = segmentIdOf.get(name);
		if (!id) {
			id = newId();
			segmentIdOf.set(name, id);
			segments.push({
				id,
				updatedAt: now,
				name,
				order: segments.length,
				kind: 'B2C',
				needs: '',
				size: '',
				marketingMix: { product: emptyMix, price: emptyMix, promotion: emptyMix, place: emptyMix }
			});
		}
		return id;
	};

	const stages: Stage[] = [];
	const touchPoints: TouchPoint[] = [];
	diagram.sections.forEach((section, order) => {
		const stageId = newId();
		stages.push({
			id: stageId,
			updatedAt: now,
			name: section.name ?? words.unsectioned,
			order,
			risk: order === 0 ? 'lost-sale' : 'lost-repurchase'
		});
		section.tasks.forEach((task, taskOrder) => {
			const segmentIds = task.actors.map(segmentFor);
			const emotion = emotionOfScore(task.score as ExperienceScore);
			const feeling = segmentIds.length ? segmentIds : [segmentFor(words.everyone)];
			touchPoints.push({
				id: newId(),
				updatedAt: now,
				stageId,
				name: task.name,
				order: taskOrder,
				prompt: '',
				channel: null,
				ownerTeam: '',
				mode: 'reactive',
				public: false,
				notes: '',
				segmentIds,
				emotions: Object.fromEntries(feeling.map((id) => [id, emotion]))
			});
		});
	});

	return journeyDocument.parse({
		journey: {
			id: newId(),
			updatedAt: now,
			// A file's name may be longer than a journey's may be.
			name: diagram.title ?? (fallbackName?.trim().slice(0, LIMITS.name).trim() || words.untitled),
			description: diagram.description,
			createdAt: now,
			templateId: 'mermaid',
			locale
		},
		stages,
		steps: [],
		touchPoints,
		frustrations: [],
		segments,
		participants: []
	});
}

/** Files read as Mermaid rather than as Touchpoint JSON, by their name. */
export const isMermaidFileName = (name: string) => /\.(mmd|mermaid|md|markdown)$/i.test(name);

/** A file's name without its extension, for a diagram that has no title. */
export const baseName = (name: string) => name.replace(/\.[^.]*$/, '');

/** A diagram (or Markdown holding one) read as an import reads a journey file. */
export function readMermaidJourney(text: string, options: MermaidImportOptions): ReadResult {
	if (text.length > MAX_FILE_BYTES) {
		return { ok: false, problem: { kind: 'too-large', bytes: text.length, limit: MAX_FILE_BYTES } };
	}
	const read = readMermaid(text);
	if (!read.ok) return { ok: false, problem: { kind: 'mermaid', problem: read.problem } };
	return {
		ok: true,
		kind: 'journey',
		documents: [journeyFromMermaid(read.diagram, options)],
		writtenAt: options.now
	};
}
