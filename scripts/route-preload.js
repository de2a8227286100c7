/**
 * A route's scripts fetched with the app's own, not after them (a Vite plugin). The app is a
 * single-page app: every address gets the same index.html, which names only the scripts every
 * page needs. SvelteKit asks for a route's code once those have run (on this machine 100 ms
 * after they arrive), so a cold start on a journey's address waited for one more round trip
 * after that: a chain a real network makes longer.
 *
 * So the build writes a small script into index.html (where src/app.html names
 * `_app/route-preload.js`): it matches the address against the app's pages and asks for that
 * page's scripts and styles at once, as `modulepreload` and `preload` links. It is written into
 * the page rather than fetched beside it, as it first was, because fetching it cost a round trip
 * of its own before the route's requests could start; the page's Content-Security-Policy gets
 * its hash. When it is missing (the dev server), SvelteKit loads the same files as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILE = '_app/route-preload.js';
const ROUTES = '/src/routes/';

/** A route folder (`journeys/[id]`) as a pattern for the address's path. */
function pathPattern(/** @type {string} */ folder) {
	const parts = folder
		.split('/')
		.filter((part) => part && !/^\(.*\)$/.test(part))
		.map((part) =>
			/^\[\.\.\..+\]$/.test(part)
				? '.*'
				: part.replace(/[.+?^${}()|]/g, '\\$&').replace(/\[[^\]]+\]/g, '[^/]+')
		);
	return `^/${parts.join('/')}${parts.length > 0 ? '/?' : ''}$`;
}

/**
 * The script's own address, as it reads it when fetched (`vite preview` still serves it so, from
 * SvelteKit's output); written into the page, it is the address the page named it by instead.
 */
const HERE = '/* route-preload: here */ document.currentScript && document.currentScript.src';

/**
 * The page with the route-preload script written into it in place of its `<script src>`, and
 * the script's hash added to the policy's `script-src`; the page unchanged when it names no such
 * script (already done). The script resolves the route's files against the address it was named
 * by, as it did when fetched from there. It goes before the page's first stylesheet: a script
 * after one waits until that stylesheet has arrived before it runs.
 * @param {string} html the built page
 * @param {string} source the script, as generateBundle wrote it
 */
export function inlineRoutePreload(html, source) {
	const tag = /[ \t]*<script src="([^"]*_app\/route-preload\.js)"><\/script>\n?/.exec(html);
	if (!tag) return html;
	const script = source.replace(
		HERE,
		() => `new URL(${JSON.stringify(tag[1])}, location.href).href`
	);
	const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
	const policy = /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/;
	if (!policy.test(html)) throw new Error('route-preload: the page has no script-src to extend');
	const hashed = html.replace(policy, `$1 ${hash}`);
	const element = `\t\t<script>${script}</script>\n`;
	const page = hashed.replace(tag[0], '');
	// Never above the policy (it would run outside it) or the app's own preloads (its requests
	// would go first).
	const from = Math.max(
		...[
			...page.matchAll(
				/<meta http-equiv="content-security-policy"[^>]*>|<link [^>]*rel="modulepreload"[^>]*>/g
			)
		].map((match) => match.index + match[0].length)
	);
	const stylesheet = /[ \t]*<link [^>]*rel="stylesheet"/;
	if (stylesheet.test(page.slice(0, from)))
		throw new Error("route-preload: a stylesheet comes before the page's policy or preloads");
	const at = page.slice(from).search(stylesheet);
	if (at === -1) return hashed.replace(tag[0], () => element);
	return `${page.slice(0, from + at)}${element}${page.slice(from + at)}`;
}

/**
 * @param {{ page: string }} options the built page to write the script into (the adapter's
 *   fallback page: every address of the app gets it)
 * @returns {import('vite').Plugin}
 */
