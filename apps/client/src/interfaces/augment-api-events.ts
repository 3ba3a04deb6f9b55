// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, MedrecPrimitivesAccessRequest, MedrecPrimitivesCategory, MedrecPrimitivesGrant, MedrecPrimitivesResearchChoice, MedrecPrimitivesResearchConsentTerms, MedrecPrimitivesRole, MedrecPrimitivesSubject, MedrecRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletMedrecConsortiumEvidence, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';
import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H160, H256 } from '@polkadot/types/interfaces/runtime';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedrecRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: MedrecRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: MedrecRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: MedrecRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: MedrecRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    consortium: {
      /**
       * The proposal's lifetime ran out.
       **/
      Expired: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A candidate proposed to join.
       **/
      JoinProposed: AugmentedEvent<ApiType, [index: u32, candidate: AccountId32, name: Bytes, gatekeeper: Bytes, evidence: PalletMedrecConsortiumEvidence, expires: u32], { index: u32, candidate: AccountId32, name: Bytes, gatekeeper: Bytes, evidence: PalletMedrecConsortiumEvidence, expires: u32 }>;
      /**
       * A candidate became a member; it validates from the session after next.
       **/
      MemberAdmitted: AugmentedEvent<ApiType, [member: AccountId32], { member: AccountId32 }>;
      /**
       * A member was removed, or left; it stops validating from the session after next.
       **/
      MemberRemoved: AugmentedEvent<ApiType, [member: AccountId32], { member: AccountId32 }>;
      /**
       * A passed motion was dispatched, with this result.
       **/
      MotionExecuted: AugmentedEvent<ApiType, [index: u32, result: Result<Null, SpRuntimeDispatchError>], { index: u32, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A member proposed a motion.
       **/
      MotionProposed: AugmentedEvent<ApiType, [index: u32, proposer: AccountId32, callHash: H256, expires: u32], { index: u32, proposer: AccountId32, callHash: H256, expires: u32 }>;
      /**
       * A proposal passed; what it did follows in its own event.
       **/
      Passed: AugmentedEvent<ApiType, [index: u32, ayes: u32, members: u32], { index: u32, ayes: u32, members: u32 }>;
      /**
       * Half or more of the members voted nay.
       **/
      Rejected: AugmentedEvent<ApiType, [index: u32, nays: u32, members: u32], { index: u32, nays: u32, members: u32 }>;
      /**
       * A member proposed removing another.
       **/
      RemovalProposed: AugmentedEvent<ApiType, [index: u32, proposer: AccountId32, member: AccountId32, expires: u32], { index: u32, proposer: AccountId32, member: AccountId32, expires: u32 }>;
      /**
       * The proposer withdrew the proposal.
       **/
      Rescinded: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The session length changed.
       **/
      SessionLengthSet: AugmentedEvent<ApiType, [blocks: u32], { blocks: u32 }>;
      /**
       * A research organisation registered a study, which the members now vote on.
       **/
      StudyProposed: AugmentedEvent<ApiType, [index: u32, researcher: AccountId32, study: u32, expires: u32], { index: u32, researcher: AccountId32, study: u32, expires: u32 }>;
      /**
       * A member voted, or changed its vote. `ayes` and `nays` are the counts after it.
       **/
      Voted: AugmentedEvent<ApiType, [index: u32, voter: AccountId32, aye: bool, ayes: u32, nays: u32], { index: u32, voter: AccountId32, aye: bool, ayes: u32, nays: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    registrar: {
      /**
       * An identity published (or replaced) its encryption key.
       **/
      EncryptionKeySet: AugmentedEvent<ApiType, [who: AccountId32, key: U8aFixed], { who: AccountId32, key: U8aFixed }>;
      /**
       * An identity proved control of an Ethereum address and linked it.
       **/
      EthAddressLinked: AugmentedEvent<ApiType, [who: AccountId32, address: H160], { who: AccountId32, address: H160 }>;
      /**
       * An identity unlinked its Ethereum address.
       **/
      EthAddressUnlinked: AugmentedEvent<ApiType, [who: AccountId32, address: H160], { who: AccountId32, address: H160 }>;
      /**
       * A provider or organisation was removed.
       **/
      MemberDeregistered: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A provider or organisation was admitted.
       **/
      MemberRegistered: AugmentedEvent<ApiType, [who: AccountId32, role: MedrecPrimitivesRole, name: Bytes], { who: AccountId32, role: MedrecPrimitivesRole, name: Bytes }>;
      /**
       * A patient was registered (by a provider opening a relationship with them).
       **/
      PatientRegistered: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A provider's or organisation's profile changed.
       **/
      ProfileUpdated: AugmentedEvent<ApiType, [who: AccountId32, name: Bytes, gatekeeper: Option<Bytes>], { who: AccountId32, name: Bytes, gatekeeper: Option<Bytes> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    relationships: {
      /**
       * Someone asked the patient for access.
       **/
      AccessRequested: AugmentedEvent<ApiType, [patient: AccountId32, request: MedrecPrimitivesAccessRequest], { patient: AccountId32, request: MedrecPrimitivesAccessRequest }>;
      /**
       * The patient opted in to, or out of, break-glass access.
       **/
      BreakGlassSet: AugmentedEvent<ApiType, [patient: AccountId32, enabled: bool], { patient: AccountId32, enabled: bool }>;
      /**
       * The patient checked in, resetting their dead-man switch.
       **/
      CheckedIn: AugmentedEvent<ApiType, [patient: AccountId32, at: u64], { patient: AccountId32, at: u64 }>;
      /**
       * The patient removed their dead-man switch.
       **/
      DeadManSwitchCleared: AugmentedEvent<ApiType, [patient: AccountId32], { patient: AccountId32 }>;
      /**
       * The patient set their dead-man switch.
       **/
      DeadManSwitchSet: AugmentedEvent<ApiType, [patient: AccountId32, timeout: u64, beneficiaries: Vec<AccountId32>, categories: u16], { patient: AccountId32, timeout: u64, beneficiaries: Vec<AccountId32>, categories: u16 }>;
      /**
       * A provider broke the glass. `notified` are the patient's proxies at that moment.
       **/
      EmergencyAccessUsed: AugmentedEvent<ApiType, [patient: AccountId32, provider: AccountId32, justification: Bytes, expires: u64, notified: Vec<AccountId32>], { patient: AccountId32, provider: AccountId32, justification: Bytes, expires: u64, notified: Vec<AccountId32> }>;
      /**
       * `by` granted access.
       **/
      Granted: AugmentedEvent<ApiType, [patient: AccountId32, grant: MedrecPrimitivesGrant, by: AccountId32], { patient: AccountId32, grant: MedrecPrimitivesGrant, by: AccountId32 }>;
      /**
       * Grants that had expired were dropped to make room.
       **/
      GrantsPruned: AugmentedEvent<ApiType, [patient: AccountId32, grants: Vec<u32>], { patient: AccountId32, grants: Vec<u32> }>;
      /**
       * A viewer group was created.
       **/
      GroupCreated: AugmentedEvent<ApiType, [patient: AccountId32, group: u32, by: AccountId32], { patient: AccountId32, group: u32, by: AccountId32 }>;
      /**
       * An account joined a viewer group.
       **/
      GroupMemberAdded: AugmentedEvent<ApiType, [patient: AccountId32, group: u32, member: AccountId32, by: AccountId32], { patient: AccountId32, group: u32, member: AccountId32, by: AccountId32 }>;
      /**
       * An account left a viewer group.
       **/
      GroupMemberRemoved: AugmentedEvent<ApiType, [patient: AccountId32, group: u32, member: AccountId32, by: AccountId32], { patient: AccountId32, group: u32, member: AccountId32, by: AccountId32 }>;
      /**
       * A viewer group was removed.
       **/
      GroupRemoved: AugmentedEvent<ApiType, [patient: AccountId32, group: u32, by: AccountId32], { patient: AccountId32, group: u32, by: AccountId32 }>;
      /**
       * The provider removed a data pointer.
       **/
      PointerRemoved: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, recordSet: u32], { relationship: u64, patient: AccountId32, recordSet: u32 }>;
      /**
       * The provider added or changed a data pointer.
       **/
      PointerUpdated: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, recordSet: u32, category: MedrecPrimitivesCategory, digest: H256], { relationship: u64, patient: AccountId32, recordSet: u32, category: MedrecPrimitivesCategory, digest: H256 }>;
      /**
       * The patient named (or re-limited) a proxy.
       **/
      ProxyAdded: AugmentedEvent<ApiType, [patient: AccountId32, proxy: AccountId32, categories: u16, expires: u64], { patient: AccountId32, proxy: AccountId32, categories: u16, expires: u64 }>;
      /**
       * A proxy was removed, by the patient or by resigning.
       **/
      ProxyRemoved: AugmentedEvent<ApiType, [patient: AccountId32, proxy: AccountId32, by: AccountId32], { patient: AccountId32, proxy: AccountId32, by: AccountId32 }>;
      /**
       * The patient (or `by`, their proxy) accepted a relationship.
       **/
      RelationshipAccepted: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, by: AccountId32], { relationship: u64, patient: AccountId32, by: AccountId32 }>;
      /**
       * `by` ended a relationship; it and the grants on it are gone.
       **/
      RelationshipEnded: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, by: AccountId32], { relationship: u64, patient: AccountId32, by: AccountId32 }>;
      /**
       * A provider opened a relationship; it awaits the patient's acceptance.
       **/
      RelationshipOpened: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, provider: AccountId32], { relationship: u64, patient: AccountId32, provider: AccountId32 }>;
      /**
       * The patient (or `by`, their proxy) rejected a relationship; it is gone.
       **/
      RelationshipRejected: AugmentedEvent<ApiType, [relationship: u64, patient: AccountId32, by: AccountId32], { relationship: u64, patient: AccountId32, by: AccountId32 }>;
      /**
       * A request was approved; `grant` is the grant it became.
       **/
      RequestApproved: AugmentedEvent<ApiType, [patient: AccountId32, request: u32, grant: u32, by: AccountId32], { patient: AccountId32, request: u32, grant: u32, by: AccountId32 }>;
      /**
       * A request was declined.
       **/
      RequestDeclined: AugmentedEvent<ApiType, [patient: AccountId32, request: u32, by: AccountId32], { patient: AccountId32, request: u32, by: AccountId32 }>;
      /**
       * `by` revoked a grant; it no longer allows anything from the next block.
       **/
      Revoked: AugmentedEvent<ApiType, [patient: AccountId32, grant: u32, by: AccountId32], { patient: AccountId32, grant: u32, by: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    research: {
      /**
       * `by` opted `patient` into or out of `study`.
       **/
      ChoiceMade: AugmentedEvent<ApiType, [study: u32, patient: AccountId32, choice: MedrecPrimitivesResearchChoice, by: AccountId32], { study: u32, patient: AccountId32, choice: MedrecPrimitivesResearchChoice, by: AccountId32 }>;
      /**
       * `by` recorded `patient`'s research consent, replacing any earlier one.
       **/
      ConsentGiven: AugmentedEvent<ApiType, [patient: AccountId32, terms: MedrecPrimitivesResearchConsentTerms, by: AccountId32], { patient: AccountId32, terms: MedrecPrimitivesResearchConsentTerms, by: AccountId32 }>;
      /**
       * `by` withdrew `patient`'s consent, and with it every choice made under it.
       **/
      ConsentWithdrawn: AugmentedEvent<ApiType, [patient: AccountId32, by: AccountId32], { patient: AccountId32, by: AccountId32 }>;
      /**
       * Every patient whose consent could reach `study` has been invited: `count` of them.
       **/
      InvitationsSent: AugmentedEvent<ApiType, [study: u32, count: u32], { study: u32, count: u32 }>;
      /**
       * Query `query` of `study` was authorized: sites may answer it once this block is
       * final. `remaining` is what is left of the budget.
       **/
      QueryAuthorized: AugmentedEvent<ApiType, [study: u32, query: u32, hash_: H256, epsilon: u32, remaining: u32], { study: u32, query: u32, hash_: H256, epsilon: u32, remaining: u32 }>;
      /**
       * The same query was asked again: it keeps its id and spends nothing.
       **/
      QueryRepeated: AugmentedEvent<ApiType, [study: u32, query: u32], { study: u32, query: u32 }>;
      StudyApproved: AugmentedEvent<ApiType, [study: u32], { study: u32 }>;
      StudyClosed: AugmentedEvent<ApiType, [study: u32], { study: u32 }>;
      /**
       * The proposal expired or was withdrawn, or the researcher left before approval.
       **/
      StudyLapsed: AugmentedEvent<ApiType, [study: u32], { study: u32 }>;
      /**
       * A study was registered and is before the consortium as `proposal`.
       **/
      StudyRegistered: AugmentedEvent<ApiType, [study: u32, researcher: AccountId32, proposal: u32, expires: u32], { study: u32, researcher: AccountId32, proposal: u32, expires: u32 }>;
      StudyRejected: AugmentedEvent<ApiType, [study: u32], { study: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    revive: {
      /**
       * A custom event emitted by the contract.
       **/
      ContractEmitted: AugmentedEvent<ApiType, [contract: H160, data: Bytes, topics: Vec<H256>], { contract: H160, data: Bytes, topics: Vec<H256> }>;
      /**
       * Emitted when an Ethereum transaction reverts.
       * 
       * Ethereum transactions always complete successfully at the extrinsic level,
       * as even reverted calls must store their `ReceiptInfo`.
       * To distinguish reverted calls from successful ones, this event is emitted
       * for failed Ethereum transactions.
       **/
      EthExtrinsicRevert: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError], { dispatchError: SpRuntimeDispatchError }>;
      /**
       * Contract deployed by deployer at the specified address.
       **/
      Instantiated: AugmentedEvent<ApiType, [deployer: H160, contract: H160], { deployer: H160, contract: H160 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    summary: {
      /**
       * `by` acknowledged `flags` on `subject`; `status` is what is still set.
       **/
      StatusAcknowledged: AugmentedEvent<ApiType, [patient: AccountId32, subject: MedrecPrimitivesSubject, flags: u8, status: u8, by: AccountId32], { patient: AccountId32, subject: MedrecPrimitivesSubject, flags: u8, status: u8, by: AccountId32 }>;
      /**
       * `flags` were raised on `subject`; `status` is what is now set.
       **/
      StatusRaised: AugmentedEvent<ApiType, [patient: AccountId32, subject: MedrecPrimitivesSubject, flags: u8, status: u8], { patient: AccountId32, subject: MedrecPrimitivesSubject, flags: u8, status: u8 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
