/**
 * A template in one language (a Vite plugin). Templates carry their text in every language,
 * `{ en: '…', id: '…' }`, and a map is created from one in a single language. Imported with
 * `?locale=en` (or `id`), a template module keeps only that language's text: the first visit,
 * which creates the example map, downloads half the words. The module's own relative imports
 * get the same query.
 */

const QUERY = /\?locale=(en|id)$/;
const TEMPLATES = /\/src\/lib\/domain\/templates\/[^/?]+\.ts\?locale=(en|id)$/;
const LANGUAGES = ['en', 'id'];
const SHARED = new Set(['./types']);

/** @param {any} node */
function keyName(node) {
	if (node.type !== 'Property' || node.computed || node.kind !== 'init') return undefined;
	if (node.key.type === 'Identifier') return node.key.name;
	if (node.key.type === 'Literal' && typeof node.key.value === 'string') return node.key.value;
	return undefined;
}

/** Every node of `ast`, depth first. @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
	if (!node || typeof node.type !== 'string') return;
	visit(node);
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
		else if (value && typeof value === 'object' && typeof value.type === 'string')
			walk(value, visit);
	}
}

/** @returns {import('vite').Plugin} */
export function templateLanguage() {
	return {
		name: 'touchpoint-template-language',
		enforce: 'post',
		transform(code, id) {
			const match = TEMPLATES.exec(id);
			if (!match) return;
			const language = match[1];
			/** @type {{ start: number, end: number, text: string }[]} */
			const edits = [];
			walk(this.parse(code), (node) => {
				if (node.type === 'ObjectExpression') {
					const keys = node.properties.map(keyName);
					if (keys.length !== LANGUAGES.length || !LANGUAGES.every((l) => keys.includes(l))) return;
					const kept = node.properties[keys.indexOf(language)];
					edits.push({
						start: node.start,
						end: node.end,
						text: `{ ${language}: ${code.slice(kept.value.start, kept.value.end)} }`
					});
				}
				const source =
					node.type === 'ImportDeclaration' ||
					node.type === 'ExportNamedDeclaration' ||
					node.type === 'ExportAllDeclaration' ||
					node.type === 'ImportExpression'
						? node.source
						: undefined;
				if (
					source?.type === 'Literal' &&
					typeof source.value === 'string' &&
					source.value.startsWith('./') &&
					!SHARED.has(source.value.replace(/\.(ts|js)$/, '')) &&
					!QUERY.test(source.value)
				) {
					edits.push({
						start: source.start,
						end: source.end,
						text: JSON.stringify(`${source.value}?locale=${language}`)
					});
				}
			});
			// No edit holds another (a language's text is a string); the last first, so the
			// offsets of the ones before still hold.
			edits.sort((a, b) => b.start - a.start);
			let result = code;
			for (const edit of edits) {
				result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
			}
			return { code: result, map: null };
		}
	};
}
