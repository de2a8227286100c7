import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * SvelteKit's own screen-reader announcer carries a style attribute (sveltejs/kit#11993), which
 * a strict `style-src` refuses. Rather than allow every inline style, the policy allows that one
 * attribute value by its hash, read from the installed SvelteKit so an upgrade cannot silently
 * break it; once SvelteKit drops the attribute, no exception is added at all.
 */
function announcerStyleHashes() {
	const kit = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	const root = readFileSync(new URL('src/core/sync/write_root.js', `file://${kit}`), 'utf8');
	const style = root.match(/id="svelte-announcer"[^>]*\sstyle="([^"]*)"/)?.[1];
	return style ? [`sha256-${createHash('sha256').update(style).digest('base64')}`] : [];
}
const announcerStyles = announcerStyleHashes();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; libraries keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// A single-page app: every route falls back to index.html, so deep links work
		// from any static host and nothing is rendered on a server.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// src/lib/app/app-update.svelte.ts registers it, so a new version waits for the user.
		serviceWorker: { register: false },
		// A strict policy, written into the page as a <meta http-equiv> (a static host sends no
		// headers of ours): scripts and styles only from this origin, plus the hashes SvelteKit
		// adds for its own inline start-up script; no eval, no inline style attributes, no
		// third-party origins. Chart PNG export draws the SVG through a blob: image, and the
		// canvas-drawn marks travel in the SVG as a data: image. `frame-ancestors` and
		// `report-uri` are ignored in a meta tag, so they are not set.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				...(announcerStyles.length > 0 && {
					'style-src-attr': ['unsafe-hashes', ...announcerStyles]
				}),
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
