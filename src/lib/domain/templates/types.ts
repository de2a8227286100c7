/**
 * How a template describes a map: items refer to each other by short keys and carry their
 * text in every language; `createJourney` turns one into a document with fresh ids.
 */
import type { Localized } from '../locale';
import type {
	Channel,
	Emotion,
	MixElementName,
	Risk,
	Frustration,
	Segment,
	TouchPoint
} from '../schema';

export interface StageTemplate {
	key: string;
	name: Localized;
	risk: Risk;
	steps: Localized[];
}

export interface TouchPointTemplate {
	key: string;
	stage: string;
	name: Localized;
	prompt: Localized;
	channel?: Channel;
	ownerTeam?: Localized;
	mode?: TouchPoint['mode'];
	public?: boolean;
	notes?: Localized;
	segments?: string[];
	/** Emotion by segment key. */
	emotions?: Record<string, Emotion>;
}

export interface FrustrationTemplate {
	touchPoint: string;
	text: Localized;
	frequency: number;
	severity: number;
	evidence?: NonNullable<Frustration['evidence']>;
	source?: Localized;
	status?: Frustration['status'];
	fix?: Localized;
	effort?: number;
	owner?: Localized;
	segments?: string[];
	quality?: NonNullable<Frustration['quality']>;
}

export interface SegmentTemplate {
	key: string;
	name: Localized;
	kind: Segment['kind'];
	needs: Localized;
	size?: Localized;
	marketingMix: Record<MixElementName, { text: Localized; emphasis: number }>;
}

export interface JourneyTemplate {
	id: string;
	name: Localized;
	description: Localized;
	stages: StageTemplate[];
	touchPoints: TouchPointTemplate[];
	segments: SegmentTemplate[];
	frustrations: FrustrationTemplate[];
}
