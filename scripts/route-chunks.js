/**
 * Fewer, larger chunks for the first screens (a Vite plugin). Left to itself the bundler cuts
 * the code shared by the app's many routes into dozens of chunks of a few hundred bytes, and a
 * cold start on a journey's address fetched 44 files in a chain: on HTTP/1.1 (a static host,
 * `npm start` on a laptop) a browser fetches six at a time, so each six cost a round trip.
 *
 * So the code a journey's map needs at once goes into a few chunks: `shared`, what the journey
 * list needs at once too (loaded on every first visit); one chunk for each thing the list
 * loads later that the map needs at once (the example map's creation on a first visit, the
 * journeys' door when a map is made), so the list loads no more with it than before; and
 * `map`, the rest. A group takes in what its modules import, so each holds whole import
 * closures, and the smallest go first. What loads later on the map (charts, live sessions,
 * other views) is chunked as the bundler likes.
 */

const ROUTES = 'src/routes/';
const ROOT = ['+layout.svelte', '+layout.ts', '+error.svelte'].map((f) => ROUTES + f);
const LIST = [...ROOT, ROUTES + '+page.svelte'];
const MAP = [
	...ROOT,
	...['+layout.svelte', '+layout.ts', '+page.svelte'].map((f) => ROUTES + 'journeys/[id]/' + f)
];

/** V8's hint that every function of a file is called as it loads (Chromium 136 and later). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Room for this many things the list loads later; any more are left to the bundler. */
const LATER_SLOTS = 12;

/** @returns {import('vite').Plugin} */
export function routeChunks() {
	// Filled once the module graph is known; the bundler reads the groups before that.
	let shared = new Set();
	/** @type {Set<string>[]} */
	let later = [];
	let map = new Set();
	const groups = [
		{
			name: 'shared',
			test: (/** @type {string} */ id) => shared.has(id),
			priority: LATER_SLOTS + 1
		},
		...Array.from({ length: LATER_SLOTS }, (_, slot) => ({
			name: 'list-later',
			test: (/** @type {string} */ id) => later[slot]?.has(id) ?? false,
			priority: LATER_SLOTS - slot
		})),
		{ name: 'map', test: (/** @type {string} */ id) => map.has(id), priority: 0 }
	];
	return {
		name: 'touchpoint-route-chunks',
		apply: 'build',
		buildEnd() {
			const ids = [...this.getModuleIds()];
			const info = (/** @type {string} */ id) => this.getModuleInfo(id);
			/** The modules `roots` import, statically, and with `lazy` through import() too. */
			const closure = (/** @type {string[]} */ roots, lazy = false) => {
				const seen = new Set();
				const stack = [...roots];
				while (stack.length > 0) {
					const id = /** @type {string} */ (stack.pop());
					if (seen.has(id)) continue;
					seen.add(id);
					stack.push(...(info(id)?.importedIds ?? []));
					if (lazy) stack.push(...(info(id)?.dynamicallyImportedIds ?? []));
				}
				return seen;
			};
			const routes = (/** @type {string[]} */ files) =>
				ids.filter((id) => files.some((f) => id.endsWith(f)));
			const opened = closure(routes(MAP));
			const list = closure(routes(LIST));
			shared = new Set([...opened].filter((id) => list.has(id)));
			const taken = new Set(shared);
			// Each thing the list loads later, smallest first, with what of the map it holds.
			const roots = [...closure(routes(LIST), true)].filter((id) =>
				info(id)?.dynamicImporters.some((by) => !by.includes('node_modules'))
			);
			later = [];
			for (const modules of roots
				.map((root) => [...closure([root])].filter((id) => opened.has(id)))
				.sort((a, b) => a.length - b.length)) {
				const own = new Set(modules.filter((id) => !taken.has(id)));
				if (own.size === 0 || later.length === LATER_SLOTS) continue;
				own.forEach((id) => taken.add(id));
				later.push(own);
			}
			map = new Set([...opened].filter((id) => !taken.has(id)));
		},
		// Nearly every function of these runs as the map opens: V8 compiles them while they
		// download, on another thread, rather than one by one on first call, on the page's own.
		// (Added once minified: the minifier drops comments.)
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (this.environment?.name !== 'client') return;
				for (const output of Object.values(bundle)) {
					if (output.type !== 'chunk' || !['shared', 'map'].includes(output.name)) continue;
					output.code = `${COMPILE_HINT}\n${output.code}`;
					// The source map (already written as its own file) moves down a line with it.
					const map = bundle[`${output.fileName}.map`];
					if (map?.type === 'asset' && typeof map.source === 'string') {
						const json = JSON.parse(map.source);
						map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
					}
				}
			}
		},
		outputOptions(options) {
			if (this.environment?.name !== 'client') return options;
			return { ...options, codeSplitting: { groups } };
		}
	};
}
