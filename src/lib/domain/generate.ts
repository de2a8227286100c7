/**
 * Big journeys for measuring speed: a deterministic (seeded) map of any number of
 * frustrations spread over any number of touch points in the three order-cycle stages, with
 * segments, emotions and participant ratings, valid by the schema. Pure, like the rest of
 * the domain: the benchmark and the dev page feed it a seed and get the same map each time.
 */
import { journeyDocument, type JourneyDocument } from './schema';

export interface GenerateOptions {
	frustrations: number;
	touchPoints: number;
	segments?: number;
	participants?: number;
	seed?: number;
	name?: string;
	now?: number;
}

/** mulberry32: small, fast and good enough for spreading test data. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const who = [
	'Buyers',
	'Fleet managers',
	'New customers',
	'Key accounts',
	'Installers',
	'Distributors'
];
const what = [
	'wait too long for',
	'cannot find',
	'are charged twice for',
	'get no answer about',
	'receive the wrong',
	'have to chase'
];
const thing = [
	'the quotation',
	'delivery dates',
	'spare parts',
	'the invoice',
	'warranty claims',
	'training material',
	'the order status'
];
const when = [
	'after ordering',
	'at month end',
	'during installation',
	'in the busy season',
	'on weekends'
];

export function generateJourney(options: GenerateOptions): JourneyDocument {
	const rand = random(options.seed ?? 1);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const rating = () => 1 + Math.floor(rand() * 5);
	const now = options.now ?? 1_700_000_000_000;
	let counter = 0;
	// Version-4-shaped ids from the seeded stream, so the same seed gives the same ids.
	const newId = () => {
		const hex = (counter++).toString(16).padStart(12, '0');
		const r = Math.floor(rand() * 0xffff)
			.toString(16)
			.padStart(4, '0');
		return `${r}${r}-0000-4000-8000-${hex}`;
	};

	const stages = (['Purchase', 'Usage', 'Replacement'] as const).map((name, order) => ({
		id: newId(),
		updatedAt: now,
		name,
		order,
		risk: order === 0 ? ('lost-sale' as const) : ('lost-repurchase' as const)
	}));
	const segments = Array.from({ length: options.segments ?? 4 }, (_, order) => ({
		id: newId(),
		updatedAt: now,
		name: `Segment ${order + 1}`,
		order,
		kind: order % 2 ? ('B2B' as const) : ('B2C' as const),
		needs: `${pick(who)} who ${pick(what)} ${pick(thing)}`,
		size: `${5 + Math.floor(rand() * 40)}% of revenue`,
		marketingMix: {
			product: { text: 'Core range', emphasis: rating() },
			price: { text: 'List price', emphasis: rating() },
			promotion: { text: 'Trade press', emphasis: rating() },
			place: { text: 'Direct sales', emphasis: rating() }
		}
	}));
	const participants = Array.from({ length: options.participants ?? 5 }, (_, order) => ({
		id: newId(),
		updatedAt: now,
		name: `Participant ${order + 1}`,
		order
	}));
	const touchPoints = Array.from({ length: options.touchPoints }, (_, i) => {
		const stage = stages[Math.min(2, Math.floor((i * 3) / options.touchPoints))]!;
		return {
			id: newId(),
			updatedAt: now,
			stageId: stage.id,
			name: `Touch point ${i + 1}`,
			order: i,
			prompt: '',
			channel: null,
			ownerTeam: '',
			mode: 'reactive' as const,
			public: false,
			notes: '',
			segmentIds: [],
			emotions: Object.fromEntries(segments.map((s) => [s.id, Math.floor(rand() * 5) - 2]))
		};
	});
	const frustrations = Array.from({ length: options.frustrations }, (_, i) => ({
		id: newId(),
		updatedAt: now,
		touchPointId: touchPoints[i % touchPoints.length]!.id,
		text: `${pick(who)} ${pick(what)} ${pick(thing)} ${pick(when)} (#${i + 1})`,
		order: Math.floor(i / touchPoints.length),
		frequency: rating(),
		severity: rating(),
		ratings: participants
			.filter(() => rand() < 0.3)
			.map((p) => ({ participantId: p.id, frequency: rating(), severity: rating() })),
		evidence: null,
		source: '',
		status: pick(['open', 'open', 'fix-planned', 'fixed'] as const),
		fix: '',
		effort: null,
		owner: '',
		segmentIds: segments.filter(() => rand() < 0.3).map((s) => s.id),
		quality: null
	}));
	return journeyDocument.parse({
		journey: {
			id: newId(),
			updatedAt: now,
			createdAt: now,
			name: options.name ?? `Generated: ${options.frustrations} frustrations`,
			description: `${options.touchPoints} touch points, generated for measuring speed.`,
			templateId: 'generated',
			locale: 'en'
		},
		stages,
		steps: [],
		touchPoints,
		frustrations,
		segments,
		participants
	});
}
