/**
 * English messages: the source of every key (the journey list's own are in en-core.ts and
 * spread in here). Other catalogs are typed against this one, so a missing or misspelt key
 * is a compile error rather than a blank in the UI.
 */
import type { Band, FrequencyLevel, SeverityLevel } from '$lib/domain/scoring';
import type { EditLabel } from '$lib/domain/edits/change';
import type { RefusedSummary } from '$lib/domain/edits/keep-references';
import type { Channel, Risk } from '$lib/domain/schema';
import type { DamagedJourney } from '$lib/io/read-file';
import type { CsvColumn } from '$lib/io/csv';
import type { Collection } from '$lib/domain/schema';
import type { SnapshotKind } from '$lib/domain/checkpoints';
import type { FileIssue } from '$lib/io/file-issues';
import type { ReadProblem } from '$lib/io/read-file';
import type { BackupFault } from '$lib/io/backup-check';
import type { MermaidProblem } from '$lib/io/mermaid-parse';
import { enCore, plural } from './en-core';

function mermaidProblem(problem: MermaidProblem): string {
	const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
	switch (problem.kind) {
		case 'empty':
			return 'There is no diagram: paste a Mermaid journey diagram, starting with “journey”.';
		case 'no-diagram':
			return 'It holds no ```mermaid block with a journey diagram.';
		case 'not-journey':
			return `Line ${problem.line} starts with “${short(problem.found)}”: this is not a Mermaid journey diagram (one starts with “journey”).`;
		case 'not-understood':
			return `Line ${problem.line} is not a title, section or task: “${short(problem.text)}”.`;
		case 'no-score':
			return `Line ${problem.line}: a task needs a score after a colon, as in “Make tea: 5: Me”.`;
		case 'bad-score':
			return `Line ${problem.line}: the score “${short(problem.score)}” is not a whole number from 1 to 5.`;
		case 'no-name':
			return `Line ${problem.line}: the name is missing.`;
		case 'colon-in-section':
			return `Line ${problem.line}: a section’s name cannot hold “:”.`;
		case 'unclosed-description':
			return `Line ${problem.line}: “accDescr {” is never closed with “}”.`;
		case 'too-long':
			return `Line ${problem.line}: a name or text is longer than ${problem.limit} characters.`;
		case 'too-many':
			return `The diagram has more than ${problem.limit} sections, tasks or actors.`;
	}
}

/** What Undo import did, as `undoImport` reports it. */
export interface ImportUndoneReport {
	removed: string[];
	putBack: { name: string; keptSince: boolean }[];
	editedSince: string[];
	notPutBack: string[];
}
const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');
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

const issueList = (issues: FileIssue[], more: number) =>
	issues.map(fileIssue).join('; ') +
	(more ? `; and ${plural(more, 'more problem', 'more problems')}` : '');

