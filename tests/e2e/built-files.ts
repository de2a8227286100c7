/** The app's built files, for a test that holds back or refuses one of them by its address. */
import { readFile } from 'node:fs/promises';

/** The built file (`_app/immutable/…`) of a source file, from the build's manifest. */
export async function builtFile(source: string): Promise<string> {
	const manifest = JSON.parse(
		await readFile(
			new URL('../../.svelte-kit/output/client/.vite/manifest.json', import.meta.url),
			'utf8'
		)
	) as Record<string, { file: string }>;
	const built = manifest[source];
	if (!built) throw new Error(`No built file of ${source} in the build's manifest`);
	return built.file;
}
