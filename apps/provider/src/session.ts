// What every screen of the provider app works with. The same app serves providers and
// organisations (a pharmacy, a lab): `role` decides which screens it shows.

import { GatekeeperClient, type AppConfig, type Chain, type KeyringPair, type Role, type TxSigner } from '@medrec/client';

export interface Session {
	chain: Chain;
	pair: KeyringPair;
	signer: TxSigner;
	me: string;
	role: Role | null;
	name: string;
	config: AppConfig;
}

export async function gatekeeperFor(s: Session, provider: string): Promise<GatekeeperClient | null> {
	const url = s.config.gatekeepers[provider] ?? (await s.chain.identity(provider))?.gatekeeper;
	return url ? new GatekeeperClient(url, provider, s.pair) : null;
}

/** The FHIR Patient ids to try for `patient` at `provider` (see the patient app's session.ts). */
export function patientIds(s: Session, patient: string, provider: string): string[] {
	const hint = s.config.patientIds[patient]?.[provider];
	return hint ? [hint, patient] : [patient];
}

export function isAccount(text: string): boolean {
	return /^[1-9A-HJ-NP-Za-km-z]{46,48}$/.test(text.trim());
}
