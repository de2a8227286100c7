/**
 * One import, restore or share-link import on the home page, as state the page shows:
 * progress while files are read, the journey-by-journey choice when a journey is already
 * here, what failed and why, what was done, and the way back (Undo import).
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { locale, t } from '$lib/i18n/core.svelte';
import type { ReadProblem, ReadResult } from '$lib/io/read-file';
import type {
	Decision,
	FileOutcome,
	ImportedJourney,
	ImportOptions,
	ImportUndone
} from './import-journeys';

// Reading, checking and merging files is downloaded when the first file comes, not with the
// journey list.
const importer = () => import('./import-journeys');
// The Mermaid reader's words come with the import, not with the journey list.
const fullWords = () =>
	import('$lib/i18n/index.svelte').then(async (m) => {
		// Words that cannot arrive (the network dropped) are English: the import itself goes on.
		await m.loadCatalog(m.locale()).catch(() => {});
		return m.t();
	});

export type Problem =
	| ReadProblem
	| { kind: 'broken-link' }
	/** The browser refused to store (a full disk, say): the journey being written is untouched. */
	| { kind: 'not-saved'; reason: string };
export interface Failure {
	file: string;
	problem: Problem;
}
export interface Conflict {
	existing: JourneyDocument;
	incoming: JourneyDocument;
}
type Done = Extract<FileOutcome, { ok: true }>;

export class ImportSession {
	busy = $state(false);
	reason = $state<'import' | 'restore'>('import');
	progress = $state.raw<{ file: string; fraction: number } | undefined>();
	failures = $state.raw<Failure[]>([]);
	done = $state.raw<Done[]>([]);
	conflict = $state.raw<Conflict | undefined>();
	#answer: ((decision: Decision) => void) | undefined;

	/** Every journey this session wrote, for Undo import. */
	get imported(): ImportedJourney[] {
		return this.done.flatMap((outcome) => outcome.journeys);
	}

	get canUndo() {
		return this.imported.some((j) => j.action !== 'skipped');
	}

	/** The user's answer to the open conflict; Escape or closing the dialog skips. */
	choose(decision: Decision) {
		const answer = this.#answer;
		this.#answer = undefined;
		this.conflict = undefined;
		answer?.(decision);
	}

	async #options(reason: 'import' | 'restore'): Promise<ImportOptions> {
		const words = await fullWords();
		return {
			reason,
			copyName: (name) => t().copyOf(name),
			mermaid: { words: words.mermaid.names, locale: locale() },
			decide:
				reason === 'restore'
					? async () => 'replace'
					: (existing, incoming) =>
							new Promise<Decision>((resolve) => {
								this.#answer = resolve;
								this.conflict = { existing, incoming };
							})
		};
	}

	async #run(reason: 'import' | 'restore', work: () => Promise<(FileOutcome | Failure)[]>) {
		if (this.busy) return;
		this.busy = true;
		this.reason = reason;
		this.failures = [];
		this.done = [];
		try {
			const outcomes = await work();
			this.failures = outcomes.filter((o): o is Failure => !('ok' in o) || !o.ok);
			this.done = outcomes.filter((o): o is Done => 'ok' in o && o.ok);
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			this.failures = [{ file: '', problem: { kind: 'not-saved', reason } }];
		} finally {
			this.busy = false;
			this.progress = undefined;
		}
	}

	/**
	 * Starts downloading the readers and their words as the person opens the file chooser: by
	 * the time a file is chosen they are here, and its reading starts at once.
	 */
	prepare() {
		void importer().catch(() => {});
		void fullWords().catch(() => {});
	}

	importFiles(files: File[], reason: 'import' | 'restore' = 'import') {
		return this.#run(reason, async () =>
			(await importer()).importFiles(files, {
				...(await this.#options(reason)),
				onProgress: (file, fraction) => (this.progress = { file, fraction })
			})
		);
	}

	/** A map read from a share link, or a Mermaid diagram pasted (already validated, like a file). */
	importShared(read: ReadResult, name: string) {
		return this.#run('import', async () =>
			read.ok
				? [await (await importer()).importRead(name, read, await this.#options('import'))]
				: []
		);
	}

	fail(failure: Failure) {
		this.failures = [failure];
		this.done = [];
	}

	/** Takes the import back; says which journeys went, came back, or were kept and why. */
	async undo(): Promise<ImportUndone> {
		const journeys = this.imported;
		this.done = [];
		return (await importer()).undoImport(journeys);
	}

	clear() {
		this.failures = [];
		this.done = [];
	}
}
