import { mergeConfig } from 'vitest/config';
import base from '../../vite.config';

// The unit project of vite.config.ts, with property tests on a fixed seed.
export default mergeConfig(base, {
	test: { setupFiles: ['tests/mutation/fixed-seed.ts'] }
});
