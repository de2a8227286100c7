/**
 * Fewer, larger chunks for the first screens (a Vite plugin). Left to itself the bundler cuts
 * the code shared by the app's many routes into dozens of chunks of a few hundred bytes, and a
 * cold start on a journey's address fetched 44 files in a chain: on HTTP/1.1 (a static host,
 * `npm start` on a laptop) a browser fetches six at a time, so each six cost a round trip.
 *
 * So the code a journey's map needs at once goes into a few chunks: `shared`, what the journey
 * list needs at once too (loaded on every first visit); a chunk for each thing a first visit's
 * start loads later (the example map's creation), so a first visit loads no more than it needs;
 * one chunk, `list-later`, for everything else the list loads later that the map needs at once
 * (the journeys' door, files, the schema), which the list loads whole the first time it needs
 * any of it; and `map`, the rest. Each of those files is one more request before a cold start
 * can draw, and a browser makes six at a time on HTTP/1.1. A group takes in what its modules
 * import, so each holds whole import closures. What loads later on the map (charts, live
 * sessions, other views) is chunked as the bundler likes.
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

/** The start, whose later loads a first visit makes (src/lib/app/startup.ts). */
const FIRST_VISIT = 'src/lib/app/startup.ts';

/** Room for this many things a first visit loads later; any more go into `list-later`. */
const FIRST_VISIT_SLOTS = 4;

/** @returns {import('vite').Plugin} */
export function routeChunks() {
	// Filled once the module graph is known; the bundler reads the groups before that.
	let shared = new Set();
	/** @type {Set<string>[]} */
	let firstVisit = [];
	let later = new Set();
	let map = new Set();
	const groups = [
		{
			name: 'shared',
			test: (/** @type {string} */ id) => shared.has(id),
			priority: FIRST_VISIT_SLOTS + 2
		},
		...Array.from({ length: FIRST_VISIT_SLOTS }, (_, slot) => ({
			name: 'first-visit-later',
			test: (/** @type {string} */ id) => firstVisit[slot]?.has(id) ?? false,
			priority: FIRST_VISIT_SLOTS + 1 - slot
		})),
		{ name: 'list-later', test: (/** @type {string} */ id) => later.has(id), priority: 1 },
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
			// Each thing the list loads later (through import()).
			const roots = [...closure(routes(LIST), true)].filter((id) =>
				info(id)?.dynamicImporters.some((by) => !by.includes('node_modules'))
			);
			// What the start may load, however deep, when it makes the example on a first visit.
			const started = closure(routes([FIRST_VISIT]), true);
			const startsFirstVisit = (/** @type {string} */ root) => started.has(root);
			firstVisit = [];
			later = new Set();
			// A first visit's own loads first, smallest first, each with what of the map it holds.
			for (const [root, modules] of roots
				.map(
					(root) =>
						/** @type {const} */ ([root, [...closure([root])].filter((id) => opened.has(id))])
				)
				.sort(([a, one], [b, other]) =>
					startsFirstVisit(a) === startsFirstVisit(b)
						? one.length - other.length
						: startsFirstVisit(a)
							? -1
							: 1
				)) {
				const own = modules.filter((id) => !taken.has(id));
				own.forEach((id) => taken.add(id));
				if (own.length === 0) continue;
				if (!startsFirstVisit(root)) own.forEach((id) => later.add(id));
				else if (firstVisit.length < FIRST_VISIT_SLOTS) firstVisit.push(new Set(own));
				// In `list-later`, a first visit would download all the rest with it.
				else throw new Error(`route-chunks: no chunk left for ${root}; raise FIRST_VISIT_SLOTS`);
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
