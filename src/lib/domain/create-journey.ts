/**
 * Turns a template into a journey document with fresh ids, in one language.
 * Pure: the clock and the id source are passed in, so tests get the same map every time.
 */
import { newId as generateId } from './ids';
import type { Locale } from './locale';
import type { Frustration, JourneyDocument, Segment, Stage, Step, TouchPoint } from './schema';
import type { JourneyTemplate } from './templates/types';

export interface CreateOptions {
	name: string;
	locale: Locale;
	now: number;
	newId?: () => string;
}

const rating = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

export function createJourney(template: JourneyTemplate, options: CreateOptions): JourneyDocument {
	const { locale, now } = options;
	const newId = options.newId ?? generateId;
	const keyToId = new Map<string, string>();
	const idFor = (kind: string, key: string) => {
		const scoped = `${kind}:${key}`;
		let found = keyToId.get(scoped);
		if (!found) {
			found = newId();
			keyToId.set(scoped, found);
		}
		return found;
	};
	const segmentIds = (keys: string[] | undefined) => (keys ?? []).map((k) => idFor('segment', k));

	const stages: Stage[] = template.stages.map((s, order) => ({
		id: idFor('stage', s.key),
		updatedAt: now,
		name: s.name[locale],
		order,
		risk: s.risk
	}));

	const steps: Step[] = template.stages.flatMap((s) =>
		s.steps.map((stepName, order) => ({
			id: newId(),
			updatedAt: now,
			stageId: idFor('stage', s.key),
			name: stepName[locale],
			order
		}))
	);

	const segments: Segment[] = template.segments.map((s, order) => ({
		id: idFor('segment', s.key),
		updatedAt: now,
		name: s.name[locale],
		order,
		kind: s.kind,
		needs: s.needs[locale],
		size: s.size?.[locale] ?? '',
		marketingMix: {
			product: {
				text: s.marketingMix.product.text[locale],
				emphasis: rating(s.marketingMix.product.emphasis)
			},
			price: {
				text: s.marketingMix.price.text[locale],
				emphasis: rating(s.marketingMix.price.emphasis)
			},
			promotion: {
				text: s.marketingMix.promotion.text[locale],
				emphasis: rating(s.marketingMix.promotion.emphasis)
			},
			place: {
				text: s.marketingMix.place.text[locale],
				emphasis: rating(s.marketingMix.place.emphasis)
			}
		}
	}));

	// Cycle order is the template's order; `order` counts within each stage.
	const perStage = new Map<string, number>();
	const touchPoints: TouchPoint[] = template.touchPoints.map((t) => {
		const order = perStage.get(t.stage) ?? 0;
		perStage.set(t.stage, order + 1);
		return {
			id: idFor('touchPoint', t.key),
			updatedAt: now,
			stageId: idFor('stage', t.stage),
			name: t.name[locale],
			order,
			prompt: t.prompt[locale],
			channel: t.channel ?? null,
			ownerTeam: t.ownerTeam?.[locale] ?? '',
			mode: t.mode ?? 'reactive',
			public: t.public ?? false,
			notes: t.notes?.[locale] ?? '',
			segmentIds: segmentIds(t.segments),
			emotions: Object.fromEntries(
				Object.entries(t.emotions ?? {}).map(([key, value]) => [idFor('segment', key), value])
			)
		};
	});

	const perTouchPoint = new Map<string, number>();
	const frustrations: Frustration[] = template.frustrations.map((f) => {
		const order = perTouchPoint.get(f.touchPoint) ?? 0;
		perTouchPoint.set(f.touchPoint, order + 1);
		return {
			id: newId(),
			updatedAt: now,
			touchPointId: idFor('touchPoint', f.touchPoint),
			text: f.text[locale],
			order,
			frequency: rating(f.frequency),
			severity: rating(f.severity),
			ratings: [],
			evidence: f.evidence ?? null,
			source: f.source?.[locale] ?? '',
			status: f.status ?? 'open',
			fix: f.fix?.[locale] ?? '',
			effort: f.effort === undefined ? null : rating(f.effort),
			owner: f.owner?.[locale] ?? '',
			segmentIds: segmentIds(f.segments),
			quality: f.quality ?? null
		};
	});

	return {
		journey: {
			id: newId(),
			updatedAt: now,
			createdAt: now,
			name: options.name.trim(),
			description: template.description[locale],
			templateId: template.id,
			locale
		},
		stages,
		steps,
		touchPoints,
		frustrations,
		segments,
		participants: []
	};
}
