/**
 * Backup all reads its own file back, with the reader Restore uses, before the backup counts:
 * a journey that would not come back (a record pointing at one that is gone, say) is named
 * then, not on the day the backup is needed.
 */
import { collections } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';
import type { FileIssue } from './file-issues';
import { parseJourneyText, type DamagedJourney, type ReadProblem } from './read-file';

export type BackupFault =
	/** The reader refuses it, for these reasons. */
	| { kind: 'invalid'; issues: FileIssue[]; more: number }
	/** It is not in the file read back. */
	| { kind: 'missing' }
	/** It reads back as another journey, or with other numbers of items. */
	| { kind: 'changed' };

export interface BackupCheck {
	/** The file as a whole would not read back. */
	problem?: ReadProblem;
	/** Journeys that would not restore as they are stored, named as they are here. */
	damaged: { id: string; name: string; fault: BackupFault }[];
}

export const restoresWhole = (check: BackupCheck) => !check.problem && check.damaged.length === 0;

/** Whether `text`, written as the backup of `docs`, gives every one of them back. */
export function checkBackup(docs: JourneyDocument[], text: string): BackupCheck {
	const read = parseJourneyText(text);
	if (!read.ok) return { problem: read.problem, damaged: [] };
	if (read.kind !== 'backup') return { problem: { kind: 'wrong-format' }, damaged: [] };
	// The reader keeps the valid journeys in the file's order and says where the others were.
	const back: (JourneyDocument | DamagedJourney)[] = [];
	for (const damaged of read.damaged ?? []) back[damaged.index] = damaged;
	let next = 0;
	for (const doc of read.documents) {
		while (back[next]) next++;
		back[next++] = doc;
	}
	const damaged: BackupCheck['damaged'] = [];
	docs.forEach((doc, index) => {
		const fault = faultOf(doc, back[index]);
		if (fault) damaged.push({ id: doc.journey.id, name: doc.journey.name, fault });
	});
	return { damaged };
}

function faultOf(
	doc: JourneyDocument,
	back: JourneyDocument | DamagedJourney | undefined
): BackupFault | undefined {
	if (!back) return { kind: 'missing' };
	if ('issues' in back) return { kind: 'invalid', issues: back.issues, more: back.more };
	const same =
		back.journey.id === doc.journey.id &&
		collections.every((name) => back[name].length === doc[name].length);
	return same ? undefined : { kind: 'changed' };
}
