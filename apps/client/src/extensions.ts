// MedRec's transaction extensions, declared to @polkadot/api. An extension polkadot.js does not
// know is otherwise encoded as nothing and signed as nothing, which happens to be right only for
// zero-sized ones, and is silently wrong for anything else. So:
// - CheckMember (registrar) is zero-sized: declared with empty extrinsic and payload;
// - the registrar's CheckNonce is encoded as frame_system's (a compact nonce, nothing implicit):
//   declared explicitly, so a change in polkadot.js's defaults cannot change our encoding;
// - any other extension the runtime lists whose explicit and implicit types are both empty (for
//   example pallet-revive's) is declared empty automatically, from the metadata;
// - an extension that is neither known to polkadot.js nor empty makes `connect` fail loudly,
//   naming it, instead of producing transactions the chain rejects.

import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';
import { allExtensions } from '@polkadot/types/extrinsic/signedExtensions';
import type { Metadata } from '@polkadot/types';
import type { PortableRegistry } from '@polkadot/types/metadata';
import type { Si1TypeDef } from '@polkadot/types/interfaces';

export const MEDREC_EXTENSIONS: ExtDef = {
	CheckMember: { extrinsic: {}, payload: {} },
	CheckNonce: { extrinsic: { nonce: 'Compact<Index>' }, payload: {} },
};

/** One entry of the metadata's `extrinsic.transactionExtensions`. */
export interface ExtensionInfo {
	identifier: string;
	/** Whether the explicit (extrinsic) part encodes to nothing. */
	explicitEmpty: boolean;
	/** Whether the implicit (signed payload) part encodes to nothing. */
	implicitEmpty: boolean;
}

/** Whether type `id` of `lookup` always encodes to zero bytes. */
export function isEmptyType(lookup: PortableRegistry, id: number, seen: Set<number> = new Set()): boolean {
	if (seen.has(id)) return false;
	seen.add(id);
	const def: Si1TypeDef = lookup.getSiType(id).def;
	if (def.isComposite) return def.asComposite.fields.every((f) => isEmptyType(lookup, f.type.toNumber(), seen));
	if (def.isTuple) return def.asTuple.every((t) => isEmptyType(lookup, t.toNumber(), seen));
	if (def.isArray) return def.asArray.len.toNumber() === 0 || isEmptyType(lookup, def.asArray.type.toNumber(), seen);
	return false;
}

/** The runtime's extensions as its metadata lists them. Read from the version the node gave:
 * polkadot.js's conversion of v14/v15 to its latest shape does not carry `additionalSigned` over
 * into `implicit`, so the converted form cannot tell an empty implicit from a missing one. */
export function extensionList(metadata: Metadata): ExtensionInfo[] {
	const v = metadata.version;
	if (v >= 16) {
		const m = metadata.asV16;
		return m.extrinsic.transactionExtensions.map((e) => ({
			identifier: e.identifier.toString(),
			explicitEmpty: isEmptyType(m.lookup, e.type.toNumber()),
			implicitEmpty: isEmptyType(m.lookup, e.implicit.toNumber()),
		}));
	}
	const m = v === 15 ? metadata.asV15 : metadata.asV14;
	return m.extrinsic.signedExtensions.map((e) => ({
		identifier: e.identifier.toString(),
		explicitEmpty: isEmptyType(m.lookup, e.type.toNumber()),
		implicitEmpty: isEmptyType(m.lookup, e.additionalSigned.toNumber()),
	}));
}

/** The user extensions to give @polkadot/api for a runtime listing `extensions`. Throws if
 * one can be neither found nor inferred. */
export function declareExtensions(extensions: ExtensionInfo[], known: ExtDef = allExtensions): ExtDef {
	const declared: ExtDef = {};
	const unknown: string[] = [];
	for (const ext of extensions) {
		const mine = MEDREC_EXTENSIONS[ext.identifier];
		if (mine) declared[ext.identifier] = mine;
		else if (ext.explicitEmpty && ext.implicitEmpty) declared[ext.identifier] = { extrinsic: {}, payload: {} };
		else if (!known[ext.identifier]) unknown.push(ext.identifier);
	}
	if (unknown.length) {
		throw new Error(`the runtime uses transaction extensions this client cannot encode: ${unknown.join(', ')}`);
	}
	return declared;
}
