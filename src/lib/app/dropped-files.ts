/**
 * Files dropped on a journey page, carried to the home page, where imports happen (its
 * report, choices and Undo import live there).
 */
let pending: File[] = [];

export function handOver(files: File[]) {
	pending = files;
}

export function takeDroppedFiles(): File[] {
	const files = pending;
	pending = [];
	return files;
}
