/**
 * Marks stamped into a pixel buffer, for charts with thousands of them. Drawing 5,000
 * anti-aliased circles on a canvas took longer than a frame where the canvas is drawn by the
 * CPU (most laptops driving a projector, every headless test), and so did 5,000 drawImage
 * calls; copying one small picture of a mark into a buffer per mark, then putting the buffer
 * on the canvas, takes a few milliseconds (and an edit restamps only where marks moved, see
 * mark-picture.ts).
 *
 * Pixels are 32-bit RGBA as an ImageData holds them (not premultiplied), read through a
 * Uint32Array, whose byte order is the platform's: alpha is the top byte on little-endian
 * machines (every browser's platform in practice), the bottom one otherwise.
 */
export interface Stamp {
	/** Width and height in pixels. */
	size: number;
	pixels: Uint32Array;
}

export interface StampedMark {
	/** Centre in pixels of the buffer. */
	x: number;
	y: number;
	stamp: Stamp;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A region of the buffer in pixels: from left and top, up to (not including) right and bottom. */
export interface PixelRect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Clears `buffer` (width × height pixels) and stamps every mark, later ones over earlier;
 * within `clip` only, when given, which redraws the part of a picture where marks moved.
 */
export function stampMarks(
	buffer: Uint32Array,
	width: number,
	height: number,
	marks: readonly StampedMark[],
	clip: PixelRect = { left: 0, top: 0, right: width, bottom: height }
) {
	const clipLeft = Math.max(0, clip.left);
	const clipTop = Math.max(0, clip.top);
	const clipRight = Math.min(width, clip.right);
	const clipBottom = Math.min(height, clip.bottom);
	if (clipLeft >= clipRight || clipTop >= clipBottom) return;
	if (clipLeft === 0 && clipTop === 0 && clipRight === width && clipBottom === height) {
		buffer.fill(0);
	} else {
		for (let y = clipTop; y < clipBottom; y++) {
			buffer.fill(0, y * width + clipLeft, y * width + clipRight);
		}
	}
	for (const { x, y, stamp } of marks) {
		const { size, pixels } = stamp;
		const left = stampStart(x, size);
		const top = stampStart(y, size);
		const fromX = Math.max(0, clipLeft - left);
		const toX = Math.min(size, clipRight - left);
		const fromY = Math.max(0, clipTop - top);
		const toY = Math.min(size, clipBottom - top);
		for (let sy = fromY; sy < toY; sy++) {
			let to = (top + sy) * width + left + fromX;
			let from = sy * size + fromX;
			for (let sx = fromX; sx < toX; sx++, to++, from++) {
				const source = pixels[from]!;
				const sourceAlpha = alpha(source);
				if (sourceAlpha === 0) continue;
				const below = buffer[to]!;
				// Marks are spread apart: mostly an empty pixel, blended only at touching edges.
				buffer[to] = sourceAlpha === 255 || alpha(below) === 0 ? source : over(source, below);
			}
		}
	}
}

/** The pixels a stamp of `size` centred at `x` (or y) covers start here. */
export function stampStart(centre: number, size: number): number {
	return Math.round(centre - size / 2);
}

function alpha(pixel: number) {
	return littleEndian ? pixel >>> 24 : pixel & 0xff;
}

/** Source over destination, for pixels that are not premultiplied. */
function over(source: number, destination: number): number {
	const s = channels(source);
	const d = channels(destination);
	const sa = s[3] / 255;
	const da = (d[3] / 255) * (1 - sa);
	const a = sa + da;
	const mix = (i: number) => Math.round((s[i]! * sa + d[i]! * da) / a);
	return pack(mix(0), mix(1), mix(2), Math.round(a * 255));
}

function channels(pixel: number): [number, number, number, number] {
	return littleEndian
		? [pixel & 0xff, (pixel >>> 8) & 0xff, (pixel >>> 16) & 0xff, pixel >>> 24]
		: [pixel >>> 24, (pixel >>> 16) & 0xff, (pixel >>> 8) & 0xff, pixel & 0xff];
}

export function pack(r: number, g: number, b: number, a: number): number {
	return littleEndian
		? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0
		: ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}
