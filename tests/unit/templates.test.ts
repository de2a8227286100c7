import { describe, expect, it } from 'vitest';
import { createJourney } from '$lib/domain/create-journey';
import { locales } from '$lib/domain/locale';
import { journeyDocument } from '$lib/domain/schema';
import { priorityBand, priorityScore } from '$lib/domain/scoring';
import { airlineTemplate } from '$lib/domain/templates/airline';
import { exampleTemplateIds, journeyTemplates, templateById } from '$lib/domain/templates/index';
import type { JourneyTemplate } from '$lib/domain/templates/types';
import { sequentialIds } from './fixtures';

const examples = journeyTemplates.filter((t) =>
	(exampleTemplateIds as readonly string[]).includes(t.id)
);
const frameworks = journeyTemplates.filter(
	(t) => t.id !== 'blank' && !(exampleTemplateIds as readonly string[]).includes(t.id)
);

/** Every string in a value, with the path that leads to it, for readable failures. */
function strings(value: unknown, path: string, found: { path: string; text: string }[] = []) {
	if (typeof value === 'string') found.push({ path, text: value });
	else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, found));
	else if (value && typeof value === 'object')
		for (const [key, v] of Object.entries(value)) strings(v, `${path}.${key}`, found);
	return found;
}

/** Every object that holds text in both languages, with its path. */
function localized(
	value: unknown,
	path: string,
	found: { path: string; en: string; id: string }[] = []
) {
	if (Array.isArray(value)) value.forEach((v, i) => localized(v, `${path}[${i}]`, found));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.en === 'string' && typeof record.id === 'string')
			found.push({ path, en: record.en, id: record.id });
		else for (const [key, v] of Object.entries(record)) localized(v, `${path}.${key}`, found);
	}
	return found;
}

const isRating = (n: number | undefined) => Number.isInteger(n) && n! >= 1 && n! <= 5;
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function band(t: JourneyTemplate['frustrations'][number]) {
	return priorityBand(priorityScore(t.frequency, t.severity));
}

