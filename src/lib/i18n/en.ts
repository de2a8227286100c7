/**
 * English messages: the source of every key. Other catalogs are typed against this one,
 * so a missing or misspelt key is a compile error rather than a blank in the UI.
 */
import type { Band, FrequencyLevel, SeverityLevel } from '$lib/domain/scoring';
import type { EditLabel } from '$lib/domain/edits/change';
import type { Channel, Risk } from '$lib/domain/schema';
import type { FileIssue } from '$lib/io/file-issues';
import type { ReadProblem } from '$lib/io/read-file';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MB`;
const between = (min?: number, max?: number) =>
	min !== undefined && max !== undefined
		? `between ${min} and ${max}`
		: min !== undefined
			? `at least ${min}`
			: `at most ${max}`;
const references: Record<string, string> = {
	stage: 'a stage',
	'touch point': 'a touch point',
	segment: 'a segment',
	participant: 'a participant'
};

/** One rule a field of an imported file breaks, after its path. */
function fileIssue(issue: FileIssue): string {
	const at = issue.path || 'The file';
	switch (issue.rule) {
		case 'range':
			return `${at} must be ${between(issue.min, issue.max)}`;
		case 'length':
			return issue.min && !issue.max
				? `${at} must not be empty`
				: `${at} must be ${between(issue.min, issue.max)} characters long`;
		case 'count':
			return `${at} has too many items${issue.max ? ` (at most ${issue.max})` : ''}`;
		case 'type':
			return issue.expected === 'int'
				? `${at} must be a whole number`
				: `${at} is missing or is not ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
		case 'choice':
			return `${at} must be one of: ${issue.values.join(', ')}`;
		case 'format':
			return `${at} is not a valid ${issue.format === 'uuid' ? 'id' : issue.format}`;
		case 'integer':
			return `${at} must be a whole number`;
		case 'duplicate-id':
			return `${at} is used twice in the file`;
		case 'missing-reference':
			return `${at} refers to ${references[issue.what] ?? 'an item'} that is not in the file`;
		case 'invalid':
			return `${at} is not valid`;
	}
}

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
	// Editing
	map: 'Map',
	journeyViews: 'Journey views',
	redo: 'Redo',
	undoShortcut: 'Undo (Ctrl+Z)',
	redoShortcut: 'Redo (Ctrl+Shift+Z)',
	edits: {
		'edit journey': 'journey details',
		edit: 'edit',
		move: 'move',
		'add stage': 'add stage',
		'add step': 'add step',
		'add touch point': 'add touch point',
		'add frustration': 'add frustration',
		'add segment': 'add segment',
		'remove stage': 'remove stage',
		'remove step': 'remove step',
		'remove touch point': 'remove touch point',
		'remove frustration': 'remove frustration',
		'remove segment': 'remove segment',
		'set emotion': 'emotion'
	} satisfies Record<EditLabel, string>,
	undone: (what: string) => `Undone: ${what}`,
	redone: (what: string) => `Redone: ${what}`,
	saved: 'Saved',
	saving: 'Saving…',
	notSaved: 'Not saved yet: retrying',
	duplicateJourney: 'Duplicate journey',
	copyOf: (name: string) => `${name} (copy)`,
	template: 'Template',
	addStage: 'Add stage',
	stageName: 'Stage name',
	editStage: (name: string) => `Edit stage ${name}`,
	doneEditing: 'Done',
	stageRisk: 'Problems here risk',
	moveStageLeft: 'Move stage left',
	moveStageRight: 'Move stage right',
	removeStage: 'Remove stage',
	addStep: 'Add step',
	stepName: 'Step name',
	removeStep: (name: string) => `Remove step ${name}`,
	moveStepUp: (name: string) => `Move step ${name} up`,
	moveStepDown: (name: string) => `Move step ${name} down`,
	addTouchPoint: 'Add touch point',
	touchPointName: 'Touch point name',
	touchPointDetails: (name: string) => `Details of ${name}`,
	details: 'Details',
	channel: 'Channel',
	noChannel: 'Not set',
	channels: {
		'sales-visit': 'Sales visit',
		exhibition: 'Exhibition',
		'print-ad': 'Print ad',
		radio: 'Radio',
		website: 'Website',
		'social-media': 'Social media (official account)',
		'phone-hotline': 'Phone hotline',
		email: 'Email',
		'customer-portal': 'Customer portal',
		'delivery-team': 'Delivery team',
		'store-staff': 'Store staff',
		other: 'Other'
	} satisfies Record<Channel, string>,
	ownerTeam: 'Owner team',
	mode: 'Approach',
	modes: { proactive: 'Proactive', reactive: 'Reactive' },
	publicChannel: 'Public channel',
	publicHint: 'Sensitive complaints are best answered privately.',
	prompt: 'Worst case (prompt)',
	notes: 'Notes',
	move: 'Move',
	moveLeft: 'Move left',
	moveRight: 'Move right',
	moveUp: 'Move up',
	moveDown: 'Move down',
	dragToMove: (name: string) => `Drag ${name} to move it`,
	movedTo: (name: string, stage: string, position: number, count: number) =>
		`${name} moved to ${stage}, position ${position} of ${count}`,
	removeTouchPoint: 'Remove touch point',
	removed: (name: string) => `Removed ${name}`,
	addFrustration: 'Add frustration',
	frustration: 'Frustration',
	newFrustrationHint: 'Enter adds it; Escape closes.',
	editFrustration: 'Edit frustration',
	frequency: 'Frequency',
	severity: 'Severity',
	evidence: 'Evidence',
	evidenceKinds: {
		observation: 'Observation',
		complaint: 'Complaint',
		survey: 'Survey',
		interview: 'Interview',
		'staff-report': 'Staff report',
		'mystery-shopper': 'Mystery shopper'
	},
	source: 'Source',
	status: 'Status',
	statuses: { open: 'Open', 'fix-planned': 'Fix planned', fixed: 'Fixed' },
	fix: 'Fix',
	effort: 'Effort',
	effortLevels: ['very small', 'small', 'medium', 'large', 'very large'],
	owner: 'Owner',
	quality: 'Quality dimension',
	qualities: {
		object: 'Object (the product)',
		process: 'Process',
		infrastructure: 'Infrastructure',
		relationship: 'Relationship',
		atmosphere: 'Atmosphere',
		data: 'Data'
	},
	notSet: 'Not set',
	affectedSegments: 'Segments affected',
	removeFrustration: 'Remove frustration',
	emotion: 'Emotion',
	emotionOf: (segment: string) => `How ${segment} feel`,
	emotions: ['upset', 'unhappy', 'neutral', 'pleased', 'delighted'],
	clearEmotion: 'Clear',
	nameEmpty: 'A name cannot be empty.',
	textEmpty: 'Describe the frustration.',
	searchFrustrations: 'Search frustrations',
	searchResults: (n: number) => `${n} ${n === 1 ? 'frustration matches' : 'frustrations match'}`,
	clearSearch: 'Clear search',
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	// Segments
	addSegment: 'Add segment',
	segmentName: 'Segment name',
	newSegment: 'New segment',
	kind: 'Kind',
	needs: 'Needs',
	size: 'Size or share',
	marketingMix: 'Marketing mix',
	mixElements: { product: 'Product', price: 'Price', promotion: 'Promotion', place: 'Place' },
	emphasis: 'Emphasis',
	emphasisLevels: ['minimal', 'low', 'medium', 'high', 'top'],
	removeSegment: 'Remove segment',
	noSegments: 'No segments yet. Add the customer groups this journey serves.',
	segmentsIntro:
		'Each segment needs its own marketing mix: what it is offered, at what price, how it hears of it and where it buys.',
	kindGuidance: 'What B2C and B2B relationships rest on',
	guidance: {
		aspect: 'Aspect',
		rows: [
			[
				'Relationship rests on',
				'Emotion and the user experience',
				'Efficiency and guaranteed service'
			],
			[
				'Sales cycle',
				'Short, high volume',
				'Long (weeks to months: tenders, negotiation, trials), high value'
			],
			[
				'What the CRM does',
				'Personalised promotion and rewards',
				'Service levels (SLA), after-sales, system integration'
			],
			['Loyalty driven by', 'Brand and benefits', 'The relationship and its stability']
		] as [string, string, string][]
	},
	saveFailed: (reason: string) => `Could not save: ${reason}`,
	fileIssue,
	readProblem: (file: string, problem: ReadProblem): string => {
		switch (problem.kind) {
			case 'too-large':
				return `${file} is ${megabytes(problem.bytes)}, over the ${megabytes(problem.limit)} limit for one file.`;
			case 'empty':
				return `${file} is empty.`;
			case 'not-json':
				return `${file} is not a Touchpoint file: it is not JSON.`;
			case 'truncated':
				return `${file} is cut off before its end; it may not have downloaded or copied completely.`;
			case 'wrong-format':
				return problem.found
					? `${file} is a “${problem.found}” file, not a Touchpoint journey or backup.`
					: `${file} is JSON, but not a Touchpoint journey or backup.`;
			case 'future-version':
				return `${file} was written by a newer version of Touchpoint (format ${problem.version}); update the app to open it.`;
			case 'unknown-version':
				return `${file} does not say which version of the format it uses.`;
			case 'invalid':
				return `${file} is not a valid journey: ${problem.issues.map(fileIssue).join('; ')}${
					problem.more ? `; and ${plural(problem.more, 'more problem', 'more problems')}` : ''
				}.`;
		}
	},
	storageUnavailable:
		'This browser cannot store journeys (IndexedDB is unavailable, for example in some private windows).',
	// Priorities and charts (issue 5)
	priorities: 'Priorities',
	prioritiesIntro:
		'What to fix first: every chart follows the filters, and updates as the map is edited.',
	chartFilters: 'Chart filters',
	filterSegment: 'Segment',
	allSegments: 'All segments',
	filterStage: 'Stage',
	allStages: 'All stages',
	filterStatus: 'Status',
	filterBand: 'Band',
	clearFilters: 'Clear filters',
	filteredCount: (shown: number, total: number) =>
		`${shown} of ${plural(total, 'frustration', 'frustrations')} shown`,
	colourBy: 'Colour by',
	colourModes: { stage: 'Stage', risk: 'Risk (lost sale or repurchase)' },
	showDataTable: 'Show data table',
	exportSvg: 'Export SVG',
	exportPng: 'Export PNG',
	chartExportFailed: (reason: string) => `Could not export the chart: ${reason}`,
	dataTableOf: (chart: string) => `Data table: ${chart}`,
	marksOf: (chart: string) => `Marks of ${chart}: arrow keys move between them, Enter opens one`,
	chartTouchPoint: 'Touch point',
	chartStage: 'Stage',
	chartBand: 'Band',
	chartRisk: 'Risk',
	chartCumulativeShare: 'Cumulative share',
	chartEmpty: 'No frustrations match these filters.',
	chartPriorityMatrix: 'Priority matrix',
	matrixIntro:
		'How often each frustration happens against how badly it hurts; the shaded bands are its priority.',
	matrixDescription: (n: number) =>
		`${plural(n, 'frustration', 'frustrations')} placed by frequency (across) and severity (up), over the priority bands.`,
	chartRankedProblems: 'Ranked problems',
	rankedIntro:
		'Frustrations by priority score, with the running share of all the pain: fix from the top.',
	rankedDescription: (n: number) =>
		`The ${plural(n, 'frustration', 'frustrations')} with the highest priority as bars, and the cumulative share of the total priority as a line.`,
	showTopProblems: (n: number) => `Show top ${n}`,
	showAllProblems: (n: number) => `Show all ${n}`,
	chartHeatMap: 'Journey heat map',
	heatMapIntro:
		'Summed priority of the frustrations at each touch point, for each segment; blank cells have none.',
	heatMapDescription: (touchPoints: number, rows: number) =>
		`A grid of ${plural(touchPoints, 'touch point', 'touch points')} in cycle order by ${plural(rows, 'row', 'rows')} of segments; darker cells carry more priority.`,
	allSegmentsRow: 'All',
	heatCell: (segment: string, touchPoint: string, total: string, count: number) =>
		`${segment}, ${touchPoint}: priority ${total} from ${plural(count, 'frustration', 'frustrations')}`,
	heatEmpty: (segment: string, touchPoint: string) => `${segment}, ${touchPoint}: none`,
	summedPriority: 'Summed priority',
	count: 'Count',
	chartQuickWins: 'Quick wins',
	quickWinsIntro:
		'Frustrations with a fix, by priority and the effort of the fix: the shaded corner is high priority for little effort.',
	quickWinsDescription: (n: number, wins: number) =>
		`${plural(n, 'fix', 'fixes')} placed by effort (across) and priority (up); ${wins} in the quick-win corner.`,
	quickWinCorner: 'Quick wins',
	quickWin: 'Quick win',
	chartStageSummary: 'Stage summary',
	stageSummaryIntro: 'Open frustrations in each stage, by band.',
	stageSummaryDescription: (stages: number, open: number) =>
		`${plural(open, 'open frustration', 'open frustrations')} across ${plural(stages, 'stage', 'stages')}, stacked by band.`,
	stageBandCount: (stage: string, band: string, n: number) => `${stage}: ${n} ${band}`,
	openFrustrations: 'Open frustrations',
	chartMarketingMix: 'Marketing mix by segment',
	mixIntro: 'How strongly each segment’s mix leans on product, price, promotion and place.',
	mixDescription: (segments: number) =>
		`Emphasis from 1 to 5 of the four mix elements for ${plural(segments, 'segment', 'segments')}.`,
	mixView: 'View',
	mixViews: { bars: 'Grouped bars', radar: 'Radar' },
	mixValue: (segment: string, element: string, emphasis: number, level: string) =>
		`${segment}, ${element}: emphasis ${emphasis} (${level})`,
	mixWidest: (element: string) => `The segments differ most on ${element.toLowerCase()}.`,
	mixTexts: 'Mix by segment',
	chartExperienceCurve: 'Experience curve',
	curveIntro:
		'How each segment feels at each touch point, from upset to delighted. Numbered circles count the open frustrations where they hurt, coloured by the band of the worst and larger for higher priority.',
	curveDescription: (segments: number, touchPoints: number) =>
		`One line per segment (${segments}) across ${plural(touchPoints, 'touch point', 'touch points')} in cycle order, emotion from −2 to +2.`,
	curvePoint: (segment: string, touchPoint: string, emotion: string) =>
		`${segment} at ${touchPoint}: ${emotion}`,
	curveFrustrations: (touchPoint: string, n: number, top: string) =>
		`${touchPoint}: ${plural(n, 'open frustration', 'open frustrations')}, highest priority ${top}`,
	noEmotion: 'not rated',
	showExperienceCurve: 'Experience curve'
};

export type Messages = typeof en;
