/**
 * English words of the journey list and of every page's frame (header, language, update
 * prompt, toasts): what a first visit downloads. The rest of the English catalog is in en.ts,
 * which spreads these in; `t()` from `./core.svelte` reads only these, so the list's code
 * cannot reach a word it did not download. tests/unit/first-visit-words.test.ts keeps the
 * list's code away from the full catalog.
 */

/** "1 journey", "2 journeys". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const enCore = {
	appName: 'Touchpoint',
	language: 'Language',
	journeys: 'Journeys',
	journeysIntro:
		'Each journey maps how customers buy, use and replace a product, and where it frustrates them.',
	noJourneys: 'No journeys yet. Create one to start mapping.',
	newJourney: 'New journey',
	name: 'Name',
	create: 'Create',
	cancel: 'Cancel',
	close: 'Close',
	nameRequired: 'Give the journey a name.',
	nameTooLong: (max: number) => `Keep the name under ${max} characters.`,
	loading: 'Loading…',
	pageNotFound: 'There is no page at this address.',
	touchPointCount: (n: number) => plural(n, 'touch point', 'touch points'),
	frustrationCount: (n: number) => plural(n, 'frustration', 'frustrations'),
	updatedOn: (date: string) => `Edited ${date}`,
	copyOf: (name: string) => `${name} (copy)`,
	template: 'Template',
	saveFailed: (reason: string) => `Could not save: ${reason}`,
	storageUnavailable:
		'This browser cannot store journeys (IndexedDB is unavailable, for example in some private windows).',
	importFiles: 'Import',
	openMermaidImport: 'Import Mermaid',
	backupAll: 'Backup all',
	restore: 'Restore',
	transfer: 'Import, backup and restore',
	dropFiles: 'Drop journey files to import them',
	sharedMapTitle: 'A map was shared with you',
	sharedMapOffer: (name: string, frustrations: number) =>
		`“${name}”, with ${plural(frustrations, 'frustration', 'frustrations')}. Import it into this browser?`,
	importSharedMap: 'Import shared map',
	dismiss: 'Dismiss',
	shareLinkName: 'The share link',
	storageStatus: 'Storage',
	storagePersisted: 'Kept until you clear it',
	storagePersistedHelp: 'The browser will not remove your journeys to free space.',
	storageNotPersisted: 'The browser may clear it when space runs low',
	storageNotPersistedHelp: 'Keep a backup file of your journeys.',
	storageAskPersist: 'Ask to keep it',
	storageUsage: (used: string, quota: string) => `${used} used of ${quota} available`,
	lastBackup: (date: string) => `Last backup ${date}`,
	neverBackedUp: 'Never backed up',
	backupReminder: 'Time for a backup',
	backupReminderNever:
		'Your journeys have changed and have never been backed up. This browser holds the only copy: keep one as a file.',
	backupReminderSince: (days: number) =>
		`Your journeys have changed since your last backup, ${plural(days, 'day', 'days')} ago. This browser holds the only copy.`,
	backUpNow: 'Back up now',
	notNow: 'Not now',
	// Offline and installable: the new-version prompt
	updateRegion: 'App update',
	updateReady: 'A new version of Touchpoint is ready.',
	updateReload: 'Reload',
	updateLater: 'Later',
	updateWaitingForSave: 'Reloading once your edits are saved…',
	updateReloading: 'Reloading…'
};

export type CoreMessages = typeof enCore;
