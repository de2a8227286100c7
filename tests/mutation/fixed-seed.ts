import fc from 'fast-check';

// A mutant is killed or survives for a reason, not because a property test drew other values
// this time: every property test runs with one seed during mutation testing.
fc.configureGlobal({ seed: 1 });
