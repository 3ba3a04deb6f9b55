// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup23: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup24: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'MedrecRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup25: medrec_runtime::SessionKeys
   **/
  MedrecRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup26: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup27: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup28: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup29: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup30: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup31: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup32: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup33: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup36: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup37: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup39: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup40: pallet_medrec_registrar::pallet::Call<T>
   **/
  PalletMedrecRegistrarCall: {
    _enum: {
      register_member: {
        who: 'AccountId32',
        role: 'MedrecPrimitivesRole',
        name: 'Bytes',
        gatekeeper: 'Option<Bytes>',
      },
      update_profile: {
        who: 'AccountId32',
        name: 'Option<Bytes>',
        gatekeeper: 'Option<Bytes>',
      },
      deregister_member: {
        who: 'AccountId32',
      },
      set_encryption_key: {
        key: '[u8;32]',
      },
      link_eth_address: {
        address: 'H160',
        signature: '[u8;65]',
      },
      unlink_eth_address: 'Null'
    }
  },
  /**
   * Lookup41: medrec_primitives::Role
   **/
  MedrecPrimitivesRole: {
    _enum: {
      Patient: 'Null',
      Provider: 'Null',
      Organisation: 'MedrecPrimitivesOrganisationKind'
    }
  },
  /**
   * Lookup42: medrec_primitives::OrganisationKind
   **/
  MedrecPrimitivesOrganisationKind: {
    _enum: ['Pharmacy', 'Lab', 'Research', 'Payer']
  },
  /**
   * Lookup46: pallet_medrec_relationships::pallet::Call<T>
   **/
  PalletMedrecRelationshipsCall: {
    _enum: {
      open_relationship: {
        patient: 'AccountId32',
      },
      accept_relationship: {
        relationship: 'u64',
      },
      reject_relationship: {
        relationship: 'u64',
      },
      end_relationship: {
        relationship: 'u64',
      },
      set_pointer: {
        relationship: 'u64',
        recordSet: 'u32',
        category: 'MedrecPrimitivesCategory',
        digest: 'H256',
      },
      remove_pointer: {
        relationship: 'u64',
        recordSet: 'u32',
      },
      grant: {
        patient: 'AccountId32',
        viewer: 'MedrecPrimitivesViewer',
        scope: 'MedrecPrimitivesScope',
        categories: 'u16',
        purpose: 'MedrecPrimitivesPurpose',
        notBefore: 'u64',
        expires: 'u64',
      },
      revoke: {
        patient: 'AccountId32',
        grant: 'u32',
      },
      create_group: {
        patient: 'AccountId32',
        members: 'Vec<AccountId32>',
      },
      add_group_member: {
        patient: 'AccountId32',
        group: 'u32',
        member: 'AccountId32',
      },
      remove_group_member: {
        patient: 'AccountId32',
        group: 'u32',
        member: 'AccountId32',
      },
      remove_group: {
        patient: 'AccountId32',
        group: 'u32',
      },
      add_proxy: {
        proxy: 'AccountId32',
        categories: 'u16',
        expires: 'u64',
      },
      remove_proxy: {
        patient: 'AccountId32',
        proxy: 'AccountId32',
      },
      set_break_glass: {
        enabled: 'bool',
      },
      break_glass: {
        patient: 'AccountId32',
        justification: 'Bytes',
      },
      set_dead_man_switch: {
        timeout: 'u64',
        beneficiaries: 'Vec<AccountId32>',
        categories: 'u16',
      },
      check_in: 'Null',
      clear_dead_man_switch: 'Null',
      request_access: {
        patient: 'AccountId32',
        scope: 'MedrecPrimitivesScope',
        categories: 'u16',
        purpose: 'MedrecPrimitivesPurpose',
        duration: 'u64',
      },
      approve_request: {
        patient: 'AccountId32',
        request: 'u32',
      },
      decline_request: {
        patient: 'AccountId32',
        request: 'u32'
      }
    }
  },
  /**
   * Lookup47: medrec_primitives::Category
   **/
  MedrecPrimitivesCategory: {
    _enum: ['Demographics', 'Conditions', 'Medications', 'Allergies', 'Immunizations', 'Observations', 'Procedures', 'Encounters', 'ClinicalNotes', 'Imaging', 'MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth']
  },
  /**
   * Lookup48: medrec_primitives::Viewer<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesViewer: {
    _enum: {
      Account: 'AccountId32',
      Group: 'u32'
    }
  },
  /**
   * Lookup49: medrec_primitives::Scope
   **/
  MedrecPrimitivesScope: {
    _enum: {
      Relationship: 'u64',
      AllRelationships: 'Null'
    }
  },
  /**
   * Lookup52: medrec_primitives::Purpose
   **/
  MedrecPrimitivesPurpose: {
    _enum: ['Treatment', 'Payment', 'Operations', 'Research', 'Personal']
  },
  /**
   * Lookup53: pallet_medrec_summary::pallet::Call<T>
   **/
  PalletMedrecSummaryCall: {
    _enum: {
      acknowledge: {
        patient: 'AccountId32',
        subject: 'MedrecPrimitivesSubject',
        flags: 'u8'
      }
    }
  },
  /**
   * Lookup54: medrec_primitives::Subject
   **/
  MedrecPrimitivesSubject: {
    _enum: {
      Relationship: 'u64',
      Patient: 'Null'
    }
  },
  /**
   * Lookup56: pallet_medrec_consortium::pallet::Call<T>
   **/
  PalletMedrecConsortiumCall: {
    _enum: {
      propose_join: {
        _alias: {
          keys_: 'keys',
        },
        name: 'Bytes',
        gatekeeper: 'Bytes',
        keys_: 'MedrecRuntimeSessionKeys',
        proof: 'Bytes',
        evidenceUrl: 'Bytes',
        evidenceSha256: '[u8;32]',
      },
      propose_removal: {
        member: 'AccountId32',
      },
      propose_motion: {
        call: 'Call',
      },
      vote: {
        index: 'u32',
        aye: 'bool',
      },
      rescind: {
        index: 'u32',
      },
      leave: 'Null',
      set_session_length: {
        blocks: 'u32'
      }
    }
  },
  /**
   * Lookup57: pallet_revive::pallet::Call<T>
   **/
  PalletReviveCall: {
    _enum: {
      eth_transact: {
        payload: 'Bytes',
      },
      call: {
        dest: 'H160',
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        data: 'Bytes',
      },
      instantiate: {
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        codeHash: 'H256',
        data: 'Bytes',
        salt: 'Option<[u8;32]>',
      },
      instantiate_with_code: {
        value: 'Compact<u128>',
        weightLimit: 'SpWeightsWeightV2Weight',
        storageDepositLimit: 'Compact<u128>',
        code: 'Bytes',
        data: 'Bytes',
        salt: 'Option<[u8;32]>',
      },
      upload_code: {
        code: 'Bytes',
        storageDepositLimit: 'Compact<u128>',
      },
      remove_code: {
        codeHash: 'H256',
      },
      set_code: {
        dest: 'H160',
        codeHash: 'H256',
      },
      map_account: 'Null',
      unmap_account: 'Null',
      dispatch_as_fallback_account: {
        call: 'Call',
      },
      eth_instantiate_with_code: {
        value: 'U256',
        weightLimit: 'SpWeightsWeightV2Weight',
        ethGasLimit: 'U256',
        code: 'Bytes',
        data: 'Bytes',
        transactionEncoded: 'Bytes',
        effectiveGasPrice: 'U256',
        encodedLen: 'u32',
      },
      eth_call: {
        dest: 'H160',
        value: 'U256',
        weightLimit: 'SpWeightsWeightV2Weight',
        ethGasLimit: 'U256',
        data: 'Bytes',
        transactionEncoded: 'Bytes',
        effectiveGasPrice: 'U256',
        encodedLen: 'u32',
      },
      eth_substrate_call: {
        call: 'Call',
        transactionEncoded: 'Bytes',
      },
      batch_map_accounts: {
        accounts: 'Vec<AccountId32>'
      }
    }
  },
  /**
   * Lookup58: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup62: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup63: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup64: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup65: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup66: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup69: pallet_medrec_registrar::extension::CheckMember<T>
   **/
  PalletMedrecRegistrarExtensionCheckMember: 'Null',
  /**
   * Lookup70: pallet_medrec_registrar::extension::CheckNonce<T>
   **/
  PalletMedrecRegistrarExtensionCheckNonce: 'Compact<u32>',
  /**
   * Lookup72: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup73: medrec_runtime::configs::evm::CheckEvm<T>
   **/
  MedrecRuntimeConfigsEvmCheckEvm: 'Null',
  /**
   * Lookup74: medrec_runtime::configs::evm::ChargeEthGas<T>
   **/
  MedrecRuntimeConfigsEvmChargeEthGas: 'Null',
  /**
   * Lookup75: pallet_revive::evm::tx_extension::SetOrigin<T>
   **/
  PalletReviveEvmTxExtensionSetOrigin: 'Null',
  /**
   * Lookup76: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup78: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup79: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup81: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup82: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup84: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup87: frame_system::EventRecord<medrec_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup89: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup90: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup91: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup92: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup93: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup94: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup95: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup96: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup97: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup98: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup99: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'MedrecRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'MedrecRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'MedrecRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'MedrecRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'MedrecRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup100: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup101: medrec_runtime::RuntimeHoldReason
   **/
  MedrecRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Revive: 'PalletReviveHoldReason'
    }
  },
  /**
   * Lookup102: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup103: pallet_revive::pallet::HoldReason
   **/
  PalletReviveHoldReason: {
    _enum: ['CodeUploadDepositReserve', 'StorageDepositReserve', 'AddressMapping']
  },
  /**
   * Lookup104: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup105: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup106: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup109: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup110: pallet_medrec_registrar::pallet::Event<T>
   **/
  PalletMedrecRegistrarEvent: {
    _enum: {
      MemberRegistered: {
        who: 'AccountId32',
        role: 'MedrecPrimitivesRole',
        name: 'Bytes',
      },
      PatientRegistered: {
        who: 'AccountId32',
      },
      ProfileUpdated: {
        who: 'AccountId32',
        name: 'Bytes',
        gatekeeper: 'Option<Bytes>',
      },
      MemberDeregistered: {
        who: 'AccountId32',
      },
      EncryptionKeySet: {
        who: 'AccountId32',
        key: '[u8;32]',
      },
      EthAddressLinked: {
        who: 'AccountId32',
        address: 'H160',
      },
      EthAddressUnlinked: {
        who: 'AccountId32',
        address: 'H160'
      }
    }
  },
  /**
   * Lookup114: pallet_medrec_relationships::pallet::Event<T>
   **/
  PalletMedrecRelationshipsEvent: {
    _enum: {
      RelationshipOpened: {
        relationship: 'u64',
        patient: 'AccountId32',
        provider: 'AccountId32',
      },
      RelationshipAccepted: {
        relationship: 'u64',
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      RelationshipRejected: {
        relationship: 'u64',
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      RelationshipEnded: {
        relationship: 'u64',
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      PointerUpdated: {
        relationship: 'u64',
        patient: 'AccountId32',
        recordSet: 'u32',
        category: 'MedrecPrimitivesCategory',
        digest: 'H256',
      },
      PointerRemoved: {
        relationship: 'u64',
        patient: 'AccountId32',
        recordSet: 'u32',
      },
      Granted: {
        patient: 'AccountId32',
        grant: 'MedrecPrimitivesGrant',
        by: 'AccountId32',
      },
      Revoked: {
        patient: 'AccountId32',
        grant: 'u32',
        by: 'AccountId32',
      },
      GrantsPruned: {
        patient: 'AccountId32',
        grants: 'Vec<u32>',
      },
      GroupCreated: {
        patient: 'AccountId32',
        group: 'u32',
        by: 'AccountId32',
      },
      GroupMemberAdded: {
        patient: 'AccountId32',
        group: 'u32',
        member: 'AccountId32',
        by: 'AccountId32',
      },
      GroupMemberRemoved: {
        patient: 'AccountId32',
        group: 'u32',
        member: 'AccountId32',
        by: 'AccountId32',
      },
      GroupRemoved: {
        patient: 'AccountId32',
        group: 'u32',
        by: 'AccountId32',
      },
      ProxyAdded: {
        patient: 'AccountId32',
        proxy: 'AccountId32',
        categories: 'u16',
        expires: 'u64',
      },
      ProxyRemoved: {
        patient: 'AccountId32',
        proxy: 'AccountId32',
        by: 'AccountId32',
      },
      BreakGlassSet: {
        patient: 'AccountId32',
        enabled: 'bool',
      },
      EmergencyAccessUsed: {
        patient: 'AccountId32',
        provider: 'AccountId32',
        justification: 'Bytes',
        expires: 'u64',
        notified: 'Vec<AccountId32>',
      },
      DeadManSwitchSet: {
        patient: 'AccountId32',
        timeout: 'u64',
        beneficiaries: 'Vec<AccountId32>',
        categories: 'u16',
      },
      CheckedIn: {
        patient: 'AccountId32',
        at: 'u64',
      },
      DeadManSwitchCleared: {
        patient: 'AccountId32',
      },
      AccessRequested: {
        patient: 'AccountId32',
        request: 'MedrecPrimitivesAccessRequest',
      },
      RequestApproved: {
        patient: 'AccountId32',
        request: 'u32',
        grant: 'u32',
        by: 'AccountId32',
      },
      RequestDeclined: {
        patient: 'AccountId32',
        request: 'u32',
        by: 'AccountId32'
      }
    }
  },
  /**
   * Lookup115: medrec_primitives::Grant<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesGrant: {
    id: 'u32',
    viewer: 'MedrecPrimitivesViewer',
    scope: 'MedrecPrimitivesScope',
    categories: 'u16',
    purpose: 'MedrecPrimitivesPurpose',
    notBefore: 'u64',
    expires: 'u64',
    grantedBy: 'AccountId32'
  },
  /**
   * Lookup117: medrec_primitives::AccessRequest<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesAccessRequest: {
    id: 'u32',
    requester: 'AccountId32',
    scope: 'MedrecPrimitivesScope',
    categories: 'u16',
    purpose: 'MedrecPrimitivesPurpose',
    duration: 'u64'
  },
  /**
   * Lookup118: pallet_medrec_summary::pallet::Event<T>
   **/
  PalletMedrecSummaryEvent: {
    _enum: {
      StatusRaised: {
        patient: 'AccountId32',
        subject: 'MedrecPrimitivesSubject',
        flags: 'u8',
        status: 'u8',
      },
      StatusAcknowledged: {
        patient: 'AccountId32',
        subject: 'MedrecPrimitivesSubject',
        flags: 'u8',
        status: 'u8',
        by: 'AccountId32'
      }
    }
  },
  /**
   * Lookup119: pallet_medrec_consortium::pallet::Event<T>
   **/
  PalletMedrecConsortiumEvent: {
    _enum: {
      JoinProposed: {
        index: 'u32',
        candidate: 'AccountId32',
        name: 'Bytes',
        gatekeeper: 'Bytes',
        evidence: 'PalletMedrecConsortiumEvidence',
        expires: 'u32',
      },
      RemovalProposed: {
        index: 'u32',
        proposer: 'AccountId32',
        member: 'AccountId32',
        expires: 'u32',
      },
      MotionProposed: {
        index: 'u32',
        proposer: 'AccountId32',
        callHash: 'H256',
        expires: 'u32',
      },
      Voted: {
        index: 'u32',
        voter: 'AccountId32',
        aye: 'bool',
        ayes: 'u32',
        nays: 'u32',
      },
      Passed: {
        index: 'u32',
        ayes: 'u32',
        members: 'u32',
      },
      Rejected: {
        index: 'u32',
        nays: 'u32',
        members: 'u32',
      },
      Rescinded: {
        index: 'u32',
      },
      Expired: {
        index: 'u32',
      },
      MemberAdmitted: {
        member: 'AccountId32',
      },
      MemberRemoved: {
        member: 'AccountId32',
      },
      MotionExecuted: {
        index: 'u32',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      SessionLengthSet: {
        blocks: 'u32'
      }
    }
  },
  /**
   * Lookup120: pallet_medrec_consortium::Evidence<MaxUrl>
   **/
  PalletMedrecConsortiumEvidence: {
    url: 'Bytes',
    sha256: '[u8;32]'
  },
  /**
   * Lookup122: pallet_revive::pallet::Event<T>
   **/
  PalletReviveEvent: {
    _enum: {
      ContractEmitted: {
        contract: 'H160',
        data: 'Bytes',
        topics: 'Vec<H256>',
      },
      Instantiated: {
        deployer: 'H160',
        contract: 'H160',
      },
      EthExtrinsicRevert: {
        dispatchError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup124: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup127: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup130: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup131: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup132: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup133: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup135: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup136: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup138: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup139: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup144: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup146: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup147: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup150: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup153: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedrecRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup156: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedrecRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup157: medrec_runtime::RuntimeFreezeReason
   **/
  MedrecRuntimeRuntimeFreezeReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Revive: 'PalletReviveFreezeReason'
    }
  },
  /**
   * Lookup158: pallet_revive::pallet::FreezeReason
   **/
  PalletReviveFreezeReason: {
    _enum: ['PGasMinBalance']
  },
  /**
   * Lookup160: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup168: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup169: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup173: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup174: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup176: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup178: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup179: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup180: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup181: pallet_medrec_registrar::IdentityInfo
   **/
  PalletMedrecRegistrarIdentityInfo: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>'
  },
  /**
   * Lookup182: pallet_medrec_registrar::Profile<MaxName, MaxUrl>
   **/
  PalletMedrecRegistrarProfile: {
    name: 'Bytes',
    gatekeeper: 'Option<Bytes>'
  },
  /**
   * Lookup183: pallet_medrec_registrar::pallet::Error<T>
   **/
  PalletMedrecRegistrarError: {
    _enum: ['AlreadyExists', 'NotFound', 'NotAuthorized', 'NameTaken', 'EmptyName', 'NameTooLong', 'UrlTooLong', 'InvalidUrl', 'GatekeeperRequired', 'NotAMember', 'NotAPatient', 'BadSignature', 'EthAddressTaken', 'EthAddressAlreadyLinked']
  },
  /**
   * Lookup184: pallet_medrec_relationships::Relationship<sp_core::crypto::AccountId32, BlockNumber, MaxPointers>
   **/
  PalletMedrecRelationshipsRelationship: {
    patient: 'AccountId32',
    provider: 'AccountId32',
    state: 'MedrecPrimitivesRelationshipState',
    pointers: 'Vec<MedrecPrimitivesPointer>'
  },
  /**
   * Lookup185: medrec_primitives::RelationshipState
   **/
  MedrecPrimitivesRelationshipState: {
    _enum: ['AwaitingAcceptance', 'Active']
  },
  /**
   * Lookup187: medrec_primitives::Pointer<BlockNumber>
   **/
  MedrecPrimitivesPointer: {
    recordSet: 'u32',
    category: 'MedrecPrimitivesCategory',
    digest: 'H256',
    updatedAt: 'u32'
  },
  /**
   * Lookup195: pallet_medrec_relationships::Group<sp_core::crypto::AccountId32, MaxMembers>
   **/
  PalletMedrecRelationshipsGroup: {
    id: 'u32',
    members: 'Vec<AccountId32>'
  },
  /**
   * Lookup199: medrec_primitives::Proxy<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesProxy: {
    who: 'AccountId32',
    categories: 'u16',
    expires: 'u64'
  },
  /**
   * Lookup204: pallet_medrec_relationships::EmergencyAccess<sp_core::crypto::AccountId32>
   **/
  PalletMedrecRelationshipsEmergencyAccess: {
    provider: 'AccountId32',
    expires: 'u64'
  },
  /**
   * Lookup206: pallet_medrec_relationships::DeadManSwitch<sp_core::crypto::AccountId32, MaxBeneficiaries>
   **/
  PalletMedrecRelationshipsDeadManSwitch: {
    timeout: 'u64',
    lastCheckIn: 'u64',
    beneficiaries: 'Vec<AccountId32>',
    categories: 'u16'
  },
  /**
   * Lookup208: pallet_medrec_relationships::Counters
   **/
  PalletMedrecRelationshipsCounters: {
    grant: 'u32',
    group: 'u32',
    request: 'u32'
  },
  /**
   * Lookup209: pallet_medrec_relationships::pallet::Error<T>
   **/
  PalletMedrecRelationshipsError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'NotAProvider', 'NotAPatient', 'WrongState', 'Expired', 'InvalidCategories', 'OutsideProxyScope', 'BreakGlassDisabled', 'TimeoutTooShort', 'BadJustification', 'GroupInUse', 'SelfReference', 'TooManyRelationships', 'TooManyPointers', 'TooManyGrants', 'TooManyGroups', 'TooManyGroupMembers', 'TooManyProxies', 'TooManyRequests', 'TooManyBeneficiaries', 'TooManyEmergencyAccesses']
  },
  /**
   * Lookup211: pallet_medrec_summary::pallet::Error<T>
   **/
  PalletMedrecSummaryError: {
    _enum: ['NotFound', 'NotAuthorized', 'InvalidFlags']
  },
  /**
   * Lookup212: pallet_medrec_consortium::Proposal<T>
   **/
  PalletMedrecConsortiumProposal: {
    proposer: 'AccountId32',
    action: 'PalletMedrecConsortiumAction',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup213: pallet_medrec_consortium::Action<T>
   **/
  PalletMedrecConsortiumAction: {
    _enum: {
      Admit: {
        _alias: {
          keys_: 'keys',
        },
        candidate: 'AccountId32',
        name: 'Bytes',
        gatekeeper: 'Bytes',
        keys_: 'MedrecRuntimeSessionKeys',
        proof: 'Bytes',
        evidence: 'PalletMedrecConsortiumEvidence',
      },
      Remove: {
        member: 'AccountId32',
      },
      Motion: {
        call: 'Bytes',
        weight: 'SpWeightsWeightV2Weight'
      }
    }
  },
  /**
   * Lookup217: pallet_medrec_consortium::OpenProposal<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletMedrecConsortiumOpenProposal: {
    index: 'u32',
    proposer: 'AccountId32',
    subject: 'Option<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup220: pallet_medrec_consortium::pallet::Error<T>
   **/
  PalletMedrecConsortiumError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'AlreadyMember', 'NotAMember', 'TooManyProposals', 'TooManyMembers', 'TooFewMembers', 'Expired', 'BadProof', 'KeysInUse', 'NameTooLong', 'UrlTooLong', 'ProofTooLong', 'CallTooLong', 'CallTooHeavy', 'CallNotAllowed', 'ZeroSessionLength']
  },
  /**
   * Lookup221: pallet_revive::vm::CodeInfo<T>
   **/
  PalletReviveVmCodeInfo: {
    owner: 'AccountId32',
    deposit: 'Compact<u128>',
    refcount: 'Compact<u64>',
    codeLen: 'u32',
    codeType: 'PalletReviveVmBytecodeType',
    behaviourVersion: 'u32'
  },
  /**
   * Lookup222: pallet_revive::vm::BytecodeType
   **/
  PalletReviveVmBytecodeType: {
    _enum: ['Pvm', 'Evm']
  },
  /**
   * Lookup223: pallet_revive::storage::AccountInfo<T>
   **/
  PalletReviveStorageAccountInfo: {
    accountType: 'PalletReviveStorageAccountType',
    dust: 'u32'
  },
  /**
   * Lookup224: pallet_revive::storage::AccountType<T>
   **/
  PalletReviveStorageAccountType: {
    _enum: {
      Contract: 'PalletReviveStorageContractInfo',
      EOA: 'Null'
    }
  },
  /**
   * Lookup225: pallet_revive::storage::ContractInfo<T>
   **/
  PalletReviveStorageContractInfo: {
    trieId: 'Bytes',
    codeHash: 'H256',
    storageBytes: 'u32',
    storageItems: 'u32',
    storageByteDeposit: 'u128',
    storageItemDeposit: 'u128',
    storageBaseDeposit: 'u128',
    immutableDataLen: 'u32'
  },
  /**
   * Lookup228: pallet_revive::storage::DeletionQueueItem<T>
   **/
  PalletReviveStorageDeletionQueueItem: {
    trieId: 'Bytes',
    accountId: 'AccountId32'
  },
  /**
   * Lookup229: pallet_revive::storage::DeletionQueueManager<T>
   **/
  PalletReviveStorageDeletionQueueManager: {
    insertCounter: 'u32',
    deleteCounter: 'u32'
  },
  /**
   * Lookup230: pallet_revive::evm::api::block::Block
   **/
  PalletReviveEvmApiBlock: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    baseFeePerGas: 'U256',
    blobGasUsed: 'U256',
    difficulty: 'U256',
    excessBlobGas: 'U256',
    extraData: 'Bytes',
    gasLimit: 'U256',
    gasUsed: 'U256',
    hash_: 'H256',
    logsBloom: 'PalletReviveTypesCommonByteBytes256',
    miner: 'H160',
    mixHash: 'H256',
    nonce: 'PalletReviveTypesCommonByteBytes8',
    number: 'U256',
    parentBeaconBlockRoot: 'Option<H256>',
    parentHash: 'H256',
    receiptsRoot: 'H256',
    requestsHash: 'Option<H256>',
    sha3Uncles: 'H256',
    size_: 'U256',
    stateRoot: 'H256',
    timestamp: 'U256',
    totalDifficulty: 'Option<U256>',
    transactions: 'PalletReviveEvmApiTransactionHashesOrTransactionInfos',
    transactionsRoot: 'H256',
    uncles: 'Vec<H256>',
    withdrawals: 'Vec<PalletReviveEvmApiBlockWithdrawal>',
    withdrawalsRoot: 'H256'
  },
  /**
   * Lookup232: pallet_revive_types::common::byte::Bytes256
   **/
  PalletReviveTypesCommonByteBytes256: '[u8;256]',
  /**
   * Lookup234: pallet_revive_types::common::byte::Bytes8
   **/
  PalletReviveTypesCommonByteBytes8: '[u8;8]',
  /**
   * Lookup237: pallet_revive::evm::api::transaction::HashesOrTransactionInfos
   **/
  PalletReviveEvmApiTransactionHashesOrTransactionInfos: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveEvmApiTransactionTransactionInfo>'
    }
  },
  /**
   * Lookup239: pallet_revive::evm::api::transaction::TransactionInfo
   **/
  PalletReviveEvmApiTransactionTransactionInfo: {
    _alias: {
      hash_: 'hash'
    },
    blockHash: 'H256',
    blockNumber: 'U256',
    from: 'H160',
    hash_: 'H256',
    transactionIndex: 'U256',
    transactionSigned: 'PalletReviveEvmApiTransactionTransactionSigned'
  },
  /**
   * Lookup240: pallet_revive::evm::api::transaction::TransactionSigned
   **/
  PalletReviveEvmApiTransactionTransactionSigned: {
    _enum: {
      Transaction7702Signed: 'PalletReviveEvmApiTransactionTransaction7702Signed',
      Transaction4844Signed: 'PalletReviveEvmApiTransactionTransaction4844Signed',
      Transaction1559Signed: 'PalletReviveEvmApiTransactionTransaction1559Signed',
      Transaction2930Signed: 'PalletReviveEvmApiTransactionTransaction2930Signed',
      TransactionLegacySigned: 'PalletReviveEvmApiTransactionTransactionLegacySigned'
    }
  },
  /**
   * Lookup241: pallet_revive::evm::api::transaction::Transaction7702Signed
   **/
  PalletReviveEvmApiTransactionTransaction7702Signed: {
    transaction7702Unsigned: 'PalletReviveEvmApiTransactionTransaction7702Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup242: pallet_revive::evm::api::transaction::Transaction7702Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction7702Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    authorizationList: 'Vec<PalletReviveEvmApiTransactionAuthorizationListEntry>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup244: pallet_revive::evm::api::transaction::AccessListEntry
   **/
  PalletReviveEvmApiTransactionAccessListEntry: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup246: pallet_revive::evm::api::transaction::AuthorizationListEntry
   **/
  PalletReviveEvmApiTransactionAuthorizationListEntry: {
    chainId: 'U256',
    address: 'H160',
    nonce: 'U256',
    yParity: 'U256',
    r: 'U256',
    s: 'U256'
  },
  /**
   * Lookup247: pallet_revive::evm::api::transaction::Transaction4844Signed
   **/
  PalletReviveEvmApiTransactionTransaction4844Signed: {
    transaction4844Unsigned: 'PalletReviveEvmApiTransactionTransaction4844Unsigned',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup248: pallet_revive::evm::api::transaction::Transaction4844Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction4844Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    blobVersionedHashes: 'Vec<H256>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerBlobGas: 'U256',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup249: pallet_revive::evm::api::transaction::Transaction1559Signed
   **/
  PalletReviveEvmApiTransactionTransaction1559Signed: {
    transaction1559Unsigned: 'PalletReviveEvmApiTransactionTransaction1559Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup250: pallet_revive::evm::api::transaction::Transaction1559Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction1559Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup252: pallet_revive::evm::api::transaction::Transaction2930Signed
   **/
  PalletReviveEvmApiTransactionTransaction2930Signed: {
    transaction2930Unsigned: 'PalletReviveEvmApiTransactionTransaction2930Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup253: pallet_revive::evm::api::transaction::Transaction2930Unsigned
   **/
  PalletReviveEvmApiTransactionTransaction2930Unsigned: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveEvmApiTransactionAccessListEntry>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup254: pallet_revive::evm::api::transaction::TransactionLegacySigned
   **/
  PalletReviveEvmApiTransactionTransactionLegacySigned: {
    transactionLegacyUnsigned: 'PalletReviveEvmApiTransactionTransactionLegacyUnsigned',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup255: pallet_revive::evm::api::transaction::TransactionLegacyUnsigned
   **/
  PalletReviveEvmApiTransactionTransactionLegacyUnsigned: {
    _alias: {
      r_type: 'r#type'
    },
    chainId: 'Option<U256>',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup257: pallet_revive::evm::api::block::Withdrawal
   **/
  PalletReviveEvmApiBlockWithdrawal: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup259: pallet_revive::evm::block_hash::ReceiptGasInfo
   **/
  PalletReviveEvmBlockHashReceiptGasInfo: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup260: pallet_revive::evm::block_hash::block_builder::EthereumBlockBuilderIR<T>
   **/
  PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR: {
    transactionRootBuilder: 'PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR',
    receiptsRootBuilder: 'PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR',
    baseFeePerGas: 'U256',
    blockGasLimit: 'U256',
    gasUsed: 'U256',
    logsBloom: '[u8;256]',
    txHashes: 'Vec<H256>',
    gasInfo: 'Vec<PalletReviveEvmBlockHashReceiptGasInfo>'
  },
  /**
   * Lookup261: pallet_revive::evm::block_hash::hash_builder::IncrementalHashBuilderIR
   **/
  PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR: {
    key: 'Bytes',
    valueType: 'u8',
    builderValue: 'Bytes',
    stack: 'Vec<Bytes>',
    stateMasks: 'Vec<u16>',
    treeMasks: 'Vec<u16>',
    hashMasks: 'Vec<u16>',
    storedInDatabase: 'bool',
    rlpBuf: 'Bytes',
    index: 'u64'
  },
  /**
   * Lookup264: pallet_revive::debug::DebugSettings
   **/
  PalletReviveDebugDebugSettings: {
    allowUnlimitedContractSize: 'bool',
    bypassEip3607: 'bool',
    pvmLogs: 'bool',
    disableExecutionTracing: 'bool'
  },
  /**
   * Lookup265: pallet_revive::pallet::Error<T>
   **/
  PalletReviveError: {
    _enum: ['__Unused0', 'InvalidSchedule', 'InvalidCallFlags', 'OutOfGas', 'TransferFailed', 'MaxCallDepthReached', 'ContractNotFound', 'CodeNotFound', 'CodeInfoNotFound', 'OutOfBounds', 'DecodingFailed', 'ContractTrapped', 'ValueTooLarge', 'TerminatedWhileReentrant', 'InputForwarded', 'TooManyTopics', '__Unused16', '__Unused17', 'DuplicateContract', 'TerminatedInConstructor', 'ReentranceDenied', 'ReenteredPallet', 'StateChangeDenied', 'StorageDepositNotEnoughFunds', 'StorageDepositLimitExhausted', 'CodeInUse', 'ContractReverted', 'CodeRejected', 'BlobTooLarge', 'StaticMemoryTooLarge', 'BasicBlockTooLarge', 'InvalidInstruction', 'MaxDelegateDependenciesReached', 'DelegateDependencyNotFound', 'DelegateDependencyAlreadyExists', 'CannotAddSelfAsDelegateDependency', 'OutOfTransientStorage', 'InvalidSyscall', 'InvalidStorageFlags', 'ExecutionFailed', 'BalanceConversionFailed', '__Unused41', 'InvalidImmutableAccess', 'AccountUnmapped', 'AccountAlreadyMapped', 'InvalidGenericTransaction', 'RefcountOverOrUnderflow', 'UnsupportedPrecompileAddress', 'CallDataTooLarge', 'ReturnDataTooLarge', 'InvalidJump', 'StackUnderflow', 'StackOverflow', 'TxFeeOverdraw', 'EvmConstructorNonEmptyData', 'EvmConstructedFromHash', 'StorageRefundNotEnoughFunds', 'StorageRefundLocked', '__Unused58', '__Unused59', '__Unused60', '__Unused61', '__Unused62', '__Unused63', 'PrecompileDelegateDenied', 'EcdsaRecoveryFailed', 'AutoMappingEnabled', 'PendingDepositCleanup']
  },
  /**
   * Lookup266: medrec_runtime::Runtime
   **/
  MedrecRuntimeRuntime: 'Null',
  /**
   * Lookup267: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup268: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup272: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup276: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup277: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup278: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup279: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup284: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup285: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup287: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup289: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup296: medrec_primitives::Decision
   **/
  MedrecPrimitivesDecision: {
    _enum: {
      Allow: {
        basis: 'MedrecPrimitivesBasis',
        expires: 'Option<u64>',
      },
      Deny: 'MedrecPrimitivesDenyReason'
    }
  },
  /**
   * Lookup297: medrec_primitives::Basis
   **/
  MedrecPrimitivesBasis: {
    _enum: {
      Patient: 'Null',
      RecordHolder: 'Null',
      Grant: 'u32',
      Emergency: 'Null',
      DeadManSwitch: 'Null'
    }
  },
  /**
   * Lookup299: medrec_primitives::DenyReason
   **/
  MedrecPrimitivesDenyReason: {
    _enum: ['UnknownPatient', 'UnknownProvider', 'NoRelationship', 'RelationshipNotActive', 'NoGrant', 'CategoryNotGranted', 'PurposeNotGranted', 'NotYetValid', 'Expired']
  },
  /**
   * Lookup301: medrec_primitives::RelationshipView<sp_core::crypto::AccountId32, BlockNumber>
   **/
  MedrecPrimitivesRelationshipView: {
    id: 'u64',
    patient: 'AccountId32',
    provider: 'AccountId32',
    state: 'MedrecPrimitivesRelationshipState',
    pointers: 'Vec<MedrecPrimitivesPointer>',
    status: 'u8'
  },
  /**
   * Lookup305: medrec_primitives::IdentityView
   **/
  MedrecPrimitivesIdentityView: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>',
    name: 'Option<Bytes>',
    gatekeeper: 'Option<Bytes>',
    ethAddress: 'Option<H160>'
  },
  /**
   * Lookup309: pallet_revive_types::runtime_api::types::block::BlockV1
   **/
  PalletReviveTypesRuntimeApiTypesBlockBlockV1: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    baseFeePerGas: 'U256',
    blobGasUsed: 'U256',
    difficulty: 'U256',
    excessBlobGas: 'U256',
    extraData: 'Bytes',
    gasLimit: 'U256',
    gasUsed: 'U256',
    hash_: 'H256',
    logsBloom: 'PalletReviveTypesCommonByteBytes256',
    miner: 'H160',
    mixHash: 'H256',
    nonce: 'PalletReviveTypesCommonByteBytes8',
    number: 'U256',
    parentBeaconBlockRoot: 'Option<H256>',
    parentHash: 'H256',
    receiptsRoot: 'H256',
    requestsHash: 'Option<H256>',
    sha3Uncles: 'H256',
    size_: 'U256',
    stateRoot: 'H256',
    timestamp: 'U256',
    totalDifficulty: 'Option<U256>',
    transactions: 'PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1',
    transactionsRoot: 'H256',
    uncles: 'Vec<H256>',
    withdrawals: 'Vec<PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1>',
    withdrawalsRoot: 'H256'
  },
  /**
   * Lookup310: pallet_revive_types::runtime_api::types::transaction::HashesOrTransactionInfosV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1>'
    }
  },
  /**
   * Lookup312: pallet_revive_types::runtime_api::types::transaction::TransactionInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1: {
    _alias: {
      hash_: 'hash'
    },
    blockHash: 'H256',
    blockNumber: 'U256',
    from: 'H160',
    hash_: 'H256',
    transactionIndex: 'U256',
    transactionSigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1'
  },
  /**
   * Lookup313: pallet_revive_types::runtime_api::types::transaction::TransactionSignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1: {
    _enum: {
      Transaction7702Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1',
      Transaction4844Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1',
      Transaction1559Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1',
      Transaction2930Signed: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1',
      TransactionLegacySigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1'
    }
  },
  /**
   * Lookup314: pallet_revive_types::runtime_api::types::transaction::Transaction7702SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1: {
    transaction7702Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup315: pallet_revive_types::runtime_api::types::transaction::Transaction7702UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    authorizationList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup317: pallet_revive_types::runtime_api::types::transaction::AccessListEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup319: pallet_revive_types::runtime_api::types::transaction::AuthorizationListEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1: {
    chainId: 'U256',
    address: 'H160',
    nonce: 'U256',
    yParity: 'U256',
    r: 'U256',
    s: 'U256'
  },
  /**
   * Lookup320: pallet_revive_types::runtime_api::types::transaction::Transaction4844SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1: {
    transaction4844Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup321: pallet_revive_types::runtime_api::types::transaction::Transaction4844UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    blobVersionedHashes: 'Vec<H256>',
    chainId: 'U256',
    gas: 'U256',
    input: 'Bytes',
    maxFeePerBlobGas: 'U256',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'H160',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup322: pallet_revive_types::runtime_api::types::transaction::Transaction1559SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1: {
    transaction1559Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup323: pallet_revive_types::runtime_api::types::transaction::Transaction1559UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    maxFeePerGas: 'U256',
    maxPriorityFeePerGas: 'U256',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup324: pallet_revive_types::runtime_api::types::transaction::Transaction2930SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1: {
    transaction2930Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup325: pallet_revive_types::runtime_api::types::transaction::Transaction2930UnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>',
    chainId: 'U256',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup326: pallet_revive_types::runtime_api::types::transaction::TransactionLegacySignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1: {
    transactionLegacyUnsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup327: pallet_revive_types::runtime_api::types::transaction::TransactionLegacyUnsignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1: {
    _alias: {
      r_type: 'r#type'
    },
    chainId: 'Option<U256>',
    gas: 'U256',
    gasPrice: 'U256',
    input: 'Bytes',
    nonce: 'U256',
    to: 'Option<H160>',
    r_type: 'u8',
    value: 'U256'
  },
  /**
   * Lookup329: pallet_revive_types::runtime_api::types::block::WithdrawalV1
   **/
  PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup331: pallet_revive_types::runtime_api::types::receipt::ReceiptGasInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup333: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1, Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1: {
    weightConsumed: 'SpWeightsWeightV2Weight',
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    maxStorageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    gasConsumed: 'u128',
    result: 'Result<PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1, SpRuntimeDispatchError>'
  },
  /**
   * Lookup334: pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1: {
    flags: 'PalletReviveUapiFlagsReturnFlags',
    data: 'Bytes'
  },
  /**
   * Lookup335: pallet_revive_uapi::flags::ReturnFlags
   **/
  PalletReviveUapiFlagsReturnFlags: {
    bits: 'u32'
  },
  /**
   * Lookup336: pallet_revive_types::runtime_api::types::contract::StorageDepositV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractStorageDepositV1: {
    _enum: {
      Refund: 'u128',
      Charge: 'u128'
    }
  },
  /**
   * Lookup338: pallet_revive_types::runtime_api::types::contract::CodeV1
   **/
  PalletReviveTypesRuntimeApiTypesContractCodeV1: {
    _enum: {
      Upload: 'Bytes',
      Existing: 'H256'
    }
  },
  /**
   * Lookup339: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1, Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1: {
    weightConsumed: 'SpWeightsWeightV2Weight',
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    maxStorageDeposit: 'PalletReviveTypesRuntimeApiTypesContractStorageDepositV1',
    gasConsumed: 'u128',
    result: 'Result<PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1, SpRuntimeDispatchError>'
  },
  /**
   * Lookup340: pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1: {
    result: 'PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1',
    addr: 'H160'
  },
  /**
   * Lookup342: pallet_revive_types::runtime_api::types::transaction::GenericTransactionV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1: {
    _alias: {
      r_type: 'r#type'
    },
    accessList: 'Option<Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>>',
    authorizationList: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>',
    blobVersionedHashes: 'Vec<H256>',
    blobs: 'Vec<Bytes>',
    chainId: 'Option<U256>',
    from: 'Option<H160>',
    gas: 'Option<U256>',
    gasPrice: 'Option<U256>',
    input: 'PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1',
    maxFeePerBlobGas: 'Option<U256>',
    maxFeePerGas: 'Option<U256>',
    maxPriorityFeePerGas: 'Option<U256>',
    nonce: 'Option<U256>',
    to: 'Option<H160>',
    r_type: 'Option<u8>',
    value: 'Option<U256>'
  },
  /**
   * Lookup345: pallet_revive_types::runtime_api::types::transaction::InputOrDataV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1: {
    input: 'Option<Bytes>',
    data: 'Option<Bytes>'
  },
  /**
   * Lookup350: pallet_revive_types::runtime_api::types::dry_run::EthTransactInfoV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1: {
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'u128',
    maxStorageDeposit: 'u128',
    ethGas: 'U256',
    data: 'Bytes'
  },
  /**
   * Lookup351: pallet_revive::primitives::EthTransactError
   **/
  PalletRevivePrimitivesEthTransactError: {
    _enum: {
      Data: 'Bytes',
      Message: 'Text'
    }
  },
  /**
   * Lookup352: pallet_revive_types::runtime_api::types::dry_run::DryRunConfigV1<Moment>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1: {
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'Option<bool>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup355: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideSetV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1>',
  /**
   * Lookup357: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1: {
    balance: 'Option<U256>',
    nonce: 'Option<U256>',
    code: 'Option<Bytes>',
    storage: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1>',
    movePrecompileToAddress: 'Option<H160>'
  },
  /**
   * Lookup359: pallet_revive_types::runtime_api::types::state_overrides::StorageOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1: {
    _enum: {
      State: 'BTreeMap<H256, H256>',
      StateDiff: 'BTreeMap<H256, H256>'
    }
  },
  /**
   * Lookup368: pallet_revive_types::runtime_api::types::upload::CodeUploadReturnValueV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1: {
    codeHash: 'H256',
    deposit: 'u128'
  },
  /**
   * Lookup370: pallet_revive::primitives::ContractAccessError
   **/
  PalletRevivePrimitivesContractAccessError: {
    _enum: {
      DoesntExist: 'Null',
      KeyDecodingFailed: 'Null',
      StorageWriteFailed: 'SpRuntimeDispatchError'
    }
  },
  /**
   * Lookup371: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup372: pallet_revive_types::runtime_api::types::tracer::TracerTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1: {
    _enum: {
      CallTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1>',
      PrestateTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1>',
      ExecutionTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1>'
    }
  },
  /**
   * Lookup374: pallet_revive_types::runtime_api::types::tracer::CallTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1: {
    withLogs: 'bool',
    onlyTopCall: 'bool'
  },
  /**
   * Lookup376: pallet_revive_types::runtime_api::types::tracer::PrestateTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1: {
    diffMode: 'bool',
    disableStorage: 'bool',
    disableCode: 'bool'
  },
  /**
   * Lookup378: pallet_revive_types::runtime_api::types::tracer::ExecutionTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1: {
    enableMemory: 'bool',
    disableStack: 'bool',
    disableStorage: 'bool',
    enableReturnData: 'bool',
    disableSyscallDetails: 'bool',
    limit: 'Option<u64>',
    memoryWordLimit: 'u32'
  },
  /**
   * Lookup381: pallet_revive_types::runtime_api::types::traces::TraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV1: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV1',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup382: pallet_revive_types::runtime_api::types::traces::CallTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTraceV1: {
    from: 'H160',
    gas: 'u64',
    gasUsed: 'u64',
    to: 'H160',
    input: 'Bytes',
    output: 'Bytes',
    error: 'Option<Text>',
    revertReason: 'Option<Text>',
    calls: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV1>',
    logs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV1>',
    value: 'Option<U256>',
    callType: 'PalletReviveTypesRuntimeApiTypesTracesCallTypeV1',
    childCallCount: 'u32'
  },
  /**
   * Lookup385: pallet_revive_types::runtime_api::types::traces::CallLogV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV1: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32'
  },
  /**
   * Lookup386: pallet_revive_types::runtime_api::types::traces::CallTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTypeV1: {
    _enum: ['Call', 'StaticCall', 'DelegateCall', 'Create', 'Create2', 'Selfdestruct']
  },
  /**
   * Lookup387: pallet_revive_types::runtime_api::types::traces::PrestateTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1: {
    _enum: {
      Prestate: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>',
      DiffMode: {
        pre: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>',
        post: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>'
      }
    }
  },
  /**
   * Lookup389: pallet_revive_types::runtime_api::types::traces::PrestateTraceInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1: {
    balance: 'Option<U256>',
    nonce: 'Option<u32>',
    code: 'Option<Bytes>',
    storage: 'BTreeMap<Bytes, Option<Bytes>>'
  },
  /**
   * Lookup395: pallet_revive_types::runtime_api::types::traces::ExecutionTraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1: {
    gas: 'u64',
    weightConsumed: 'SpWeightsWeightV2Weight',
    baseCallWeight: 'SpWeightsWeightV2Weight',
    failed: 'bool',
    returnValue: 'Bytes',
    structLogs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1>'
  },
  /**
   * Lookup397: pallet_revive_types::runtime_api::types::traces::ExecutionStepV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1: {
    gas: 'Compact<u64>',
    gasCost: 'Compact<u64>',
    weightCost: 'SpWeightsWeightV2Weight',
    depth: 'u16',
    returnData: 'Bytes',
    error: 'Option<Text>',
    kind: 'PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1'
  },
  /**
   * Lookup398: pallet_revive_types::runtime_api::types::traces::ExecutionStepKindV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1: {
    _enum: {
      EVMOpcode: {
        pc: 'Compact<u32>',
        op: 'u8',
        stack: 'Vec<Bytes>',
        memory: 'Vec<Bytes>',
        storage: 'Option<BTreeMap<Bytes, Bytes>>',
      },
      PVMSyscall: {
        op: 'PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1',
        args: 'Vec<u64>',
        returned: 'Option<u64>'
      }
    }
  },
  /**
   * Lookup404: pallet_revive_types::runtime_api::types::traces::PolkavmSyscallV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1: {
    _enum: ['Noop', 'SetStorage', 'SetStorageOrClear', 'GetStorage', 'GetStorageOrZero', 'Call', 'CallEvm', 'DelegateCall', 'DelegateCallEvm', 'Instantiate', 'CallDataSize', 'CallDataCopy', 'CallDataLoad', 'SealReturn', 'Caller', 'Origin', 'CodeHash', 'CodeSize', 'Address', 'GetImmutableData', 'SetImmutableData', 'Balance', 'BalanceOf', 'ChainId', 'GasLimit', 'ValueTransferred', 'GasPrice', 'BaseFee', 'Now', 'DepositEvent', 'BlockNumber', 'BlockHash', 'BlockAuthor', 'HashKeccak256', 'ReturnDataSize', 'ReturnDataCopy', 'RefTimeLeft', 'ConsumeAllGas', 'EcdsaToEthAddress', 'Sr25519Verify', 'Terminate', 'PvmFuel']
  },
  /**
   * Lookup407: pallet_revive_types::runtime_api::types::state_overrides::TracingConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1: {
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup410: pallet_revive::primitives::BalanceConversionError
   **/
  PalletRevivePrimitivesBalanceConversionError: {
    _enum: ['Value', 'Dust']
  },
  /**
   * Lookup411: pallet_revive_types::runtime_api::declaration::ReviveRuntimeApiVersionDeclarations
   **/
  PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations: 'BTreeMap<Text, u8>',
  /**
   * Lookup415: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup416: pallet_revive_types::runtime_api::payloads::eth_block::BlockInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1: 'Null',
  /**
   * Lookup417: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1'
    }
  },
  /**
   * Lookup418: pallet_revive_types::runtime_api::payloads::eth_block::BlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1: {
    block: 'PalletReviveTypesRuntimeApiTypesBlockBlockV1'
  },
  /**
   * Lookup419: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1'
    }
  },
  /**
   * Lookup420: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1: {
    blockNumber: 'U256'
  },
  /**
   * Lookup421: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1'
    }
  },
  /**
   * Lookup422: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1: {
    blockHash: 'Option<H256>'
  },
  /**
   * Lookup423: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup424: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1: 'Null',
  /**
   * Lookup425: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1'
    }
  },
  /**
   * Lookup426: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1: {
    receiptData: 'Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>'
  },
  /**
   * Lookup427: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup428: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1: 'Null',
  /**
   * Lookup429: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1'
    }
  },
  /**
   * Lookup430: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1: {
    blockGasLimit: 'U256'
  },
  /**
   * Lookup431: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup432: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1: 'Null',
  /**
   * Lookup433: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1'
    }
  },
  /**
   * Lookup434: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1: {
    maxExtrinsicWeightInGas: 'U256'
  },
  /**
   * Lookup435: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1'
    }
  },
  /**
   * Lookup436: pallet_revive_types::runtime_api::payloads::balance::BalanceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup437: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1'
    }
  },
  /**
   * Lookup438: pallet_revive_types::runtime_api::payloads::balance::BalanceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup439: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup440: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1: 'Null',
  /**
   * Lookup441: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1'
    }
  },
  /**
   * Lookup442: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1: {
    gasPrice: 'U256'
  },
  /**
   * Lookup443: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1'
    }
  },
  /**
   * Lookup444: pallet_revive_types::runtime_api::payloads::nonce::NonceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup445: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedOutputPayload<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1'
    }
  },
  /**
   * Lookup446: pallet_revive_types::runtime_api::payloads::nonce::NonceOutputPayloadV1<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1: {
    nonce: 'u32'
  },
  /**
   * Lookup447: pallet_revive_types::runtime_api::payloads::call::CallVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1'
    }
  },
  /**
   * Lookup448: pallet_revive_types::runtime_api::payloads::call::CallInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1: {
    origin: 'AccountId32',
    dest: 'H160',
    value: 'u128',
    gasLimit: 'Option<SpWeightsWeightV2Weight>',
    storageDepositLimit: 'Option<u128>',
    inputData: 'Bytes'
  },
  /**
   * Lookup449: pallet_revive_types::runtime_api::payloads::call::CallVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1'
    }
  },
  /**
   * Lookup450: pallet_revive_types::runtime_api::payloads::call::CallOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1'
  },
  /**
   * Lookup451: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1'
    }
  },
  /**
   * Lookup452: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1: {
    origin: 'AccountId32',
    value: 'u128',
    gasLimit: 'Option<SpWeightsWeightV2Weight>',
    storageDepositLimit: 'Option<u128>',
    code: 'PalletReviveTypesRuntimeApiTypesContractCodeV1',
    data: 'Bytes',
    salt: 'Option<[u8;32]>'
  },
  /**
   * Lookup453: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1'
    }
  },
  /**
   * Lookup454: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1'
  },
  /**
   * Lookup455: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1'
    }
  },
  /**
   * Lookup456: pallet_revive_types::runtime_api::payloads::eth_transact::TransactInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'bool',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup458: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1'
    }
  },
  /**
   * Lookup459: pallet_revive_types::runtime_api::payloads::eth_transact::TransactOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1: {
    transactInfo: 'PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1'
  },
  /**
   * Lookup460: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1'
    }
  },
  /**
   * Lookup461: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup463: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1'
    }
  },
  /**
   * Lookup464: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1: {
    gasEstimate: 'U256'
  },
  /**
   * Lookup465: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1'
    }
  },
  /**
   * Lookup466: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1: {
    tx: 'Bytes'
  },
  /**
   * Lookup468: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1'
    }
  },
  /**
   * Lookup469: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1: {
    weight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup470: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1'
    }
  },
  /**
   * Lookup471: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1: {
    origin: 'AccountId32',
    code: 'Bytes',
    storageDepositLimit: 'Option<u128>'
  },
  /**
   * Lookup473: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup474: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1: {
    codeUploadReturnValue: 'PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1'
  },
  /**
   * Lookup475: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1'
    }
  },
  /**
   * Lookup476: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1: {
    address: 'H160',
    key: 'PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1'
  },
  /**
   * Lookup477: pallet_revive_types::runtime_api::types::storage::StorageKeyV1
   **/
  PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1: {
    _enum: {
      Fixed: '[u8;32]',
      Variable: 'Bytes'
    }
  },
  /**
   * Lookup479: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1'
    }
  },
  /**
   * Lookup480: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1: {
    storage: 'Option<Bytes>'
  },
  /**
   * Lookup481: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup482: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1: 'Null',
  /**
   * Lookup483: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup484: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1: {
    runtimePalletsAddress: 'H160'
  },
  /**
   * Lookup485: pallet_revive_types::runtime_api::payloads::code::CodeVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1'
    }
  },
  /**
   * Lookup486: pallet_revive_types::runtime_api::payloads::code::CodeInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup487: pallet_revive_types::runtime_api::payloads::code::CodeVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup488: pallet_revive_types::runtime_api::payloads::code::CodeOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1: {
    code: 'Bytes'
  },
  /**
   * Lookup489: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1'
    }
  },
  /**
   * Lookup490: pallet_revive_types::runtime_api::payloads::account_id::AccountIdInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup491: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedOutputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1'
    }
  },
  /**
   * Lookup492: pallet_revive_types::runtime_api::payloads::account_id::AccountIdOutputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup493: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1'
    }
  },
  /**
   * Lookup494: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup496: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1'
    }
  },
  /**
   * Lookup497: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1: {
    newBalance: 'u128',
    dust: 'u32'
  },
  /**
   * Lookup498: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup499: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1: 'Null',
  /**
   * Lookup500: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1'
    }
  },
  /**
   * Lookup501: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1: {
    blockAuthor: 'H160'
  },
  /**
   * Lookup502: pallet_revive_types::runtime_api::payloads::address::AddressVersionedInputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1'
    }
  },
  /**
   * Lookup503: pallet_revive_types::runtime_api::payloads::address::AddressInputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup504: pallet_revive_types::runtime_api::payloads::address::AddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup505: pallet_revive_types::runtime_api::payloads::address::AddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup506: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2'
    }
  },
  /**
   * Lookup507: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup508: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup509: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2'
    }
  },
  /**
   * Lookup510: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1: {
    traces: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceV1)>'
  },
  /**
   * Lookup511: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2: {
    _alias: {
      entries_: 'entries'
    },
    entries_: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1)>'
  },
  /**
   * Lookup514: pallet_revive_types::runtime_api::types::traces::TraceEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1: {
    _enum: {
      Traced: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2',
      NotTraced: 'Null'
    }
  },
  /**
   * Lookup515: pallet_revive_types::runtime_api::types::traces::TraceV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV2: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV2',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup516: pallet_revive_types::runtime_api::types::traces::CallTraceV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTraceV2: {
    from: 'H160',
    gas: 'u64',
    gasUsed: 'u64',
    to: 'H160',
    input: 'Bytes',
    output: 'Bytes',
    error: 'Option<Text>',
    revertReason: 'Option<Text>',
    calls: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV2>',
    logs: 'Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV2>',
    value: 'Option<U256>',
    callType: 'PalletReviveTypesRuntimeApiTypesTracesCallTypeV1'
  },
  /**
   * Lookup519: pallet_revive_types::runtime_api::types::traces::CallLogV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV2: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32',
    index: 'u32'
  },
  /**
   * Lookup520: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2'
    }
  },
  /**
   * Lookup521: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup522: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup523: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2'
    }
  },
  /**
   * Lookup524: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1: {
    trace: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>'
  },
  /**
   * Lookup525: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2: {
    entry: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1>'
  },
  /**
   * Lookup527: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2'
    }
  },
  /**
   * Lookup528: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup529: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup531: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2'
    }
  },
  /**
   * Lookup532: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV1'
  },
  /**
   * Lookup533: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2'
  },
  /**
   * Lookup534: medrec_runtime::RuntimeError
   **/
  MedrecRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      Balances: 'PalletBalancesError',
      Session: 'PalletSessionError',
      __Unused4: 'Null',
      Grandpa: 'PalletGrandpaError',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Registrar: 'PalletMedrecRegistrarError',
      Relationships: 'PalletMedrecRelationshipsError',
      Summary: 'PalletMedrecSummaryError',
      Consortium: 'PalletMedrecConsortiumError',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Revive: 'PalletReviveError'
    }
  }
};
