// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H160, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletBalancesCall (18) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (23) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSessionCall (24) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: MedrecRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name MedrecRuntimeSessionKeys (25) */
  interface MedrecRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (26) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name SpConsensusGrandpaAppPublic (27) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletGrandpaCall (28) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (29) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (30) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (31) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (32) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (33) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (36) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (37) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (39) */
  type SpCoreVoid = Null;

  /** @name PalletMedrecRegistrarCall (40) */
  interface PalletMedrecRegistrarCall extends Enum {
    readonly isRegisterMember: boolean;
    readonly asRegisterMember: {
      readonly who: AccountId32;
      readonly role: MedrecPrimitivesRole;
      readonly name: Bytes;
      readonly gatekeeper: Option<Bytes>;
    } & Struct;
    readonly isUpdateProfile: boolean;
    readonly asUpdateProfile: {
      readonly who: AccountId32;
      readonly name: Option<Bytes>;
      readonly gatekeeper: Option<Bytes>;
    } & Struct;
    readonly isDeregisterMember: boolean;
    readonly asDeregisterMember: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetEncryptionKey: boolean;
    readonly asSetEncryptionKey: {
      readonly key: U8aFixed;
    } & Struct;
    readonly isLinkEthAddress: boolean;
    readonly asLinkEthAddress: {
      readonly address: H160;
      readonly signature: U8aFixed;
    } & Struct;
    readonly isUnlinkEthAddress: boolean;
    readonly type: 'RegisterMember' | 'UpdateProfile' | 'DeregisterMember' | 'SetEncryptionKey' | 'LinkEthAddress' | 'UnlinkEthAddress';
  }

  /** @name MedrecPrimitivesRole (41) */
  interface MedrecPrimitivesRole extends Enum {
    readonly isPatient: boolean;
    readonly isProvider: boolean;
    readonly isOrganisation: boolean;
    readonly asOrganisation: MedrecPrimitivesOrganisationKind;
    readonly type: 'Patient' | 'Provider' | 'Organisation';
  }

  /** @name MedrecPrimitivesOrganisationKind (42) */
  interface MedrecPrimitivesOrganisationKind extends Enum {
    readonly isPharmacy: boolean;
    readonly isLab: boolean;
    readonly isResearch: boolean;
    readonly isPayer: boolean;
    readonly type: 'Pharmacy' | 'Lab' | 'Research' | 'Payer';
  }

  /** @name PalletMedrecRelationshipsCall (46) */
  interface PalletMedrecRelationshipsCall extends Enum {
    readonly isOpenRelationship: boolean;
    readonly asOpenRelationship: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isAcceptRelationship: boolean;
    readonly asAcceptRelationship: {
      readonly relationship: u64;
    } & Struct;
    readonly isRejectRelationship: boolean;
    readonly asRejectRelationship: {
      readonly relationship: u64;
    } & Struct;
    readonly isEndRelationship: boolean;
    readonly asEndRelationship: {
      readonly relationship: u64;
    } & Struct;
    readonly isSetPointer: boolean;
    readonly asSetPointer: {
      readonly relationship: u64;
      readonly recordSet: u32;
      readonly category: MedrecPrimitivesCategory;
      readonly digest: H256;
    } & Struct;
    readonly isRemovePointer: boolean;
    readonly asRemovePointer: {
      readonly relationship: u64;
      readonly recordSet: u32;
    } & Struct;
    readonly isGrant: boolean;
    readonly asGrant: {
      readonly patient: AccountId32;
      readonly viewer: MedrecPrimitivesViewer;
      readonly scope: MedrecPrimitivesScope;
      readonly categories: u16;
      readonly purpose: MedrecPrimitivesPurpose;
      readonly notBefore: u64;
      readonly expires: u64;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly patient: AccountId32;
      readonly grant: u32;
    } & Struct;
    readonly isCreateGroup: boolean;
    readonly asCreateGroup: {
      readonly patient: AccountId32;
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isAddGroupMember: boolean;
    readonly asAddGroupMember: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly member: AccountId32;
    } & Struct;
    readonly isRemoveGroupMember: boolean;
    readonly asRemoveGroupMember: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly member: AccountId32;
    } & Struct;
    readonly isRemoveGroup: boolean;
    readonly asRemoveGroup: {
      readonly patient: AccountId32;
      readonly group: u32;
    } & Struct;
    readonly isAddProxy: boolean;
    readonly asAddProxy: {
      readonly proxy: AccountId32;
      readonly categories: u16;
      readonly expires: u64;
    } & Struct;
    readonly isRemoveProxy: boolean;
    readonly asRemoveProxy: {
      readonly patient: AccountId32;
      readonly proxy: AccountId32;
    } & Struct;
    readonly isSetBreakGlass: boolean;
    readonly asSetBreakGlass: {
      readonly enabled: bool;
    } & Struct;
    readonly isBreakGlass: boolean;
    readonly asBreakGlass: {
      readonly patient: AccountId32;
      readonly justification: Bytes;
    } & Struct;
    readonly isSetDeadManSwitch: boolean;
    readonly asSetDeadManSwitch: {
      readonly timeout: u64;
      readonly beneficiaries: Vec<AccountId32>;
      readonly categories: u16;
    } & Struct;
    readonly isCheckIn: boolean;
    readonly isClearDeadManSwitch: boolean;
    readonly isRequestAccess: boolean;
    readonly asRequestAccess: {
      readonly patient: AccountId32;
      readonly scope: MedrecPrimitivesScope;
      readonly categories: u16;
      readonly purpose: MedrecPrimitivesPurpose;
      readonly duration: u64;
    } & Struct;
    readonly isApproveRequest: boolean;
    readonly asApproveRequest: {
      readonly patient: AccountId32;
      readonly request: u32;
    } & Struct;
    readonly isDeclineRequest: boolean;
    readonly asDeclineRequest: {
      readonly patient: AccountId32;
      readonly request: u32;
    } & Struct;
    readonly type: 'OpenRelationship' | 'AcceptRelationship' | 'RejectRelationship' | 'EndRelationship' | 'SetPointer' | 'RemovePointer' | 'Grant' | 'Revoke' | 'CreateGroup' | 'AddGroupMember' | 'RemoveGroupMember' | 'RemoveGroup' | 'AddProxy' | 'RemoveProxy' | 'SetBreakGlass' | 'BreakGlass' | 'SetDeadManSwitch' | 'CheckIn' | 'ClearDeadManSwitch' | 'RequestAccess' | 'ApproveRequest' | 'DeclineRequest';
  }

  /** @name MedrecPrimitivesCategory (47) */
  interface MedrecPrimitivesCategory extends Enum {
    readonly isDemographics: boolean;
    readonly isConditions: boolean;
    readonly isMedications: boolean;
    readonly isAllergies: boolean;
    readonly isImmunizations: boolean;
    readonly isObservations: boolean;
    readonly isProcedures: boolean;
    readonly isEncounters: boolean;
    readonly isClinicalNotes: boolean;
    readonly isImaging: boolean;
    readonly isMentalHealth: boolean;
    readonly isSubstanceUse: boolean;
    readonly isSexualReproductiveHealth: boolean;
    readonly type: 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Immunizations' | 'Observations' | 'Procedures' | 'Encounters' | 'ClinicalNotes' | 'Imaging' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth';
  }

  /** @name MedrecPrimitivesViewer (48) */
  interface MedrecPrimitivesViewer extends Enum {
    readonly isAccount: boolean;
    readonly asAccount: AccountId32;
    readonly isGroup: boolean;
    readonly asGroup: u32;
    readonly type: 'Account' | 'Group';
  }

  /** @name MedrecPrimitivesScope (49) */
  interface MedrecPrimitivesScope extends Enum {
    readonly isRelationship: boolean;
    readonly asRelationship: u64;
    readonly isAllRelationships: boolean;
    readonly type: 'Relationship' | 'AllRelationships';
  }

  /** @name MedrecPrimitivesPurpose (52) */
  interface MedrecPrimitivesPurpose extends Enum {
    readonly isTreatment: boolean;
    readonly isPayment: boolean;
    readonly isOperations: boolean;
    readonly isResearch: boolean;
    readonly isPersonal: boolean;
    readonly type: 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'Personal';
  }

  /** @name PalletMedrecSummaryCall (53) */
  interface PalletMedrecSummaryCall extends Enum {
    readonly isAcknowledge: boolean;
    readonly asAcknowledge: {
      readonly patient: AccountId32;
      readonly subject: MedrecPrimitivesSubject;
      readonly flags: u8;
    } & Struct;
    readonly type: 'Acknowledge';
  }

  /** @name MedrecPrimitivesSubject (54) */
  interface MedrecPrimitivesSubject extends Enum {
    readonly isRelationship: boolean;
    readonly asRelationship: u64;
    readonly isPatient: boolean;
    readonly type: 'Relationship' | 'Patient';
  }

  /** @name PalletMedrecConsortiumCall (56) */
  interface PalletMedrecConsortiumCall extends Enum {
    readonly isProposeJoin: boolean;
    readonly asProposeJoin: {
      readonly name: Bytes;
      readonly gatekeeper: Bytes;
      readonly keys_: MedrecRuntimeSessionKeys;
      readonly proof: Bytes;
      readonly evidenceUrl: Bytes;
      readonly evidenceSha256: U8aFixed;
    } & Struct;
    readonly isProposeRemoval: boolean;
    readonly asProposeRemoval: {
      readonly member: AccountId32;
    } & Struct;
    readonly isProposeMotion: boolean;
    readonly asProposeMotion: {
      readonly call: Call;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly index: u32;
      readonly aye: bool;
    } & Struct;
    readonly isRescind: boolean;
    readonly asRescind: {
      readonly index: u32;
    } & Struct;
    readonly isLeave: boolean;
    readonly isSetSessionLength: boolean;
    readonly asSetSessionLength: {
      readonly blocks: u32;
    } & Struct;
    readonly type: 'ProposeJoin' | 'ProposeRemoval' | 'ProposeMotion' | 'Vote' | 'Rescind' | 'Leave' | 'SetSessionLength';
  }

  /** @name SpRuntimeMultiSignature (57) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (58) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (59) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (60) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (61) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name PalletMedrecRegistrarExtensionCheckMember (64) */
  type PalletMedrecRegistrarExtensionCheckMember = Null;

  /** @name PalletMedrecRegistrarExtensionCheckNonce (65) */
  interface PalletMedrecRegistrarExtensionCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (67) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name FrameSystemAccountInfo (69) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (70) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (72) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpWeightsWeightV2Weight (73) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name SpRuntimeDigest (74) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (76) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (79) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (81) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (82) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (83) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (84) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (85) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (86) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (87) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (88) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (89) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (90) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletBalancesEvent (91) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: MedrecRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: MedrecRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: MedrecRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: MedrecRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: MedrecRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (92) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name MedrecRuntimeRuntimeHoldReason (93) */
  interface MedrecRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly type: 'Session';
  }

  /** @name PalletSessionHoldReason (94) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletBalancesUnexpectedKind (95) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletSessionEvent (96) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletGrandpaEvent (97) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletMedrecRegistrarEvent (100) */
  interface PalletMedrecRegistrarEvent extends Enum {
    readonly isMemberRegistered: boolean;
    readonly asMemberRegistered: {
      readonly who: AccountId32;
      readonly role: MedrecPrimitivesRole;
      readonly name: Bytes;
    } & Struct;
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly who: AccountId32;
    } & Struct;
    readonly isProfileUpdated: boolean;
    readonly asProfileUpdated: {
      readonly who: AccountId32;
      readonly name: Bytes;
      readonly gatekeeper: Option<Bytes>;
    } & Struct;
    readonly isMemberDeregistered: boolean;
    readonly asMemberDeregistered: {
      readonly who: AccountId32;
    } & Struct;
    readonly isEncryptionKeySet: boolean;
    readonly asEncryptionKeySet: {
      readonly who: AccountId32;
      readonly key: U8aFixed;
    } & Struct;
    readonly isEthAddressLinked: boolean;
    readonly asEthAddressLinked: {
      readonly who: AccountId32;
      readonly address: H160;
    } & Struct;
    readonly isEthAddressUnlinked: boolean;
    readonly asEthAddressUnlinked: {
      readonly who: AccountId32;
      readonly address: H160;
    } & Struct;
    readonly type: 'MemberRegistered' | 'PatientRegistered' | 'ProfileUpdated' | 'MemberDeregistered' | 'EncryptionKeySet' | 'EthAddressLinked' | 'EthAddressUnlinked';
  }

  /** @name PalletMedrecRelationshipsEvent (104) */
  interface PalletMedrecRelationshipsEvent extends Enum {
    readonly isRelationshipOpened: boolean;
    readonly asRelationshipOpened: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly provider: AccountId32;
    } & Struct;
    readonly isRelationshipAccepted: boolean;
    readonly asRelationshipAccepted: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isRelationshipRejected: boolean;
    readonly asRelationshipRejected: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isRelationshipEnded: boolean;
    readonly asRelationshipEnded: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isPointerUpdated: boolean;
    readonly asPointerUpdated: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly recordSet: u32;
      readonly category: MedrecPrimitivesCategory;
      readonly digest: H256;
    } & Struct;
    readonly isPointerRemoved: boolean;
    readonly asPointerRemoved: {
      readonly relationship: u64;
      readonly patient: AccountId32;
      readonly recordSet: u32;
    } & Struct;
    readonly isGranted: boolean;
    readonly asGranted: {
      readonly patient: AccountId32;
      readonly grant: MedrecPrimitivesGrant;
      readonly by: AccountId32;
    } & Struct;
    readonly isRevoked: boolean;
    readonly asRevoked: {
      readonly patient: AccountId32;
      readonly grant: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isGrantsPruned: boolean;
    readonly asGrantsPruned: {
      readonly patient: AccountId32;
      readonly grants: Vec<u32>;
    } & Struct;
    readonly isGroupCreated: boolean;
    readonly asGroupCreated: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isGroupMemberAdded: boolean;
    readonly asGroupMemberAdded: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly member: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isGroupMemberRemoved: boolean;
    readonly asGroupMemberRemoved: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly member: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isGroupRemoved: boolean;
    readonly asGroupRemoved: {
      readonly patient: AccountId32;
      readonly group: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isProxyAdded: boolean;
    readonly asProxyAdded: {
      readonly patient: AccountId32;
      readonly proxy: AccountId32;
      readonly categories: u16;
      readonly expires: u64;
    } & Struct;
    readonly isProxyRemoved: boolean;
    readonly asProxyRemoved: {
      readonly patient: AccountId32;
      readonly proxy: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isBreakGlassSet: boolean;
    readonly asBreakGlassSet: {
      readonly patient: AccountId32;
      readonly enabled: bool;
    } & Struct;
    readonly isEmergencyAccessUsed: boolean;
    readonly asEmergencyAccessUsed: {
      readonly patient: AccountId32;
      readonly provider: AccountId32;
      readonly justification: Bytes;
      readonly expires: u64;
      readonly notified: Vec<AccountId32>;
    } & Struct;
    readonly isDeadManSwitchSet: boolean;
    readonly asDeadManSwitchSet: {
      readonly patient: AccountId32;
      readonly timeout: u64;
      readonly beneficiaries: Vec<AccountId32>;
      readonly categories: u16;
    } & Struct;
    readonly isCheckedIn: boolean;
    readonly asCheckedIn: {
      readonly patient: AccountId32;
      readonly at: u64;
    } & Struct;
    readonly isDeadManSwitchCleared: boolean;
    readonly asDeadManSwitchCleared: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly patient: AccountId32;
      readonly request: MedrecPrimitivesAccessRequest;
    } & Struct;
    readonly isRequestApproved: boolean;
    readonly asRequestApproved: {
      readonly patient: AccountId32;
      readonly request: u32;
      readonly grant: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isRequestDeclined: boolean;
    readonly asRequestDeclined: {
      readonly patient: AccountId32;
      readonly request: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly type: 'RelationshipOpened' | 'RelationshipAccepted' | 'RelationshipRejected' | 'RelationshipEnded' | 'PointerUpdated' | 'PointerRemoved' | 'Granted' | 'Revoked' | 'GrantsPruned' | 'GroupCreated' | 'GroupMemberAdded' | 'GroupMemberRemoved' | 'GroupRemoved' | 'ProxyAdded' | 'ProxyRemoved' | 'BreakGlassSet' | 'EmergencyAccessUsed' | 'DeadManSwitchSet' | 'CheckedIn' | 'DeadManSwitchCleared' | 'AccessRequested' | 'RequestApproved' | 'RequestDeclined';
  }

  /** @name MedrecPrimitivesGrant (105) */
  interface MedrecPrimitivesGrant extends Struct {
    readonly id: u32;
    readonly viewer: MedrecPrimitivesViewer;
    readonly scope: MedrecPrimitivesScope;
    readonly categories: u16;
    readonly purpose: MedrecPrimitivesPurpose;
    readonly notBefore: u64;
    readonly expires: u64;
    readonly grantedBy: AccountId32;
  }

  /** @name MedrecPrimitivesAccessRequest (107) */
  interface MedrecPrimitivesAccessRequest extends Struct {
    readonly id: u32;
    readonly requester: AccountId32;
    readonly scope: MedrecPrimitivesScope;
    readonly categories: u16;
    readonly purpose: MedrecPrimitivesPurpose;
    readonly duration: u64;
  }

  /** @name PalletMedrecSummaryEvent (108) */
  interface PalletMedrecSummaryEvent extends Enum {
    readonly isStatusRaised: boolean;
    readonly asStatusRaised: {
      readonly patient: AccountId32;
      readonly subject: MedrecPrimitivesSubject;
      readonly flags: u8;
      readonly status: u8;
    } & Struct;
    readonly isStatusAcknowledged: boolean;
    readonly asStatusAcknowledged: {
      readonly patient: AccountId32;
      readonly subject: MedrecPrimitivesSubject;
      readonly flags: u8;
      readonly status: u8;
      readonly by: AccountId32;
    } & Struct;
    readonly type: 'StatusRaised' | 'StatusAcknowledged';
  }

  /** @name PalletMedrecConsortiumEvent (109) */
  interface PalletMedrecConsortiumEvent extends Enum {
    readonly isJoinProposed: boolean;
    readonly asJoinProposed: {
      readonly index: u32;
      readonly candidate: AccountId32;
      readonly name: Bytes;
      readonly gatekeeper: Bytes;
      readonly evidence: PalletMedrecConsortiumEvidence;
      readonly expires: u32;
    } & Struct;
    readonly isRemovalProposed: boolean;
    readonly asRemovalProposed: {
      readonly index: u32;
      readonly proposer: AccountId32;
      readonly member: AccountId32;
      readonly expires: u32;
    } & Struct;
    readonly isMotionProposed: boolean;
    readonly asMotionProposed: {
      readonly index: u32;
      readonly proposer: AccountId32;
      readonly callHash: H256;
      readonly expires: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly index: u32;
      readonly voter: AccountId32;
      readonly aye: bool;
      readonly ayes: u32;
      readonly nays: u32;
    } & Struct;
    readonly isPassed: boolean;
    readonly asPassed: {
      readonly index: u32;
      readonly ayes: u32;
      readonly members: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly index: u32;
      readonly nays: u32;
      readonly members: u32;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly index: u32;
    } & Struct;
    readonly isExpired: boolean;
    readonly asExpired: {
      readonly index: u32;
    } & Struct;
    readonly isMemberAdmitted: boolean;
    readonly asMemberAdmitted: {
      readonly member: AccountId32;
    } & Struct;
    readonly isMemberRemoved: boolean;
    readonly asMemberRemoved: {
      readonly member: AccountId32;
    } & Struct;
    readonly isMotionExecuted: boolean;
    readonly asMotionExecuted: {
      readonly index: u32;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isSessionLengthSet: boolean;
    readonly asSessionLengthSet: {
      readonly blocks: u32;
    } & Struct;
    readonly type: 'JoinProposed' | 'RemovalProposed' | 'MotionProposed' | 'Voted' | 'Passed' | 'Rejected' | 'Rescinded' | 'Expired' | 'MemberAdmitted' | 'MemberRemoved' | 'MotionExecuted' | 'SessionLengthSet';
  }

  /** @name PalletMedrecConsortiumEvidence (110) */
  interface PalletMedrecConsortiumEvidence extends Struct {
    readonly url: Bytes;
    readonly sha256: U8aFixed;
  }

  /** @name FrameSystemPhase (112) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (116) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (119) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (120) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (121) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (122) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (124) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (125) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (127) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (128) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (133) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletBalancesBalanceLock (135) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (136) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (139) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (142) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: MedrecRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (145) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: MedrecRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name MedrecRuntimeRuntimeFreezeReason (146) */
  type MedrecRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (148) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name SpCoreCryptoKeyTypeId (156) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (157) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (161) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (162) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (164) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletMedrecRegistrarIdentityInfo (165) */
  interface PalletMedrecRegistrarIdentityInfo extends Struct {
    readonly role: MedrecPrimitivesRole;
    readonly encryptionKey: Option<U8aFixed>;
  }

  /** @name PalletMedrecRegistrarProfile (167) */
  interface PalletMedrecRegistrarProfile extends Struct {
    readonly name: Bytes;
    readonly gatekeeper: Option<Bytes>;
  }

  /** @name PalletMedrecRegistrarError (168) */
  interface PalletMedrecRegistrarError extends Enum {
    readonly isAlreadyExists: boolean;
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNameTaken: boolean;
    readonly isEmptyName: boolean;
    readonly isNameTooLong: boolean;
    readonly isUrlTooLong: boolean;
    readonly isInvalidUrl: boolean;
    readonly isGatekeeperRequired: boolean;
    readonly isNotAMember: boolean;
    readonly isNotAPatient: boolean;
    readonly isBadSignature: boolean;
    readonly isEthAddressTaken: boolean;
    readonly isEthAddressAlreadyLinked: boolean;
    readonly type: 'AlreadyExists' | 'NotFound' | 'NotAuthorized' | 'NameTaken' | 'EmptyName' | 'NameTooLong' | 'UrlTooLong' | 'InvalidUrl' | 'GatekeeperRequired' | 'NotAMember' | 'NotAPatient' | 'BadSignature' | 'EthAddressTaken' | 'EthAddressAlreadyLinked';
  }

  /** @name PalletMedrecRelationshipsRelationship (169) */
  interface PalletMedrecRelationshipsRelationship extends Struct {
    readonly patient: AccountId32;
    readonly provider: AccountId32;
    readonly state: MedrecPrimitivesRelationshipState;
    readonly pointers: Vec<MedrecPrimitivesPointer>;
  }

  /** @name MedrecPrimitivesRelationshipState (170) */
  interface MedrecPrimitivesRelationshipState extends Enum {
    readonly isAwaitingAcceptance: boolean;
    readonly isActive: boolean;
    readonly type: 'AwaitingAcceptance' | 'Active';
  }

  /** @name MedrecPrimitivesPointer (172) */
  interface MedrecPrimitivesPointer extends Struct {
    readonly recordSet: u32;
    readonly category: MedrecPrimitivesCategory;
    readonly digest: H256;
    readonly updatedAt: u32;
  }

  /** @name PalletMedrecRelationshipsGroup (180) */
  interface PalletMedrecRelationshipsGroup extends Struct {
    readonly id: u32;
    readonly members: Vec<AccountId32>;
  }

  /** @name MedrecPrimitivesProxy (184) */
  interface MedrecPrimitivesProxy extends Struct {
    readonly who: AccountId32;
    readonly categories: u16;
    readonly expires: u64;
  }

  /** @name PalletMedrecRelationshipsEmergencyAccess (189) */
  interface PalletMedrecRelationshipsEmergencyAccess extends Struct {
    readonly provider: AccountId32;
    readonly expires: u64;
  }

  /** @name PalletMedrecRelationshipsDeadManSwitch (191) */
  interface PalletMedrecRelationshipsDeadManSwitch extends Struct {
    readonly timeout: u64;
    readonly lastCheckIn: u64;
    readonly beneficiaries: Vec<AccountId32>;
    readonly categories: u16;
  }

  /** @name PalletMedrecRelationshipsCounters (193) */
  interface PalletMedrecRelationshipsCounters extends Struct {
    readonly grant: u32;
    readonly group: u32;
    readonly request: u32;
  }

  /** @name PalletMedrecRelationshipsError (194) */
  interface PalletMedrecRelationshipsError extends Enum {
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isAlreadyExists: boolean;
    readonly isNotAProvider: boolean;
    readonly isNotAPatient: boolean;
    readonly isWrongState: boolean;
    readonly isExpired: boolean;
    readonly isInvalidCategories: boolean;
    readonly isOutsideProxyScope: boolean;
    readonly isBreakGlassDisabled: boolean;
    readonly isTimeoutTooShort: boolean;
    readonly isBadJustification: boolean;
    readonly isGroupInUse: boolean;
    readonly isSelfReference: boolean;
    readonly isTooManyRelationships: boolean;
    readonly isTooManyPointers: boolean;
    readonly isTooManyGrants: boolean;
    readonly isTooManyGroups: boolean;
    readonly isTooManyGroupMembers: boolean;
    readonly isTooManyProxies: boolean;
    readonly isTooManyRequests: boolean;
    readonly isTooManyBeneficiaries: boolean;
    readonly isTooManyEmergencyAccesses: boolean;
    readonly type: 'NotFound' | 'NotAuthorized' | 'AlreadyExists' | 'NotAProvider' | 'NotAPatient' | 'WrongState' | 'Expired' | 'InvalidCategories' | 'OutsideProxyScope' | 'BreakGlassDisabled' | 'TimeoutTooShort' | 'BadJustification' | 'GroupInUse' | 'SelfReference' | 'TooManyRelationships' | 'TooManyPointers' | 'TooManyGrants' | 'TooManyGroups' | 'TooManyGroupMembers' | 'TooManyProxies' | 'TooManyRequests' | 'TooManyBeneficiaries' | 'TooManyEmergencyAccesses';
  }

  /** @name PalletMedrecSummaryError (196) */
  interface PalletMedrecSummaryError extends Enum {
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isInvalidFlags: boolean;
    readonly type: 'NotFound' | 'NotAuthorized' | 'InvalidFlags';
  }

  /** @name PalletMedrecConsortiumProposal (197) */
  interface PalletMedrecConsortiumProposal extends Struct {
    readonly proposer: AccountId32;
    readonly action: PalletMedrecConsortiumAction;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly expires: u32;
  }

  /** @name PalletMedrecConsortiumAction (198) */
  interface PalletMedrecConsortiumAction extends Enum {
    readonly isAdmit: boolean;
    readonly asAdmit: {
      readonly candidate: AccountId32;
      readonly name: Bytes;
      readonly gatekeeper: Bytes;
      readonly keys_: MedrecRuntimeSessionKeys;
      readonly proof: Bytes;
      readonly evidence: PalletMedrecConsortiumEvidence;
    } & Struct;
    readonly isRemove: boolean;
    readonly asRemove: {
      readonly member: AccountId32;
    } & Struct;
    readonly isMotion: boolean;
    readonly asMotion: {
      readonly call: Bytes;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly type: 'Admit' | 'Remove' | 'Motion';
  }

  /** @name PalletMedrecConsortiumOpenProposal (202) */
  interface PalletMedrecConsortiumOpenProposal extends Struct {
    readonly index: u32;
    readonly proposer: AccountId32;
    readonly subject: Option<AccountId32>;
    readonly expires: u32;
  }

  /** @name PalletMedrecConsortiumError (205) */
  interface PalletMedrecConsortiumError extends Enum {
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isAlreadyExists: boolean;
    readonly isAlreadyMember: boolean;
    readonly isNotAMember: boolean;
    readonly isTooManyProposals: boolean;
    readonly isTooManyMembers: boolean;
    readonly isTooFewMembers: boolean;
    readonly isExpired: boolean;
    readonly isBadProof: boolean;
    readonly isKeysInUse: boolean;
    readonly isNameTooLong: boolean;
    readonly isUrlTooLong: boolean;
    readonly isProofTooLong: boolean;
    readonly isCallTooLong: boolean;
    readonly isCallTooHeavy: boolean;
    readonly isCallNotAllowed: boolean;
    readonly isZeroSessionLength: boolean;
    readonly type: 'NotFound' | 'NotAuthorized' | 'AlreadyExists' | 'AlreadyMember' | 'NotAMember' | 'TooManyProposals' | 'TooManyMembers' | 'TooFewMembers' | 'Expired' | 'BadProof' | 'KeysInUse' | 'NameTooLong' | 'UrlTooLong' | 'ProofTooLong' | 'CallTooLong' | 'CallTooHeavy' | 'CallNotAllowed' | 'ZeroSessionLength';
  }

  /** @name MedrecRuntimeRuntime (206) */
  type MedrecRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (207) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (208) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (212) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (216) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (217) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (218) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (219) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (224) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (225) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (227) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (229) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name MedrecPrimitivesDecision (236) */
  interface MedrecPrimitivesDecision extends Enum {
    readonly isAllow: boolean;
    readonly asAllow: {
      readonly basis: MedrecPrimitivesBasis;
      readonly expires: Option<u64>;
    } & Struct;
    readonly isDeny: boolean;
    readonly asDeny: MedrecPrimitivesDenyReason;
    readonly type: 'Allow' | 'Deny';
  }

  /** @name MedrecPrimitivesBasis (237) */
  interface MedrecPrimitivesBasis extends Enum {
    readonly isPatient: boolean;
    readonly isRecordHolder: boolean;
    readonly isGrant: boolean;
    readonly asGrant: u32;
    readonly isEmergency: boolean;
    readonly isDeadManSwitch: boolean;
    readonly type: 'Patient' | 'RecordHolder' | 'Grant' | 'Emergency' | 'DeadManSwitch';
  }

  /** @name MedrecPrimitivesDenyReason (239) */
  interface MedrecPrimitivesDenyReason extends Enum {
    readonly isUnknownPatient: boolean;
    readonly isUnknownProvider: boolean;
    readonly isNoRelationship: boolean;
    readonly isRelationshipNotActive: boolean;
    readonly isNoGrant: boolean;
    readonly isCategoryNotGranted: boolean;
    readonly isPurposeNotGranted: boolean;
    readonly isNotYetValid: boolean;
    readonly isExpired: boolean;
    readonly type: 'UnknownPatient' | 'UnknownProvider' | 'NoRelationship' | 'RelationshipNotActive' | 'NoGrant' | 'CategoryNotGranted' | 'PurposeNotGranted' | 'NotYetValid' | 'Expired';
  }

  /** @name MedrecPrimitivesRelationshipView (241) */
  interface MedrecPrimitivesRelationshipView extends Struct {
    readonly id: u64;
    readonly patient: AccountId32;
    readonly provider: AccountId32;
    readonly state: MedrecPrimitivesRelationshipState;
    readonly pointers: Vec<MedrecPrimitivesPointer>;
    readonly status: u8;
  }

  /** @name MedrecPrimitivesIdentityView (245) */
  interface MedrecPrimitivesIdentityView extends Struct {
    readonly role: MedrecPrimitivesRole;
    readonly encryptionKey: Option<U8aFixed>;
    readonly name: Option<Bytes>;
    readonly gatekeeper: Option<Bytes>;
    readonly ethAddress: Option<H160>;
  }

  /** @name MedrecRuntimeRuntimeError (250) */
  interface MedrecRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isRegistrar: boolean;
    readonly asRegistrar: PalletMedrecRegistrarError;
    readonly isRelationships: boolean;
    readonly asRelationships: PalletMedrecRelationshipsError;
    readonly isSummary: boolean;
    readonly asSummary: PalletMedrecSummaryError;
    readonly isConsortium: boolean;
    readonly asConsortium: PalletMedrecConsortiumError;
    readonly type: 'System' | 'Balances' | 'Session' | 'Grandpa' | 'Registrar' | 'Relationships' | 'Summary' | 'Consortium';
  }

} // declare module
