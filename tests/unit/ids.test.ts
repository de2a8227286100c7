import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '$lib/domain/create-journey';
import { newId } from '$lib/domain/ids';
import { airlineTemplate } from '$lib/domain/templates/airline';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('new ids', () => {
	afterEach(() => vi.unstubAllGlobals());

	/** The browser's crypto as a page served over plain http sees it: no randomUUID. */
	function insecureContext() {
		const getRandomValues = crypto.getRandomValues.bind(crypto);
		vi.stubGlobal('crypto', { getRandomValues });
		expect(crypto.randomUUID).toBeUndefined();
	}

	it('are version 4 UUIDs where crypto.randomUUID exists', () => {
		expect(newId()).toMatch(UUID_V4);
	});

	it('are version 4 UUIDs, all different, without crypto.randomUUID (plain http)', () => {
		insecureContext();
		const ids = Array.from({ length: 10_000 }, newId);
		for (const id of ids) expect(id).toMatch(UUID_V4);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('let the first-visit example be made without crypto.randomUUID', () => {
		insecureContext();
		const doc = createJourney(airlineTemplate, { name: 'On the LAN', locale: 'en', now: 1 });
		const ids = [
			doc.journey.id,
			...doc.stages.map((s) => s.id),
			...doc.touchPoints.map((t) => t.id)
		];
		for (const id of ids) expect(id).toMatch(UUID_V4);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
