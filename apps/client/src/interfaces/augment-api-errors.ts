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
    research: {
      /**
       * The query's ε is more than the study has left, which is `remaining` milli-ε.
       **/
      BudgetExceeded: AugmentedError<ApiType>;
      /**
       * The opt-in's categories do not cover the study's.
       **/
      CategoriesNotCovered: AugmentedError<ApiType>;
      /**
       * The study's minimum cell count is below the chain's minimum.
       **/
      CellCountTooLow: AugmentedError<ApiType>;
      /**
       * The query's ε is above the study's per-query maximum.
       **/
      EpsilonAboveQueryMax: AugmentedError<ApiType>;
      /**
       * The query's ε is below `MinQueryEpsilon`.
       **/
      EpsilonTooLow: AugmentedError<ApiType>;
      /**
       * The budget is zero or above `MaxStudyBudget`, or the per-query maximum is outside
       * `MinQueryEpsilon..=MaxQueryEpsilon` or above the budget.
       **/
      InvalidBudget: AugmentedError<ApiType>;
      /**
       * Categories empty, or naming bits that are no category.
       **/
      InvalidCategories: AugmentedError<ApiType>;
      /**
       * The query is malformed; `reason` is a [`QueryProblem`] code.
       **/
      InvalidQuery: AugmentedError<ApiType>;
      /**
       * Malformed terms: unknown modifiers, a region without GS or GS without a region, a
       * DS permission or disease purpose without well-formed ICD-10 codes, an empty title.
       **/
      InvalidTerms: AugmentedError<ApiType>;
      /**
       * An empty window, or a study that has already ended.
       **/
      InvalidWindow: AugmentedError<ApiType>;
      /**
       * The patient has no active relationship with the home site.
       **/
      NoActiveRelationship: AugmentedError<ApiType>;
      /**
       * The patient has no research consent: per-study choices need one (it names the home
       * site).
       **/
      NoConsent: AugmentedError<ApiType>;
      /**
       * The patient is not registered as a patient.
       **/
      NotAPatient: AugmentedError<ApiType>;
      /**
       * The home site is not a registered provider.
       **/
      NotAProvider: AugmentedError<ApiType>;
      /**
       * The caller is not a research organisation.
       **/
      NotAResearcher: AugmentedError<ApiType>;
      /**
       * The caller may not act for this patient, or on this study.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * No such study, or no consent to withdraw.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * The query reads categories the study does not name.
       **/
      QueryOutsideStudyCategories: AugmentedError<ApiType>;
      /**
       * The study is approved but outside its period.
       **/
      StudyNotActive: AugmentedError<ApiType>;
      /**
       * The study is not approved.
       **/
      StudyNotApproved: AugmentedError<ApiType>;
      /**
       * `MaxPendingStudies` studies are before the consortium already.
       **/
      TooManyPendingStudies: AugmentedError<ApiType>;
      /**
       * The study is not in a state that allows this.
       **/
      WrongState: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    revive: {
      /**
       * Tried to map an account that is already mapped.
       **/
      AccountAlreadyMapped: AugmentedError<ApiType>;
      /**
       * An `AccountID32` account tried to interact with the pallet without having a mapping.
       * 
       * Call [`Pallet::map_account`] in order to create a mapping for the account.
       **/
      AccountUnmapped: AugmentedError<ApiType>;
      /**
       * Manual mapping is disabled when auto-mapping is enabled.
       **/
      AutoMappingEnabled: AugmentedError<ApiType>;
      /**
       * Failed to convert a U256 to a Balance.
       **/
      BalanceConversionFailed: AugmentedError<ApiType>;
      /**
       * The program contains a basic block that is larger than allowed.
       **/
      BasicBlockTooLarge: AugmentedError<ApiType>;
      /**
       * The code blob supplied is larger than [`limits::code::BLOB_BYTES`].
       **/
      BlobTooLarge: AugmentedError<ApiType>;
      /**
       * The calldata exceeds [`limits::CALLDATA_BYTES`].
       **/
      CallDataTooLarge: AugmentedError<ApiType>;
      /**
       * Can not add a delegate dependency to the code hash of the contract itself.
       **/
      CannotAddSelfAsDelegateDependency: AugmentedError<ApiType>;
      /**
       * No code info could be found at the supplied code hash.
       **/
      CodeInfoNotFound: AugmentedError<ApiType>;
      /**
       * Code removal was denied because the code is still in use by at least one contract.
       **/
      CodeInUse: AugmentedError<ApiType>;
      /**
       * No code could be found at the supplied code hash.
       **/
      CodeNotFound: AugmentedError<ApiType>;
      /**
       * The contract failed to compile or is missing the correct entry points.
       * 
       * A more detailed error can be found on the node console if debug messages are enabled
       * by supplying `-lruntime::revive=debug`.
       **/
      CodeRejected: AugmentedError<ApiType>;
      /**
       * No contract was found at the specified address.
       **/
      ContractNotFound: AugmentedError<ApiType>;
      /**
       * The contract ran to completion but decided to revert its storage changes.
       * Please note that this error is only returned from extrinsics. When called directly
       * or via RPC an `Ok` will be returned. In this case the caller needs to inspect the flags
       * to determine whether a reversion has taken place.
       **/
      ContractReverted: AugmentedError<ApiType>;
      /**
       * Contract trapped during execution.
       **/
      ContractTrapped: AugmentedError<ApiType>;
      /**
       * Input passed to a contract API function failed to decode as expected type.
       **/
      DecodingFailed: AugmentedError<ApiType>;
      /**
       * The contract already depends on the given delegate dependency.
       **/
      DelegateDependencyAlreadyExists: AugmentedError<ApiType>;
      /**
       * The dependency was not found in the contract's delegate dependencies.
       **/
      DelegateDependencyNotFound: AugmentedError<ApiType>;
      /**
       * A contract with the same AccountId already exists.
       **/
      DuplicateContract: AugmentedError<ApiType>;
      /**
       * ECDSA public key recovery failed. Most probably wrong recovery id or signature.
       **/
      EcdsaRecoveryFailed: AugmentedError<ApiType>;
      /**
       * Tried to construct an EVM contract via code hash.
       * 
       * EVM contracts can only be instantiated via code upload as no initcode is
       * stored on-chain.
       **/
      EvmConstructedFromHash: AugmentedError<ApiType>;
      /**
       * When calling an EVM constructor `data` has to be empty.
       * 
       * EVM constructors do not accept data. Their input data is part of the code blob itself.
       **/
      EvmConstructorNonEmptyData: AugmentedError<ApiType>;
      /**
       * PolkaVM failed during code execution. Probably due to a malformed program.
       **/
      ExecutionFailed: AugmentedError<ApiType>;
      /**
       * `seal_call` forwarded this contracts input. It therefore is no longer available.
       **/
      InputForwarded: AugmentedError<ApiType>;
      /**
       * Invalid combination of flags supplied to `seal_call` or `seal_delegate_call`.
       **/
      InvalidCallFlags: AugmentedError<ApiType>;
      /**
       * The transaction used to dry-run a contract is invalid.
       **/
      InvalidGenericTransaction: AugmentedError<ApiType>;
      /**
       * Immutable data can only be set during deploys and only be read during calls.
       * Additionally, it is only valid to set the data once and it must not be empty.
       **/
      InvalidImmutableAccess: AugmentedError<ApiType>;
      /**
       * The program contains an invalid instruction.
       **/
      InvalidInstruction: AugmentedError<ApiType>;
      /**
       * Invalid jump destination. Dynamic jumps points to invalid not jumpdest opcode.
       **/
      InvalidJump: AugmentedError<ApiType>;
      /**
       * Invalid schedule supplied, e.g. with zero weight of a basic operation.
       **/
      InvalidSchedule: AugmentedError<ApiType>;
      /**
       * Invalid storage flags were passed to one of the storage syscalls.
       **/
      InvalidStorageFlags: AugmentedError<ApiType>;
      /**
       * The contract tried to call a syscall which does not exist (at its current api level).
       **/
      InvalidSyscall: AugmentedError<ApiType>;
      /**
       * Performing a call was denied because the calling depth reached the limit
       * of what is specified in the schedule.
       **/
      MaxCallDepthReached: AugmentedError<ApiType>;
      /**
       * The contract has reached its maximum number of delegate dependencies.
       **/
      MaxDelegateDependenciesReached: AugmentedError<ApiType>;
      /**
       * A buffer outside of sandbox memory was passed to a contract API function.
       **/
      OutOfBounds: AugmentedError<ApiType>;
      /**
       * The executed contract exhausted its gas limit.
       **/
      OutOfGas: AugmentedError<ApiType>;
      /**
       * Can not add more data to transient storage.
       **/
      OutOfTransientStorage: AugmentedError<ApiType>;
      /**
       * A contract cannot be created at this address: it still has uncleared
       * [`NativeDepositOf`] entries from a previously terminated contract that the deletion
       * queue has not yet drained.
       **/
      PendingDepositCleanup: AugmentedError<ApiType>;
      /**
       * Called a pre-compile that is not allowed to be delegate called.
       * 
       * Some pre-compile functions will trap the caller context if being delegate
       * called or if their caller was being delegate called.
       **/
      PrecompileDelegateDenied: AugmentedError<ApiType>;
      /**
       * A contract called into the runtime which then called back into this pallet.
       **/
      ReenteredPallet: AugmentedError<ApiType>;
      /**
       * A call tried to invoke a contract that is flagged as non-reentrant.
       **/
      ReentranceDenied: AugmentedError<ApiType>;
      /**
       * The refcount of a code either over or underflowed.
       **/
      RefcountOverOrUnderflow: AugmentedError<ApiType>;
      /**
       * The return data exceeds [`limits::CALLDATA_BYTES`].
       **/
      ReturnDataTooLarge: AugmentedError<ApiType>;
      /**
       * Attempting to push a value onto a full stack.
       **/
      StackOverflow: AugmentedError<ApiType>;
      /**
       * Attempting to pop a value from an empty stack.
       **/
      StackUnderflow: AugmentedError<ApiType>;
      /**
       * A contract attempted to invoke a state modifying API while being in read-only mode.
       **/
      StateChangeDenied: AugmentedError<ApiType>;
      /**
       * The contract declares too much memory (ro + rw + stack).
       **/
      StaticMemoryTooLarge: AugmentedError<ApiType>;
      /**
       * More storage was created than allowed by the storage deposit limit.
       **/
      StorageDepositLimitExhausted: AugmentedError<ApiType>;
      /**
       * Origin doesn't have enough balance to pay the required storage deposits.
       **/
      StorageDepositNotEnoughFunds: AugmentedError<ApiType>;
      /**
       * This means there are locks on the contracts storage deposit that prevents refunding it.
       * 
       * This would be the case if the contract used its storage deposits for governance
       * or other pallets that allow creating locks over held balance.
       **/
      StorageRefundLocked: AugmentedError<ApiType>;
      /**
       * The contract does not have enough balance to refund the storage deposit.
       * 
       * This is a bug and should never happen. It means the accounting got out of sync.
       **/
      StorageRefundNotEnoughFunds: AugmentedError<ApiType>;
      /**
       * A contract self destructed in its constructor.
       * 
       * This can be triggered by a call to `seal_terminate`.
       **/
      TerminatedInConstructor: AugmentedError<ApiType>;
      /**
       * Termination of a contract is not allowed while the contract is already
       * on the call stack. Can be triggered by `seal_terminate`.
       **/
      TerminatedWhileReentrant: AugmentedError<ApiType>;
      /**
       * The amount of topics passed to `seal_deposit_events` exceeds the limit.
       **/
      TooManyTopics: AugmentedError<ApiType>;
      /**
       * Performing the requested transfer failed. Probably because there isn't enough
       * free balance in the sender's account.
       **/
      TransferFailed: AugmentedError<ApiType>;
      /**
       * Too much deposit was drawn from the shared txfee and deposit credit.
       * 
       * This happens if the passed `gas` inside the ethereum transaction is too low.
       **/
      TxFeeOverdraw: AugmentedError<ApiType>;
      /**
       * Unsupported precompile address.
       **/
      UnsupportedPrecompileAddress: AugmentedError<ApiType>;
      /**
       * Event body or storage item exceeds [`limits::STORAGE_BYTES`].
       **/
      ValueTooLarge: AugmentedError<ApiType>;
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
