import { describe, expect, it } from 'vitest';
import { moveInGrid, visibleRows, type GridShape } from '$lib/app/grid-navigation';
import { formatCountdown } from '$lib/app/workshop-session';

// Three frustrations; a row header, two participants' two measures, two means and a priority.
const shape: GridShape = { rows: 3, columns: 8, editable: (c) => c >= 1 && c <= 4 };

describe('moving in the rating grid', () => {
	it('follows the arrow keys and stops at the edges', () => {
		expect(moveInGrid(shape, { row: 1, column: 2 }, 'ArrowRight')).toEqual({ row: 1, column: 3 });
		expect(moveInGrid(shape, { row: 1, column: 2 }, 'ArrowUp')).toEqual({ row: 0, column: 2 });
		expect(moveInGrid(shape, { row: 0, column: 0 }, 'ArrowLeft')).toEqual({ row: 0, column: 0 });
		expect(moveInGrid(shape, { row: 2, column: 7 }, 'ArrowDown')).toEqual({ row: 2, column: 7 });
	});

	it('goes to the row’s ends with Home and End, and the grid’s with Ctrl', () => {
		expect(moveInGrid(shape, { row: 1, column: 3 }, 'Home')).toEqual({ row: 1, column: 0 });
		expect(moveInGrid(shape, { row: 1, column: 3 }, 'End')).toEqual({ row: 1, column: 7 });
		expect(moveInGrid(shape, { row: 1, column: 3 }, 'End', { ctrl: true })).toEqual({
			row: 2,
			column: 7
		});
	});

	it('steps through the rating cells with Tab, row after row, and lets Tab out at the ends', () => {
		expect(moveInGrid(shape, { row: 0, column: 4 }, 'Tab')).toEqual({ row: 1, column: 1 });
		expect(moveInGrid(shape, { row: 1, column: 1 }, 'Tab', { shift: true })).toEqual({
			row: 0,
			column: 4
		});
		expect(moveInGrid(shape, { row: 0, column: 6 }, 'Tab')).toEqual({ row: 1, column: 1 });
		expect(moveInGrid(shape, { row: 2, column: 4 }, 'Tab')).toBeNull();
		expect(moveInGrid(shape, { row: 0, column: 1 }, 'Tab', { shift: true })).toBeNull();
	});

	it('goes down a column with Enter, as a spreadsheet does, and stays on the last row', () => {
		expect(moveInGrid(shape, { row: 0, column: 3 }, 'Enter')).toEqual({ row: 1, column: 3 });
		expect(moveInGrid(shape, { row: 2, column: 3 }, 'Enter')).toEqual({ row: 2, column: 3 });
	});

	it('ignores keys that do not move', () => {
		expect(moveInGrid(shape, { row: 0, column: 1 }, '4')).toBeUndefined();
	});
});

describe('the rows drawn of a long grid', () => {
	it('are those in view and a few either side', () => {
		// 80 px rows, 800 px of view scrolled to row 100: rows 100..110 show.
		expect(visibleRows(8000, 800, 80, 300, 5)).toEqual({ start: 95, end: 116 });
	});

	it('start at the top and stop at the bottom', () => {
		expect(visibleRows(0, 800, 80, 300, 5)).toEqual({ start: 0, end: 16 });
		expect(visibleRows(80 * 295, 800, 80, 300, 5)).toEqual({ start: 284, end: 300 });
	});

	it('are all of a short grid', () => {
		expect(visibleRows(0, 800, 80, 4)).toEqual({ start: 0, end: 4 });
	});
});

describe('the step timer', () => {
	it('shows minutes and seconds, rounding up', () => {
		expect(formatCountdown(180)).toBe('3:00');
		expect(formatCountdown(59.2)).toBe('1:00');
		expect(formatCountdown(9)).toBe('0:09');
		expect(formatCountdown(-1)).toBe('0:00');
	});
});
