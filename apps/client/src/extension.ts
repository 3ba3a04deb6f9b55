// The polkadot.js browser extension, when the user has it: its accounts can sign MedRec's
// transactions. It cannot sign gatekeeper requests (its `signRaw` wraps the bytes in
// <Bytes>…</Bytes>, which the gatekeeper rightly refuses) nor open sealed answers (it never
// reveals a secret, so no X25519 key can be derived), so reading records needs a local key.

import type { Signer } from '@polkadot/types/types';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

export interface InjectedAccount {
	address: string;
	name: string | undefined;
	signer: Signer;
	source: string;
}

/** The extension's accounts, or an empty list when there is no extension or the user said no. */
export async function injectedAccounts(appName: string): Promise<InjectedAccount[]> {
	const w = globalThis as { injectedWeb3?: Record<string, unknown> };
	if (!w.injectedWeb3 || Object.keys(w.injectedWeb3).length === 0) return [];
	// Loaded only when an extension is present: it is most of a bundle's weight otherwise unused.
	const { web3Enable, web3Accounts, web3FromSource } = await import('@polkadot/extension-dapp');
	const extensions = await web3Enable(appName);
	if (extensions.length === 0) return [];
	const accounts = await web3Accounts({ accountType: ['sr25519'] });
	return Promise.all(
		accounts.map(async (a) => ({
			// The extension may show another network's prefix; MedRec uses the generic 42.
			address: encodeAddress(decodeAddress(a.address), 42),
			name: a.meta.name,
			source: a.meta.source,
			signer: (await web3FromSource(a.meta.source)).signer,
		})),
	);
}
