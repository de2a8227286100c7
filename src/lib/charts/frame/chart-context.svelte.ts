/**
 * The chart kit's wiring, in the way of Layer Cake: the frame (ChartFrame) measures the width
 * it has and publishes it with the chart's id; the chart says how tall it is and how much room
 * its axes and legend take around the plot (`provideChart`); its drawing components (ChartSvg,
 * MarkCanvas, MarkTargets, WideScroll, PlotAxes) read the result from context instead of
 * having `id`, `width` and `height` passed on by hand.
 */
import { createContext } from 'svelte';

/** The plot's edges inside the drawing, in its pixels. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** What the frame knows before its chart draws: the chart's id and the width it measured. */
export interface FrameContext {
	readonly id: string;
	readonly width: number;
	/** An export is copying the drawing: everything is drawn, not only what is in view. */
	readonly exporting: boolean;
}

/** How a chart sizes itself for the width its frame measured. */
export interface ChartSize {
	/** Room around the plot for axes, labels and the legend, as Layer Cake's padding. */
	padding: Box;
	/** The drawing's height; or, for a chart as long as its rows, the plot's own height. */
	height?: number;
	plotHeight?: number;
	/** A drawing wider than the frame scrolls sideways in it (see WideScroll). */
	width?: number;
}

export interface ChartContext {
	readonly id: string;
	/** The drawing's width: the frame's, or more for a chart that scrolls sideways. */
	readonly width: number;
	/** The width the frame measured, which a wide chart's drawing scrolls in. */
	readonly frameWidth: number;
	readonly height: number;
	readonly box: Box;
	/** See FrameContext. */
	readonly exporting: boolean;
}

const [getFrameContext, setFrameContext] = createContext<FrameContext>();
const [getChartContext, setChartContext] = createContext<ChartContext>();
export { getChartContext, setFrameContext };

const sameBox = (a: Box, b: Box) =>
	a.left === b.left && a.right === b.right && a.top === b.top && a.bottom === b.bottom;

/**
 * Sizes a chart inside its frame and publishes the result to its drawing components. `size`
 * runs again when the frame's width or what it reads changes; the box keeps its object while
 * its edges stay put, so scales and marks made from it (5,000 of them in the priority
 * matrix) are not made again for nothing. `size` must not read what it sizes (the context's
 * `width`, `height` or `box`): what it needs of the width it reads from `frameWidth`.
 */
export function provideChart(size: (frameWidth: number) => ChartSize): ChartContext {
	const frame = getFrameContext();
	const sized = $derived(size(frame.width));
	const width = $derived(sized.width ?? frame.width);
	const height = $derived(
		sized.height ?? sized.padding.top + (sized.plotHeight ?? 0) + sized.padding.bottom
	);
	let kept: Box | undefined;
	const box = $derived.by(() => {
		const { padding } = sized;
		const next = {
			left: padding.left,
			right: width - padding.right,
			top: padding.top,
			bottom: height - padding.bottom
		};
		if (!kept || !sameBox(kept, next)) kept = next;
		return kept;
	});
	return setChartContext({
		get id() {
			return frame.id;
		},
		get width() {
			return width;
		},
		get frameWidth() {
			return frame.width;
		},
		get height() {
			return height;
		},
		get box() {
			return box;
		},
		get exporting() {
			return frame.exporting;
		}
	});
}