describe('the template list', () => {
	it('holds the templates in picker order', () => {
		expect(journeyTemplates.map((t) => t.id)).toEqual([
			'blank',
			'order-cycle',
			'personal-selling',
			'innovation-adoption',
			'airline',
			'mattress-maker',
			'it-integrator'
		]);
	});

	it('has unique template ids', () => {
		const ids = journeyTemplates.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('finds a template by id', () => {
		expect(templateById('airline')).toBe(airlineTemplate);
		expect(templateById('no-such-template')).toBeUndefined();
		for (const id of exampleTemplateIds) expect(templateById(id)?.id).toBe(id);
	});

	it('has three examples and three frameworks', () => {
		expect(examples.map((t) => t.id)).toEqual([...exampleTemplateIds]);
		expect(frameworks.map((t) => t.id)).toEqual([
			'order-cycle',
			'personal-selling',
			'innovation-adoption'
		]);
	});
});

describe.each(journeyTemplates.map((t) => [t.id, t] as const))('the %s template', (_, template) => {
	for (const locale of locales) {
		it(`creates a valid document in ${locale}`, () => {
			const doc = createJourney(template, {
				name: template.name[locale],
				locale,
				now: 1_000,
				newId: sequentialIds()
			});
			const parsed = journeyDocument.safeParse(doc);
			expect(parsed.error?.issues ?? []).toEqual([]);
			expect(doc.journey.templateId).toBe(template.id);
			expect(doc.stages.map((s) => s.name)).toEqual(template.stages.map((s) => s.name[locale]));
			expect(doc.touchPoints).toHaveLength(template.touchPoints.length);
			expect(doc.frustrations).toHaveLength(template.frustrations.length);
			expect(doc.segments).toHaveLength(template.segments.length);
		});
	}

	it('uses short kebab-case keys, unique within their kind', () => {
		for (const keys of [
			template.stages.map((s) => s.key),
			template.touchPoints.map((t) => t.key),
			template.segments.map((s) => s.key)
		]) {
			expect(keys.filter((k) => !kebab.test(k) || k.length > 40)).toEqual([]);
			expect(new Set(keys).size).toBe(keys.length);
		}
	});

	it('refers only to stages, touch points and segments it contains', () => {
		const stageKeys = new Set(template.stages.map((s) => s.key));
		const touchPointKeys = new Set(template.touchPoints.map((t) => t.key));
		const segmentKeys = new Set(template.segments.map((s) => s.key));
		const missing: string[] = [];
		for (const t of template.touchPoints) {
			if (!stageKeys.has(t.stage)) missing.push(`${t.key}: stage ${t.stage}`);
			for (const s of t.segments ?? [])
				if (!segmentKeys.has(s)) missing.push(`${t.key}: segment ${s}`);
			for (const s of Object.keys(t.emotions ?? {}))
				if (!segmentKeys.has(s)) missing.push(`${t.key}: emotion for ${s}`);
		}
		template.frustrations.forEach((f, i) => {
			if (!touchPointKeys.has(f.touchPoint))
				missing.push(`frustration ${i}: touch point ${f.touchPoint}`);
			for (const s of f.segments ?? [])
				if (!segmentKeys.has(s)) missing.push(`frustration ${i}: segment ${s}`);
		});
		expect(missing).toEqual([]);
	});

	it('keeps every rating, effort, emphasis and emotion on its scale', () => {
		const off: string[] = [];
		template.frustrations.forEach((f, i) => {
			if (!isRating(f.frequency)) off.push(`frustration ${i} frequency`);
			if (!isRating(f.severity)) off.push(`frustration ${i} severity`);
			if (f.effort !== undefined && !isRating(f.effort)) off.push(`frustration ${i} effort`);
		});
		for (const s of template.segments)
			for (const [element, mix] of Object.entries(s.marketingMix))
				if (!isRating(mix.emphasis)) off.push(`${s.key} ${element} emphasis`);
		for (const t of template.touchPoints)
			for (const [segment, value] of Object.entries(t.emotions ?? {}))
				if (!Number.isInteger(value) || value < -2 || value > 2)
					off.push(`${t.key} emotion for ${segment}`);
		expect(off).toEqual([]);
	});

	it('has no empty text and no markup anywhere', () => {
		const bad = strings(template, template.id).filter(
			({ text }) => text.trim() === '' || text !== text.trim() || text.includes('<')
		);
		expect(bad).toEqual([]);
	});

	it('translates every text into Bahasa Indonesia', () => {
		const pairs = localized(template, template.id);
		expect(pairs.length).toBeGreaterThan(0);
		const untranslated = pairs.filter(({ en, id }) => en === id && en.split(/\s+/).length >= 3);
		expect(untranslated).toEqual([]);
	});
});

describe('the blank template', () => {
	it('starts with nothing in it', () => {
		const blank = templateById('blank')!;
		expect(blank.name).toEqual({ en: 'Blank', id: 'Kosong' });
		expect(blank.stages).toEqual([]);
		expect(blank.touchPoints).toEqual([]);
		expect(blank.segments).toEqual([]);
		expect(blank.frustrations).toEqual([]);
	});
});

describe.each(frameworks.map((t) => [t.id, t] as const))('the %s framework', (_, template) => {
	it('has a prompt on every touch point and touch points in every stage', () => {
		expect(template.touchPoints.length).toBeGreaterThan(0);
		expect(template.touchPoints.filter((t) => !t.prompt.en.trim() || !t.prompt.id.trim())).toEqual(
			[]
		);
		for (const stage of template.stages) {
			expect(template.touchPoints.some((t) => t.stage === stage.key)).toBe(true);
		}
	});

	it('leaves segments and frustrations to the user', () => {
		expect(template.segments).toEqual([]);
		expect(template.frustrations).toEqual([]);
	});
});

describe('the selling and adoption frameworks', () => {
	it('follow the stages of docs/domain.md with their risks', () => {
		const selling = templateById('personal-selling')!;
		expect(selling.stages.map((s) => s.key)).toEqual([
			'attention',
			'interest',
			'desire',
			'action',
			'satisfaction'
		]);
		expect(selling.stages.map((s) => s.risk)).toEqual([
			'lost-sale',
			'lost-sale',
			'lost-sale',
			'lost-sale',
			'lost-repurchase'
		]);
		const adoption = templateById('innovation-adoption')!;
		expect(adoption.stages.map((s) => s.key)).toEqual([
			'knowledge',
			'persuasion',
			'decision',
			'implementation',
			'confirmation'
		]);
		expect(adoption.stages.map((s) => s.risk)).toEqual([
			'lost-sale',
			'lost-sale',
			'lost-sale',
			'lost-repurchase',
			'lost-repurchase'
		]);
	});

	it('give each stage 2–4 steps and 2–3 touch points', () => {
		for (const id of ['personal-selling', 'innovation-adoption']) {
			const template = templateById(id)!;
			for (const stage of template.stages) {
				const touchPoints = template.touchPoints.filter((t) => t.stage === stage.key);
				expect(stage.steps.length, `${id} ${stage.key} steps`).toBeGreaterThanOrEqual(2);
				expect(stage.steps.length, `${id} ${stage.key} steps`).toBeLessThanOrEqual(4);
				expect(touchPoints.length, `${id} ${stage.key} touch points`).toBeGreaterThanOrEqual(2);
				expect(touchPoints.length, `${id} ${stage.key} touch points`).toBeLessThanOrEqual(3);
			}
		}
	});
});

describe.each(examples.map((t) => [t.id, t] as const))('the %s example', (_, template) => {
	it('is a complete map', () => {
		expect(template.stages.length).toBeGreaterThanOrEqual(3);
		expect(template.touchPoints.length).toBeGreaterThanOrEqual(10);
		expect(template.segments.length).toBeGreaterThanOrEqual(2);
		expect(template.frustrations.length).toBeGreaterThanOrEqual(15);
	});

	it('gives every segment needs, a size and all four mix texts', () => {
		for (const segment of template.segments) {
			expect(segment.needs.en.length, segment.key).toBeGreaterThan(0);
			expect(segment.size?.en.length ?? 0, segment.key).toBeGreaterThan(0);
			for (const element of ['product', 'price', 'promotion', 'place'] as const) {
				expect(
					segment.marketingMix[element].text.en.length,
					`${segment.key} ${element}`
				).toBeGreaterThan(0);
				expect(
					segment.marketingMix[element].text.id.length,
					`${segment.key} ${element}`
				).toBeGreaterThan(0);
			}
		}
	});

	it('gives the segments different mixes', () => {
		const emphases = template.segments.map((s) =>
			(['product', 'price', 'promotion', 'place'] as const)
				.map((e) => s.marketingMix[e].emphasis)
				.join(',')
		);
		expect(new Set(emphases).size).toBe(emphases.length);
	});

	it('has frustrations in all four priority bands', () => {
		const bands = new Set(template.frustrations.map(band));
		expect([...bands].sort()).toEqual(['critical', 'high', 'low', 'medium']);
	});

	it('draws an emotion for every segment at every touch point', () => {
		const missing = template.touchPoints.flatMap((t) =>
			template.segments
				.filter((s) => t.emotions?.[s.key] === undefined)
				.map((s) => `${t.key}: ${s.key}`)
		);
		expect(missing).toEqual([]);
	});

	it('tags every touch point with a channel, an owner team and its segments', () => {
		for (const t of template.touchPoints) {
			expect(t.channel, t.key).toBeDefined();
			expect(t.ownerTeam?.en, t.key).toBeTruthy();
			expect(t.segments?.length ?? 0, t.key).toBeGreaterThan(0);
		}
	});

	it('records evidence and a source for every frustration, and a fix for those being fixed', () => {
		const incomplete = template.frustrations.flatMap((f, i) => {
			const problems: string[] = [];
			if (!f.evidence || !f.source) problems.push(`frustration ${i}: evidence or source`);
			if (!f.segments?.length) problems.push(`frustration ${i}: segments`);
			if (!f.quality) problems.push(`frustration ${i}: quality`);
			if (f.status && f.status !== 'open' && (!f.fix || !f.owner || f.effort === undefined))
				problems.push(`frustration ${i}: fix, owner or effort`);
			return problems;
		});
		expect(incomplete).toEqual([]);
		const beingFixed = template.frustrations.filter((f) => f.status && f.status !== 'open');
		expect(beingFixed.length).toBeGreaterThanOrEqual(template.frustrations.length / 3);
	});
});
