/**
 * How names travel through a Mermaid `journey` diagram. Mermaid's journey lexer reads `:`
 * (between a task, its score and its actors), `#` (a comment to the end of the line), `;`
 * (refused), `,` (between actors), `%%` (a comment, or a `%%{…}%%` directive anywhere) and a
 * line break as structure, and a task line that starts with `journey`, `title `, `section `,
 * `accTitle:` or `accDescr` as a keyword. A name must never be read as any of these, so on
 * the way out each of those characters becomes its full-width form (：＃；，％), which Mermaid
 * shows as the same sign, and a task named like a keyword starts with an invisible word
 * joiner. `<` and `>` become ＜ ＞ too: Mermaid takes `<br>` in a name for a line break and
 * strips what looks like HTML from titles, and the session report promises Markdown without a
 * raw `<`. On the way in the same forms turn back, so a map goes out and comes back unchanged.
 */

/** U+2060: invisible, not whitespace to Mermaid, so a keyword is not at the task's start. */
export const WORD_JOINER = '\u2060';

const FULL_WIDTH: Record<string, string> = {
	':': '\uff1a',
	'#': '\uff03',
	';': '\uff1b',
	',': '\uff0c',
	'%': '\uff05',
	'<': '\uff1c',
	'>': '\uff1e'
};
const HALF_WIDTH = Object.fromEntries(Object.entries(FULL_WIDTH).map(([a, b]) => [b, a]));

/** Where a name stands in the diagram decides which characters are structure there. */
export type Slot = 'title' | 'description' | 'section' | 'task' | 'actor';

const STRUCTURE: Record<Slot, RegExp> = {
	// A title may hold `:`; Mermaid ends it at `#` or `;`.
	title: /[#;<>]/g,
	// accDescr takes the rest of its line, but Mermaid reads `#…;` there as a character code.
	description: /[#;<>]/g,
	section: /[:#;<>]/g,
	task: /[:#;<>]/g,
	actor: /[:#;,<>]/g
};

/**
 * A task line Mermaid's lexer would take for a keyword (its rules are case-insensitive). A bare
 * `accTitle` or `accDescr` counts: the `:` before the score follows it.
 */
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle\s*(?::|$)|accdescr\s*(?:[:{]|$))/i;

export function escapeName(name: string, slot: Slot): string {
	const escaped = name
		.replace(/\s+/g, ' ')
		.trim()
		.replace(STRUCTURE[slot], (c) => FULL_WIDTH[c]!)
		// `%` opens a comment where a token starts and `%%` anywhere (a directive, a comment).
		.replace(/^%|%(?=%)/g, FULL_WIDTH['%']!);
	return slot === 'task' && KEYWORD_START.test(escaped) ? WORD_JOINER + escaped : escaped;
}

/** A name as read from a diagram: the escapes undone, the spacing tidied. */
export function unescapeName(text: string): string {
	return text
		.replaceAll(WORD_JOINER, '')
		.replace(/[\uff1a\uff03\uff1b\uff0c\uff05\uff1c\uff1e]/g, (c) => HALF_WIDTH[c]!)
		.replace(/\s+/g, ' ')
		.trim();
}
