// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { Perbill } from '@polkadot/types/interfaces/runtime';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    consortium: {
      /**
       * The longest encoded call a motion may carry.
       **/
      maxCallLength: u32 & AugmentedConst<ApiType>;
      /**
       * The heaviest call a motion may carry, charged to every vote that could pass it.
       **/
      maxCallWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * The most members the consortium (and so the validator set) can have.
       **/
      maxMembers: u32 & AugmentedConst<ApiType>;
      /**
       * The longest display name a candidate may give.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most proposals open at once.
       **/
      maxProposals: u32 & AugmentedConst<ApiType>;
      /**
       * The longest gatekeeper or evidence URL.
       **/
      maxUrlLength: u32 & AugmentedConst<ApiType>;
      /**
       * No removal may leave fewer members than this.
       **/
      minMembers: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks a proposal stays open for votes.
       **/
      proposalLifetime: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    registrar: {
      /**
       * Longest display name, in bytes.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * Longest gatekeeper URL, in bytes.
       **/
      maxUrlLength: u32 & AugmentedConst<ApiType>;
      /**
       * Transactions any other member (patient, organisation) may have included per window.
       **/
      memberTxPerWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Transactions a provider may have included per window.
       **/
      providerTxPerWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Length of a rate-limiting window, in blocks.
       **/
      rateWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    relationships: {
      /**
       * How long a break-glass access lasts, in ms.
       **/
      breakGlassDuration: u64 & AugmentedConst<ApiType>;
      /**
       * People one dead-man switch may name.
       **/
      maxBeneficiaries: u32 & AugmentedConst<ApiType>;
      /**
       * Break-glass accesses in force at once for one patient.
       **/
      maxEmergencyAccesses: u32 & AugmentedConst<ApiType>;
      /**
       * Grants one patient may have in force (expired ones are pruned when space is needed).
       **/
      maxGrants: u32 & AugmentedConst<ApiType>;
      /**
       * Members of one viewer group.
       **/
      maxGroupMembers: u32 & AugmentedConst<ApiType>;
      /**
       * Viewer groups one patient may keep.
       **/
      maxGroups: u32 & AugmentedConst<ApiType>;
      /**
       * Longest break-glass justification, in bytes.
       **/
      maxJustificationLength: u32 & AugmentedConst<ApiType>;
      /**
       * Data pointers one relationship may hold.
       **/
      maxPointers: u32 & AugmentedConst<ApiType>;
      /**
       * Proxies one patient may name.
       **/
      maxProxies: u32 & AugmentedConst<ApiType>;
      /**
       * Relationships one patient may have.
       **/
      maxRelationships: u32 & AugmentedConst<ApiType>;
      /**
       * Open access requests one patient may have.
       **/
      maxRequests: u32 & AugmentedConst<ApiType>;
      /**
       * The shortest dead-man timeout a patient may choose, in ms.
       **/
      minDeadManTimeout: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    research: {
      /**
       * The most studies waiting for the consortium at once, so that studies never take all
       * of its proposal slots from admissions and motions.
       **/
      maxPendingStudies: u32 & AugmentedConst<ApiType>;
      /**
       * The most one query may spend, in milli-ε.
       **/
      maxQueryEpsilon: u32 & AugmentedConst<ApiType>;
      /**
       * The largest total budget a study may have, in milli-ε; at most `u16::MAX`, so that
       * `BudgetExceeded { remaining }` fits a module error.
       **/
      maxStudyBudget: u32 & AugmentedConst<ApiType>;
      /**
       * The most approved studies whose invitations are still being sent.
       **/
      maxSweeps: u32 & AugmentedConst<ApiType>;
      /**
       * The least one query may spend, in milli-ε; with the largest budget it bounds the
       * queries a study can hold.
       **/
      minQueryEpsilon: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    revive: {
      /**
       * Allow EVM bytecode to be uploaded and instantiated.
       **/
      allowEVMBytecode: bool & AugmentedConst<ApiType>;
      /**
       * When enabled, accounts are automatically mapped on creation and unmapped on
       * kill via [`AutoMapper`]. This removes the need for explicit `map_account` calls.
       * 
       * Requires `frame_system::Config::OnNewAccount` and `OnKilledAccount` to be set
       * to [`AutoMapper`]. When enabled, the `map_account` and `unmap_account`
       * dispatchables are disabled.
       **/
      autoMap: bool & AugmentedConst<ApiType>;
      /**
       * The [EIP-155](https://eips.ethereum.org/EIPS/eip-155) chain ID.
       * 
       * This is a unique identifier assigned to each blockchain network,
       * preventing replay attacks.
       **/
      chainId: u64 & AugmentedConst<ApiType>;
      /**
       * The percentage of the storage deposit that should be held for using a code hash.
       * Instantiating a contract, protects the code from being removed. In order to prevent
       * abuse these actions are protected with a percentage of the code deposit.
       **/
      codeHashLockupDepositPercent: Perbill & AugmentedConst<ApiType>;
      /**
       * Allows debug-mode configuration, such as enabling unlimited contract size.
       **/
      debugEnabled: bool & AugmentedConst<ApiType>;
      /**
       * The amount of balance a caller has to pay for each byte of storage.
       * 
       * # Note
       * 
       * It is safe to change this value on a live chain as all refunds are pro rata.
       **/
      depositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of balance a caller has to pay for each child trie storage item.
       * 
       * Those are the items created by a contract. In Solidity each value is a single
       * storage item. This is why we need to set a lower value here than for the main
       * trie items. Otherwise the storage deposit is too high.
       * 
       * # Note
       * 
       * It is safe to change this value on a live chain as all refunds are pro rata.
       **/
      depositPerChildTrieItem: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of balance a caller has to pay for each storage item.
       * 
       * # Note
       * 
       * It is safe to change this value on a live chain as all refunds are pro rata.
       **/
      depositPerItem: u128 & AugmentedConst<ApiType>;
      /**
       * This determines the relative scale of our gas price and gas estimates.
       * 
       * By default, the gas price (in wei) is `FeeInfo::next_fee_multiplier()` multiplied by
       * `NativeToEthRatio`. `GasScale` allows to scale this value: the actual gas price is the
       * default gas price multiplied by `GasScale`.
       * 
       * As a consequence, gas cost (gas estimates and actual gas usage during transaction) is
       * scaled down by the same factor. Thus, the total transaction cost is not affected by
       * `GasScale` – apart from rounding differences: the transaction cost is always a multiple
       * of the gas price and is derived by rounded up, so that with higher `GasScales` this can
       * lead to higher gas cost as the rounding difference would be larger.
       * 
       * The main purpose of changing the `GasScale` is to tune the gas cost so that it is closer
       * to standard EVM gas cost and contracts will not run out of gas when tools or code
       * assume hard coded gas limits.
       * 
       * Requirement: `GasScale` must not be 0
       **/
      gasScale: u32 & AugmentedConst<ApiType>;
      /**
       * The fraction the maximum extrinsic weight `eth_transact` extrinsics are capped to.
       * 
       * This is not a security measure but a requirement due to how we map gas to `(Weight,
       * StorageDeposit)`. The mapping might derive a `Weight` that is too large to fit into an
       * extrinsic. In this case we cap it to the limit specified here.
       * 
       * `eth_transact` transactions that use more weight than specified will fail with an out of
       * gas error during execution. Larger fractions will allow more transactions to run.
       * Smaller values waste less block space: Choose as small as possible and as large as
       * necessary.
       * 
       * Default: `0.5`.
       **/
      maxEthExtrinsicWeight: u128 & AugmentedConst<ApiType>;
      /**
       * The ratio between the decimal representation of the native token and the ETH token.
       **/
      nativeToEthRatio: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