export const en = {
	...enCore,
	// Mermaid journey diagrams in and out (issue 22)
	mermaid: {
		copy: 'Copy as Mermaid',
		download: 'Download Mermaid',
		copied: 'Mermaid diagram copied',
		copyByHand: 'Mermaid diagram: select it and copy it',
		importTitle: 'Import a Mermaid journey diagram',
		importHelp:
			'Paste a Mermaid journey diagram, or Markdown holding one in a ```mermaid block, or open a .mmd or .md file. Sections become stages, tasks touch points, actors segments, and each score how they feel there.',
		diagram: 'Mermaid diagram',
		openFile: 'Open a file…',
		import: 'Import',
		nothingImported: 'Nothing was imported.',
		names: { untitled: 'Mermaid journey', unsectioned: 'Tasks', everyone: 'Everyone' },
		problem: (problem: MermaidProblem) => mermaidProblem(problem)
	},
	readProblem: (file: string, problem: ReadProblem): string => {
		switch (problem.kind) {
			case 'too-large':
				return `${file} is ${megabytes(problem.bytes)}, over the ${megabytes(problem.limit)} limit for one file.`;
			case 'empty':
				return `${file} is empty.`;
			case 'not-json':
				return `${file} is not a Touchpoint file: Touchpoint opens a journey (.json, saved with Export JSON), a backup (.json, saved with Backup all) or a Mermaid journey diagram (.mmd, or Markdown holding one).${/\.csv$/i.test(file) ? ' Survey ratings in a CSV go in on the Workshop view, with Import ratings.' : ''}`;
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
			case 'mermaid':
				return `${file}: ${mermaidProblem(problem.problem)}`;
		}
	},
	backupIncomplete: 'This backup would not restore whole',
	backupDamaged: (n: number, total: number) =>
		`The file was downloaded, but ${n} of the ${plural(total, 'journey', 'journeys')} in it would not restore, so it does not count as a backup:`,
	backupFault: (name: string, fault: BackupFault): string => {
		switch (fault.kind) {
			case 'invalid':
				return `“${name}”: ${issueList(fault.issues, fault.more)}.`;
			case 'missing':
				return `“${name}” is missing from the file.`;
			case 'changed':
				return `“${name}” reads back different from what is stored.`;
		}
	},
	backupOthersRestore:
		'The other journeys in it will restore. Until a backup reads back whole, the date of the last backup stays as it was.',
	backupUnreadable:
		'The file was downloaded, but it would not restore, so it does not count as a backup:',
	// Storage: opening the database, persistence, a full disk, backup reminders
	storageFailureTitle: 'Touchpoint could not open your journeys',
	startupFailureTitle: 'Touchpoint could not start',
	storageFailureReason: {
		startup:
			'An error stopped the app while it was starting. The storage is not the cause; the error says what went wrong:',
		newer:
			'They were saved by a newer version of Touchpoint than this one. This version leaves them alone, so that it cannot change what it does not understand.',
		upgrade:
			'They were saved by an earlier version of Touchpoint, and bringing them up to date failed.',
		unavailable: 'The browser refused to open the storage where your journeys are kept.'
	},
	storageFailureUntouched:
		'Nothing was changed or deleted: your journeys are still stored in this browser exactly as they were.',
	storageFailureWhatToDo: 'What you can do',
	storageFailureSteps: {
		startup: [
			'Reload the page.',
			'If it happens again, report the problem with the error above, the browser you use and the address you opened.',
			'Download a raw backup to keep a copy of whatever is stored.'
		],
		newer: [
			'Open Touchpoint at the address where the newer version runs, or wait until this one is updated, then reload.',
			'Download a raw backup to keep a copy of everything stored.'
		],
		upgrade: [
			'Reload the page: the upgrade is tried again.',
			'If it fails again, download a raw backup and report the problem with the technical details below.'
		],
		unavailable: [
			'Reload the page.',
			'Private windows and some browser settings block storage: try a normal window.',
			'Download a raw backup to keep a copy of whatever is stored.'
		]
	},
	reload: 'Reload',
	downloadRawBackup: 'Download raw backup',
	rawBackupHelp:
		'A JSON file of everything stored, as it is, to keep safe or to send to someone who can help.',
	rawBackupNone: 'There is no stored data in this browser to back up.',
	rawBackupFailed: 'The stored data could not be read either.',
	technicalDetails: 'Technical details',
	tagline: 'Customer journeys, touch points and what to fix first',
	save: 'Save',
	undo: 'Undo',
	allJourneys: 'All journeys',
	openJourney: (name: string) => `Open ${name}`,
	journeyMenu: 'Journey',
	journeyMenuLabel: 'Rename, duplicate or delete the journey',
	showMore: 'Show more',
	showLess: 'Show less',
	renameJourney: 'Rename journey',
	deleteJourney: 'Delete journey',
	journeyDeleted: (name: string) => `Deleted “${name}”.`,
	journeyNotFound: 'This journey is not in this browser. It may have been deleted.',
	steps: 'Steps',
	worstCase: 'Worst case',
	noFrustrations: 'No frustrations yet',
	priority: 'Priority',
	priorityScore: (score: number | string) => `Priority ${score}`,
	// A frustration nobody rated has no score: said where the score would be (issue 18).
	notRated: 'Not rated',
	notRatedYetCount: (n: number) => `${n} not rated yet`,
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
	/** The participant's phone in a live workshop, and the short link's join page. */
	phoneWorkshop: {
		joinTitle: 'Join the workshop',
		codeIntro: 'Type the code shown on the projector, or scan its QR code.',
		joinCode: 'Join code',
		badCode: 'This code is not complete: it has ten letters and digits, like ABCDE-12345.',
		unknownCode:
			'No workshop runs with this code: it may have ended. Check the code on the projector.',
		stage: (name: string) => `Stage: ${name}`,
		position: (n: number, total: number) => `Touch point ${n} of ${total}`,
		previous: 'Previous',
		next: 'Next',
		browse: 'Touch points',
		facilitatorHere: 'The facilitator is here.',
		toFacilitator: 'Back to the facilitator',
		blind: 'Only you see your ratings until the facilitator reveals the room’s.',
		closed: 'Ratings are closed',
		room: (measure: string, mean: string, label: string) => `${measure}: ${mean} ${label}`,
		noRatings: 'Nobody has rated this yet.',
		differ: 'Ratings differ — discuss',
		noFrustrations: 'No frustrations here yet: add the first below.',
		noTouchPoints: 'The journey has no touch points yet.',
		newFrustration: 'New frustration',
		add: 'Add frustration',
		thanks: 'Thank you — the workshop has ended',
		thanksDetail: 'Your ratings are in. You can close this page.',
		notReached: (n: number) =>
			`${n} of your ratings did not reach the workshop before it ended; ${n === 1 ? 'it is' : 'they are'} kept on this phone.`
	},
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
		'set emotion': 'emotion',
		'add participant': 'add participant',
		'remove participant': 'remove participant',
		'clear ratings': 'clear ratings',
		'merge participants': 'merge participants',
		rate: 'rating',
		'import ratings': 'import ratings',
		'restore version': 'restore version',
		'put back': 'put back'
	} satisfies Record<EditLabel, string>,
	undone: (what: string) => `Undone: ${what}`,
	redone: (what: string) => `Redone: ${what}`,
	saved: 'Saved',
	saving: 'Saving…',
	notSaved: 'Not saved yet: retrying',
	duplicateJourney: 'Duplicate journey',
	addStage: 'Add stage',
	stageName: 'Stage name',
	editStage: (name: string) => `Edit stage ${name}`,
	doneEditing: 'Done',
	editorKeys: 'Changes are kept as you type · Esc or Done closes',
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
	fileIssue,
	// Tabs on the same journey
	changedInAnotherTab: 'Updated from another tab',
	refusedEdits: (r: RefusedSummary) => {
		const kinds = {
			stages: 'stage',
			steps: 'step',
			touchPoints: 'touch point',
			frustrations: 'frustration',
			segments: 'segment',
			participants: 'participant'
		};
		if (r.kind === 'journey-gone') {
			return 'This journey was deleted or replaced in another tab, so your last change here was not saved.';
		}
		const lead = r.from === 'store' ? '' : `${r.from === 'undo' ? 'Undo' : 'Redo'} left out `;
		if (r.kind === 'many') {
			return r.from === 'store'
				? `${r.count} changes were not saved: what they belong to was removed in another tab.`
				: `${lead}${r.count} changes: what they belong to was removed in another tab.`;
		}
		if (r.reason === 'untagged') {
			return `“${r.name}” was saved without a rating or tag you gave it: the participant or segment it named was removed in another tab.`;
		}
		const why =
			r.reason === 'foreign'
				? 'its id belongs to another journey'
				: r.place
					? `its ${kinds[r.place.collection]}${r.place.name ? ` “${r.place.name}”` : ''} was removed in another tab`
					: 'it was removed in another tab';
		return r.from === 'store'
			? `“${r.name}” was not saved: ${why}.`
			: `${lead}“${r.name}”: ${why}.`;
	},
	putBackNowhere:
		'There is nowhere to put it back: this journey has no touch point or stage left for it.',
	recoveredItems: 'Recovered items',
	strayItemsGathered: (n: number) =>
		`${plural(n, 'item', 'items')} had lost ${n === 1 ? 'its' : 'their'} place in this journey. Nothing was lost: ${n === 1 ? 'it is' : 'they are'} gathered in the stage “Recovered items” at the end of the map, to move or remove.`,
	putBack: 'Put it back',
	// Sharing: export, import, backup and restore, share links, print
	shareMenu: 'Share',
	shareMenuLabel: 'Share, export and print',
	exportJson: 'Export JSON',
	exportCsv: 'Export CSV',
	copyShareLink: 'Copy share link',
	print: 'Print',
	csvHeadings: {
		touchPoint: 'Touch point',
		stage: 'Stage',
		text: 'Frustration',
		frequency: 'Frequency',
		severity: 'Severity',
		score: 'Priority',
		band: 'Band',
		risk: 'Risk',
		status: 'Status',
		fix: 'Fix',
		effort: 'Effort',
		owner: 'Owner',
		segments: 'Segments'
	} satisfies Record<CsvColumn, string>,
	shareLinkCopied: 'Share link copied. The map travels inside the link; no server sees it.',
	shareLinkTooLong: (length: number, limit: number) =>
		`This map is too large for a link (${length.toLocaleString('en')} characters; a link stays under ${limit.toLocaleString('en')}). Send the JSON file instead.`,
	copyByHand: 'This browser did not let the app copy. Copy the link from here:',
	// Live sessions: several people on one journey at once
	live: {
		start: 'Start live session',
		title: 'Live session',
		host: 'Host',
		checking: 'Looking for the Touchpoint server…',
		needsServer:
			'Live sessions need the Touchpoint server: this copy of the app is served as plain files. Run it with `npm start` (see the README, “Live sessions”), then open the journey from there.',
		intro:
			'Send a link to each person who joins. Editors change everything; participants add frustrations and rate them. Everyone keeps a copy of the journey in their browser.',
		editorLink: 'Editor link',
		participantLink: 'Participant link',
		copy: 'Copy',
		copyEditorLink: 'Copy editor link',
		copyParticipantLink: 'Copy participant link',
		copied: 'Link copied.',
		copyHint: 'The link is selected: copy it with Ctrl+C (⌘C on a Mac).',
		stop: 'Stop live session',
		stopped: 'The live session has ended. Everyone keeps their copy of the journey.',
		startFailed: (why: string) => `The live session could not start: ${why}`,
		status: (n: number) => `Live · ${plural(n, 'person', 'people')}`,
		connecting: 'Connecting…',
		reconnecting: 'Reconnecting…',
		offline: 'Offline — edits kept',
		refused: 'Not let in',
		peopleHere: 'People here',
		you: 'you',
		editingBy: (name: string) => `${name} is editing this`,
		readOnly:
			'You joined as a participant: you can add frustrations and give your own ratings; the rest is read-only here.',
		joinTitle: 'Join a live session',
		joinIntro: 'The journey is copied into this browser and stays here after the session.',
		yourName: 'Your name',
		yourNameRequired: 'Give the name the others will see.',
		join: 'Join',
		joining: 'Joining…',
		badLink:
			'This link is incomplete. Ask for the link again, and open it whole (everything after “#” included).',
		refusedSecret:
			'This link was not accepted: the session has ended, or the link is not the one handed out. Ask the person running the session for the link again.',
		noServer:
			'The Touchpoint server does not answer. Live sessions need it running (`npm start`) at the address of the link.'
	},
	importIntro: 'Journey files (.journey.json) or a backup; you can also drop files on this page.',
	readingFile: (file: string) => `Reading ${file}`,
	importing: 'Importing…',
	importFailed: (n: number) =>
		n === 1
			? 'One file was not imported; nothing in it was written:'
			: `${n} files were not imported; nothing in them was written:`,
	importDone: 'Import finished',
	restoreDone: 'Restore finished',
	journeysRestored: (n: number) => `${plural(n, 'journey', 'journeys')} restored.`,
	journeysImported: (n: number) => `${plural(n, 'journey', 'journeys')} imported.`,
	damagedJourneys: (n: number) =>
		n === 1
			? 'One journey in the file is damaged and was not written (nothing of it changed here):'
			: `${n} journeys in the file are damaged and were not written (nothing of them changed here):`,
	damagedJourney: ({ name, index, issues, more }: DamagedJourney) =>
		`${name ? `“${name}”` : `Journey ${index + 1} in the file`}: ${issueList(issues, more)}.`,
	importedAs: {
		created: (name: string) => `Imported “${name}”.`,
		replaced: (name: string) => `Replaced “${name}” (the previous version is kept as a snapshot).`,
		copied: (name: string) => `Kept both: imported as “${name}”.`,
		merged: (name: string) => `Merged into “${name}”.`,
		skipped: (name: string) => `Skipped “${name}”.`
	},
	mergeSummary: (added: number, updated: number, kept: number) =>
		`${added} added, ${updated} updated, ${kept} kept`,
	mergeCollections: {
		stages: 'Stages',
		steps: 'Steps',
		touchPoints: 'Touch points',
		frustrations: 'Frustrations',
		segments: 'Segments',
		participants: 'Participants'
	} satisfies Record<Collection, string>,
	upgradedFrom: (version: number) => `Upgraded from format ${version}.`,
	undoImport: 'Undo import',
	undoRestore: 'Undo restore',
	importUndone: (undone: ImportUndoneReport, reason: 'import' | 'restore') => {
		const what = reason === 'restore' ? 'restore' : 'import';
		const one = (names: unknown[], single: string, many: string) =>
			names.length === 1 ? single : many;
		const back = undone.putBack.filter((j) => !j.keptSince).map((j) => j.name);
		const backKept = undone.putBack.filter((j) => j.keptSince).map((j) => j.name);
		const parts = [reason === 'restore' ? 'Restore undone.' : 'Import undone.'];
		if (undone.removed.length > 0) parts.push(`Removed ${quoted(undone.removed)}.`);
		if (back.length > 0) {
			parts.push(`${quoted(back)} ${one(back, 'is', 'are')} back as before the ${what}.`);
		}
		if (backKept.length > 0) {
			parts.push(
				`${quoted(backKept)} ${one(backKept, 'is', 'are')} back as before the ${what}; what ${one(backKept, 'it', 'they')} held since is kept in ${one(backKept, 'its', 'their')} version history.`
			);
		}
		if (undone.editedSince.length > 0) {
			parts.push(`Kept ${quoted(undone.editedSince)}: edited since the ${what}, so not removed.`);
		}
		if (undone.notPutBack.length > 0) {
			parts.push(
				`${quoted(undone.notPutBack)} could not be put back: the version from before the ${what} is no longer here.`
			);
		}
		return parts.join(' ');
	},
	conflictTitle: (name: string) => `“${name}” is already here`,
	conflictText:
		'This browser already has this journey, perhaps edited since it was exported. What should happen?',
	replace: 'Replace',
	replaceHint: 'Use the imported map. The one here is kept as a snapshot.',
	keepBoth: 'Keep both',
	keepBothHint: 'Add the imported map as a separate copy.',
	merge: 'Merge',
	mergeHint:
		'Combine the two: for each item the more recent edit wins; nothing is deleted; ratings by participant are joined.',
	skip: 'Skip',
	skipHint: 'Leave the journey here as it is.',
	shareLinkBroken:
		'This share link is incomplete or damaged (perhaps cut off when it was sent). Ask for the link again, or for the JSON file.',
	// Workshop mode (issue 7): participants, the rating grid, the walk-through and the report
	meansOfRatings: (n: number) =>
		`Means of ${plural(n, 'participant’s rating', 'participants’ ratings')}`,
	meansShort: (ratings: string, n: number) => `${ratings} · ${plural(n, 'rating', 'ratings')}`,
	workshop: {
		link: 'Workshop',
		intro:
			'Run a live session from one keyboard: list who takes part, walk the journey touch point by touch point to collect frustrations, then rate them together.',
		participants: 'Participants',
		addParticipant: 'Add participant',
		participantName: 'Name or initials',
		participantField: (n: number) => `Participant ${n}`,
		removeParticipant: (name: string) => `Remove ${name}`,
		noParticipants: 'No participants yet. Add the people in the room, by name or initials.',
		startWalkThrough: 'Start walk-through',
		resumeWalkThrough: (n: number) => `Resumes at touch point ${n}`,
		sessionReport: 'Session report',
		timer: 'Timer per step',
		timerOff: 'Off',
		minutes: (n: number) => `${n} min`,
		ratings: 'Ratings',
		ratingsHint:
			'Type 1–5 in a cell: it is rated and the next cell is ready, so a row is typed in one go. Enter moves down, arrow keys and Tab move between cells, Delete clears. The mean of everyone’s ratings replaces the single rating in priorities and charts.',
		ratingsNeedParticipants: 'Add participants to collect their ratings.',
		noFrustrations: 'No frustrations yet: collect them in the walk-through or on the map.',
		ratingGrid: 'Ratings by participant',
		frequencyShort: 'F',
		severityShort: 'S',
		cell: (frustration: string, participant: string, measure: string) =>
			`${frustration}, ${participant}, ${measure}`,
		cellRated: (participant: string, measure: string, value: number) =>
			`${participant}, ${measure}: ${value}`,
		notRated: 'not rated',
		mean: (measure: string) => `${measure} (mean)`,
		spread: (min: number, max: number) => (min === max ? `all ${min}` : `${min}–${max}`),
		ratingCount: (n: number) => plural(n, 'rating', 'ratings'),
		ownRating: 'single rating',
		filterStage: 'Stage',
		allStages: 'All stages',
		editorNote: (n: number) =>
			`${plural(n, 'participant rated', 'participants rated')} this in the workshop: the means of their ratings set the priority, not the single rating above.`,
		ratedCount: (rated: number, total: number) => `${rated} of ${total} rated by participants`
	},
	survey: {
		heading: 'Survey',
		intro:
			'Rate with a form tool: export the questions, then import the CSV of its answers. Each respondent becomes a participant.',
		exportTemplate: 'Export survey template',
		downloadQuestions: 'Download question list',
		importRatings: 'Import ratings',
		needsFrustrations: 'The survey asks about each frustration: add some to the map first.',
		timestampColumn: 'Timestamp',
		nameColumn: 'Name',
		howOften: 'How often does this happen?',
		howBad: 'How bad is it for the customer?',
		frequency: 'Frequency',
		severity: 'Severity',
		listAnswers: 'Answer each question with a number from 1 to 5 or its word:',
		previewTitle: (file: string) => `Import ratings from ${file}`,
		previewTable: 'Import preview',
		column: 'Column',
		importsAs: 'Imports as',
		answers: 'Answers',
		columnImportsAs: (column: string, heading: string) =>
			`Column ${column} (${heading}) imports as`,
		notImported: 'Not imported',
		respondentName: 'Respondent name',
		respondentEmail: 'Respondent e-mail (where no name is given)',
		question: (code: string, measure: string, text: string) => `${code} ${measure}: ${text}`,
		columnCount: (ratings: number, blank: number, problems: number) =>
			[
				plural(ratings, 'rating', 'ratings'),
				blank ? `${blank} blank` : '',
				problems ? plural(problems, 'problem', 'problems') : ''
			]
				.filter(Boolean)
				.join(' · '),
		matchedByCode: 'Question columns were matched by their codes; change any that is wrong.',
		matchByHand:
			'These headings carry no codes from the template: choose what each question column rates.',
		noRatingColumns: 'No column imports ratings yet.',
		alsoMappedFrom: (columns: string[]) =>
			`Also mapped from ${columns.length === 1 ? 'column' : 'columns'} ${columns.join(', ')}`,
		sameQuestion:
			'A question is imported from more than one column: set all but one of them to Not imported to confirm.',
		sameNames: (n: number) =>
			n === 1
				? '1 respondent has the name of a participant already here'
				: `${n} respondents have the names of participants already here`,
		sameNamesAdd: 'Add them as new participants',
		sameNamesMerge: 'Put their answers on the participants of the same name',
		summaryMerged: (people: number, matched: number, ratings: number) =>
			`${plural(people, 'respondent', 'respondents')} will be added as participants and ${matched} will answer as participants already here, with ${plural(ratings, 'rating', 'ratings')}.`,
		importedMerged: (added: number, matched: number) =>
			`Imported ${plural(added, 'new participant', 'new participants')} and the answers of ${plural(matched, 'participant', 'participants')} already here`,
		summary: (people: number, ratings: number) =>
			`${plural(people, 'respondent', 'respondents')} will be added as participants, with ${plural(ratings, 'rating', 'ratings')}.`,
		problemsHeading: (n: number) => `${plural(n, 'answer', 'answers')} cannot be imported`,
		problemsHint: 'They are left out; Confirm import brings in the rest, Cancel writes nothing.',
		problem: (
			row: number,
			column: string,
			respondent: string,
			answer: string,
			kind: 'out-of-range' | 'unknown' | 'too-long',
			length: number
		) =>
			`Row ${row}, column ${column} (${respondent}): “${answer}” ${
				{
					'out-of-range': 'is not between 1 and 5',
					unknown: 'is not a rating on the scale',
					'too-long': `is too long for a rating (${length.toLocaleString('en')} characters)`
				}[kind]
			}`,
		moreProblems: (n: number) => `and ${n} more`,
		confirm: 'Confirm import',
		imported: (n: number) =>
			`Imported ${plural(n, 'participant', 'participants')} with their ratings`,
		unnamed: (n: number) => `Respondent ${n}`,
		fileProblems: {
			'too-large': (megabytes: number) =>
				`This file is too large for a survey export (over ${megabytes} MB).`,
			'not-text':
				'This file is not a CSV file: it is not text. Export the answers from the form tool as CSV.',
			'not-table':
				'This file is not a table of answers: a CSV export has a header row and one column per question.',
			'no-respondents': 'This file has a header row but no answers below it.',
			'too-many-respondents': (n: number) => `This file has more than ${n} respondents.`,
			'too-many-columns': (n: number) => `This file has more than ${n} columns.`
		}
	},
	walkThrough: {
		title: 'Walk-through',
		position: (n: number, total: number) => `Touch point ${n} of ${total}`,
		question: 'What is the worst thing that can happen to a customer here?',
		typicalWorstCase: 'Typical worst case',
		collected: 'Frustrations collected',
		noneYet: 'None yet.',
		capture: 'New frustration',
		captureHint: 'Enter adds it · ← → move between touch points · Esc leaves',
		captured: (text: string) => `Added: ${text}`,
		previous: 'Previous touch point',
		next: 'Next touch point',
		goToRatings: 'Go to ratings',
		edit: 'Edit',
		editLabel: (text: string) => `Edit “${text}”`,
		correction: 'Correct the frustration',
		correctionHint: 'Enter keeps the change · Esc gives it up',
		corrected: (text: string) => `Changed to: ${text}`,
		remove: 'Remove',
		removeLabel: (text: string) => `Remove “${text}”`,
		removed: (text: string) => `Removed: ${text}`,
		leave: 'Leave walk-through',
		darkMode: 'Dark',
		timeLeft: 'Time left',
		timeUp: 'Time is up',
		empty: 'This journey has no touch points yet. Add them on the map first.'
	},
	// The facilitator's side of a live workshop (issue 21)
	liveWorkshop: {
		start: 'Start live workshop',
		starting: 'Starting…',
		controls: 'Live workshop',
		joinThis: 'Join this workshop',
		scanOrType: 'Scan the code with a phone’s camera, or type the link:',
		qrCode: 'QR code of the join link',
		joinedSoFar: 'Joined so far',
		nobodyYet: 'Nobody yet.',
		hideJoin: 'Hide join screen',
		showJoin: 'Show join screen',
		reveal: 'Reveal',
		revealed: (n: number) => `${plural(n, 'frustration', 'frustrations')} revealed`,
		nothingToReveal: 'Nothing to reveal here.',
		rateAgain: 'Rate again',
		ratingAgain: (text: string) => `New round: ${text}`,
		lock: 'Lock ratings',
		unlock: 'Unlock ratings',
		closed: 'Ratings are closed',
		bringEveryone: 'Bring everyone here',
		broughtEveryone: 'Everyone’s phone jumps to this touch point.',
		end: 'End workshop',
		endTitle: 'End the workshop?',
		endText:
			'Phones show a thank-you and the join link stops working. Every rating stays in the journey.',
		showResults: 'Show results as they arrive',
		hideNames: 'Hide names on the projector',
		ratedOf: (n: number, m: number) => `${n} of ${m} rated`,
		hidden: 'hidden until Reveal',
		rated: 'rated',
		differ: 'Ratings differ — discuss',
		mergeWith: 'Merge with…',
		joined: 'joined by link',
		merged: (joined: string, byHand: string) => `${byHand} merged into ${joined}`,
		step: 'On the phones'
	},
	report: {
		title: 'Session report',
		backToWorkshop: 'Back to workshop',
		print: 'Print',
		copyMarkdown: 'Copy Markdown',
		copied: 'Markdown copied',
		copyFailed: 'The browser refused the clipboard: select the Markdown below and copy it.',
		markdown: 'Markdown',
		summary: (participants: number, frustrations: number, rated: number, notRated: number) =>
			`${plural(participants, 'participant', 'participants')} · ${plural(frustrations, 'frustration', 'frustrations')}, ${notRated ? `${notRated} not rated yet, ` : ''}${rated} rated by participants`,
		topPriorities: 'Top priorities',
		notRatedYet: 'Not rated yet',
		notRevealedYet: 'Not revealed yet',
		notRevealed: (n: number, m: number) => `${n} of ${m} rated · not revealed`,
		noPriorities: 'No open frustrations.',
		rank: '#',
		touchPoint: 'Touch point',
		stage: 'Stage',
		byStageAndBand: 'Frustrations by stage and band',
		total: 'Total',
		segments: 'Most affected segments',
		noSegments: 'No frustrations are tagged with a segment.',
		frustrationsColumn: 'Frustrations',
		urgent: 'Critical or high',
		totalPriority: 'Total priority',
		whoTookPart: 'Who took part',
		noParticipants: 'No participants were listed.',
		ratingsOf: (n: number) => plural(n, 'rating', 'ratings'),
		journeyDiagram: 'The journey at a glance'
	},
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
	scrollSideways: 'Scroll sideways for more →',
	scrollsSideways: (chart: string) => `${chart}, scrolls sideways`,
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
		'How often each frustration happens against how badly it hurts; the shaded bands are its priority. Drag a mark with your finger or the mouse, or press Shift and an arrow key, to re-rate it; a tap opens it on the map.',
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
	showExperienceCurve: 'Experience curve',
	// Version history (issue 8): named and automatic checkpoints, preview and restore
	versionHistory: 'Version history',
	versionHistoryTitle: (name: string) => `Version history of “${name}”`,
	versionHistoryIntro:
		'Checkpoints you name stay until you delete them. While the map changes, one is also taken automatically at most once an hour (the last 24 are kept, then one a day for 30 days). Imports and restores keep what they replaced (the newest ten).',
	noVersions:
		'No versions yet. Save a checkpoint now, or edit the map: the first edit keeps how it was.',
	snapshotKinds: {
		named: 'Checkpoint',
		auto: 'Automatic',
		replace: 'Before a replace',
		merge: 'Before a merge',
		restore: 'Before a restore'
	} satisfies Record<SnapshotKind, string>,
	checkpointName: 'Checkpoint name',
	checkpointPlaceholder: 'before the workshop',
	saveCheckpoint: 'Save checkpoint',
	checkpointSaved: (label: string) => `Saved checkpoint “${label}”.`,
	checkpointNameRequired: 'Give the checkpoint a name.',
	checkpointBeforeRateAgain: (text: string) => `Before rating again: ${text}`,
	previewVersion: 'Preview',
	restoreVersion: 'Restore',
	deleteCheckpoint: 'Delete',
	confirmDeleteCheckpoint: (label: string) => `Delete “${label}” for good?`,
	checkpointDeleted: (label: string) => `Deleted checkpoint “${label}”.`,
	previewBanner: (label: string, when: string) => `Preview of “${label}” — ${when}. Read-only.`,
	restoreThisVersion: 'Restore this version',
	backToCurrentMap: 'Back to the current map',
	versionRestored: (label: string) =>
		`Restored “${label}”. The map it replaced is in the version history.`,
	versionRestoreNotUndoable:
		'This restore can no longer be undone here: the journey was replaced or deleted in another tab. Its earlier versions are in the version history.',
	versionRestoreUndone: 'Restore undone: the map is as it was before.',
	versionRestoreUndoneKept:
		'Restore undone: what it changed is back as it was. The map as it was just before, with the edits made since the restore, is kept in its version history.',
	versionNotFound: 'This version is no longer in the history.',
	versionUnreadable: 'This version could not be read; the current map is unchanged.',
	previewStages: 'The map at this version',
	noFrustrationsHere: 'No frustrations',

	quotaExceeded:
		'Your browser’s storage is full: this change was not saved. It stays on screen and is saved as soon as there is room. Back up your journeys (Backup all on the home page), then free space: delete journeys you no longer need, or clear other sites’ data in the browser’s settings.',
	retrySaving: 'Try saving again',
	// Re-rating on the priority matrix
	movableMarksOf: (chart: string) =>
		`Marks of ${chart}: arrow keys move between them, Shift and an arrow key re-rates one, Enter opens one`,
	rerated: (text: string, ratings: string, score: string) => `${text}: ${ratings}. ${score}`,
	rerateWorkshopRated: (n: number) =>
		`${plural(n, 'participant', 'participants')} rated this frustration in the workshop: its place is the mean of their ratings. Change them in the workshop’s rating grid.`
};

export type Messages = typeof en;
