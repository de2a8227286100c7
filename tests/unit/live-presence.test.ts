/**
 * The people in a live session as other browsers announce them (src/lib/live/presence.ts): their
 * presence comes from other browsers, so only what has the expected shape is shown.
 */
import { describe, expect, it } from 'vitest';
import { colourFor, peopleOf } from '$lib/live/presence';

describe('peopleOf', () => {
	it('lists this tab first, then the others by name, with their view and what they edit', () => {
		const states = new Map<number, unknown>([
			[7, { name: 'Rina', colour: '#1d4ed8', view: 'priorities', editing: 'frustrations:f1' }],
			[3, { name: 'Ade', colour: '#15803d', view: 'map', editing: null }],
			[9, { name: 'Me', colour: '#b93c0b', view: 'segments', editing: null }]
		]);
		expect(peopleOf(states, 9)).toEqual([
			{ clientId: 9, name: 'Me', colour: '#b93c0b', view: 'segments', editing: null, self: true },
			{ clientId: 3, name: 'Ade', colour: '#15803d', view: 'map', editing: null, self: false },
			{
				clientId: 7,
				name: 'Rina',
				colour: '#1d4ed8',
				view: 'priorities',
				editing: 'frustrations:f1',
				self: false
			}
		]);
	});

	it('leaves out nameless presences and tames every field a hostile browser could send', () => {
		const states = new Map<number, unknown>([
			[1, { name: '   ' }],
			[2, null],
			[3, { colour: '#000000' }],
			[
				4,
				{
					name: 'x'.repeat(500),
					colour: 'red; background: url(https://example.test)',
					view: 'admin',
					editing: 'y'.repeat(500)
				}
			]
		]);
		const [person, ...rest] = peopleOf(states, 99);
		expect(rest).toEqual([]);
		expect(person).toEqual({
			clientId: 4,
			name: 'x'.repeat(80),
			colour: colourFor(0),
			view: 'map',
			editing: 'y'.repeat(100),
			self: false
		});
	});
});
