// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { MedrecPrimitivesAccessRequest, MedrecPrimitivesCategory, MedrecPrimitivesDecision, MedrecPrimitivesGrant, MedrecPrimitivesIdentityView, MedrecPrimitivesProxy, MedrecPrimitivesPurpose, MedrecPrimitivesRelationshipView, MedrecPrimitivesResearchChoice, MedrecPrimitivesResearchEligible, MedrecPrimitivesResearchIneligible, MedrecPrimitivesResearchQueryRecord, MedrecPrimitivesResearchResearchConsent, MedrecPrimitivesResearchStudy, MedrecPrimitivesSubject, PalletRevivePrimitivesBalanceConversionError, PalletRevivePrimitivesContractAccessError, PalletRevivePrimitivesEthTransactError, PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations, PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload, PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload, PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload, PalletReviveTypesRuntimeApiTypesBlockBlockV1, PalletReviveTypesRuntimeApiTypesContractCodeV1, PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1, PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1, PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1, PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1, PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1, PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1, PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1, PalletReviveTypesRuntimeApiTypesTracesTraceV1, PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1, PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlock, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, U256, U8aFixed, Vec, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, H160, H256, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xc8f9f18685fe7ecd/ */
    accessApi: {
      /**
       * May `viewer` read `category` of `patient`'s records held by `provider`, for, `purpose`, at this block?
       **/
      decide: AugmentedCall<ApiType, (viewer: AccountId32 | string | Uint8Array, patient: AccountId32 | string | Uint8Array, provider: AccountId32 | string | Uint8Array, category: MedrecPrimitivesCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Immunizations' | 'Observations' | 'Procedures' | 'Encounters' | 'ClinicalNotes' | 'Imaging' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, purpose: MedrecPrimitivesPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'Personal' | number | Uint8Array) => Observable<MedrecPrimitivesDecision>>;
      /**
       * `patient`'s grants, including expired ones not yet pruned.
       **/
      grants: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<MedrecPrimitivesGrant>>>;
      /**
       * `patient`'s pending notifications: every status flag not yet acknowledged.
       **/
      notifications: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<ITuple<[MedrecPrimitivesSubject, u8]>>>>;
      /**
       * `patient`'s proxies.
       **/
      proxies: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<MedrecPrimitivesProxy>>>;
      /**
       * The relationship between `patient` and `provider`, if any.
       **/
      relationshipBetween: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, provider: AccountId32 | string | Uint8Array) => Observable<Option<u64>>>;
      /**
       * `patient`'s relationships, with their pointers and status flags.
       **/
      relationships: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<MedrecPrimitivesRelationshipView>>>;
      /**
       * Access requests waiting for `patient`.
       **/
      requests: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<MedrecPrimitivesAccessRequest>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x5079b8933f5ea7a8/ */
    registryApi: {
      /**
       * The account an Ethereum address is linked to.
       **/
      accountByEth: AugmentedCall<ApiType, (address: H160 | string | Uint8Array) => Observable<Option<AccountId32>>>;
      /**
       * The provider or organisation with display name `name`.
       **/
      accountByName: AugmentedCall<ApiType, (name: Bytes | string | Uint8Array) => Observable<Option<AccountId32>>>;
      /**
       * `who`'s identity, if registered.
       **/
      identity: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<Option<MedrecPrimitivesIdentityView>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x4abbe0c89c38270d/ */
    researchApi: {
      /**
       * `patient`'s choices under their current consent.
       **/
      choices: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<ITuple<[u32, MedrecPrimitivesResearchChoice]>>>>;
      /**
       * The patients homed at `site` counted in `study` at this block, in pages: from after, `after`, looking at up to `limit` consents; the second value is where the next page, starts, if there is one.
       **/
      cohort: AugmentedCall<ApiType, (study: u32 | AnyNumber | Uint8Array, site: AccountId32 | string | Uint8Array, after: Option<AccountId32> | null | Uint8Array | AccountId32 | string, limit: u32 | AnyNumber | Uint8Array) => Observable<ITuple<[Vec<AccountId32>, Option<AccountId32>]>>>;
      /**
       * `patient`'s research consent.
       **/
      consent: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Option<MedrecPrimitivesResearchResearchConsent>>>;
      /**
       * Whether `patient` is counted in `study` at this block, and why (not).
       **/
      eligibility: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, study: u32 | AnyNumber | Uint8Array) => Observable<Result<MedrecPrimitivesResearchEligible, MedrecPrimitivesResearchIneligible>>>;
      /**
       * `study`'s authorized queries, oldest first.
       **/
      queries: AugmentedCall<ApiType, (study: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, MedrecPrimitivesResearchQueryRecord]>>>>;
      /**
       * Query `id` of `study`.
       **/
      query: AugmentedCall<ApiType, (study: u32 | AnyNumber | Uint8Array, id: u32 | AnyNumber | Uint8Array) => Observable<Option<MedrecPrimitivesResearchQueryRecord>>>;
      /**
       * The providers with a gatekeeper, and its URL: where a researcher's client sends an, authorized query.
       **/
      sites: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[AccountId32, Bytes]>>>>;
      /**
       * Up to `limit` studies from id `from` on, in id order.
       **/
      studies: AugmentedCall<ApiType, (from: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, MedrecPrimitivesResearchStudy]>>>>;
      /**
       * Study `id`, with its terms, state and budget spent.
       **/
      study: AugmentedCall<ApiType, (id: u32 | AnyNumber | Uint8Array) => Observable<Option<MedrecPrimitivesResearchStudy>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x8c403e5c4a9fd442/ */
    reviveApi: {
      /**
       * Get the account id associated to this H160 address.
       **/
      accountId: AugmentedCall<ApiType, (address: H160 | string | Uint8Array) => Observable<AccountId32>>;
      /**
       * 
       **/
      accountIdVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload>>;
      /**
       * Get the H160 address associated to this account id
       **/
      address: AugmentedCall<ApiType, (account_id: AccountId32 | string | Uint8Array) => Observable<H160>>;
      /**
       * 
       **/
      addressVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload>>;
      /**
       * Returns the free balance of the given `[H160]` address, using EVM decimals.
       **/
      balance: AugmentedCall<ApiType, (address: H160 | string | Uint8Array) => Observable<U256>>;
      /**
       * 
       **/
      balanceVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload>>;
      /**
       * The address of the validator that produced the current block.
       **/
      blockAuthor: AugmentedCall<ApiType, () => Observable<H160>>;
      /**
       * 
       **/
      blockAuthorVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload>>;
      /**
       * Returns the block gas limit.
       **/
      blockGasLimit: AugmentedCall<ApiType, () => Observable<U256>>;
      /**
       * 
       **/
      blockGasLimitVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload>>;
      /**
       * Perform a call from a specified account to a given contract.,, See [`crate::Pallet::bare_call`].
       **/
      call: AugmentedCall<ApiType, (origin: AccountId32 | string | Uint8Array, dest: H160 | string | Uint8Array, value: u128 | AnyNumber | Uint8Array, gas_limit: Option<SpWeightsWeightV2Weight> | null | Uint8Array | SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string, storage_deposit_limit: Option<u128> | null | Uint8Array | u128 | AnyNumber, input_data: Bytes | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1>>;
      /**
       * 
       **/
      callVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload>>;
      /**
       * The code at the specified address taking pre-compiles into account.
       **/
      code: AugmentedCall<ApiType, (address: H160 | string | Uint8Array) => Observable<Bytes>>;
      /**
       * 
       **/
      codeVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload>>;
      /**
       * Returns the current ETH block.,, This is one block behind the substrate block.
       **/
      ethBlock: AugmentedCall<ApiType, () => Observable<PalletReviveTypesRuntimeApiTypesBlockBlockV1>>;
      /**
       * Returns the ETH block hash for the given block number.
       **/
      ethBlockHash: AugmentedCall<ApiType, (number: U256 | AnyNumber | Uint8Array) => Observable<Option<H256>>>;
      /**
       * 
       **/
      ethBlockHashVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload>>;
      /**
       * 
       **/
      ethBlockVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload>>;
      /**
       * Estimates the amount of gas that a transactions requires.,, This function estimates the gas of the transaction according to the same binary search, algorithm that's implemented in Geth. It stops when with an acceptable error ratio of, 1.5% so that the algorithm terminates early.
       **/
      ethEstimateGas: AugmentedCall<ApiType, (tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 | { accessList?: any; authorizationList?: any; blobVersionedHashes?: any; blobs?: any; chainId?: any; from?: any; gas?: any; gasPrice?: any; input?: any; maxFeePerBlobGas?: any; maxFeePerGas?: any; maxPriorityFeePerGas?: any; nonce?: any; to?: any; r_type?: any; value?: any } | string | Uint8Array, config: PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 | { timestampOverride?: any; performBalanceChecks?: any; stateOverrides?: any } | string | Uint8Array) => Observable<Result<U256, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * 
       **/
      ethEstimateGasVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * Return the pre-dispatch weight booked for the signed Ethereum transaction payload.
       **/
      ethPreDispatchWeight: AugmentedCall<ApiType, (tx: Bytes | string | Uint8Array) => Observable<Result<SpWeightsWeightV2Weight, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * 
       **/
      ethPreDispatchWeightVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * The details needed to reconstruct the receipt information offchain.,, # Note,, Each entry corresponds to the appropriate Ethereum transaction in the current block.
       **/
      ethReceiptData: AugmentedCall<ApiType, () => Observable<Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>>>;
      /**
       * 
       **/
      ethReceiptDataVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload>>;
      /**
       * Perform an Ethereum call.,, See [`crate::Pallet::dry_run_eth_transact`]
       **/
      ethTransact: AugmentedCall<ApiType, (tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 | { accessList?: any; authorizationList?: any; blobVersionedHashes?: any; blobs?: any; chainId?: any; from?: any; gas?: any; gasPrice?: any; input?: any; maxFeePerBlobGas?: any; maxFeePerGas?: any; maxPriorityFeePerGas?: any; nonce?: any; to?: any; r_type?: any; value?: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * 
       **/
      ethTransactVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * Perform an Ethereum call.,, See [`crate::Pallet::dry_run_eth_transact`]
       **/
      ethTransactWithConfig: AugmentedCall<ApiType, (tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 | { accessList?: any; authorizationList?: any; blobVersionedHashes?: any; blobs?: any; chainId?: any; from?: any; gas?: any; gasPrice?: any; input?: any; maxFeePerBlobGas?: any; maxFeePerGas?: any; maxPriorityFeePerGas?: any; nonce?: any; to?: any; r_type?: any; value?: any } | string | Uint8Array, config: PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 | { timestampOverride?: any; performBalanceChecks?: any; stateOverrides?: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * Returns the gas price.
       **/
      gasPrice: AugmentedCall<ApiType, () => Observable<U256>>;
      /**
       * 
       **/
      gasPriceVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload>>;
      /**
       * Query a given storage key in a given contract.,, Returns `Ok(Some(Vec<u8>))` if the storage value exists under the given key in the, specified account and `Ok(None)` if it doesn't. If the account specified by the address, doesn't exist, or doesn't have a contract then `Err` is returned.
       **/
      getStorage: AugmentedCall<ApiType, (address: H160 | string | Uint8Array, key: U8aFixed | string | Uint8Array) => Observable<Result<Option<Bytes>, PalletRevivePrimitivesContractAccessError>>>;
      /**
       * Query a given variable-sized storage key in a given contract.,, Returns `Ok(Some(Vec<u8>))` if the storage value exists under the given key in the, specified account and `Ok(None)` if it doesn't. If the account specified by the address, doesn't exist, or doesn't have a contract then `Err` is returned.
       **/
      getStorageVarKey: AugmentedCall<ApiType, (address: H160 | string | Uint8Array, key: Bytes | string | Uint8Array) => Observable<Result<Option<Bytes>, PalletRevivePrimitivesContractAccessError>>>;
      /**
       * 
       **/
      getStorageVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload, PalletRevivePrimitivesContractAccessError>>>;
      /**
       * Instantiate a new contract.,, See `[crate::Pallet::bare_instantiate]`.
       **/
      instantiate: AugmentedCall<ApiType, (origin: AccountId32 | string | Uint8Array, value: u128 | AnyNumber | Uint8Array, gas_limit: Option<SpWeightsWeightV2Weight> | null | Uint8Array | SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string, storage_deposit_limit: Option<u128> | null | Uint8Array | u128 | AnyNumber, code: PalletReviveTypesRuntimeApiTypesContractCodeV1 | { Upload: any } | { Existing: any } | string | Uint8Array, data: Bytes | string | Uint8Array, salt: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => Observable<PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1>>;
      /**
       * 
       **/
      instantiateVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload>>;
      /**
       * Returns the block gas limit as calculated from the weights.
       **/
      maxExtrinsicWeightInGas: AugmentedCall<ApiType, () => Observable<U256>>;
      /**
       * 
       **/
      maxExtrinsicWeightInGasVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload>>;
      /**
       * Construct the new balance and dust components of this EVM balance.
       **/
      newBalanceWithDust: AugmentedCall<ApiType, (balance: U256 | AnyNumber | Uint8Array) => Observable<Result<ITuple<[u128, u32]>, PalletRevivePrimitivesBalanceConversionError>>>;
      /**
       * 
       **/
      newBalanceWithDustVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload, PalletRevivePrimitivesBalanceConversionError>>>;
      /**
       * Returns the nonce of the given `[H160]` address.
       **/
      nonce: AugmentedCall<ApiType, (address: H160 | string | Uint8Array) => Observable<u32>>;
      /**
       * 
       **/
      nonceVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload>>;
      /**
       * The address used to call the runtime's pallets dispatchables
       **/
      runtimePalletsAddress: AugmentedCall<ApiType, () => Observable<H160>>;
      /**
       * 
       **/
      runtimePalletsAddressVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload | 'V1' | number | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload>>;
      /**
       * Traces the execution of an entire block and returns call traces.,, This is intended to be called through `state_call` to replay the block from the, parent block.,, See eth-rpc `debug_traceBlockByNumber` for usage.
       **/
      traceBlock: AugmentedCall<ApiType, (block: SpRuntimeBlock | { header?: any; extrinsics?: any } | string | Uint8Array, config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 | { CallTracer: any } | { PrestateTracer: any } | { ExecutionTracer: any } | string | Uint8Array) => Observable<Vec<ITuple<[u32, PalletReviveTypesRuntimeApiTypesTracesTraceV1]>>>>;
      /**
       * 
       **/
      traceBlockVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload | { V1: any } | { V2: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload>>;
      /**
       * Dry run and return the trace of the given call.,, See eth-rpc `debug_traceCall` for usage.
       **/
      traceCall: AugmentedCall<ApiType, (tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 | { accessList?: any; authorizationList?: any; blobVersionedHashes?: any; blobs?: any; chainId?: any; from?: any; gas?: any; gasPrice?: any; input?: any; maxFeePerBlobGas?: any; maxFeePerGas?: any; maxPriorityFeePerGas?: any; nonce?: any; to?: any; r_type?: any; value?: any } | string | Uint8Array, config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 | { CallTracer: any } | { PrestateTracer: any } | { ExecutionTracer: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiTypesTracesTraceV1, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * 
       **/
      traceCallVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload | { V1: any } | { V2: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * Dry run and return the trace of the given call with additional configuration.,, Like [`Self::trace_call`], but accepts a [`TracingConfigV1`] that can carry state, overrides. The config must be the **last argument** for backwards compatibility.
       **/
      traceCallWithConfig: AugmentedCall<ApiType, (tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 | { accessList?: any; authorizationList?: any; blobVersionedHashes?: any; blobs?: any; chainId?: any; from?: any; gas?: any; gasPrice?: any; input?: any; maxFeePerBlobGas?: any; maxFeePerGas?: any; maxPriorityFeePerGas?: any; nonce?: any; to?: any; r_type?: any; value?: any } | string | Uint8Array, tracer_type: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 | { CallTracer: any } | { PrestateTracer: any } | { ExecutionTracer: any } | string | Uint8Array, config: PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1 | { stateOverrides?: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiTypesTracesTraceV1, PalletRevivePrimitivesEthTransactError>>>;
      /**
       * Traces the execution of a specific transaction within a block.,, This is intended to be called through `state_call` to replay the block from the, parent hash up to the transaction.,, See eth-rpc `debug_traceTransaction` for usage.
       **/
      traceTx: AugmentedCall<ApiType, (block: SpRuntimeBlock | { header?: any; extrinsics?: any } | string | Uint8Array, tx_index: u32 | AnyNumber | Uint8Array, config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 | { CallTracer: any } | { PrestateTracer: any } | { ExecutionTracer: any } | string | Uint8Array) => Observable<Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>>>;
      /**
       * 
       **/
      traceTxVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload | { V1: any } | { V2: any } | string | Uint8Array) => Observable<PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload>>;
      /**
       * Upload new code without instantiating a contract from it.,, See [`crate::Pallet::bare_upload_code`].
       **/
      uploadCode: AugmentedCall<ApiType, (origin: AccountId32 | string | Uint8Array, code: Bytes | string | Uint8Array, storage_deposit_limit: Option<u128> | null | Uint8Array | u128 | AnyNumber) => Observable<Result<PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1, SpRuntimeDispatchError>>>;
      /**
       * 
       **/
      uploadCodeVersioned: AugmentedCall<ApiType, (input: PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload | { V1: any } | string | Uint8Array) => Observable<Result<PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload, SpRuntimeDispatchError>>>;
      /**
       * 
       **/
      versionDeclarations: AugmentedCall<ApiType, () => Observable<PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
  } // AugmentedCalls
} // declare module
