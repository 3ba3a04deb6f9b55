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
   * Lookup57: sp_runtime::MultiSignature
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
   * Lookup58: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup59: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup60: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup61: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup64: pallet_medrec_registrar::extension::CheckMember<T>
   **/
  PalletMedrecRegistrarExtensionCheckMember: 'Null',
  /**
   * Lookup65: pallet_medrec_registrar::extension::CheckNonce<T>
   **/
  PalletMedrecRegistrarExtensionCheckNonce: 'Compact<u32>',
  /**
   * Lookup67: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup69: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup70: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup72: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup73: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup74: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup76: sp_runtime::generic::digest::DigestItem
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
   * Lookup79: frame_system::EventRecord<medrec_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup81: frame_system::pallet::Event<T>
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
   * Lookup82: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup83: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup84: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup85: sp_runtime::DispatchError
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
   * Lookup86: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup87: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup88: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup89: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup90: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup91: pallet_balances::pallet::Event<T, I>
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
   * Lookup92: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup93: medrec_runtime::RuntimeHoldReason
   **/
  MedrecRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Session: 'PalletSessionHoldReason'
    }
  },
  /**
   * Lookup94: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup95: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup96: pallet_session::pallet::Event<T>
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
   * Lookup97: pallet_grandpa::pallet::Event
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
   * Lookup100: pallet_medrec_registrar::pallet::Event<T>
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
   * Lookup104: pallet_medrec_relationships::pallet::Event<T>
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
   * Lookup105: medrec_primitives::Grant<sp_core::crypto::AccountId32>
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
   * Lookup107: medrec_primitives::AccessRequest<sp_core::crypto::AccountId32>
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
   * Lookup108: pallet_medrec_summary::pallet::Event<T>
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
   * Lookup109: pallet_medrec_consortium::pallet::Event<T>
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
   * Lookup110: pallet_medrec_consortium::Evidence<MaxUrl>
   **/
  PalletMedrecConsortiumEvidence: {
    url: 'Bytes',
    sha256: '[u8;32]'
  },
  /**
   * Lookup112: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup116: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup119: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup120: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup121: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup122: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup124: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup125: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup127: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup128: sp_version::RuntimeVersion
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
   * Lookup133: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup135: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup136: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup139: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup142: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedrecRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup145: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedrecRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup146: medrec_runtime::RuntimeFreezeReason
   **/
  MedrecRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup148: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup156: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup157: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup161: pallet_grandpa::StoredState<N>
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
   * Lookup162: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup164: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup165: pallet_medrec_registrar::IdentityInfo
   **/
  PalletMedrecRegistrarIdentityInfo: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>'
  },
  /**
   * Lookup167: pallet_medrec_registrar::Profile<MaxName, MaxUrl>
   **/
  PalletMedrecRegistrarProfile: {
    name: 'Bytes',
    gatekeeper: 'Option<Bytes>'
  },
  /**
   * Lookup168: pallet_medrec_registrar::pallet::Error<T>
   **/
  PalletMedrecRegistrarError: {
    _enum: ['AlreadyExists', 'NotFound', 'NotAuthorized', 'NameTaken', 'EmptyName', 'NameTooLong', 'UrlTooLong', 'InvalidUrl', 'GatekeeperRequired', 'NotAMember', 'NotAPatient', 'BadSignature', 'EthAddressTaken', 'EthAddressAlreadyLinked']
  },
  /**
   * Lookup169: pallet_medrec_relationships::Relationship<sp_core::crypto::AccountId32, BlockNumber, MaxPointers>
   **/
  PalletMedrecRelationshipsRelationship: {
    patient: 'AccountId32',
    provider: 'AccountId32',
    state: 'MedrecPrimitivesRelationshipState',
    pointers: 'Vec<MedrecPrimitivesPointer>'
  },
  /**
   * Lookup170: medrec_primitives::RelationshipState
   **/
  MedrecPrimitivesRelationshipState: {
    _enum: ['AwaitingAcceptance', 'Active']
  },
  /**
   * Lookup172: medrec_primitives::Pointer<BlockNumber>
   **/
  MedrecPrimitivesPointer: {
    recordSet: 'u32',
    category: 'MedrecPrimitivesCategory',
    digest: 'H256',
    updatedAt: 'u32'
  },
  /**
   * Lookup180: pallet_medrec_relationships::Group<sp_core::crypto::AccountId32, MaxMembers>
   **/
  PalletMedrecRelationshipsGroup: {
    id: 'u32',
    members: 'Vec<AccountId32>'
  },
  /**
   * Lookup184: medrec_primitives::Proxy<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesProxy: {
    who: 'AccountId32',
    categories: 'u16',
    expires: 'u64'
  },
  /**
   * Lookup189: pallet_medrec_relationships::EmergencyAccess<sp_core::crypto::AccountId32>
   **/
  PalletMedrecRelationshipsEmergencyAccess: {
    provider: 'AccountId32',
    expires: 'u64'
  },
  /**
   * Lookup191: pallet_medrec_relationships::DeadManSwitch<sp_core::crypto::AccountId32, MaxBeneficiaries>
   **/
  PalletMedrecRelationshipsDeadManSwitch: {
    timeout: 'u64',
    lastCheckIn: 'u64',
    beneficiaries: 'Vec<AccountId32>',
    categories: 'u16'
  },
  /**
   * Lookup193: pallet_medrec_relationships::Counters
   **/
  PalletMedrecRelationshipsCounters: {
    grant: 'u32',
    group: 'u32',
    request: 'u32'
  },
  /**
   * Lookup194: pallet_medrec_relationships::pallet::Error<T>
   **/
  PalletMedrecRelationshipsError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'NotAProvider', 'NotAPatient', 'WrongState', 'Expired', 'InvalidCategories', 'OutsideProxyScope', 'BreakGlassDisabled', 'TimeoutTooShort', 'BadJustification', 'GroupInUse', 'SelfReference', 'TooManyRelationships', 'TooManyPointers', 'TooManyGrants', 'TooManyGroups', 'TooManyGroupMembers', 'TooManyProxies', 'TooManyRequests', 'TooManyBeneficiaries', 'TooManyEmergencyAccesses']
  },
  /**
   * Lookup196: pallet_medrec_summary::pallet::Error<T>
   **/
  PalletMedrecSummaryError: {
    _enum: ['NotFound', 'NotAuthorized', 'InvalidFlags']
  },
  /**
   * Lookup197: pallet_medrec_consortium::Proposal<T>
   **/
  PalletMedrecConsortiumProposal: {
    proposer: 'AccountId32',
    action: 'PalletMedrecConsortiumAction',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup198: pallet_medrec_consortium::Action<T>
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
   * Lookup202: pallet_medrec_consortium::OpenProposal<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletMedrecConsortiumOpenProposal: {
    index: 'u32',
    proposer: 'AccountId32',
    subject: 'Option<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup205: pallet_medrec_consortium::pallet::Error<T>
   **/
  PalletMedrecConsortiumError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'AlreadyMember', 'NotAMember', 'TooManyProposals', 'TooManyMembers', 'TooFewMembers', 'Expired', 'BadProof', 'KeysInUse', 'NameTooLong', 'UrlTooLong', 'ProofTooLong', 'CallTooLong', 'CallTooHeavy', 'CallNotAllowed', 'ZeroSessionLength']
  },
  /**
   * Lookup206: medrec_runtime::Runtime
   **/
  MedrecRuntimeRuntime: 'Null',
  /**
   * Lookup207: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup208: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup212: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup216: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup217: sp_runtime::transaction_validity::InvalidTransaction
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
   * Lookup218: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup219: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup224: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup225: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup227: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup229: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup236: medrec_primitives::Decision
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
   * Lookup237: medrec_primitives::Basis
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
   * Lookup239: medrec_primitives::DenyReason
   **/
  MedrecPrimitivesDenyReason: {
    _enum: ['UnknownPatient', 'UnknownProvider', 'NoRelationship', 'RelationshipNotActive', 'NoGrant', 'CategoryNotGranted', 'PurposeNotGranted', 'NotYetValid', 'Expired']
  },
  /**
   * Lookup241: medrec_primitives::RelationshipView<sp_core::crypto::AccountId32, BlockNumber>
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
   * Lookup245: medrec_primitives::IdentityView
   **/
  MedrecPrimitivesIdentityView: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>',
    name: 'Option<Bytes>',
    gatekeeper: 'Option<Bytes>',
    ethAddress: 'Option<H160>'
  },
  /**
   * Lookup250: medrec_runtime::RuntimeError
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
      Consortium: 'PalletMedrecConsortiumError'
    }
  }
};
