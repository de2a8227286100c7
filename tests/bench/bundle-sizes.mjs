// What the built app asks a browser to download: JavaScript, raw and gzip-compressed (as a
// static host would serve it), for the first page and for every page together.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function size(files) {
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(file);
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { raw, gzip };
}

function javaScriptIn(folder) {
	return readdirSync(folder, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.js'))
		.map((name) => join(folder, name));
}

/** `firstPagePaths`: the URL paths of the scripts the browser loaded for the first page. */
export function bundleSizes(buildFolder, firstPagePaths) {
	return {
		firstPage: size(firstPagePaths.map((path) => join(buildFolder, path))),
		all: size(javaScriptIn(join(buildFolder, '_app')))
	};
}
