// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { MedrecPrimitivesCategory, MedrecPrimitivesPurpose, MedrecPrimitivesResearchChoice, MedrecPrimitivesResearchConsentTerms, MedrecPrimitivesResearchQuery, MedrecPrimitivesResearchStudyTerms, MedrecPrimitivesRole, MedrecPrimitivesScope, MedrecPrimitivesSubject, MedrecPrimitivesViewer, MedrecRuntimeSessionKeys, PalletBalancesAdjustmentDirection, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U256, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H160, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    consortium: {
      /**
       * Leaves the consortium: the caller is deregistered as a provider and stops validating
       * from the session after next.
       * 
       * - Origin: a member.
       * 
       * Emits `MemberRemoved`. Errors: `NotAuthorized`, `TooFewMembers`.
       * O(MaxMembers + MaxProposals).
       **/
      leave: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Proposes the caller, a candidate organisation, as a member.
       * 
       * - Origin: signed by the candidate, which need not be registered.
       * - `name`, `gatekeeper`: the provider profile it will have.
       * - `keys`, `proof`: its session keys (Aura, GRANDPA) and the proof of possession that
       * `author_rotateKeysWithOwner` returns for the candidate's account.
       * - `evidence`: where the members find the documents that show who it is.
       * 
       * Emits `JoinProposed`. Errors: `AlreadyMember`, `AlreadyExists`, `TooManyProposals`,
       * `BadProof`, `KeysInUse`, `NameTooLong`, `UrlTooLong`, `ProofTooLong`, and the
       * registrar's profile errors. O(MaxProposals) in memory, one read of the open list.
       **/
      proposeJoin: AugmentedSubmittable<(name: Bytes | string | Uint8Array, gatekeeper: Bytes | string | Uint8Array, keys: MedrecRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array, evidenceUrl: Bytes | string | Uint8Array, evidenceSha256: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, Bytes, MedrecRuntimeSessionKeys, Bytes, Bytes, U8aFixed]>;
      /**
       * Proposes that the consortium makes `call` with the [`RawOrigin::Majority`] origin.
       * The proposer's aye is counted.
       * 
       * - Origin: a member.
       * - `call`: one of [`Config::MotionCalls`], at most `MaxCallLength` bytes encoded and
       * `MaxCallWeight` heavy.
       * 
       * Emits `MotionProposed`. Errors: `NotAuthorized`, `CallNotAllowed`, `CallTooLong`,
       * `CallTooHeavy`, `AlreadyExists`, `TooManyProposals`. O(MaxProposals).
       **/
      proposeMotion: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Proposes removing `member`. The proposer's aye is counted.
       * 
       * - Origin: a member other than `member`.
       * 
       * Emits `RemovalProposed`, and `Passed` and `MemberRemoved` if the proposer's vote is
       * already a majority. Errors: `NotAuthorized`, `NotAMember` (never removes anyone
       * else), `TooFewMembers`, `AlreadyExists`, `TooManyProposals`.
       * O(MaxMembers + MaxProposals).
       **/
      proposeRemoval: AugmentedSubmittable<(member: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Withdraws the caller's open proposal.
       * 
       * - Origin: the proposer.
       * 
       * Emits `Rescinded`. Errors: `NotFound`, `NotAuthorized`. O(MaxProposals).
       **/
      rescind: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Sets the session length: how long after a change of members the validator set
       * follows. Takes effect from the next block.
       * 
       * - Origin: [`RawOrigin::Majority`], by motion.
       * 
       * Emits `SessionLengthSet`. Errors: `ZeroSessionLength`. O(1).
       **/
      setSessionLength: AugmentedSubmittable<(blocks: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Votes on proposal `index`, or changes the caller's vote. The proposal passes or is
       * rejected in this call if the vote decides it.
       * 
       * - Origin: a member.
       * 
       * Emits `Voted`, then `Passed` with `MemberAdmitted`, `MemberRemoved`,
       * `MotionExecuted` or the research pallet's `StudyApproved`, or `Rejected`. Errors: `NotAuthorized`, `NotFound`, `Expired`.
       * Deciding: O(MaxMembers + MaxProposals) plus a motion's call.
       **/
      vote: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array, aye: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    registrar: {
      /**
       * Removes a provider or organisation. Patients are never removed: their
       * relationships and grants must stay answerable.
       * 
       * - Origin: [`Config::AdmitOrigin`].
       * 
       * Emits `MemberDeregistered`. Errors: `NotFound`, `NotAMember`. O(1).
       **/
      deregisterMember: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Links an Ethereum address to the caller, proving control of it with `signature`:
       * an Ethereum `personal_sign` (EIP-191) signature, as wallets and ethers'
       * `signMessage` make, over [`link_message`] for the caller on this chain.
       * 
       * - Origin: a registered account with no address linked yet.
       * 
       * Emits `EthAddressLinked`. Errors: `NotFound`, `BadSignature`, `EthAddressTaken`,
       * `EthAddressAlreadyLinked`. O(1).
       **/
      linkEthAddress: AugmentedSubmittable<(address: H160 | string | Uint8Array, signature: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, U8aFixed]>;
      /**
       * Admits `who` as a provider or organisation.
       * 
       * - Origin: [`Config::AdmitOrigin`].
       * - `role`: `Provider` or `Organisation(kind)`; `Patient` is refused (`NotAMember`).
       * - `name`: display name, unique. `gatekeeper`: URL, required for providers.
       * 
       * Emits `MemberRegistered`. Errors: `AlreadyExists`, `NameTaken`, `EmptyName`,
       * `NameTooLong`, `UrlTooLong`, `InvalidUrl`, `GatekeeperRequired`, `NotAMember`.
       * O(1).
       **/
      registerMember: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array, role: MedrecPrimitivesRole | { Patient: any } | { Provider: any } | { Organisation: any } | string | Uint8Array, name: Bytes | string | Uint8Array, gatekeeper: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [AccountId32, MedrecPrimitivesRole, Bytes, Option<Bytes>]>;
      /**
       * Publishes the caller's X25519 public key, replacing any earlier one.
       * 
       * - Origin: a registered account.
       * 
       * Emits `EncryptionKeySet`. Errors: `NotFound`. O(1).
       **/
      setEncryptionKey: AugmentedSubmittable<(key: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Unlinks the caller's Ethereum address.
       * 
       * - Origin: an account with an address linked.
       * 
       * Emits `EthAddressUnlinked`. Errors: `NotFound`. O(1).
       **/
      unlinkEthAddress: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Changes a provider's or organisation's name and gatekeeper URL.
       * 
       * - Origin: [`Config::AdmitOrigin`], or the member itself.
       * - `name`, `gatekeeper`: the new values; `None` keeps the current one.
       * 
       * Emits `ProfileUpdated`. Errors: `NotFound`, `NotAMember`, `NotAuthorized`,
       * `NameTaken`, and the name and URL errors of `register_member`. O(1).
       **/
      updateProfile: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array, name: Option<Bytes> | null | Uint8Array | Bytes | string, gatekeeper: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [AccountId32, Option<Bytes>, Option<Bytes>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    relationships: {
      /**
       * Accepts a relationship a provider opened.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `RelationshipAccepted`. Errors: `NotFound`, `NotAuthorized`, `WrongState`. O(1).
       **/
      acceptRelationship: AugmentedSubmittable<(relationship: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Adds `member` to a viewer group.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `GroupMemberAdded`. Errors: `NotAuthorized`, `NotFound`, `AlreadyExists`,
       * `TooManyGroupMembers`, `SelfReference`. O(`MaxGroups` + `MaxGroupMembers`).
       **/
      addGroupMember: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, group: u32 | AnyNumber | Uint8Array, member: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32, AccountId32]>;
      /**
       * Names `proxy` to manage grants for the caller, within `categories`, until
       * `expires`. Naming an existing proxy again replaces its limits.
       * 
       * - Origin: the patient. Proxies cannot name proxies.
       * 
       * Emits `ProxyAdded`. Errors: `NotAPatient`, `SelfReference`, `InvalidCategories`,
       * `Expired`, `TooManyProxies`. O(`MaxProxies`).
       **/
      addProxy: AugmentedSubmittable<(proxy: AccountId32 | string | Uint8Array, categories: u16 | AnyNumber | Uint8Array, expires: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u16, u64]>;
      /**
       * Approves a request: it becomes a grant from now for its duration.
       * 
       * - Origin: the patient, or a proxy whose categories cover the request's.
       * 
       * Emits `RequestApproved` and `Granted`. Errors: `NotAuthorized`,
       * `OutsideProxyScope`, `NotFound`, and `grant`'s errors. O(`MaxRequests` +
       * `MaxGrants`).
       **/
      approveRequest: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, request: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32]>;
      /**
       * Breaks the glass: reads `patient`'s allergies, medications and conditions for
       * `BreakGlassDuration`, with `justification` on the record.
       * 
       * - Origin: any registered provider.
       * 
       * Emits `EmergencyAccessUsed`, naming the proxies notified; raises "emergency access
       * used". Errors: `NotAProvider`, `NotAPatient`, `BreakGlassDisabled`,
       * `BadJustification`, `TooManyEmergencyAccesses`.
       * O(`MaxEmergencyAccesses` + `MaxProxies`).
       **/
      breakGlass: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, justification: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes]>;
      /**
       * Resets the caller's dead-man switch timer. A switch that already fired closes again.
       * 
       * - Origin: the patient.
       * 
       * Emits `CheckedIn`. Errors: `NotFound`. O(1).
       **/
      checkIn: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Removes the caller's dead-man switch.
       * 
       * - Origin: the patient.
       * 
       * Emits `DeadManSwitchCleared`. Errors: `NotFound`. O(1).
       **/
      clearDeadManSwitch: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Creates a viewer group with `members`.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `GroupCreated` and `GroupMemberAdded` for each member. Errors:
       * `NotAuthorized`, `TooManyGroups`, `TooManyGroupMembers`, `AlreadyExists` (a member
       * twice), `SelfReference`. O(`MaxGroups` + `MaxGroupMembers`²).
       **/
      createGroup: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [AccountId32, Vec<AccountId32>]>;
      /**
       * Declines a request.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `RequestDeclined`. Errors: `NotAuthorized`, `NotFound`. O(`MaxRequests`).
       **/
      declineRequest: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, request: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32]>;
      /**
       * Ends a relationship: it, its pointers and the grants on it are removed.
       * 
       * - Origin: the provider, the patient, or a proxy of the patient's.
       * 
       * Emits `RelationshipEnded`. Errors: `NotFound`, `NotAuthorized`.
       * O(`MaxRelationships` + `MaxGrants`).
       **/
      endRelationship: AugmentedSubmittable<(relationship: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Grants `viewer` access to `categories` of `patient`'s records in `scope`, for
       * `purpose`, from `not_before` until `expires` (ms since the epoch).
       * 
       * - Origin: the patient, or a proxy whose categories cover `categories`.
       * 
       * Emits `Granted` (and `GrantsPruned` when expired grants made room). Errors:
       * `NotAuthorized`, `OutsideProxyScope`, `InvalidCategories`, `Expired`, `NotFound`
       * (relationship or group), `SelfReference`, `TooManyGrants`. O(`MaxGrants`).
       **/
      grant: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, viewer: MedrecPrimitivesViewer | { Account: any } | { Group: any } | string | Uint8Array, scope: MedrecPrimitivesScope | { Relationship: any } | { AllRelationships: any } | string | Uint8Array, categories: u16 | AnyNumber | Uint8Array, purpose: MedrecPrimitivesPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'Personal' | number | Uint8Array, notBefore: u64 | AnyNumber | Uint8Array, expires: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, MedrecPrimitivesViewer, MedrecPrimitivesScope, u16, MedrecPrimitivesPurpose, u64, u64]>;
      /**
       * Opens a relationship with `patient`, registering them as a patient if they are new.
       * 
       * - Origin: a registered provider.
       * 
       * Emits `RelationshipOpened`; raises "awaiting acceptance". Errors: `NotAProvider`,
       * `NotAPatient` (the account holds another role), `AlreadyExists`, `SelfReference`,
       * `TooManyRelationships`. O(1).
       **/
      openRelationship: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Rejects a relationship a provider opened; it is removed.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `RelationshipRejected`. Errors: `NotFound`, `NotAuthorized`, `WrongState`.
       * O(`MaxRelationships` + `MaxGrants`).
       **/
      rejectRelationship: AugmentedSubmittable<(relationship: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes a viewer group that no grant names.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `GroupRemoved`. Errors: `NotAuthorized`, `NotFound`, `GroupInUse`.
       * O(`MaxGroups` + `MaxGrants`).
       **/
      removeGroup: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, group: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32]>;
      /**
       * Removes `member` from a viewer group.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `GroupMemberRemoved`. Errors: `NotAuthorized`, `NotFound` (group, or member
       * not in it). O(`MaxGroups` + `MaxGroupMembers`).
       **/
      removeGroupMember: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, group: u32 | AnyNumber | Uint8Array, member: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32, AccountId32]>;
      /**
       * Removes the pointer for `record_set`.
       * 
       * - Origin: the relationship's provider.
       * 
       * Emits `PointerRemoved`; raises "new content". Errors: `NotFound` (relationship or
       * pointer), `NotAuthorized`. O(`MaxPointers`).
       **/
      removePointer: AugmentedSubmittable<(relationship: u64 | AnyNumber | Uint8Array, recordSet: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Removes a proxy.
       * 
       * - Origin: the patient, or the proxy itself (resigning). Another proxy cannot.
       * 
       * Emits `ProxyRemoved`. Errors: `NotAuthorized`, `NotFound`. O(`MaxProxies`).
       **/
      removeProxy: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, proxy: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, AccountId32]>;
      /**
       * Asks `patient` for access to `categories` in `scope`, for `purpose`, for
       * `duration` ms once approved. One open request per requester and patient.
       * 
       * - Origin: any registered account other than the patient.
       * 
       * Emits `AccessRequested`; raises "access requested". Errors: `NotAuthorized`
       * (unregistered), `NotAPatient`, `SelfReference`, `InvalidCategories`, `Expired`
       * (zero duration), `NotFound` (relationship), `AlreadyExists`, `TooManyRequests`.
       * O(`MaxRequests`).
       **/
      requestAccess: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, scope: MedrecPrimitivesScope | { Relationship: any } | { AllRelationships: any } | string | Uint8Array, categories: u16 | AnyNumber | Uint8Array, purpose: MedrecPrimitivesPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'Personal' | number | Uint8Array, duration: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, MedrecPrimitivesScope, u16, MedrecPrimitivesPurpose, u64]>;
      /**
       * Revokes a grant. From the next block, the access decision no longer allows on it.
       * 
       * - Origin: the patient, or a proxy whose categories cover the grant's.
       * 
       * Emits `Revoked`. Errors: `NotAuthorized`, `OutsideProxyScope`, `NotFound`.
       * O(`MaxGrants`).
       **/
      revoke: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, grant: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32]>;
      /**
       * Opts the caller in to, or out of, break-glass access by any provider.
       * 
       * - Origin: the patient.
       * 
       * Emits `BreakGlassSet`. Errors: `NotAPatient`. O(1).
       **/
      setBreakGlass: AugmentedSubmittable<(enabled: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [bool]>;
      /**
       * Sets the caller's dead-man switch: if they do not check in for `timeout` ms,
       * `beneficiaries` may read `categories` of their records. Setting it counts as a
       * check-in.
       * 
       * - Origin: the patient.
       * 
       * Emits `DeadManSwitchSet`. Errors: `NotAPatient`, `TimeoutTooShort`,
       * `InvalidCategories`, `TooManyBeneficiaries`, `AlreadyExists` (a beneficiary twice),
       * `SelfReference`. O(`MaxBeneficiaries`²).
       **/
      setDeadManSwitch: AugmentedSubmittable<(timeout: u64 | AnyNumber | Uint8Array, beneficiaries: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], categories: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<AccountId32>, u16]>;
      /**
       * Adds or replaces the pointer for `record_set` on an accepted relationship.
       * 
       * - Origin: the relationship's provider.
       * - `digest`: SHA-256 of the record set's canonical serialization.
       * 
       * Emits `PointerUpdated`; raises "new content". Errors: `NotFound`, `NotAuthorized`,
       * `WrongState`, `TooManyPointers`. O(`MaxPointers`).
       **/
      setPointer: AugmentedSubmittable<(relationship: u64 | AnyNumber | Uint8Array, recordSet: u32 | AnyNumber | Uint8Array, category: MedrecPrimitivesCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Immunizations' | 'Observations' | 'Procedures' | 'Encounters' | 'ClinicalNotes' | 'Imaging' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, digest: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, MedrecPrimitivesCategory, H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    research: {
      /**
       * Authorizes `query` for `study`, debiting its ε from the study's budget in the same
       * call. Sites answer an authorized query once its block is final, and only then. The
       * same query again keeps its id and spends nothing (`QueryRepeated`).
       * 
       * - Origin: the study's researcher.
       * - `query`: canonical ([`Query::canonicalize`]), within the study's categories, with
       * an ε between `MinQueryEpsilon` and the study's per-query maximum.
       * 
       * Emits `QueryAuthorized` or `QueryRepeated`. Errors: `NotFound`, `NotAuthorized`,
       * `StudyNotApproved`, `StudyNotActive`, `InvalidQuery { reason }`,
       * `QueryOutsideStudyCategories`, `EpsilonTooLow`, `EpsilonAboveQueryMax`,
       * `BudgetExceeded { remaining }`. O(size of the query).
       **/
      authorizeQuery: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array, query: MedrecPrimitivesResearchQuery | { epsilon?: any; indexDate?: any; criteria?: any; groupBy?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, MedrecPrimitivesResearchQuery]>;
      /**
       * Opts `patient` into or out of `study`, on top of their consent. An opt-in is the
       * patient's specific consent to the study: it counts even where the broad terms would
       * not reach it (a project-specific consent, a sensitive area).
       * 
       * - Origin: the patient or a proxy in force; to opt in, one whose categories cover the
       * opt-in's.
       * - `choice`: `OptIn { categories }` must cover the study's categories.
       * 
       * Emits `ChoiceMade`. Errors: `NotAuthorized`, `NotFound`, `NoConsent`,
       * `StudyNotApproved`, `StudyNotActive`, `InvalidCategories`, `CategoriesNotCovered`.
       * O(1).
       **/
      choose: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, study: u32 | AnyNumber | Uint8Array, choice: MedrecPrimitivesResearchChoice | { OptIn: any } | { OptOut: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u32, MedrecPrimitivesResearchChoice]>;
      /**
       * Closes an approved study: no query is authorized for it any more. Answers already
       * released stay with their researcher.
       * 
       * - Origin: the study's researcher, or `CloseOrigin` (the consortium, by motion).
       * 
       * Emits `StudyClosed`. Errors: `NotFound`, `NotAuthorized`, `WrongState`. O(1).
       **/
      closeStudy: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Registers a study and puts it before the consortium.
       * 
       * - Origin: a research organisation.
       * - `terms`: at least `MIN_CELL_COUNT` as minimum cell; a budget of at most
       * `MaxStudyBudget` milli-ε, with a per-query maximum between `MinQueryEpsilon` and
       * `MaxQueryEpsilon` and not above the budget; a period that has not ended.
       * 
       * Emits `StudyRegistered`. Errors: `NotAResearcher`, `InvalidCategories`,
       * `InvalidWindow`, `InvalidTerms`, `CellCountTooLow`, `InvalidBudget`,
       * `TooManyPendingStudies`, and the consortium's `AlreadyExists` (one open proposal per
       * proposer) and `TooManyProposals`. O(1) here, O(MaxProposals) in the consortium.
       **/
      registerStudy: AugmentedSubmittable<(terms: MedrecPrimitivesResearchStudyTerms | { title?: any; protocolUrl?: any; protocolSha256?: any; ethicsSha256?: any; purpose?: any; categories?: any; starts?: any; ends?: any; minCell?: any; budget?: any; maxPerQuery?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedrecPrimitivesResearchStudyTerms]>;
      /**
       * Records `patient`'s research consent, replacing any earlier one. Choices made under
       * the earlier consent stay.
       * 
       * - Origin: the patient, or a proxy in force whose categories cover `terms.categories`.
       * - `terms.home`: a provider the patient has an active relationship with; only it
       * counts the patient.
       * 
       * Emits `ConsentGiven`. Errors: `NotAPatient`, `NotAuthorized`, `InvalidCategories`,
       * `InvalidWindow`, `InvalidTerms`, `NotAProvider`, `NoActiveRelationship`. O(1).
       **/
      setConsent: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, terms: MedrecPrimitivesResearchConsentTerms | { permission?: any; modifiers?: any; region?: any; categories?: any; notBefore?: any; expires?: any; home?: any; mode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, MedrecPrimitivesResearchConsentTerms]>;
      /**
       * Withdraws `patient`'s research consent and every per-study choice made under it.
       * Sites stop counting the patient in every answer computed once this block is final.
       * 
       * - Origin: the patient, or any proxy of theirs in force: withdrawing is always within
       * a proxy's authority.
       * 
       * Emits `ConsentWithdrawn`. Errors: `NotAuthorized`, `NotFound`. O(1).
       **/
      withdrawConsent: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Withdraws a study the consortium has not decided on yet.
       * 
       * - Origin: the study's researcher.
       * 
       * Emits `StudyLapsed`. Errors: `NotFound`, `NotAuthorized`, `WrongState`.
       * O(MaxProposals) in the consortium.
       **/
      withdrawStudy: AugmentedSubmittable<(study: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    revive: {
      /**
       * Map many accounts and make the TX free if at least 90% were unmapped or held deposits.
       **/
      batchMapAccounts: AugmentedSubmittable<(accounts: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Makes a call to an account, optionally transferring some balance.
       * 
       * # Parameters
       * 
       * * `dest`: Address of the contract to call.
       * * `value`: The balance to transfer from the `origin` to `dest`.
       * * `weight_limit`: The weight limit enforced when executing the constructor.
       * * `storage_deposit_limit`: The maximum amount of balance that can be charged from the
       * caller to pay for the storage consumed.
       * * `data`: The input data to pass to the contract.
       * 
       * * If the account is a smart-contract account, the associated code will be
       * executed and any value will be transferred.
       * * If the account is a regular account, any value will be transferred.
       * * If no account exists and the call value is not less than `existential_deposit`,
       * a regular account will be created and any value will be transferred.
       **/
      call: AugmentedSubmittable<(dest: H160 | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, data: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, Bytes]>;
      /**
       * Dispatch an `call` with the origin set to the callers fallback address.
       * 
       * Every `AccountId32` can control its corresponding fallback account. The fallback account
       * is the `AccountId20` with the last 12 bytes set to `0xEE`. This is essentially a
       * recovery function in case an `AccountId20` was used without creating a mapping first.
       **/
      dispatchAsFallbackAccount: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Same as [`Self::call`], but intended to be dispatched **only**
       * by an EVM transaction through the EVM compatibility layer.
       * 
       * # Parameters
       * 
       * * `dest`: The Ethereum address of the account to be called
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The gas limit used to derive the transaction weight for transaction
       * payment
       * * `eth_gas_limit`: The Ethereum gas limit governing the resource usage of the execution
       * * `data`: The input data to pass to the contract constructor.
       * * `transaction_encoded`: The RLP encoding of the signed Ethereum transaction,
       * represented as [crate::evm::TransactionSigned], provided by the Ethereum wallet. This
       * is used for building the Ethereum transaction root.
       * * effective_gas_price: the price of a unit of gas
       * * encoded len: the byte code size of the `eth_transact` extrinsic
       **/
      ethCall: AugmentedSubmittable<(dest: H160 | string | Uint8Array, value: U256 | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, ethGasLimit: U256 | AnyNumber | Uint8Array, data: Bytes | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array, effectiveGasPrice: U256 | AnyNumber | Uint8Array, encodedLen: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, U256, SpWeightsWeightV2Weight, U256, Bytes, Bytes, U256, u32]>;
      /**
       * Same as [`Self::instantiate_with_code`], but intended to be dispatched **only**
       * by an EVM transaction through the EVM compatibility layer.
       * 
       * # Parameters
       * 
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The gas limit used to derive the transaction weight for transaction
       * payment
       * * `eth_gas_limit`: The Ethereum gas limit governing the resource usage of the execution
       * * `code`: The contract code to deploy in raw bytes.
       * * `data`: The input data to pass to the contract constructor.
       * * `transaction_encoded`: The RLP encoding of the signed Ethereum transaction,
       * represented as [crate::evm::TransactionSigned], provided by the Ethereum wallet. This
       * is used for building the Ethereum transaction root.
       * * effective_gas_price: the price of a unit of gas
       * * encoded len: the byte code size of the `eth_transact` extrinsic
       * 
       * Calling this dispatchable ensures that the origin's nonce is bumped only once,
       * via the `CheckNonce` transaction extension. In contrast, [`Self::instantiate_with_code`]
       * also bumps the nonce after contract instantiation, since it may be invoked multiple
       * times within a batch call transaction.
       **/
      ethInstantiateWithCode: AugmentedSubmittable<(value: U256 | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, ethGasLimit: U256 | AnyNumber | Uint8Array, code: Bytes | string | Uint8Array, data: Bytes | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array, effectiveGasPrice: U256 | AnyNumber | Uint8Array, encodedLen: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U256, SpWeightsWeightV2Weight, U256, Bytes, Bytes, Bytes, U256, u32]>;
      /**
       * Executes a Substrate runtime call from an Ethereum transaction.
       * 
       * This dispatchable is intended to be called **only** through the EVM compatibility
       * layer. The provided call will be dispatched using `RawOrigin::Signed`.
       * 
       * # Parameters
       * 
       * * `origin`: Must be an [`Origin::EthTransaction`] origin.
       * * `call`: The Substrate runtime call to execute.
       * * `transaction_encoded`: The RLP encoding of the Ethereum transaction,
       **/
      ethSubstrateCall: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Bytes]>;
      /**
       * A raw EVM transaction, typically dispatched by an Ethereum JSON-RPC server.
       * 
       * # Parameters
       * 
       * * `payload`: The encoded [`crate::evm::TransactionSigned`].
       * 
       * # Note
       * 
       * This call cannot be dispatched directly; attempting to do so will result in a failed
       * transaction. It serves as a wrapper for an Ethereum transaction. When submitted, the
       * runtime converts it into a [`sp_runtime::generic::CheckedExtrinsic`] by recovering the
       * signer and validating the transaction.
       **/
      ethTransact: AugmentedSubmittable<(payload: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Instantiates a contract from a previously deployed vm binary.
       * 
       * This function is identical to [`Self::instantiate_with_code`] but without the
       * code deployment step. Instead, the `code_hash` of an on-chain deployed vm binary
       * must be supplied.
       **/
      instantiate: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, codeHash: H256 | string | Uint8Array, data: Bytes | string | Uint8Array, salt: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, H256, Bytes, Option<U8aFixed>]>;
      /**
       * Instantiates a new contract from the supplied `code` optionally transferring
       * some balance.
       * 
       * This dispatchable has the same effect as calling [`Self::upload_code`] +
       * [`Self::instantiate`]. Bundling them together provides efficiency gains. Please
       * also check the documentation of [`Self::upload_code`].
       * 
       * # Parameters
       * 
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The weight limit enforced when executing the constructor.
       * * `storage_deposit_limit`: The maximum amount of balance that can be charged/reserved
       * from the caller to pay for the storage consumed.
       * * `code`: The contract code to deploy in raw bytes.
       * * `data`: The input data to pass to the contract constructor.
       * * `salt`: Used for the address derivation. If `Some` is supplied then `CREATE2`
       * semantics are used. If `None` then `CRATE1` is used.
       * 
       * 
       * Instantiation is executed as follows:
       * 
       * - The supplied `code` is deployed, and a `code_hash` is created for that code.
       * - If the `code_hash` already exists on the chain the underlying `code` will be shared.
       * - The destination address is computed based on the sender, code_hash and the salt.
       * - The smart-contract account is created at the computed address.
       * - The `value` is transferred to the new account.
       * - The `deploy` function is executed in the context of the newly-created account.
       **/
      instantiateWithCode: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, code: Bytes | string | Uint8Array, data: Bytes | string | Uint8Array, salt: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, Bytes, Bytes, Option<U8aFixed>]>;
      /**
       * Register the callers account id so that it can be used in contract interactions.
       * 
       * This will error if the origin is already mapped or is a eth native `Address20`. It will
       * take a deposit that can be released by calling [`Self::unmap_account`].
       * 
       * Noop when [`Config::AutoMap`] is enabled, as accounts are automatically mapped
       * on creation via [`AutoMapper`].
       **/
      mapAccount: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove the code stored under `code_hash` and refund the deposit to its owner.
       * 
       * A code can only be removed by its original uploader (its owner) and only if it is
       * not used by any contract.
       **/
      removeCode: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Privileged function that changes the code of an existing contract.
       * 
       * This takes care of updating refcounts and all other necessary operations. Returns
       * an error if either the `code_hash` or `dest` do not exist.
       * 
       * # Note
       * 
       * This does **not** change the address of the contract in question. This means
       * that the contract address is no longer derived from its code hash after calling
       * this dispatchable.
       **/
      setCode: AugmentedSubmittable<(dest: H160 | string | Uint8Array, codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, H256]>;
      /**
       * Unregister the callers account id in order to free the deposit.
       * 
       * There is no reason to ever call this function other than freeing up the deposit.
       * This is only useful when the account should no longer be used.
       * 
       * Disabled when [`Config::AutoMap`] is enabled, as accounts are automatically unmapped
       * on kill via [`AutoMapper`].
       **/
      unmapAccount: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Upload new `code` without instantiating a contract from it.
       * 
       * If the code does not already exist a deposit is reserved from the caller
       * The size of the reserve depends on the size of the supplied `code`.
       * 
       * # Note
       * 
       * Anyone can instantiate a contract from any uploaded code and thus prevent its removal.
       * To avoid this situation a constructor could employ access control so that it can
       * only be instantiated by permissioned entities. The same is true when uploading
       * through [`Self::instantiate_with_code`].
       * 
       * If the refcount of the code reaches zero after terminating the last contract that
       * references this code, the code will be removed automatically.
       **/
      uploadCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, Compact<u128>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: MedrecRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedrecRuntimeSessionKeys, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    summary: {
      /**
       * Clears `flags` on `subject` of `patient`'s summary.
       * 
       * - Origin: the patient, or a proxy of theirs.
       * 
       * Emits `StatusAcknowledged`. Errors: `NotAuthorized`, `InvalidFlags`, `NotFound`. O(1).
       **/
      acknowledge: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, subject: MedrecPrimitivesSubject | { Relationship: any } | { Patient: any } | { Study: any } | string | Uint8Array, flags: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, MedrecPrimitivesSubject, u8]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module
