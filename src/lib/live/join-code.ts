/**
 * A typed or scanned join code, as the participant link it stands for: the server names the
 * room its hash was registered for; the participant secret derives from the code itself
 * (protocol.js). Hashing is @noble's, so a phone on a plain-http LAN origin joins too.
 */
import { liveServerAnswers } from './live-secrets';
import {
	CODE_PATH,
	codeHashFor,
	ID_PATTERN,
	normalizeJoinCode,
	participantSecretFor,
	type JoinFragment
} from './protocol.js';

export type ResolvedCode =
	{ ok: true; link: JoinFragment } | { ok: false; reason: 'badCode' | 'unknown' | 'noServer' };

export async function resolveJoinCode(text: string): Promise<ResolvedCode> {
	const code = normalizeJoinCode(text);
	if (!code) return { ok: false, reason: 'badCode' };
	let response: Response;
	try {
		response = await fetch(CODE_PATH + codeHashFor(code), { cache: 'no-store' });
	} catch {
		return { ok: false, reason: 'noServer' };
	}
	if (response.ok) {
		const room = await response
			.json()
			.then((body: { room?: unknown }) => body.room)
			.catch(() => undefined);
		if (typeof room === 'string' && ID_PATTERN.test(room)) {
			return { ok: true, link: { room, role: 'participant', key: participantSecretFor(code) } };
		}
	}
	// A static host answers anything (404, or the app's index.html): only ours knows codes.
	return { ok: false, reason: (await liveServerAnswers()) ? 'unknown' : 'noServer' };
}