export function routePreload({ page }) {
	const carrier = join(dirname(page), FILE);
	return {
		name: 'touchpoint-route-preload',
		// A blank one while developing: the dev server has no bundle to point at.
		configureServer(server) {
			server.middlewares.use(`/${FILE}`, (_request, response) => {
				response.setHeader('content-type', 'text/javascript');
				response.end('');
			});
		},
		generateBundle(_options, bundle) {
			if (this.environment?.name !== 'client') return;
			const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
			const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
			/** A chunk and every chunk it imports statically, with their styles. */
			const closure = (/** @type {string[]} */ roots) => {
				const seen = new Set();
				const stack = [...roots];
				while (stack.length > 0) {
					const name = /** @type {string} */ (stack.pop());
					if (seen.has(name)) continue;
					seen.add(name);
					stack.push(...(byName.get(name)?.imports ?? []));
				}
				const css = [...seen].flatMap((name) => [
					...(byName.get(name)?.viteMetadata?.importedCss ?? [])
				]);
				return { scripts: seen, styles: new Set(css) };
			};
			// What index.html already asks for: SvelteKit's two entry scripts and their imports.
			const entries = closure(
				chunks.filter((chunk) => chunk.fileName.includes('/entry/')).map((c) => c.fileName)
			);
			// SvelteKit's node files, each the page or layout of one route folder.
			/** @type {Map<string, {page?: string, layout?: string, error?: string}>} */
			const folders = new Map();
			for (const chunk of chunks) {
				if (!/generated\/client-optimized\/nodes\/\d+\.js$/.test(chunk.facadeModuleId ?? ''))
					continue;
				const imported = this.getModuleInfo(
					/** @type {string} */ (chunk.facadeModuleId)
				)?.importedIds;
				for (const id of imported ?? []) {
					const match = /\/src\/routes\/(.*?)\/?\+(page|layout|error)\.(svelte|ts|js)$/.exec(
						id.slice(id.indexOf(ROUTES))
					);
					if (!match) continue;
					const [, name = '', kind = ''] = match;
					const folder = folders.get(name) ?? {};
					folder[/** @type {'page' | 'layout' | 'error'} */ (kind)] = chunk.fileName;
					folders.set(name, folder);
				}
			}
			const rootError = folders.get('')?.error;
			// index.html names the root layout's script too.
			const rootLayout = folders.get('')?.layout;
			if (rootLayout) {
				const root = closure([rootLayout]);
				root.scripts.forEach((s) => entries.scripts.add(s));
				root.styles.forEach((s) => entries.styles.add(s));
			}
			const routes = [...folders]
				.filter(([, nodes]) => nodes.page)
				.map(([folder, nodes]) => {
					const ancestors = [...folders].filter(
						([other]) => other === '' || folder === other || folder.startsWith(`${other}/`)
					);
					const roots = [
						/** @type {string} */ (nodes.page),
						...ancestors.flatMap(([, n]) =>
							n.layout && n.layout !== rootLayout ? [n.layout] : []
						),
						...(rootError ? [rootError] : [])
					];
					const { scripts, styles } = closure(roots);
					return {
						pattern: pathPattern(folder),
						files: [
							...[...scripts].filter((name) => !entries.scripts.has(name)),
							...[...styles].filter((name) => !entries.styles.has(name))
						]
					};
				});
			// Each file named once (routes share most of theirs), relative to this script's own
			// address; the page's path read from the app's base (the folder above `_app/`), so a
			// base path needs nothing more.
			const files = [...new Set(routes.flatMap((route) => route.files))];
			const table = routes.map((route) => [
				route.pattern,
				route.files.map((name) => files.indexOf(name))
			]);
			const source = `// Written by scripts/route-preload.js at build time.
(() => {
	const here = ${HERE};
	if (!here) return;
	const base = new URL('..', here).pathname.replace(/[/]$/, '');
	const path = location.pathname.slice(base.length) || '/';
	const files = ${JSON.stringify(files.map((name) => name.slice('_app/'.length)))};
	for (const [pattern, used] of ${JSON.stringify(table)}) {
		if (!new RegExp(pattern).test(path)) continue;
		for (const file of used.map((i) => files[i])) {
			const link = document.createElement('link');
			const style = file.endsWith('.css');
			link.rel = style ? 'preload' : 'modulepreload';
			if (style) {
				link.as = 'style';
				// As Vite's loader asks for it later, or the browser fetches it a second time.
				link.crossOrigin = '';
			}
			link.href = new URL(file, here).href;
			document.head.append(link);
		}
		return;
	}
})();
`;
			// Carried to closeBundle in the client's output: the adapter copies it beside the page.
			this.emitFile({ type: 'asset', fileName: FILE, source });
		},
		// After the adapter has written the page (SvelteKit runs it in its own closeBundle). It
		// also runs at the end of the client's and the service worker's builds, before the adapter
		// has copied the carrier beside the page: then there is none there yet, and it waits.
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				if (!existsSync(page) || !existsSync(carrier)) return;
				const source = readFileSync(carrier, 'utf8');
				writeFileSync(page, inlineRoutePreload(readFileSync(page, 'utf8'), source));
				rmSync(carrier);
			}
		}
	};
}
