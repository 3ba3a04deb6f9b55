// What every screen of the patient app works with: the chain, the unlocked key, the config,
// and how to reach each provider's gatekeeper.

import { GatekeeperClient, type AppConfig, type Chain, type KeyringPair, type TxSigner } from '@medrec/client';

export interface Session {
	chain: Chain;
	pair: KeyringPair;
	signer: TxSigner;
	me: string;
	config: AppConfig;
}

/** The gatekeeper of `provider`: the config's override, or the URL in the registry. */
export async function gatekeeperFor(s: Session, provider: string): Promise<GatekeeperClient | null> {
	const url = s.config.gatekeepers[provider] ?? (await s.chain.identity(provider))?.gatekeeper;
	return url ? new GatekeeperClient(url, provider, s.pair) : null;
}

/** The FHIR Patient ids to try for me at `provider`: records uploaded by the provider app use
 * the account itself; the demo's seed data uses short names, given in config.json. */
export function myPatientIds(s: Session, provider: string): string[] {
	const hint = s.config.patientIds[s.me]?.[provider];
	return hint ? [hint, s.me] : [s.me];
}
