/**
 * Exports a chart as a stand-alone SVG or PNG that looks the same pasted into a slide: the
 * chart's computed styles (colours resolved from CSS variables in the current colour scheme,
 * fonts, sizes) are written onto each element of a copy, with a background, since the file
 * will not have the app's stylesheet. XMLSerializer escapes all text.
 */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
] as const;

const SVG = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 36;

export function serializeChart(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const target = copies[i] as SVGElement;
		const computed = getComputedStyle(original);
		target.style.cssText = '';
		for (const p of STYLE_PROPERTIES) {
			const value = computed.getPropertyValue(p);
			if (value && value !== 'none') setStyles(target, { [p]: value });
			else if (p === 'fill') setStyles(target, { fill: 'none' });
		}
		target.removeAttribute('class');
		// Marks are placed by a CSS transform (it animates); other programs read the attribute.
		const transform = computed.getPropertyValue('transform');
		if (transform && transform !== 'none') target.setAttribute('transform', transform);
	});
	const { width, height: chartHeight } = svg.getBoundingClientRect();
	// The chart's title heads the file, so a pasted picture says what it shows.
	const chart = document.createElementNS(SVG, 'g');
	chart.setAttribute('transform', `translate(0, ${TITLE_HEIGHT})`);
	for (const child of [...copy.childNodes]) {
		if (!(child instanceof Element && ['title', 'desc'].includes(child.localName))) {
			chart.appendChild(child);
		}
	}
	copy.appendChild(chart);
	const heading = document.createElementNS(SVG, 'text');
	heading.textContent = svg.querySelector('title')?.textContent ?? '';
	heading.setAttribute('x', '8');
	heading.setAttribute('y', '22');
	setStyles(heading, {
		fill: getComputedStyle(svg).color,
		'font-family': getComputedStyle(svg).fontFamily,
		'font-size': '18px',
		'font-weight': '700'
	});
	const height = chartHeight + TITLE_HEIGHT;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
	const background = document.createElementNS(SVG, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	setStyles(background, { fill: backgroundOf(svg) });
	copy.insertBefore(heading, chart);
	copy.insertBefore(background, heading);
	// Thousands of marks are drawn on a canvas beside the SVG; the file carries them as a picture.
	const canvas = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas[data-chart-marks]');
	if (canvas) {
		const picture = document.createElementNS(SVG, 'image');
		picture.setAttribute('href', canvas.toDataURL('image/png'));
		picture.setAttribute('width', String(Math.round(width)));
		picture.setAttribute('height', String(Math.round(chartHeight)));
		chart.appendChild(picture);
	}
	return new XMLSerializer().serializeToString(copy);
}

/**
 * Styles go through the CSS object model, never `setAttribute('style', …)`: the
 * Content-Security-Policy refuses inline style attributes, not CSSOM writes. The file still
 * carries them as `style` attributes when serialized.
 */
function setStyles(element: SVGElement, styles: Record<string, string>) {
	for (const [property, value] of Object.entries(styles))
		element.style.setProperty(property, value);
}

function backgroundOf(element: Element): string {
	for (let e: Element | null = element; e; e = e.parentElement) {
		const colour = getComputedStyle(e).backgroundColor;
		if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
	}
	return '#ffffff';
}

function download(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportSvg(svg: SVGSVGElement, filename: string) {
	download(new Blob([serializeChart(svg)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** At twice the screen's pixels, so the picture stays sharp on a projector or a slide. */
export async function exportPng(svg: SVGSVGElement, filename: string, scale = 2) {
	const markup = serializeChart(svg);
	const { width } = svg.getBoundingClientRect();
	const height = svg.getBoundingClientRect().height + TITLE_HEIGHT;
	const image = new Image();
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('canvas unavailable');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
		if (!blob) throw new Error('PNG encoding failed');
		download(blob, `${filename}.png`);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A file name from a chart and journey name: letters, digits and dashes only. */
export function exportFilename(...parts: string[]): string {
	return (
		parts
			.join('-')
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'chart'
	);
}
