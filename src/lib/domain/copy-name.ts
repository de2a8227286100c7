/**
 * The name of a copy ("Airline (copy)"), shortened so it still fits the name's limit: a
 * 200-character name would otherwise make a copy the schema refuses (or, stored unchecked,
 * one that no export could bring back).
 */
import { LIMITS } from './format';

export function nameOfCopy(
	name: string,
	copyOf: (name: string) => string,
	limit: number = LIMITS.name
): string {
	let copy = copyOf(name);
	let base = name;
	while (copy.length > limit && base.length > 0) {
		// Cut the name (never the word saying it is a copy), and say it was cut.
		base = base.slice(0, Math.max(0, base.length - (copy.length - limit) - 1)).trimEnd();
		copy = copyOf(`${base}…`);
	}
	return copy;
}
