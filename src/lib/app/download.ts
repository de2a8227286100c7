/**
 * Hands a file to the browser to download. On its own so pages that only save a file (the
 * storage failure page's raw backup) do not load the exporters and the schema with it.
 */
export function download(name: string, content: BlobPart, type: string) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL by now; a moment later it can go.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
