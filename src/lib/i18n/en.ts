/**
 * English messages: the source of every key. Other catalogs are typed against this one,
 * so a missing or misspelt key is a compile error rather than a blank in the UI.
 */
import type { Band, FrequencyLevel, SeverityLevel } from '$lib/domain/scoring';
import type { Risk } from '$lib/domain/schema';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
	appName: 'Touchpoint',
	tagline: 'Customer journeys, touch points and what to fix first',
	language: 'Language',
	journeys: 'Journeys',
	journeysIntro:
		'Each journey maps how customers buy, use and replace a product, and where it frustrates them.',
	noJourneys: 'No journeys yet. Create one to start mapping.',
	newJourney: 'New journey',
	name: 'Name',
	create: 'Create',
	cancel: 'Cancel',
	save: 'Save',
	close: 'Close',
	undo: 'Undo',
	nameRequired: 'Give the journey a name.',
	nameTooLong: (max: number) => `Keep the name under ${max} characters.`,
	allJourneys: 'All journeys',
	openJourney: (name: string) => `Open ${name}`,
	renameJourney: 'Rename journey',
	deleteJourney: 'Delete journey',
	journeyDeleted: (name: string) => `Deleted “${name}”.`,
	journeyNotFound: 'This journey is not in this browser. It may have been deleted.',
	loading: 'Loading…',
	pageNotFound: 'There is no page at this address.',
	touchPointCount: (n: number) => plural(n, 'touch point', 'touch points'),
	frustrationCount: (n: number) => plural(n, 'frustration', 'frustrations'),
	updatedOn: (date: string) => `Edited ${date}`,
	steps: 'Steps',
	worstCase: 'Worst case',
	noFrustrations: 'No frustrations yet',
	priority: 'Priority',
	priorityScore: (score: number) => `Priority ${score}`,
	frequencyValue: (level: string) => `Frequency: ${level}`,
	severityValue: (level: string) => `Severity: ${level}`,
	bands: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<
		Band,
		string
	>,
	risks: {
		'lost-sale': 'Lost sale',
		'lost-repurchase': 'Lost repurchase'
	} satisfies Record<Risk, string>,
	riskOfStage: (risk: string) => `Risk: ${risk}`,
	frequencyLevels: {
		never: 'never',
		rarely: 'rarely',
		sometimes: 'sometimes',
		often: 'often',
		always: 'always'
	} satisfies Record<FrequencyLevel, string>,
	severityLevels: {
		cosmetic: 'cosmetic',
		minor: 'minor',
		moderate: 'moderate',
		major: 'major',
		critical: 'critical'
	} satisfies Record<SeverityLevel, string>,
	segments: 'Segments',
	saveFailed: (reason: string) => `Could not save: ${reason}`,
	storageUnavailable:
		'This browser cannot store journeys (IndexedDB is unavailable, for example in some private windows).'
};

export type Messages = typeof en;
