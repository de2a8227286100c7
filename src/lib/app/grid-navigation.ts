/**
 * Where the keyboard goes in the rating grid (the ARIA grid pattern, with one addition for
 * speed of entry: Tab and Shift+Tab step through the cells that take a rating, row after
 * row, and leave the grid at either end).
 */
export interface GridShape {
	rows: number;
	columns: number;
	/** Whether a cell takes a rating (Tab stops there). */
	editable: (column: number) => boolean;
}

export interface Cell {
	row: number;
	column: number;
}

const PAGE = 10;

/** The cell a key moves to, `null` to let the key through (Tab out of the grid), undefined when the key is not a move. */
export function moveInGrid(
	shape: GridShape,
	from: Cell,
	key: string,
	modifiers: { shift?: boolean; ctrl?: boolean } = {}
): Cell | null | undefined {
	const lastRow = shape.rows - 1;
	const lastColumn = shape.columns - 1;
	const at = (row: number, column: number) => ({
		row: Math.max(0, Math.min(lastRow, row)),
		column: Math.max(0, Math.min(lastColumn, column))
	});
	switch (key) {
		case 'ArrowLeft':
			return at(from.row, from.column - 1);
		case 'ArrowRight':
			return at(from.row, from.column + 1);
		case 'ArrowUp':
			return at(from.row - 1, from.column);
		// Enter goes down, as in a spreadsheet: one person's ratings down a column.
		case 'Enter':
		case 'ArrowDown':
			return at(from.row + 1, from.column);
		case 'PageUp':
			return at(from.row - PAGE, from.column);
		case 'PageDown':
			return at(from.row + PAGE, from.column);
		case 'Home':
			return modifiers.ctrl ? at(0, 0) : at(from.row, 0);
		case 'End':
			return modifiers.ctrl ? at(lastRow, lastColumn) : at(from.row, lastColumn);
		case 'Tab':
			return nextEditable(shape, from, modifiers.shift ? -1 : 1);
		default:
			return undefined;
	}
}

function nextEditable(shape: GridShape, from: Cell, step: 1 | -1): Cell | null {
	let index = from.row * shape.columns + from.column;
	const end = shape.rows * shape.columns;
	for (index += step; index >= 0 && index < end; index += step) {
		const column = index % shape.columns;
		if (shape.editable(column)) return { row: Math.floor(index / shape.columns), column };
	}
	return null;
}

/**
 * The rows to draw in a scrolled grid of equal-height rows: those in view plus `overscan`
 * either side, so a map of thousands of frustrations draws a screenful, not all of them.
 */
export function visibleRows(
	scrollTop: number,
	viewportHeight: number,
	rowHeight: number,
	count: number,
	overscan = 8
): { start: number; end: number } {
	const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
	const inView = Math.ceil(viewportHeight / rowHeight) + 1;
	const start = Math.max(0, Math.min(first - overscan, count - inView - overscan));
	return { start, end: Math.min(count, first + inView + overscan) };
}
