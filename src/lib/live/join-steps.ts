/**
 * What joining a live session from a link or a code takes (Yjs, the provider, the journey's
 * storage): the join pages load it once they are drawn (`joinSteps`), so the form shows on a
 * phone before it arrives, and it has arrived by the time the person has typed their name.
 */
export { resolveJoinCode } from './join-code';
export { journeyJoinedIn } from './rejoin';
export { joinLiveSession } from './run-session';
