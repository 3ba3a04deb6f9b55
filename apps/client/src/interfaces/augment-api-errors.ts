// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    consortium: {
      /**
       * The account already has an open proposal, or one is already open on this subject.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The candidate is already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * The proof does not show that the candidate holds the session keys' private halves.
       **/
      BadProof: AugmentedError<ApiType>;
      /**
       * The consortium may not make this call by motion.
       **/
      CallNotAllowed: AugmentedError<ApiType>;
      /**
       * The motion's call is heavier than `MaxCallWeight`.
       **/
      CallTooHeavy: AugmentedError<ApiType>;
      /**
       * The motion's call is longer than `MaxCallLength`.
       **/
      CallTooLong: AugmentedError<ApiType>;
      /**
       * The proposal's voting period is over.
       **/
      Expired: AugmentedError<ApiType>;
      /**
       * Another validator already uses one of these session keys.
       **/
      KeysInUse: AugmentedError<ApiType>;
      /**
       * The display name is longer than `MaxNameLength`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * The account to remove is not a member.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * Only members may do this (or, to rescind, only the proposer).
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * No open proposal has this index.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * The proof of possession is longer than `MAX_PROOF_LENGTH`.
       **/
      ProofTooLong: AugmentedError<ApiType>;
      /**
       * The removal would leave fewer than `MinMembers` members.
       **/
      TooFewMembers: AugmentedError<ApiType>;
      /**
       * The consortium has `MaxMembers` members already.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * `MaxProposals` proposals are open already.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * A URL is longer than `MaxUrlLength`.
       **/
      UrlTooLong: AugmentedError<ApiType>;
      /**
       * A session lasts at least one block.
       **/
      ZeroSessionLength: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    registrar: {
      /**
       * The account already holds a role.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The signature does not recover to the claimed Ethereum address.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * A display name must not be empty.
       **/
      EmptyName: AugmentedError<ApiType>;
      /**
       * The account already has an Ethereum address linked.
       **/
      EthAddressAlreadyLinked: AugmentedError<ApiType>;
      /**
       * The Ethereum address is linked to another account.
       **/
      EthAddressTaken: AugmentedError<ApiType>;
      /**
       * Providers must name their gatekeeper.
       **/
      GatekeeperRequired: AugmentedError<ApiType>;
      /**
       * A gatekeeper URL must be an `https://` (or, for a local network, `http://`) URL.
       **/
      InvalidUrl: AugmentedError<ApiType>;
      /**
       * Another member already uses this display name.
       **/
      NameTaken: AugmentedError<ApiType>;
      /**
       * The display name is longer than `MaxNameLength`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * This operation is for providers and organisations, not patients.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * The account holds a role other than patient.
       **/
      NotAPatient: AugmentedError<ApiType>;
      /**
       * The caller may not do this.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The account is not registered.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * The gatekeeper URL is longer than `MaxUrlLength`.
       **/
      UrlTooLong: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    relationships: {
      /**
       * It exists already.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The justification is empty or longer than `MaxJustificationLength`.
       **/
      BadJustification: AugmentedError<ApiType>;
      /**
       * The patient has not opted in to break-glass access.
       **/
      BreakGlassDisabled: AugmentedError<ApiType>;
      /**
       * The validity window is empty or already over.
       **/
      Expired: AugmentedError<ApiType>;
      /**
       * The group is still named by a grant; revoke those first.
       **/
      GroupInUse: AugmentedError<ApiType>;
      /**
       * The category set is empty or names unknown categories.
       **/
      InvalidCategories: AugmentedError<ApiType>;
      /**
       * The account is not a registered patient.
       **/
      NotAPatient: AugmentedError<ApiType>;
      /**
       * Only a registered provider may do this.
       **/
      NotAProvider: AugmentedError<ApiType>;
      /**
       * The caller may not do this.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * No such relationship, grant, group, proxy, request or switch.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * The proxy's categories do not cover this.
       **/
      OutsideProxyScope: AugmentedError<ApiType>;
      /**
       * A patient cannot be their own proxy, viewer or requester.
       **/
      SelfReference: AugmentedError<ApiType>;
      /**
       * The dead-man timeout is shorter than `MinDeadManTimeout`.
       **/
      TimeoutTooShort: AugmentedError<ApiType>;
      /**
       * The switch names more than `MaxBeneficiaries` people.
       **/
      TooManyBeneficiaries: AugmentedError<ApiType>;
      /**
       * `MaxEmergencyAccesses` break-glass accesses are in force.
       **/
      TooManyEmergencyAccesses: AugmentedError<ApiType>;
      /**
       * The patient has `MaxGrants` grants in force.
       **/
      TooManyGrants: AugmentedError<ApiType>;
      /**
       * The group has `MaxGroupMembers` members.
       **/
      TooManyGroupMembers: AugmentedError<ApiType>;
      /**
       * The patient has `MaxGroups` groups.
       **/
      TooManyGroups: AugmentedError<ApiType>;
      /**
       * The relationship holds `MaxPointers` pointers.
       **/
      TooManyPointers: AugmentedError<ApiType>;
      /**
       * The patient has `MaxProxies` proxies.
       **/
      TooManyProxies: AugmentedError<ApiType>;
      /**
       * The patient has `MaxRelationships` relationships.
       **/
      TooManyRelationships: AugmentedError<ApiType>;
      /**
       * The patient has `MaxRequests` open requests.
       **/
      TooManyRequests: AugmentedError<ApiType>;
      /**
       * The relationship is not in a state that allows this.
       **/
      WrongState: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    summary: {
      /**
       * The flags name no status, or unknown ones.
       **/
      InvalidFlags: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor a proxy of theirs.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * Nothing is set on this subject.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
