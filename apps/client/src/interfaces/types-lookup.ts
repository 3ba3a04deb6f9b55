// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U256, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
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
    readonly isStudy: boolean;
    readonly asStudy: u32;
    readonly type: 'Relationship' | 'Patient' | 'Study';
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

  /** @name PalletMedrecResearchCall (57) */
  interface PalletMedrecResearchCall extends Enum {
    readonly isSetConsent: boolean;
    readonly asSetConsent: {
      readonly patient: AccountId32;
      readonly terms: MedrecPrimitivesResearchConsentTerms;
    } & Struct;
    readonly isWithdrawConsent: boolean;
    readonly asWithdrawConsent: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isChoose: boolean;
    readonly asChoose: {
      readonly patient: AccountId32;
      readonly study: u32;
      readonly choice: MedrecPrimitivesResearchChoice;
    } & Struct;
    readonly isRegisterStudy: boolean;
    readonly asRegisterStudy: {
      readonly terms: MedrecPrimitivesResearchStudyTerms;
    } & Struct;
    readonly isWithdrawStudy: boolean;
    readonly asWithdrawStudy: {
      readonly study: u32;
    } & Struct;
    readonly isCloseStudy: boolean;
    readonly asCloseStudy: {
      readonly study: u32;
    } & Struct;
    readonly isAuthorizeQuery: boolean;
    readonly asAuthorizeQuery: {
      readonly study: u32;
      readonly query: MedrecPrimitivesResearchQuery;
    } & Struct;
    readonly type: 'SetConsent' | 'WithdrawConsent' | 'Choose' | 'RegisterStudy' | 'WithdrawStudy' | 'CloseStudy' | 'AuthorizeQuery';
  }

  /** @name MedrecPrimitivesResearchConsentTerms (58) */
  interface MedrecPrimitivesResearchConsentTerms extends Struct {
    readonly permission: MedrecPrimitivesResearchDuoPermission;
    readonly modifiers: u16;
    readonly region: Option<U8aFixed>;
    readonly categories: u16;
    readonly notBefore: u64;
    readonly expires: u64;
    readonly home: AccountId32;
    readonly mode: MedrecPrimitivesResearchConsentMode;
  }

  /** @name MedrecPrimitivesResearchDuoPermission (59) */
  interface MedrecPrimitivesResearchDuoPermission extends Enum {
    readonly isGru: boolean;
    readonly isHmb: boolean;
    readonly isDs: boolean;
    readonly asDs: Vec<Bytes>;
    readonly type: 'Gru' | 'Hmb' | 'Ds';
  }

  /** @name MedrecPrimitivesResearchConsentMode (67) */
  interface MedrecPrimitivesResearchConsentMode extends Enum {
    readonly isBroad: boolean;
    readonly isAskEachStudy: boolean;
    readonly type: 'Broad' | 'AskEachStudy';
  }

  /** @name MedrecPrimitivesResearchChoice (68) */
  interface MedrecPrimitivesResearchChoice extends Enum {
    readonly isOptIn: boolean;
    readonly asOptIn: {
      readonly categories: u16;
    } & Struct;
    readonly isOptOut: boolean;
    readonly type: 'OptIn' | 'OptOut';
  }

  /** @name MedrecPrimitivesResearchStudyTerms (69) */
  interface MedrecPrimitivesResearchStudyTerms extends Struct {
    readonly title: Bytes;
    readonly protocolUrl: Bytes;
    readonly protocolSha256: U8aFixed;
    readonly ethicsSha256: U8aFixed;
    readonly purpose: MedrecPrimitivesResearchStudyPurpose;
    readonly categories: u16;
    readonly starts: u64;
    readonly ends: u64;
    readonly minCell: u16;
    readonly budget: u32;
    readonly maxPerQuery: u32;
  }

  /** @name MedrecPrimitivesResearchStudyPurpose (72) */
  interface MedrecPrimitivesResearchStudyPurpose extends Struct {
    readonly primary: MedrecPrimitivesResearchPrimaryPurpose;
    readonly methodsDevelopment: bool;
    readonly commercial: bool;
    readonly forProfitOrg: bool;
    readonly publishes: bool;
    readonly region: U8aFixed;
    readonly sensitiveArea: bool;
  }

  /** @name MedrecPrimitivesResearchPrimaryPurpose (73) */
  interface MedrecPrimitivesResearchPrimaryPurpose extends Enum {
    readonly isGeneral: boolean;
    readonly isHealth: boolean;
    readonly isDisease: boolean;
    readonly asDisease: Vec<Bytes>;
    readonly isAncestry: boolean;
    readonly type: 'General' | 'Health' | 'Disease' | 'Ancestry';
  }

  /** @name MedrecPrimitivesResearchQuery (74) */
  interface MedrecPrimitivesResearchQuery extends Struct {
    readonly epsilon: u32;
    readonly indexDate: u64;
    readonly criteria: Vec<MedrecPrimitivesResearchCriterion>;
    readonly groupBy: Vec<MedrecPrimitivesResearchDimension>;
  }

  /** @name MedrecPrimitivesResearchCriterion (76) */
  interface MedrecPrimitivesResearchCriterion extends Enum {
    readonly isHas: boolean;
    readonly asHas: MedrecPrimitivesResearchClause;
    readonly isLacks: boolean;
    readonly asLacks: MedrecPrimitivesResearchClause;
    readonly isAge: boolean;
    readonly asAge: {
      readonly min: u8;
      readonly max: u8;
    } & Struct;
    readonly isSex: boolean;
    readonly asSex: u8;
    readonly type: 'Has' | 'Lacks' | 'Age' | 'Sex';
  }

  /** @name MedrecPrimitivesResearchClause (77) */
  interface MedrecPrimitivesResearchClause extends Struct {
    readonly resource: MedrecPrimitivesResearchResourceKind;
    readonly system: MedrecPrimitivesResearchCodeSystem;
    readonly codes: Vec<Bytes>;
    readonly prefix: bool;
    readonly value: Option<MedrecPrimitivesResearchValueRange>;
    readonly window: Option<MedrecPrimitivesResearchDateWindow>;
    readonly sensitive: u16;
  }

  /** @name MedrecPrimitivesResearchResourceKind (78) */
  interface MedrecPrimitivesResearchResourceKind extends Enum {
    readonly isCondition: boolean;
    readonly isMedication: boolean;
    readonly isObservation: boolean;
    readonly isProcedure: boolean;
    readonly isImmunization: boolean;
    readonly isEncounter: boolean;
    readonly isAllergy: boolean;
    readonly type: 'Condition' | 'Medication' | 'Observation' | 'Procedure' | 'Immunization' | 'Encounter' | 'Allergy';
  }

  /** @name MedrecPrimitivesResearchCodeSystem (79) */
  interface MedrecPrimitivesResearchCodeSystem extends Enum {
    readonly isIcd10: boolean;
    readonly isSnomed: boolean;
    readonly isLoinc: boolean;
    readonly isRxNorm: boolean;
    readonly isCvx: boolean;
    readonly type: 'Icd10' | 'Snomed' | 'Loinc' | 'RxNorm' | 'Cvx';
  }

  /** @name MedrecPrimitivesResearchValueRange (82) */
  interface MedrecPrimitivesResearchValueRange extends Struct {
    readonly min: Option<i64>;
    readonly max: Option<i64>;
    readonly unit: Bytes;
  }

  /** @name MedrecPrimitivesResearchDateWindow (87) */
  interface MedrecPrimitivesResearchDateWindow extends Struct {
    readonly from: Option<u64>;
    readonly until: Option<u64>;
  }

  /** @name MedrecPrimitivesResearchDimension (92) */
  interface MedrecPrimitivesResearchDimension extends Enum {
    readonly isAgeBands: boolean;
    readonly asAgeBands: Bytes;
    readonly isSex: boolean;
    readonly type: 'AgeBands' | 'Sex';
  }

  /** @name PalletReviveCall (95) */
  interface PalletReviveCall extends Enum {
    readonly isEthTransact: boolean;
    readonly asEthTransact: {
      readonly payload: Bytes;
    } & Struct;
    readonly isCall: boolean;
    readonly asCall: {
      readonly dest: H160;
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly data: Bytes;
    } & Struct;
    readonly isInstantiate: boolean;
    readonly asInstantiate: {
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly codeHash: H256;
      readonly data: Bytes;
      readonly salt: Option<U8aFixed>;
    } & Struct;
    readonly isInstantiateWithCode: boolean;
    readonly asInstantiateWithCode: {
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly code: Bytes;
      readonly data: Bytes;
      readonly salt: Option<U8aFixed>;
    } & Struct;
    readonly isUploadCode: boolean;
    readonly asUploadCode: {
      readonly code: Bytes;
      readonly storageDepositLimit: Compact<u128>;
    } & Struct;
    readonly isRemoveCode: boolean;
    readonly asRemoveCode: {
      readonly codeHash: H256;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly dest: H160;
      readonly codeHash: H256;
    } & Struct;
    readonly isMapAccount: boolean;
    readonly isUnmapAccount: boolean;
    readonly isDispatchAsFallbackAccount: boolean;
    readonly asDispatchAsFallbackAccount: {
      readonly call: Call;
    } & Struct;
    readonly isEthInstantiateWithCode: boolean;
    readonly asEthInstantiateWithCode: {
      readonly value: U256;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly ethGasLimit: U256;
      readonly code: Bytes;
      readonly data: Bytes;
      readonly transactionEncoded: Bytes;
      readonly effectiveGasPrice: U256;
      readonly encodedLen: u32;
    } & Struct;
    readonly isEthCall: boolean;
    readonly asEthCall: {
      readonly dest: H160;
      readonly value: U256;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly ethGasLimit: U256;
      readonly data: Bytes;
      readonly transactionEncoded: Bytes;
      readonly effectiveGasPrice: U256;
      readonly encodedLen: u32;
    } & Struct;
    readonly isEthSubstrateCall: boolean;
    readonly asEthSubstrateCall: {
      readonly call: Call;
      readonly transactionEncoded: Bytes;
    } & Struct;
    readonly isBatchMapAccounts: boolean;
    readonly asBatchMapAccounts: {
      readonly accounts: Vec<AccountId32>;
    } & Struct;
    readonly type: 'EthTransact' | 'Call' | 'Instantiate' | 'InstantiateWithCode' | 'UploadCode' | 'RemoveCode' | 'SetCode' | 'MapAccount' | 'UnmapAccount' | 'DispatchAsFallbackAccount' | 'EthInstantiateWithCode' | 'EthCall' | 'EthSubstrateCall' | 'BatchMapAccounts';
  }

  /** @name SpWeightsWeightV2Weight (96) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name SpRuntimeMultiSignature (100) */
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

  /** @name FrameSystemExtensionsCheckNonZeroSender (101) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (102) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (103) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (104) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name PalletMedrecRegistrarExtensionCheckMember (107) */
  type PalletMedrecRegistrarExtensionCheckMember = Null;

  /** @name PalletMedrecRegistrarExtensionCheckNonce (108) */
  interface PalletMedrecRegistrarExtensionCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (110) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name MedrecRuntimeConfigsEvmCheckEvm (111) */
  type MedrecRuntimeConfigsEvmCheckEvm = Null;

  /** @name MedrecRuntimeConfigsEvmChargeEthGas (112) */
  type MedrecRuntimeConfigsEvmChargeEthGas = Null;

  /** @name PalletReviveEvmTxExtensionSetOrigin (113) */
  type PalletReviveEvmTxExtensionSetOrigin = Null;

  /** @name FrameSystemExtensionsWeightReclaim (114) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (116) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (117) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (119) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (120) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (122) */
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

  /** @name FrameSystemEventRecord (125) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (127) */
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

  /** @name FrameSystemDispatchEventInfo (128) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (129) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (130) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (131) */
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

  /** @name SpRuntimeModuleError (132) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (133) */
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

  /** @name SpArithmeticArithmeticError (134) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (135) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (136) */
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

  /** @name PalletBalancesEvent (137) */
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

  /** @name FrameSupportTokensMiscBalanceStatus (138) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name MedrecRuntimeRuntimeHoldReason (139) */
  interface MedrecRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveHoldReason;
    readonly type: 'Session' | 'Revive';
  }

  /** @name PalletSessionHoldReason (140) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletReviveHoldReason (141) */
  interface PalletReviveHoldReason extends Enum {
    readonly isCodeUploadDepositReserve: boolean;
    readonly isStorageDepositReserve: boolean;
    readonly isAddressMapping: boolean;
    readonly type: 'CodeUploadDepositReserve' | 'StorageDepositReserve' | 'AddressMapping';
  }

  /** @name PalletBalancesUnexpectedKind (142) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletSessionEvent (143) */
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

  /** @name PalletGrandpaEvent (144) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletTransactionPaymentEvent (147) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletMedrecRegistrarEvent (148) */
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

  /** @name PalletMedrecRelationshipsEvent (151) */
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

  /** @name MedrecPrimitivesGrant (152) */
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

  /** @name MedrecPrimitivesAccessRequest (154) */
  interface MedrecPrimitivesAccessRequest extends Struct {
    readonly id: u32;
    readonly requester: AccountId32;
    readonly scope: MedrecPrimitivesScope;
    readonly categories: u16;
    readonly purpose: MedrecPrimitivesPurpose;
    readonly duration: u64;
  }

  /** @name PalletMedrecSummaryEvent (155) */
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

  /** @name PalletMedrecConsortiumEvent (156) */
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
    readonly isStudyProposed: boolean;
    readonly asStudyProposed: {
      readonly index: u32;
      readonly researcher: AccountId32;
      readonly study: u32;
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
    readonly type: 'JoinProposed' | 'RemovalProposed' | 'MotionProposed' | 'StudyProposed' | 'Voted' | 'Passed' | 'Rejected' | 'Rescinded' | 'Expired' | 'MemberAdmitted' | 'MemberRemoved' | 'MotionExecuted' | 'SessionLengthSet';
  }

  /** @name PalletMedrecConsortiumEvidence (157) */
  interface PalletMedrecConsortiumEvidence extends Struct {
    readonly url: Bytes;
    readonly sha256: U8aFixed;
  }

  /** @name PalletMedrecResearchEvent (159) */
  interface PalletMedrecResearchEvent extends Enum {
    readonly isConsentGiven: boolean;
    readonly asConsentGiven: {
      readonly patient: AccountId32;
      readonly terms: MedrecPrimitivesResearchConsentTerms;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentWithdrawn: boolean;
    readonly asConsentWithdrawn: {
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isChoiceMade: boolean;
    readonly asChoiceMade: {
      readonly study: u32;
      readonly patient: AccountId32;
      readonly choice: MedrecPrimitivesResearchChoice;
      readonly by: AccountId32;
    } & Struct;
    readonly isStudyRegistered: boolean;
    readonly asStudyRegistered: {
      readonly study: u32;
      readonly researcher: AccountId32;
      readonly proposal: u32;
      readonly expires: u32;
    } & Struct;
    readonly isStudyApproved: boolean;
    readonly asStudyApproved: {
      readonly study: u32;
    } & Struct;
    readonly isStudyRejected: boolean;
    readonly asStudyRejected: {
      readonly study: u32;
    } & Struct;
    readonly isStudyLapsed: boolean;
    readonly asStudyLapsed: {
      readonly study: u32;
    } & Struct;
    readonly isStudyClosed: boolean;
    readonly asStudyClosed: {
      readonly study: u32;
    } & Struct;
    readonly isQueryAuthorized: boolean;
    readonly asQueryAuthorized: {
      readonly study: u32;
      readonly query: u32;
      readonly hash_: H256;
      readonly epsilon: u32;
      readonly remaining: u32;
    } & Struct;
    readonly isQueryRepeated: boolean;
    readonly asQueryRepeated: {
      readonly study: u32;
      readonly query: u32;
    } & Struct;
    readonly isInvitationsSent: boolean;
    readonly asInvitationsSent: {
      readonly study: u32;
      readonly count: u32;
    } & Struct;
    readonly type: 'ConsentGiven' | 'ConsentWithdrawn' | 'ChoiceMade' | 'StudyRegistered' | 'StudyApproved' | 'StudyRejected' | 'StudyLapsed' | 'StudyClosed' | 'QueryAuthorized' | 'QueryRepeated' | 'InvitationsSent';
  }

  /** @name PalletReviveEvent (160) */
  interface PalletReviveEvent extends Enum {
    readonly isContractEmitted: boolean;
    readonly asContractEmitted: {
      readonly contract: H160;
      readonly data: Bytes;
      readonly topics: Vec<H256>;
    } & Struct;
    readonly isInstantiated: boolean;
    readonly asInstantiated: {
      readonly deployer: H160;
      readonly contract: H160;
    } & Struct;
    readonly isEthExtrinsicRevert: boolean;
    readonly asEthExtrinsicRevert: {
      readonly dispatchError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ContractEmitted' | 'Instantiated' | 'EthExtrinsicRevert';
  }

  /** @name FrameSystemPhase (162) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (165) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (168) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (169) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (170) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (171) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (173) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (174) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (176) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (177) */
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

  /** @name FrameSystemError (182) */
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

  /** @name PalletBalancesBalanceLock (184) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (185) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (188) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (191) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: MedrecRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (194) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: MedrecRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name MedrecRuntimeRuntimeFreezeReason (195) */
  interface MedrecRuntimeRuntimeFreezeReason extends Enum {
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveFreezeReason;
    readonly type: 'Revive';
  }

  /** @name PalletReviveFreezeReason (196) */
  interface PalletReviveFreezeReason extends Enum {
    readonly isPGasMinBalance: boolean;
    readonly type: 'PGasMinBalance';
  }

  /** @name PalletBalancesError (198) */
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

  /** @name SpCoreCryptoKeyTypeId (206) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (207) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (211) */
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

  /** @name PalletGrandpaStoredPendingChange (212) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (214) */
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

  /** @name PalletTransactionPaymentReleases (216) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (217) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (218) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletMedrecRegistrarIdentityInfo (219) */
  interface PalletMedrecRegistrarIdentityInfo extends Struct {
    readonly role: MedrecPrimitivesRole;
    readonly encryptionKey: Option<U8aFixed>;
  }

  /** @name PalletMedrecRegistrarProfile (220) */
  interface PalletMedrecRegistrarProfile extends Struct {
    readonly name: Bytes;
    readonly gatekeeper: Option<Bytes>;
  }

  /** @name PalletMedrecRegistrarError (221) */
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

  /** @name PalletMedrecRelationshipsRelationship (222) */
  interface PalletMedrecRelationshipsRelationship extends Struct {
    readonly patient: AccountId32;
    readonly provider: AccountId32;
    readonly state: MedrecPrimitivesRelationshipState;
    readonly pointers: Vec<MedrecPrimitivesPointer>;
  }

  /** @name MedrecPrimitivesRelationshipState (223) */
  interface MedrecPrimitivesRelationshipState extends Enum {
    readonly isAwaitingAcceptance: boolean;
    readonly isActive: boolean;
    readonly type: 'AwaitingAcceptance' | 'Active';
  }

  /** @name MedrecPrimitivesPointer (225) */
  interface MedrecPrimitivesPointer extends Struct {
    readonly recordSet: u32;
    readonly category: MedrecPrimitivesCategory;
    readonly digest: H256;
    readonly updatedAt: u32;
  }

  /** @name PalletMedrecRelationshipsGroup (233) */
  interface PalletMedrecRelationshipsGroup extends Struct {
    readonly id: u32;
    readonly members: Vec<AccountId32>;
  }

  /** @name MedrecPrimitivesProxy (237) */
  interface MedrecPrimitivesProxy extends Struct {
    readonly who: AccountId32;
    readonly categories: u16;
    readonly expires: u64;
  }

  /** @name PalletMedrecRelationshipsEmergencyAccess (242) */
  interface PalletMedrecRelationshipsEmergencyAccess extends Struct {
    readonly provider: AccountId32;
    readonly expires: u64;
  }

  /** @name PalletMedrecRelationshipsDeadManSwitch (244) */
  interface PalletMedrecRelationshipsDeadManSwitch extends Struct {
    readonly timeout: u64;
    readonly lastCheckIn: u64;
    readonly beneficiaries: Vec<AccountId32>;
    readonly categories: u16;
  }

  /** @name PalletMedrecRelationshipsCounters (246) */
  interface PalletMedrecRelationshipsCounters extends Struct {
    readonly grant: u32;
    readonly group: u32;
    readonly request: u32;
  }

  /** @name PalletMedrecRelationshipsError (247) */
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

  /** @name PalletMedrecSummaryError (249) */
  interface PalletMedrecSummaryError extends Enum {
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isInvalidFlags: boolean;
    readonly type: 'NotFound' | 'NotAuthorized' | 'InvalidFlags';
  }

  /** @name PalletMedrecConsortiumProposal (250) */
  interface PalletMedrecConsortiumProposal extends Struct {
    readonly proposer: AccountId32;
    readonly action: PalletMedrecConsortiumAction;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly expires: u32;
  }

  /** @name PalletMedrecConsortiumAction (251) */
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
    readonly isStudy: boolean;
    readonly asStudy: {
      readonly study: u32;
    } & Struct;
    readonly type: 'Admit' | 'Remove' | 'Motion' | 'Study';
  }

  /** @name PalletMedrecConsortiumOpenProposal (255) */
  interface PalletMedrecConsortiumOpenProposal extends Struct {
    readonly index: u32;
    readonly proposer: AccountId32;
    readonly subject: Option<AccountId32>;
    readonly expires: u32;
  }

  /** @name PalletMedrecConsortiumError (258) */
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

  /** @name MedrecPrimitivesResearchResearchConsent (259) */
  interface MedrecPrimitivesResearchResearchConsent extends Struct {
    readonly terms: MedrecPrimitivesResearchConsentTerms;
    readonly givenBy: AccountId32;
  }

  /** @name MedrecPrimitivesResearchChoiceRecord (261) */
  interface MedrecPrimitivesResearchChoiceRecord extends Struct {
    readonly choice: MedrecPrimitivesResearchChoice;
    readonly epoch: u32;
    readonly by: AccountId32;
  }

  /** @name MedrecPrimitivesResearchStudy (262) */
  interface MedrecPrimitivesResearchStudy extends Struct {
    readonly researcher: AccountId32;
    readonly terms: MedrecPrimitivesResearchStudyTerms;
    readonly state: MedrecPrimitivesResearchStudyState;
    readonly spent: u32;
    readonly nextQuery: u32;
  }

  /** @name MedrecPrimitivesResearchStudyState (263) */
  interface MedrecPrimitivesResearchStudyState extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly proposal: u32;
      readonly expires: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly at: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly isLapsed: boolean;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly at: u32;
    } & Struct;
    readonly type: 'Proposed' | 'Approved' | 'Rejected' | 'Lapsed' | 'Closed';
  }

  /** @name MedrecPrimitivesResearchQueryRecord (264) */
  interface MedrecPrimitivesResearchQueryRecord extends Struct {
    readonly hash_: H256;
    readonly query: MedrecPrimitivesResearchQuery;
    readonly authorizedAt: u32;
    readonly atTime: u64;
  }

  /** @name PalletMedrecResearchSweep (267) */
  interface PalletMedrecResearchSweep extends Struct {
    readonly study: u32;
    readonly cursor: Option<Bytes>;
    readonly invited: u32;
  }

  /** @name PalletMedrecResearchError (270) */
  interface PalletMedrecResearchError extends Enum {
    readonly isNotFound: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotAPatient: boolean;
    readonly isNotAProvider: boolean;
    readonly isNotAResearcher: boolean;
    readonly isNoActiveRelationship: boolean;
    readonly isNoConsent: boolean;
    readonly isInvalidCategories: boolean;
    readonly isInvalidWindow: boolean;
    readonly isInvalidTerms: boolean;
    readonly isCellCountTooLow: boolean;
    readonly isInvalidBudget: boolean;
    readonly isTooManyPendingStudies: boolean;
    readonly isWrongState: boolean;
    readonly isStudyNotApproved: boolean;
    readonly isStudyNotActive: boolean;
    readonly isCategoriesNotCovered: boolean;
    readonly isInvalidQuery: boolean;
    readonly asInvalidQuery: {
      readonly reason: u8;
    } & Struct;
    readonly isQueryOutsideStudyCategories: boolean;
    readonly isEpsilonTooLow: boolean;
    readonly isEpsilonAboveQueryMax: boolean;
    readonly isBudgetExceeded: boolean;
    readonly asBudgetExceeded: {
      readonly remaining: u16;
    } & Struct;
    readonly type: 'NotFound' | 'NotAuthorized' | 'NotAPatient' | 'NotAProvider' | 'NotAResearcher' | 'NoActiveRelationship' | 'NoConsent' | 'InvalidCategories' | 'InvalidWindow' | 'InvalidTerms' | 'CellCountTooLow' | 'InvalidBudget' | 'TooManyPendingStudies' | 'WrongState' | 'StudyNotApproved' | 'StudyNotActive' | 'CategoriesNotCovered' | 'InvalidQuery' | 'QueryOutsideStudyCategories' | 'EpsilonTooLow' | 'EpsilonAboveQueryMax' | 'BudgetExceeded';
  }

  /** @name PalletReviveVmCodeInfo (271) */
  interface PalletReviveVmCodeInfo extends Struct {
    readonly owner: AccountId32;
    readonly deposit: Compact<u128>;
    readonly refcount: Compact<u64>;
    readonly codeLen: u32;
    readonly codeType: PalletReviveVmBytecodeType;
    readonly behaviourVersion: u32;
  }

  /** @name PalletReviveVmBytecodeType (272) */
  interface PalletReviveVmBytecodeType extends Enum {
    readonly isPvm: boolean;
    readonly isEvm: boolean;
    readonly type: 'Pvm' | 'Evm';
  }

  /** @name PalletReviveStorageAccountInfo (273) */
  interface PalletReviveStorageAccountInfo extends Struct {
    readonly accountType: PalletReviveStorageAccountType;
    readonly dust: u32;
  }

  /** @name PalletReviveStorageAccountType (274) */
  interface PalletReviveStorageAccountType extends Enum {
    readonly isContract: boolean;
    readonly asContract: PalletReviveStorageContractInfo;
    readonly isEoa: boolean;
    readonly type: 'Contract' | 'Eoa';
  }

  /** @name PalletReviveStorageContractInfo (275) */
  interface PalletReviveStorageContractInfo extends Struct {
    readonly trieId: Bytes;
    readonly codeHash: H256;
    readonly storageBytes: u32;
    readonly storageItems: u32;
    readonly storageByteDeposit: u128;
    readonly storageItemDeposit: u128;
    readonly storageBaseDeposit: u128;
    readonly immutableDataLen: u32;
  }

  /** @name PalletReviveStorageDeletionQueueItem (277) */
  interface PalletReviveStorageDeletionQueueItem extends Struct {
    readonly trieId: Bytes;
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveStorageDeletionQueueManager (278) */
  interface PalletReviveStorageDeletionQueueManager extends Struct {
    readonly insertCounter: u32;
    readonly deleteCounter: u32;
  }

  /** @name PalletReviveEvmApiBlock (279) */
  interface PalletReviveEvmApiBlock extends Struct {
    readonly baseFeePerGas: U256;
    readonly blobGasUsed: U256;
    readonly difficulty: U256;
    readonly excessBlobGas: U256;
    readonly extraData: Bytes;
    readonly gasLimit: U256;
    readonly gasUsed: U256;
    readonly hash_: H256;
    readonly logsBloom: PalletReviveTypesCommonByteBytes256;
    readonly miner: H160;
    readonly mixHash: H256;
    readonly nonce: PalletReviveTypesCommonByteBytes8;
    readonly number: U256;
    readonly parentBeaconBlockRoot: Option<H256>;
    readonly parentHash: H256;
    readonly receiptsRoot: H256;
    readonly requestsHash: Option<H256>;
    readonly sha3Uncles: H256;
    readonly size_: U256;
    readonly stateRoot: H256;
    readonly timestamp: U256;
    readonly totalDifficulty: Option<U256>;
    readonly transactions: PalletReviveEvmApiTransactionHashesOrTransactionInfos;
    readonly transactionsRoot: H256;
    readonly uncles: Vec<H256>;
    readonly withdrawals: Vec<PalletReviveEvmApiBlockWithdrawal>;
    readonly withdrawalsRoot: H256;
  }

  /** @name PalletReviveTypesCommonByteBytes256 (281) */
  interface PalletReviveTypesCommonByteBytes256 extends U8aFixed {}

  /** @name PalletReviveTypesCommonByteBytes8 (283) */
  interface PalletReviveTypesCommonByteBytes8 extends U8aFixed {}

  /** @name PalletReviveEvmApiTransactionHashesOrTransactionInfos (286) */
  interface PalletReviveEvmApiTransactionHashesOrTransactionInfos extends Enum {
    readonly isHashes: boolean;
    readonly asHashes: Vec<H256>;
    readonly isTransactionInfos: boolean;
    readonly asTransactionInfos: Vec<PalletReviveEvmApiTransactionTransactionInfo>;
    readonly type: 'Hashes' | 'TransactionInfos';
  }

  /** @name PalletReviveEvmApiTransactionTransactionInfo (288) */
  interface PalletReviveEvmApiTransactionTransactionInfo extends Struct {
    readonly blockHash: H256;
    readonly blockNumber: U256;
    readonly from: H160;
    readonly hash_: H256;
    readonly transactionIndex: U256;
    readonly transactionSigned: PalletReviveEvmApiTransactionTransactionSigned;
  }

  /** @name PalletReviveEvmApiTransactionTransactionSigned (289) */
  interface PalletReviveEvmApiTransactionTransactionSigned extends Enum {
    readonly isTransaction7702Signed: boolean;
    readonly asTransaction7702Signed: PalletReviveEvmApiTransactionTransaction7702Signed;
    readonly isTransaction4844Signed: boolean;
    readonly asTransaction4844Signed: PalletReviveEvmApiTransactionTransaction4844Signed;
    readonly isTransaction1559Signed: boolean;
    readonly asTransaction1559Signed: PalletReviveEvmApiTransactionTransaction1559Signed;
    readonly isTransaction2930Signed: boolean;
    readonly asTransaction2930Signed: PalletReviveEvmApiTransactionTransaction2930Signed;
    readonly isTransactionLegacySigned: boolean;
    readonly asTransactionLegacySigned: PalletReviveEvmApiTransactionTransactionLegacySigned;
    readonly type: 'Transaction7702Signed' | 'Transaction4844Signed' | 'Transaction1559Signed' | 'Transaction2930Signed' | 'TransactionLegacySigned';
  }

  /** @name PalletReviveEvmApiTransactionTransaction7702Signed (290) */
  interface PalletReviveEvmApiTransactionTransaction7702Signed extends Struct {
    readonly transaction7702Unsigned: PalletReviveEvmApiTransactionTransaction7702Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction7702Unsigned (291) */
  interface PalletReviveEvmApiTransactionTransaction7702Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly authorizationList: Vec<PalletReviveEvmApiTransactionAuthorizationListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionAccessListEntry (293) */
  interface PalletReviveEvmApiTransactionAccessListEntry extends Struct {
    readonly address: H160;
    readonly storageKeys: Vec<H256>;
  }

  /** @name PalletReviveEvmApiTransactionAuthorizationListEntry (295) */
  interface PalletReviveEvmApiTransactionAuthorizationListEntry extends Struct {
    readonly chainId: U256;
    readonly address: H160;
    readonly nonce: U256;
    readonly yParity: U256;
    readonly r: U256;
    readonly s: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction4844Signed (296) */
  interface PalletReviveEvmApiTransactionTransaction4844Signed extends Struct {
    readonly transaction4844Unsigned: PalletReviveEvmApiTransactionTransaction4844Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction4844Unsigned (297) */
  interface PalletReviveEvmApiTransactionTransaction4844Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerBlobGas: U256;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction1559Signed (298) */
  interface PalletReviveEvmApiTransactionTransaction1559Signed extends Struct {
    readonly transaction1559Unsigned: PalletReviveEvmApiTransactionTransaction1559Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction1559Unsigned (299) */
  interface PalletReviveEvmApiTransactionTransaction1559Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction2930Signed (301) */
  interface PalletReviveEvmApiTransactionTransaction2930Signed extends Struct {
    readonly transaction2930Unsigned: PalletReviveEvmApiTransactionTransaction2930Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction2930Unsigned (302) */
  interface PalletReviveEvmApiTransactionTransaction2930Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransactionLegacySigned (303) */
  interface PalletReviveEvmApiTransactionTransactionLegacySigned extends Struct {
    readonly transactionLegacyUnsigned: PalletReviveEvmApiTransactionTransactionLegacyUnsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransactionLegacyUnsigned (304) */
  interface PalletReviveEvmApiTransactionTransactionLegacyUnsigned extends Struct {
    readonly chainId: Option<U256>;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiBlockWithdrawal (306) */
  interface PalletReviveEvmApiBlockWithdrawal extends Struct {
    readonly address: H160;
    readonly amount: U256;
    readonly index: U256;
    readonly validatorIndex: U256;
  }

  /** @name PalletReviveEvmBlockHashReceiptGasInfo (308) */
  interface PalletReviveEvmBlockHashReceiptGasInfo extends Struct {
    readonly gasUsed: U256;
    readonly effectiveGasPrice: U256;
  }

  /** @name PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR (309) */
  interface PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR extends Struct {
    readonly transactionRootBuilder: PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR;
    readonly receiptsRootBuilder: PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR;
    readonly baseFeePerGas: U256;
    readonly blockGasLimit: U256;
    readonly gasUsed: U256;
    readonly logsBloom: U8aFixed;
    readonly txHashes: Vec<H256>;
    readonly gasInfo: Vec<PalletReviveEvmBlockHashReceiptGasInfo>;
  }

  /** @name PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR (310) */
  interface PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR extends Struct {
    readonly key: Bytes;
    readonly valueType: u8;
    readonly builderValue: Bytes;
    readonly stack: Vec<Bytes>;
    readonly stateMasks: Vec<u16>;
    readonly treeMasks: Vec<u16>;
    readonly hashMasks: Vec<u16>;
    readonly storedInDatabase: bool;
    readonly rlpBuf: Bytes;
    readonly index: u64;
  }

  /** @name PalletReviveDebugDebugSettings (313) */
  interface PalletReviveDebugDebugSettings extends Struct {
    readonly allowUnlimitedContractSize: bool;
    readonly bypassEip3607: bool;
    readonly pvmLogs: bool;
    readonly disableExecutionTracing: bool;
  }

  /** @name PalletReviveError (314) */
  interface PalletReviveError extends Enum {
    readonly isInvalidSchedule: boolean;
    readonly isInvalidCallFlags: boolean;
    readonly isOutOfGas: boolean;
    readonly isTransferFailed: boolean;
    readonly isMaxCallDepthReached: boolean;
    readonly isContractNotFound: boolean;
    readonly isCodeNotFound: boolean;
    readonly isCodeInfoNotFound: boolean;
    readonly isOutOfBounds: boolean;
    readonly isDecodingFailed: boolean;
    readonly isContractTrapped: boolean;
    readonly isValueTooLarge: boolean;
    readonly isTerminatedWhileReentrant: boolean;
    readonly isInputForwarded: boolean;
    readonly isTooManyTopics: boolean;
    readonly isDuplicateContract: boolean;
    readonly isTerminatedInConstructor: boolean;
    readonly isReentranceDenied: boolean;
    readonly isReenteredPallet: boolean;
    readonly isStateChangeDenied: boolean;
    readonly isStorageDepositNotEnoughFunds: boolean;
    readonly isStorageDepositLimitExhausted: boolean;
    readonly isCodeInUse: boolean;
    readonly isContractReverted: boolean;
    readonly isCodeRejected: boolean;
    readonly isBlobTooLarge: boolean;
    readonly isStaticMemoryTooLarge: boolean;
    readonly isBasicBlockTooLarge: boolean;
    readonly isInvalidInstruction: boolean;
    readonly isMaxDelegateDependenciesReached: boolean;
    readonly isDelegateDependencyNotFound: boolean;
    readonly isDelegateDependencyAlreadyExists: boolean;
    readonly isCannotAddSelfAsDelegateDependency: boolean;
    readonly isOutOfTransientStorage: boolean;
    readonly isInvalidSyscall: boolean;
    readonly isInvalidStorageFlags: boolean;
    readonly isExecutionFailed: boolean;
    readonly isBalanceConversionFailed: boolean;
    readonly isInvalidImmutableAccess: boolean;
    readonly isAccountUnmapped: boolean;
    readonly isAccountAlreadyMapped: boolean;
    readonly isInvalidGenericTransaction: boolean;
    readonly isRefcountOverOrUnderflow: boolean;
    readonly isUnsupportedPrecompileAddress: boolean;
    readonly isCallDataTooLarge: boolean;
    readonly isReturnDataTooLarge: boolean;
    readonly isInvalidJump: boolean;
    readonly isStackUnderflow: boolean;
    readonly isStackOverflow: boolean;
    readonly isTxFeeOverdraw: boolean;
    readonly isEvmConstructorNonEmptyData: boolean;
    readonly isEvmConstructedFromHash: boolean;
    readonly isStorageRefundNotEnoughFunds: boolean;
    readonly isStorageRefundLocked: boolean;
    readonly isPrecompileDelegateDenied: boolean;
    readonly isEcdsaRecoveryFailed: boolean;
    readonly isAutoMappingEnabled: boolean;
    readonly isPendingDepositCleanup: boolean;
    readonly type: 'InvalidSchedule' | 'InvalidCallFlags' | 'OutOfGas' | 'TransferFailed' | 'MaxCallDepthReached' | 'ContractNotFound' | 'CodeNotFound' | 'CodeInfoNotFound' | 'OutOfBounds' | 'DecodingFailed' | 'ContractTrapped' | 'ValueTooLarge' | 'TerminatedWhileReentrant' | 'InputForwarded' | 'TooManyTopics' | 'DuplicateContract' | 'TerminatedInConstructor' | 'ReentranceDenied' | 'ReenteredPallet' | 'StateChangeDenied' | 'StorageDepositNotEnoughFunds' | 'StorageDepositLimitExhausted' | 'CodeInUse' | 'ContractReverted' | 'CodeRejected' | 'BlobTooLarge' | 'StaticMemoryTooLarge' | 'BasicBlockTooLarge' | 'InvalidInstruction' | 'MaxDelegateDependenciesReached' | 'DelegateDependencyNotFound' | 'DelegateDependencyAlreadyExists' | 'CannotAddSelfAsDelegateDependency' | 'OutOfTransientStorage' | 'InvalidSyscall' | 'InvalidStorageFlags' | 'ExecutionFailed' | 'BalanceConversionFailed' | 'InvalidImmutableAccess' | 'AccountUnmapped' | 'AccountAlreadyMapped' | 'InvalidGenericTransaction' | 'RefcountOverOrUnderflow' | 'UnsupportedPrecompileAddress' | 'CallDataTooLarge' | 'ReturnDataTooLarge' | 'InvalidJump' | 'StackUnderflow' | 'StackOverflow' | 'TxFeeOverdraw' | 'EvmConstructorNonEmptyData' | 'EvmConstructedFromHash' | 'StorageRefundNotEnoughFunds' | 'StorageRefundLocked' | 'PrecompileDelegateDenied' | 'EcdsaRecoveryFailed' | 'AutoMappingEnabled' | 'PendingDepositCleanup';
  }

  /** @name MedrecRuntimeRuntime (315) */
  type MedrecRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (316) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (317) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (321) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (325) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (326) */
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

  /** @name SpRuntimeTransactionValidityUnknownTransaction (327) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (328) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (333) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (334) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (336) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (338) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name MedrecPrimitivesDecision (345) */
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

  /** @name MedrecPrimitivesBasis (346) */
  interface MedrecPrimitivesBasis extends Enum {
    readonly isPatient: boolean;
    readonly isRecordHolder: boolean;
    readonly isGrant: boolean;
    readonly asGrant: u32;
    readonly isEmergency: boolean;
    readonly isDeadManSwitch: boolean;
    readonly type: 'Patient' | 'RecordHolder' | 'Grant' | 'Emergency' | 'DeadManSwitch';
  }

  /** @name MedrecPrimitivesDenyReason (347) */
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

  /** @name MedrecPrimitivesRelationshipView (349) */
  interface MedrecPrimitivesRelationshipView extends Struct {
    readonly id: u64;
    readonly patient: AccountId32;
    readonly provider: AccountId32;
    readonly state: MedrecPrimitivesRelationshipState;
    readonly pointers: Vec<MedrecPrimitivesPointer>;
    readonly status: u8;
  }

  /** @name MedrecPrimitivesIdentityView (353) */
  interface MedrecPrimitivesIdentityView extends Struct {
    readonly role: MedrecPrimitivesRole;
    readonly encryptionKey: Option<U8aFixed>;
    readonly name: Option<Bytes>;
    readonly gatekeeper: Option<Bytes>;
    readonly ethAddress: Option<H160>;
  }

  /** @name MedrecPrimitivesResearchEligible (367) */
  interface MedrecPrimitivesResearchEligible extends Enum {
    readonly isBroad: boolean;
    readonly isOptIn: boolean;
    readonly type: 'Broad' | 'OptIn';
  }

  /** @name MedrecPrimitivesResearchIneligible (368) */
  interface MedrecPrimitivesResearchIneligible extends Enum {
    readonly isNoConsent: boolean;
    readonly isConsentNotInForce: boolean;
    readonly isHomeNotActive: boolean;
    readonly isStudyNotActive: boolean;
    readonly isOptedOut: boolean;
    readonly isAwaitingOptIn: boolean;
    readonly isOptInTooNarrow: boolean;
    readonly isCategories: boolean;
    readonly isPermission: boolean;
    readonly isCommercial: boolean;
    readonly isForProfit: boolean;
    readonly isMethodsDevelopment: boolean;
    readonly isAncestry: boolean;
    readonly isUnpublished: boolean;
    readonly isRegion: boolean;
    readonly isProjectSpecific: boolean;
    readonly isSensitiveArea: boolean;
    readonly type: 'NoConsent' | 'ConsentNotInForce' | 'HomeNotActive' | 'StudyNotActive' | 'OptedOut' | 'AwaitingOptIn' | 'OptInTooNarrow' | 'Categories' | 'Permission' | 'Commercial' | 'ForProfit' | 'MethodsDevelopment' | 'Ancestry' | 'Unpublished' | 'Region' | 'ProjectSpecific' | 'SensitiveArea';
  }

  /** @name PalletReviveTypesRuntimeApiTypesBlockBlockV1 (372) */
  interface PalletReviveTypesRuntimeApiTypesBlockBlockV1 extends Struct {
    readonly baseFeePerGas: U256;
    readonly blobGasUsed: U256;
    readonly difficulty: U256;
    readonly excessBlobGas: U256;
    readonly extraData: Bytes;
    readonly gasLimit: U256;
    readonly gasUsed: U256;
    readonly hash_: H256;
    readonly logsBloom: PalletReviveTypesCommonByteBytes256;
    readonly miner: H160;
    readonly mixHash: H256;
    readonly nonce: PalletReviveTypesCommonByteBytes8;
    readonly number: U256;
    readonly parentBeaconBlockRoot: Option<H256>;
    readonly parentHash: H256;
    readonly receiptsRoot: H256;
    readonly requestsHash: Option<H256>;
    readonly sha3Uncles: H256;
    readonly size_: U256;
    readonly stateRoot: H256;
    readonly timestamp: U256;
    readonly totalDifficulty: Option<U256>;
    readonly transactions: PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1;
    readonly transactionsRoot: H256;
    readonly uncles: Vec<H256>;
    readonly withdrawals: Vec<PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1>;
    readonly withdrawalsRoot: H256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1 (373) */
  interface PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1 extends Enum {
    readonly isHashes: boolean;
    readonly asHashes: Vec<H256>;
    readonly isTransactionInfos: boolean;
    readonly asTransactionInfos: Vec<PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1>;
    readonly type: 'Hashes' | 'TransactionInfos';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1 (375) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1 extends Struct {
    readonly blockHash: H256;
    readonly blockNumber: U256;
    readonly from: H160;
    readonly hash_: H256;
    readonly transactionIndex: U256;
    readonly transactionSigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1 (376) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1 extends Enum {
    readonly isTransaction7702Signed: boolean;
    readonly asTransaction7702Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1;
    readonly isTransaction4844Signed: boolean;
    readonly asTransaction4844Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1;
    readonly isTransaction1559Signed: boolean;
    readonly asTransaction1559Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1;
    readonly isTransaction2930Signed: boolean;
    readonly asTransaction2930Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1;
    readonly isTransactionLegacySigned: boolean;
    readonly asTransactionLegacySigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1;
    readonly type: 'Transaction7702Signed' | 'Transaction4844Signed' | 'Transaction1559Signed' | 'Transaction2930Signed' | 'TransactionLegacySigned';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1 (377) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1 extends Struct {
    readonly transaction7702Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1 (378) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly authorizationList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1 (380) */
  interface PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1 extends Struct {
    readonly address: H160;
    readonly storageKeys: Vec<H256>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1 (382) */
  interface PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1 extends Struct {
    readonly chainId: U256;
    readonly address: H160;
    readonly nonce: U256;
    readonly yParity: U256;
    readonly r: U256;
    readonly s: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1 (383) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1 extends Struct {
    readonly transaction4844Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1 (384) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerBlobGas: U256;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1 (385) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1 extends Struct {
    readonly transaction1559Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1 (386) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1 (387) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1 extends Struct {
    readonly transaction2930Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1 (388) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1 (389) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1 extends Struct {
    readonly transactionLegacyUnsigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1 (390) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1 extends Struct {
    readonly chainId: Option<U256>;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1 (392) */
  interface PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1 extends Struct {
    readonly address: H160;
    readonly amount: U256;
    readonly index: U256;
    readonly validatorIndex: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1 (394) */
  interface PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1 extends Struct {
    readonly gasUsed: U256;
    readonly effectiveGasPrice: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1 (396) */
  interface PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1 extends Struct {
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly maxStorageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly gasConsumed: u128;
    readonly result: Result<PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1, SpRuntimeDispatchError>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1 (397) */
  interface PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1 extends Struct {
    readonly flags: PalletReviveUapiFlagsReturnFlags;
    readonly data: Bytes;
  }

  /** @name PalletReviveUapiFlagsReturnFlags (398) */
  interface PalletReviveUapiFlagsReturnFlags extends Struct {
    readonly bits: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractStorageDepositV1 (399) */
  interface PalletReviveTypesRuntimeApiTypesContractStorageDepositV1 extends Enum {
    readonly isRefund: boolean;
    readonly asRefund: u128;
    readonly isCharge: boolean;
    readonly asCharge: u128;
    readonly type: 'Refund' | 'Charge';
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractCodeV1 (401) */
  interface PalletReviveTypesRuntimeApiTypesContractCodeV1 extends Enum {
    readonly isUpload: boolean;
    readonly asUpload: Bytes;
    readonly isExisting: boolean;
    readonly asExisting: H256;
    readonly type: 'Upload' | 'Existing';
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1 (402) */
  interface PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1 extends Struct {
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly maxStorageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly gasConsumed: u128;
    readonly result: Result<PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1, SpRuntimeDispatchError>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1 (403) */
  interface PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1 extends Struct {
    readonly result: PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1;
    readonly addr: H160;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 (405) */
  interface PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 extends Struct {
    readonly accessList: Option<Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>>;
    readonly authorizationList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly blobs: Vec<Bytes>;
    readonly chainId: Option<U256>;
    readonly from: Option<H160>;
    readonly gas: Option<U256>;
    readonly gasPrice: Option<U256>;
    readonly input: PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1;
    readonly maxFeePerBlobGas: Option<U256>;
    readonly maxFeePerGas: Option<U256>;
    readonly maxPriorityFeePerGas: Option<U256>;
    readonly nonce: Option<U256>;
    readonly to: Option<H160>;
    readonly r_type: Option<u8>;
    readonly value: Option<U256>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1 (408) */
  interface PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1 extends Struct {
    readonly input: Option<Bytes>;
    readonly data: Option<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1 (413) */
  interface PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1 extends Struct {
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: u128;
    readonly maxStorageDeposit: u128;
    readonly ethGas: U256;
    readonly data: Bytes;
  }

  /** @name PalletRevivePrimitivesEthTransactError (414) */
  interface PalletRevivePrimitivesEthTransactError extends Enum {
    readonly isData: boolean;
    readonly asData: Bytes;
    readonly isMessage: boolean;
    readonly asMessage: Text;
    readonly type: 'Data' | 'Message';
  }

  /** @name PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 (415) */
  interface PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 extends Struct {
    readonly timestampOverride: Option<u64>;
    readonly performBalanceChecks: Option<bool>;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1 (418) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1 extends BTreeMap<H160, PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1> {}

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1 (420) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1 extends Struct {
    readonly balance: Option<U256>;
    readonly nonce: Option<U256>;
    readonly code: Option<Bytes>;
    readonly storage: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1>;
    readonly movePrecompileToAddress: Option<H160>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1 (422) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1 extends Enum {
    readonly isState: boolean;
    readonly asState: BTreeMap<H256, H256>;
    readonly isStateDiff: boolean;
    readonly asStateDiff: BTreeMap<H256, H256>;
    readonly type: 'State' | 'StateDiff';
  }

  /** @name PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1 (431) */
  interface PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1 extends Struct {
    readonly codeHash: H256;
    readonly deposit: u128;
  }

  /** @name PalletRevivePrimitivesContractAccessError (433) */
  interface PalletRevivePrimitivesContractAccessError extends Enum {
    readonly isDoesntExist: boolean;
    readonly isKeyDecodingFailed: boolean;
    readonly isStorageWriteFailed: boolean;
    readonly asStorageWriteFailed: SpRuntimeDispatchError;
    readonly type: 'DoesntExist' | 'KeyDecodingFailed' | 'StorageWriteFailed';
  }

  /** @name SpRuntimeBlock (434) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 (435) */
  interface PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 extends Enum {
    readonly isCallTracer: boolean;
    readonly asCallTracer: Option<PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1>;
    readonly isPrestateTracer: boolean;
    readonly asPrestateTracer: Option<PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1>;
    readonly isExecutionTracer: boolean;
    readonly asExecutionTracer: Option<PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1>;
    readonly type: 'CallTracer' | 'PrestateTracer' | 'ExecutionTracer';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1 (437) */
  interface PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1 extends Struct {
    readonly withLogs: bool;
    readonly onlyTopCall: bool;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1 (439) */
  interface PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1 extends Struct {
    readonly diffMode: bool;
    readonly disableStorage: bool;
    readonly disableCode: bool;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1 (441) */
  interface PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1 extends Struct {
    readonly enableMemory: bool;
    readonly disableStack: bool;
    readonly disableStorage: bool;
    readonly enableReturnData: bool;
    readonly disableSyscallDetails: bool;
    readonly limit: Option<u64>;
    readonly memoryWordLimit: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceV1 (444) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceV1 extends Enum {
    readonly isCall: boolean;
    readonly asCall: PalletReviveTypesRuntimeApiTypesTracesCallTraceV1;
    readonly isPrestate: boolean;
    readonly asPrestate: PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1;
    readonly isExecution: boolean;
    readonly asExecution: PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1;
    readonly type: 'Call' | 'Prestate' | 'Execution';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTraceV1 (445) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTraceV1 extends Struct {
    readonly from: H160;
    readonly gas: u64;
    readonly gasUsed: u64;
    readonly to: H160;
    readonly input: Bytes;
    readonly output: Bytes;
    readonly error: Option<Text>;
    readonly revertReason: Option<Text>;
    readonly calls: Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV1>;
    readonly logs: Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV1>;
    readonly value: Option<U256>;
    readonly callType: PalletReviveTypesRuntimeApiTypesTracesCallTypeV1;
    readonly childCallCount: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallLogV1 (448) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallLogV1 extends Struct {
    readonly address: H160;
    readonly topics: Vec<H256>;
    readonly data: Bytes;
    readonly position: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTypeV1 (449) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTypeV1 extends Enum {
    readonly isCall: boolean;
    readonly isStaticCall: boolean;
    readonly isDelegateCall: boolean;
    readonly isCreate: boolean;
    readonly isCreate2: boolean;
    readonly isSelfdestruct: boolean;
    readonly type: 'Call' | 'StaticCall' | 'DelegateCall' | 'Create' | 'Create2' | 'Selfdestruct';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1 (450) */
  interface PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1 extends Enum {
    readonly isPrestate: boolean;
    readonly asPrestate: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
    readonly isDiffMode: boolean;
    readonly asDiffMode: {
      readonly pre: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
      readonly post: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
    } & Struct;
    readonly type: 'Prestate' | 'DiffMode';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1 (452) */
  interface PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1 extends Struct {
    readonly balance: Option<U256>;
    readonly nonce: Option<u32>;
    readonly code: Option<Bytes>;
    readonly storage: BTreeMap<Bytes, Option<Bytes>>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1 (458) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1 extends Struct {
    readonly gas: u64;
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly baseCallWeight: SpWeightsWeightV2Weight;
    readonly failed: bool;
    readonly returnValue: Bytes;
    readonly structLogs: Vec<PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1 (460) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1 extends Struct {
    readonly gas: Compact<u64>;
    readonly gasCost: Compact<u64>;
    readonly weightCost: SpWeightsWeightV2Weight;
    readonly depth: u16;
    readonly returnData: Bytes;
    readonly error: Option<Text>;
    readonly kind: PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1 (461) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1 extends Enum {
    readonly isEvmOpcode: boolean;
    readonly asEvmOpcode: {
      readonly pc: Compact<u32>;
      readonly op: u8;
      readonly stack: Vec<Bytes>;
      readonly memory: Vec<Bytes>;
      readonly storage: Option<BTreeMap<Bytes, Bytes>>;
    } & Struct;
    readonly isPvmSyscall: boolean;
    readonly asPvmSyscall: {
      readonly op: PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1;
      readonly args: Vec<u64>;
      readonly returned: Option<u64>;
    } & Struct;
    readonly type: 'EvmOpcode' | 'PvmSyscall';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1 (467) */
  interface PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1 extends Enum {
    readonly isNoop: boolean;
    readonly isSetStorage: boolean;
    readonly isSetStorageOrClear: boolean;
    readonly isGetStorage: boolean;
    readonly isGetStorageOrZero: boolean;
    readonly isCall: boolean;
    readonly isCallEvm: boolean;
    readonly isDelegateCall: boolean;
    readonly isDelegateCallEvm: boolean;
    readonly isInstantiate: boolean;
    readonly isCallDataSize: boolean;
    readonly isCallDataCopy: boolean;
    readonly isCallDataLoad: boolean;
    readonly isSealReturn: boolean;
    readonly isCaller: boolean;
    readonly isOrigin: boolean;
    readonly isCodeHash: boolean;
    readonly isCodeSize: boolean;
    readonly isAddress: boolean;
    readonly isGetImmutableData: boolean;
    readonly isSetImmutableData: boolean;
    readonly isBalance: boolean;
    readonly isBalanceOf: boolean;
    readonly isChainId: boolean;
    readonly isGasLimit: boolean;
    readonly isValueTransferred: boolean;
    readonly isGasPrice: boolean;
    readonly isBaseFee: boolean;
    readonly isNow: boolean;
    readonly isDepositEvent: boolean;
    readonly isBlockNumber: boolean;
    readonly isBlockHash: boolean;
    readonly isBlockAuthor: boolean;
    readonly isHashKeccak256: boolean;
    readonly isReturnDataSize: boolean;
    readonly isReturnDataCopy: boolean;
    readonly isRefTimeLeft: boolean;
    readonly isConsumeAllGas: boolean;
    readonly isEcdsaToEthAddress: boolean;
    readonly isSr25519Verify: boolean;
    readonly isTerminate: boolean;
    readonly isPvmFuel: boolean;
    readonly type: 'Noop' | 'SetStorage' | 'SetStorageOrClear' | 'GetStorage' | 'GetStorageOrZero' | 'Call' | 'CallEvm' | 'DelegateCall' | 'DelegateCallEvm' | 'Instantiate' | 'CallDataSize' | 'CallDataCopy' | 'CallDataLoad' | 'SealReturn' | 'Caller' | 'Origin' | 'CodeHash' | 'CodeSize' | 'Address' | 'GetImmutableData' | 'SetImmutableData' | 'Balance' | 'BalanceOf' | 'ChainId' | 'GasLimit' | 'ValueTransferred' | 'GasPrice' | 'BaseFee' | 'Now' | 'DepositEvent' | 'BlockNumber' | 'BlockHash' | 'BlockAuthor' | 'HashKeccak256' | 'ReturnDataSize' | 'ReturnDataCopy' | 'RefTimeLeft' | 'ConsumeAllGas' | 'EcdsaToEthAddress' | 'Sr25519Verify' | 'Terminate' | 'PvmFuel';
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1 (470) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1 extends Struct {
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletRevivePrimitivesBalanceConversionError (473) */
  interface PalletRevivePrimitivesBalanceConversionError extends Enum {
    readonly isValue: boolean;
    readonly isDust: boolean;
    readonly type: 'Value' | 'Dust';
  }

  /** @name PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations (474) */
  interface PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations extends BTreeMap<Text, u8> {}

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload (478) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1 (479) */
  type PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload (480) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1 (481) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1 extends Struct {
    readonly block: PalletReviveTypesRuntimeApiTypesBlockBlockV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload (482) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1 (483) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1 extends Struct {
    readonly blockNumber: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload (484) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1 (485) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1 extends Struct {
    readonly blockHash: Option<H256>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload (486) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1 (487) */
  type PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload (488) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1 (489) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1 extends Struct {
    readonly receiptData: Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload (490) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1 (491) */
  type PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload (492) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1 (493) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1 extends Struct {
    readonly blockGasLimit: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload (494) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1 (495) */
  type PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload (496) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1 (497) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1 extends Struct {
    readonly maxExtrinsicWeightInGas: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload (498) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1 (499) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload (500) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1 (501) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1 extends Struct {
    readonly balance: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload (502) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1 (503) */
  type PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload (504) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1 (505) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1 extends Struct {
    readonly gasPrice: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload (506) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1 (507) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload (508) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1 (509) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1 extends Struct {
    readonly nonce: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload (510) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1 (511) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly dest: H160;
    readonly value: u128;
    readonly gasLimit: Option<SpWeightsWeightV2Weight>;
    readonly storageDepositLimit: Option<u128>;
    readonly inputData: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload (512) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1 (513) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1 extends Struct {
    readonly contractResult: PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload (514) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1 (515) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly value: u128;
    readonly gasLimit: Option<SpWeightsWeightV2Weight>;
    readonly storageDepositLimit: Option<u128>;
    readonly code: PalletReviveTypesRuntimeApiTypesContractCodeV1;
    readonly data: Bytes;
    readonly salt: Option<U8aFixed>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload (516) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1 (517) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1 extends Struct {
    readonly contractResult: PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload (518) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1 (519) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly timestampOverride: Option<u64>;
    readonly performBalanceChecks: bool;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload (521) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1 (522) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1 extends Struct {
    readonly transactInfo: PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload (523) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1 (524) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly timestampOverride: Option<u64>;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload (526) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1 (527) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1 extends Struct {
    readonly gasEstimate: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload (528) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1 (529) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1 extends Struct {
    readonly tx: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload (531) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1 (532) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1 extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload (533) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1 (534) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly code: Bytes;
    readonly storageDepositLimit: Option<u128>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload (536) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1 (537) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1 extends Struct {
    readonly codeUploadReturnValue: PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload (538) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1 (539) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1 extends Struct {
    readonly address: H160;
    readonly key: PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1 (540) */
  interface PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1 extends Enum {
    readonly isFixed: boolean;
    readonly asFixed: U8aFixed;
    readonly isVariable: boolean;
    readonly asVariable: Bytes;
    readonly type: 'Fixed' | 'Variable';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload (542) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1 (543) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1 extends Struct {
    readonly storage: Option<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload (544) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1 (545) */
  type PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload (546) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1 (547) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1 extends Struct {
    readonly runtimePalletsAddress: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload (548) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1 (549) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload (550) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1 (551) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1 extends Struct {
    readonly code: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload (552) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1 (553) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload (554) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1 (555) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1 extends Struct {
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload (556) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1 (557) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1 extends Struct {
    readonly balance: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload (559) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1 (560) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1 extends Struct {
    readonly newBalance: u128;
    readonly dust: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload (561) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1 (562) */
  type PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload (563) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1 (564) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1 extends Struct {
    readonly blockAuthor: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload (565) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1 (566) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1 extends Struct {
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload (567) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1 (568) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload (569) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1 (570) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2 (571) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload (572) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1 (573) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1 extends Struct {
    readonly traces: Vec<ITuple<[u32, PalletReviveTypesRuntimeApiTypesTracesTraceV1]>>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2 (574) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2 extends Struct {
    readonly entries_: Vec<ITuple<[u32, PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1]>>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1 (577) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1 extends Enum {
    readonly isTraced: boolean;
    readonly asTraced: PalletReviveTypesRuntimeApiTypesTracesTraceV2;
    readonly isNotTraced: boolean;
    readonly type: 'Traced' | 'NotTraced';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceV2 (578) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceV2 extends Enum {
    readonly isCall: boolean;
    readonly asCall: PalletReviveTypesRuntimeApiTypesTracesCallTraceV2;
    readonly isPrestate: boolean;
    readonly asPrestate: PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1;
    readonly isExecution: boolean;
    readonly asExecution: PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1;
    readonly type: 'Call' | 'Prestate' | 'Execution';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTraceV2 (579) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTraceV2 extends Struct {
    readonly from: H160;
    readonly gas: u64;
    readonly gasUsed: u64;
    readonly to: H160;
    readonly input: Bytes;
    readonly output: Bytes;
    readonly error: Option<Text>;
    readonly revertReason: Option<Text>;
    readonly calls: Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV2>;
    readonly logs: Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV2>;
    readonly value: Option<U256>;
    readonly callType: PalletReviveTypesRuntimeApiTypesTracesCallTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallLogV2 (582) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallLogV2 extends Struct {
    readonly address: H160;
    readonly topics: Vec<H256>;
    readonly data: Bytes;
    readonly position: u32;
    readonly index: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload (583) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1 (584) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly txIndex: u32;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2 (585) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly txIndex: u32;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload (586) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1 (587) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1 extends Struct {
    readonly trace: Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2 (588) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2 extends Struct {
    readonly entry: Option<PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload (590) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1 (591) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2 (592) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload (594) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1 (595) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1 extends Struct {
    readonly trace: PalletReviveTypesRuntimeApiTypesTracesTraceV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2 (596) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2 extends Struct {
    readonly trace: PalletReviveTypesRuntimeApiTypesTracesTraceV2;
  }

  /** @name MedrecRuntimeRuntimeError (597) */
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
    readonly isResearch: boolean;
    readonly asResearch: PalletMedrecResearchError;
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveError;
    readonly type: 'System' | 'Balances' | 'Session' | 'Grandpa' | 'Registrar' | 'Relationships' | 'Summary' | 'Consortium' | 'Research' | 'Revive';
  }

} // declare module
