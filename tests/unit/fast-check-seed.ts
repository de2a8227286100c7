/**
 * Vitest setup for the unit project: `FC_SEED=<seed> npx vitest run --project unit` replays
 * every fast-check property from that seed, so a failure seen once (fast-check prints its
 * seed and path in the error) can be replayed whole. Without FC_SEED each property draws its
 * own seed, as fast-check does by default.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
	const value = Number(seed);
	if (!Number.isInteger(value)) throw new Error(`FC_SEED must be an integer, not "${seed}"`);
	fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value });
	console.info(`fast-check: every property runs from FC_SEED=${value}`);
}
