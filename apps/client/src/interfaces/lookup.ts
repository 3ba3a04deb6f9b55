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
      Patient: 'Null',
      Study: 'u32'
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
   * Lookup57: pallet_medrec_research::pallet::Call<T>
   **/
  PalletMedrecResearchCall: {
    _enum: {
      set_consent: {
        patient: 'AccountId32',
        terms: 'MedrecPrimitivesResearchConsentTerms',
      },
      withdraw_consent: {
        patient: 'AccountId32',
      },
      choose: {
        patient: 'AccountId32',
        study: 'u32',
        choice: 'MedrecPrimitivesResearchChoice',
      },
      register_study: {
        terms: 'MedrecPrimitivesResearchStudyTerms',
      },
      withdraw_study: {
        study: 'u32',
      },
      close_study: {
        study: 'u32',
      },
      authorize_query: {
        study: 'u32',
        query: 'MedrecPrimitivesResearchQuery'
      }
    }
  },
  /**
   * Lookup58: medrec_primitives::research::ConsentTerms<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesResearchConsentTerms: {
    permission: 'MedrecPrimitivesResearchDuoPermission',
    modifiers: 'u16',
    region: 'Option<[u8;2]>',
    categories: 'u16',
    notBefore: 'u64',
    expires: 'u64',
    home: 'AccountId32',
    mode: 'MedrecPrimitivesResearchConsentMode'
  },
  /**
   * Lookup59: medrec_primitives::research::DuoPermission
   **/
  MedrecPrimitivesResearchDuoPermission: {
    _enum: {
      Gru: 'Null',
      Hmb: 'Null',
      Ds: 'Vec<Bytes>'
    }
  },
  /**
   * Lookup67: medrec_primitives::research::ConsentMode
   **/
  MedrecPrimitivesResearchConsentMode: {
    _enum: ['Broad', 'AskEachStudy']
  },
  /**
   * Lookup68: medrec_primitives::research::Choice
   **/
  MedrecPrimitivesResearchChoice: {
    _enum: {
      OptIn: {
        categories: 'u16',
      },
      OptOut: 'Null'
    }
  },
  /**
   * Lookup69: medrec_primitives::research::StudyTerms
   **/
  MedrecPrimitivesResearchStudyTerms: {
    title: 'Bytes',
    protocolUrl: 'Bytes',
    protocolSha256: '[u8;32]',
    ethicsSha256: '[u8;32]',
    purpose: 'MedrecPrimitivesResearchStudyPurpose',
    categories: 'u16',
    starts: 'u64',
    ends: 'u64',
    minCell: 'u16',
    budget: 'u32',
    maxPerQuery: 'u32'
  },
  /**
   * Lookup72: medrec_primitives::research::StudyPurpose
   **/
  MedrecPrimitivesResearchStudyPurpose: {
    primary: 'MedrecPrimitivesResearchPrimaryPurpose',
    methodsDevelopment: 'bool',
    commercial: 'bool',
    forProfitOrg: 'bool',
    publishes: 'bool',
    region: '[u8;2]',
    sensitiveArea: 'bool'
  },
  /**
   * Lookup73: medrec_primitives::research::PrimaryPurpose
   **/
  MedrecPrimitivesResearchPrimaryPurpose: {
    _enum: {
      General: 'Null',
      Health: 'Null',
      Disease: 'Vec<Bytes>',
      Ancestry: 'Null'
    }
  },
  /**
   * Lookup74: medrec_primitives::research::Query
   **/
  MedrecPrimitivesResearchQuery: {
    epsilon: 'u32',
    indexDate: 'u64',
    criteria: 'Vec<MedrecPrimitivesResearchCriterion>',
    groupBy: 'Vec<MedrecPrimitivesResearchDimension>'
  },
  /**
   * Lookup76: medrec_primitives::research::Criterion
   **/
  MedrecPrimitivesResearchCriterion: {
    _enum: {
      Has: 'MedrecPrimitivesResearchClause',
      Lacks: 'MedrecPrimitivesResearchClause',
      Age: {
        min: 'u8',
        max: 'u8',
      },
      Sex: 'u8'
    }
  },
  /**
   * Lookup77: medrec_primitives::research::Clause
   **/
  MedrecPrimitivesResearchClause: {
    resource: 'MedrecPrimitivesResearchResourceKind',
    system: 'MedrecPrimitivesResearchCodeSystem',
    codes: 'Vec<Bytes>',
    prefix: 'bool',
    value: 'Option<MedrecPrimitivesResearchValueRange>',
    window: 'Option<MedrecPrimitivesResearchDateWindow>',
    sensitive: 'u16'
  },
  /**
   * Lookup78: medrec_primitives::research::ResourceKind
   **/
  MedrecPrimitivesResearchResourceKind: {
    _enum: ['Condition', 'Medication', 'Observation', 'Procedure', 'Immunization', 'Encounter', 'Allergy']
  },
  /**
   * Lookup79: medrec_primitives::research::CodeSystem
   **/
  MedrecPrimitivesResearchCodeSystem: {
    _enum: ['Icd10', 'Snomed', 'Loinc', 'RxNorm', 'Cvx']
  },
  /**
   * Lookup82: medrec_primitives::research::ValueRange
   **/
  MedrecPrimitivesResearchValueRange: {
    min: 'Option<i64>',
    max: 'Option<i64>',
    unit: 'Bytes'
  },
  /**
   * Lookup87: medrec_primitives::research::DateWindow
   **/
  MedrecPrimitivesResearchDateWindow: {
    from: 'Option<u64>',
    until: 'Option<u64>'
  },
  /**
   * Lookup92: medrec_primitives::research::Dimension
   **/
  MedrecPrimitivesResearchDimension: {
    _enum: {
      AgeBands: 'Bytes',
      Sex: 'Null'
    }
  },
  /**
   * Lookup95: pallet_revive::pallet::Call<T>
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
   * Lookup96: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup100: sp_runtime::MultiSignature
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
   * Lookup101: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup102: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup103: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup104: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup107: pallet_medrec_registrar::extension::CheckMember<T>
   **/
  PalletMedrecRegistrarExtensionCheckMember: 'Null',
  /**
   * Lookup108: pallet_medrec_registrar::extension::CheckNonce<T>
   **/
  PalletMedrecRegistrarExtensionCheckNonce: 'Compact<u32>',
  /**
   * Lookup110: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup111: medrec_runtime::configs::evm::CheckEvm<T>
   **/
  MedrecRuntimeConfigsEvmCheckEvm: 'Null',
  /**
   * Lookup112: medrec_runtime::configs::evm::ChargeEthGas<T>
   **/
  MedrecRuntimeConfigsEvmChargeEthGas: 'Null',
  /**
   * Lookup113: pallet_revive::evm::tx_extension::SetOrigin<T>
   **/
  PalletReviveEvmTxExtensionSetOrigin: 'Null',
  /**
   * Lookup114: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup116: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup117: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup119: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup120: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup122: sp_runtime::generic::digest::DigestItem
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
   * Lookup125: frame_system::EventRecord<medrec_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup127: frame_system::pallet::Event<T>
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
   * Lookup128: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup129: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup130: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup131: sp_runtime::DispatchError
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
   * Lookup132: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup133: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup134: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup135: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup136: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup137: pallet_balances::pallet::Event<T, I>
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
   * Lookup138: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup139: medrec_runtime::RuntimeHoldReason
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
   * Lookup140: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup141: pallet_revive::pallet::HoldReason
   **/
  PalletReviveHoldReason: {
    _enum: ['CodeUploadDepositReserve', 'StorageDepositReserve', 'AddressMapping']
  },
  /**
   * Lookup142: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup143: pallet_session::pallet::Event<T>
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
   * Lookup144: pallet_grandpa::pallet::Event
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
   * Lookup147: pallet_transaction_payment::pallet::Event<T>
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
   * Lookup148: pallet_medrec_registrar::pallet::Event<T>
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
   * Lookup151: pallet_medrec_relationships::pallet::Event<T>
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
   * Lookup152: medrec_primitives::Grant<sp_core::crypto::AccountId32>
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
   * Lookup154: medrec_primitives::AccessRequest<sp_core::crypto::AccountId32>
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
   * Lookup155: pallet_medrec_summary::pallet::Event<T>
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
   * Lookup156: pallet_medrec_consortium::pallet::Event<T>
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
      StudyProposed: {
        index: 'u32',
        researcher: 'AccountId32',
        study: 'u32',
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
   * Lookup157: pallet_medrec_consortium::Evidence<MaxUrl>
   **/
  PalletMedrecConsortiumEvidence: {
    url: 'Bytes',
    sha256: '[u8;32]'
  },
  /**
   * Lookup159: pallet_medrec_research::pallet::Event<T>
   **/
  PalletMedrecResearchEvent: {
    _enum: {
      ConsentGiven: {
        patient: 'AccountId32',
        terms: 'MedrecPrimitivesResearchConsentTerms',
        by: 'AccountId32',
      },
      ConsentWithdrawn: {
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      ChoiceMade: {
        study: 'u32',
        patient: 'AccountId32',
        choice: 'MedrecPrimitivesResearchChoice',
        by: 'AccountId32',
      },
      StudyRegistered: {
        study: 'u32',
        researcher: 'AccountId32',
        proposal: 'u32',
        expires: 'u32',
      },
      StudyApproved: {
        study: 'u32',
      },
      StudyRejected: {
        study: 'u32',
      },
      StudyLapsed: {
        study: 'u32',
      },
      StudyClosed: {
        study: 'u32',
      },
      QueryAuthorized: {
        _alias: {
          hash_: 'hash',
        },
        study: 'u32',
        query: 'u32',
        hash_: 'H256',
        epsilon: 'u32',
        remaining: 'u32',
      },
      QueryRepeated: {
        study: 'u32',
        query: 'u32',
      },
      InvitationsSent: {
        study: 'u32',
        count: 'u32'
      }
    }
  },
  /**
   * Lookup160: pallet_revive::pallet::Event<T>
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
   * Lookup162: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup165: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup168: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup169: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup170: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup171: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup173: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup174: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup176: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup177: sp_version::RuntimeVersion
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
   * Lookup182: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup184: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup185: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup188: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup191: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedrecRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup194: frame_support::traits::tokens::misc::IdAmount<medrec_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedrecRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup195: medrec_runtime::RuntimeFreezeReason
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
   * Lookup196: pallet_revive::pallet::FreezeReason
   **/
  PalletReviveFreezeReason: {
    _enum: ['PGasMinBalance']
  },
  /**
   * Lookup198: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup206: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup207: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup211: pallet_grandpa::StoredState<N>
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
   * Lookup212: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup214: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup216: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup217: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup218: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup219: pallet_medrec_registrar::IdentityInfo
   **/
  PalletMedrecRegistrarIdentityInfo: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>'
  },
  /**
   * Lookup220: pallet_medrec_registrar::Profile<MaxName, MaxUrl>
   **/
  PalletMedrecRegistrarProfile: {
    name: 'Bytes',
    gatekeeper: 'Option<Bytes>'
  },
  /**
   * Lookup221: pallet_medrec_registrar::pallet::Error<T>
   **/
  PalletMedrecRegistrarError: {
    _enum: ['AlreadyExists', 'NotFound', 'NotAuthorized', 'NameTaken', 'EmptyName', 'NameTooLong', 'UrlTooLong', 'InvalidUrl', 'GatekeeperRequired', 'NotAMember', 'NotAPatient', 'BadSignature', 'EthAddressTaken', 'EthAddressAlreadyLinked']
  },
  /**
   * Lookup222: pallet_medrec_relationships::Relationship<sp_core::crypto::AccountId32, BlockNumber, MaxPointers>
   **/
  PalletMedrecRelationshipsRelationship: {
    patient: 'AccountId32',
    provider: 'AccountId32',
    state: 'MedrecPrimitivesRelationshipState',
    pointers: 'Vec<MedrecPrimitivesPointer>'
  },
  /**
   * Lookup223: medrec_primitives::RelationshipState
   **/
  MedrecPrimitivesRelationshipState: {
    _enum: ['AwaitingAcceptance', 'Active']
  },
  /**
   * Lookup225: medrec_primitives::Pointer<BlockNumber>
   **/
  MedrecPrimitivesPointer: {
    recordSet: 'u32',
    category: 'MedrecPrimitivesCategory',
    digest: 'H256',
    updatedAt: 'u32'
  },
  /**
   * Lookup233: pallet_medrec_relationships::Group<sp_core::crypto::AccountId32, MaxMembers>
   **/
  PalletMedrecRelationshipsGroup: {
    id: 'u32',
    members: 'Vec<AccountId32>'
  },
  /**
   * Lookup237: medrec_primitives::Proxy<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesProxy: {
    who: 'AccountId32',
    categories: 'u16',
    expires: 'u64'
  },
  /**
   * Lookup242: pallet_medrec_relationships::EmergencyAccess<sp_core::crypto::AccountId32>
   **/
  PalletMedrecRelationshipsEmergencyAccess: {
    provider: 'AccountId32',
    expires: 'u64'
  },
  /**
   * Lookup244: pallet_medrec_relationships::DeadManSwitch<sp_core::crypto::AccountId32, MaxBeneficiaries>
   **/
  PalletMedrecRelationshipsDeadManSwitch: {
    timeout: 'u64',
    lastCheckIn: 'u64',
    beneficiaries: 'Vec<AccountId32>',
    categories: 'u16'
  },
  /**
   * Lookup246: pallet_medrec_relationships::Counters
   **/
  PalletMedrecRelationshipsCounters: {
    grant: 'u32',
    group: 'u32',
    request: 'u32'
  },
  /**
   * Lookup247: pallet_medrec_relationships::pallet::Error<T>
   **/
  PalletMedrecRelationshipsError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'NotAProvider', 'NotAPatient', 'WrongState', 'Expired', 'InvalidCategories', 'OutsideProxyScope', 'BreakGlassDisabled', 'TimeoutTooShort', 'BadJustification', 'GroupInUse', 'SelfReference', 'TooManyRelationships', 'TooManyPointers', 'TooManyGrants', 'TooManyGroups', 'TooManyGroupMembers', 'TooManyProxies', 'TooManyRequests', 'TooManyBeneficiaries', 'TooManyEmergencyAccesses']
  },
  /**
   * Lookup249: pallet_medrec_summary::pallet::Error<T>
   **/
  PalletMedrecSummaryError: {
    _enum: ['NotFound', 'NotAuthorized', 'InvalidFlags']
  },
  /**
   * Lookup250: pallet_medrec_consortium::Proposal<T>
   **/
  PalletMedrecConsortiumProposal: {
    proposer: 'AccountId32',
    action: 'PalletMedrecConsortiumAction',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup251: pallet_medrec_consortium::Action<T>
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
        weight: 'SpWeightsWeightV2Weight',
      },
      Study: {
        study: 'u32'
      }
    }
  },
  /**
   * Lookup255: pallet_medrec_consortium::OpenProposal<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletMedrecConsortiumOpenProposal: {
    index: 'u32',
    proposer: 'AccountId32',
    subject: 'Option<AccountId32>',
    expires: 'u32'
  },
  /**
   * Lookup258: pallet_medrec_consortium::pallet::Error<T>
   **/
  PalletMedrecConsortiumError: {
    _enum: ['NotFound', 'NotAuthorized', 'AlreadyExists', 'AlreadyMember', 'NotAMember', 'TooManyProposals', 'TooManyMembers', 'TooFewMembers', 'Expired', 'BadProof', 'KeysInUse', 'NameTooLong', 'UrlTooLong', 'ProofTooLong', 'CallTooLong', 'CallTooHeavy', 'CallNotAllowed', 'ZeroSessionLength']
  },
  /**
   * Lookup259: medrec_primitives::research::ResearchConsent<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesResearchResearchConsent: {
    terms: 'MedrecPrimitivesResearchConsentTerms',
    givenBy: 'AccountId32'
  },
  /**
   * Lookup261: medrec_primitives::research::ChoiceRecord<sp_core::crypto::AccountId32>
   **/
  MedrecPrimitivesResearchChoiceRecord: {
    choice: 'MedrecPrimitivesResearchChoice',
    epoch: 'u32',
    by: 'AccountId32'
  },
  /**
   * Lookup262: medrec_primitives::research::Study<sp_core::crypto::AccountId32, BlockNumber>
   **/
  MedrecPrimitivesResearchStudy: {
    researcher: 'AccountId32',
    terms: 'MedrecPrimitivesResearchStudyTerms',
    state: 'MedrecPrimitivesResearchStudyState',
    spent: 'u32',
    nextQuery: 'u32'
  },
  /**
   * Lookup263: medrec_primitives::research::StudyState<BlockNumber>
   **/
  MedrecPrimitivesResearchStudyState: {
    _enum: {
      Proposed: {
        proposal: 'u32',
        expires: 'u32',
      },
      Approved: {
        at: 'u32',
      },
      Rejected: 'Null',
      Lapsed: 'Null',
      Closed: {
        at: 'u32'
      }
    }
  },
  /**
   * Lookup264: medrec_primitives::research::QueryRecord<BlockNumber>
   **/
  MedrecPrimitivesResearchQueryRecord: {
    _alias: {
      hash_: 'hash'
    },
    hash_: 'H256',
    query: 'MedrecPrimitivesResearchQuery',
    authorizedAt: 'u32',
    atTime: 'u64'
  },
  /**
   * Lookup267: pallet_medrec_research::Sweep
   **/
  PalletMedrecResearchSweep: {
    study: 'u32',
    cursor: 'Option<Bytes>',
    invited: 'u32'
  },
  /**
   * Lookup270: pallet_medrec_research::pallet::Error<T>
   **/
  PalletMedrecResearchError: {
    _enum: {
      NotFound: 'Null',
      NotAuthorized: 'Null',
      NotAPatient: 'Null',
      NotAProvider: 'Null',
      NotAResearcher: 'Null',
      NoActiveRelationship: 'Null',
      NoConsent: 'Null',
      InvalidCategories: 'Null',
      InvalidWindow: 'Null',
      InvalidTerms: 'Null',
      CellCountTooLow: 'Null',
      InvalidBudget: 'Null',
      TooManyPendingStudies: 'Null',
      WrongState: 'Null',
      StudyNotApproved: 'Null',
      StudyNotActive: 'Null',
      CategoriesNotCovered: 'Null',
      InvalidQuery: {
        reason: 'u8',
      },
      QueryOutsideStudyCategories: 'Null',
      EpsilonTooLow: 'Null',
      EpsilonAboveQueryMax: 'Null',
      BudgetExceeded: {
        remaining: 'u16'
      }
    }
  },
  /**
   * Lookup271: pallet_revive::vm::CodeInfo<T>
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
   * Lookup272: pallet_revive::vm::BytecodeType
   **/
  PalletReviveVmBytecodeType: {
    _enum: ['Pvm', 'Evm']
  },
  /**
   * Lookup273: pallet_revive::storage::AccountInfo<T>
   **/
  PalletReviveStorageAccountInfo: {
    accountType: 'PalletReviveStorageAccountType',
    dust: 'u32'
  },
  /**
   * Lookup274: pallet_revive::storage::AccountType<T>
   **/
  PalletReviveStorageAccountType: {
    _enum: {
      Contract: 'PalletReviveStorageContractInfo',
      EOA: 'Null'
    }
  },
  /**
   * Lookup275: pallet_revive::storage::ContractInfo<T>
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
   * Lookup277: pallet_revive::storage::DeletionQueueItem<T>
   **/
  PalletReviveStorageDeletionQueueItem: {
    trieId: 'Bytes',
    accountId: 'AccountId32'
  },
  /**
   * Lookup278: pallet_revive::storage::DeletionQueueManager<T>
   **/
  PalletReviveStorageDeletionQueueManager: {
    insertCounter: 'u32',
    deleteCounter: 'u32'
  },
  /**
   * Lookup279: pallet_revive::evm::api::block::Block
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
   * Lookup281: pallet_revive_types::common::byte::Bytes256
   **/
  PalletReviveTypesCommonByteBytes256: '[u8;256]',
  /**
   * Lookup283: pallet_revive_types::common::byte::Bytes8
   **/
  PalletReviveTypesCommonByteBytes8: '[u8;8]',
  /**
   * Lookup286: pallet_revive::evm::api::transaction::HashesOrTransactionInfos
   **/
  PalletReviveEvmApiTransactionHashesOrTransactionInfos: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveEvmApiTransactionTransactionInfo>'
    }
  },
  /**
   * Lookup288: pallet_revive::evm::api::transaction::TransactionInfo
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
   * Lookup289: pallet_revive::evm::api::transaction::TransactionSigned
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
   * Lookup290: pallet_revive::evm::api::transaction::Transaction7702Signed
   **/
  PalletReviveEvmApiTransactionTransaction7702Signed: {
    transaction7702Unsigned: 'PalletReviveEvmApiTransactionTransaction7702Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup291: pallet_revive::evm::api::transaction::Transaction7702Unsigned
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
   * Lookup293: pallet_revive::evm::api::transaction::AccessListEntry
   **/
  PalletReviveEvmApiTransactionAccessListEntry: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup295: pallet_revive::evm::api::transaction::AuthorizationListEntry
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
   * Lookup296: pallet_revive::evm::api::transaction::Transaction4844Signed
   **/
  PalletReviveEvmApiTransactionTransaction4844Signed: {
    transaction4844Unsigned: 'PalletReviveEvmApiTransactionTransaction4844Unsigned',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup297: pallet_revive::evm::api::transaction::Transaction4844Unsigned
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
   * Lookup298: pallet_revive::evm::api::transaction::Transaction1559Signed
   **/
  PalletReviveEvmApiTransactionTransaction1559Signed: {
    transaction1559Unsigned: 'PalletReviveEvmApiTransactionTransaction1559Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup299: pallet_revive::evm::api::transaction::Transaction1559Unsigned
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
   * Lookup301: pallet_revive::evm::api::transaction::Transaction2930Signed
   **/
  PalletReviveEvmApiTransactionTransaction2930Signed: {
    transaction2930Unsigned: 'PalletReviveEvmApiTransactionTransaction2930Unsigned',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup302: pallet_revive::evm::api::transaction::Transaction2930Unsigned
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
   * Lookup303: pallet_revive::evm::api::transaction::TransactionLegacySigned
   **/
  PalletReviveEvmApiTransactionTransactionLegacySigned: {
    transactionLegacyUnsigned: 'PalletReviveEvmApiTransactionTransactionLegacyUnsigned',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup304: pallet_revive::evm::api::transaction::TransactionLegacyUnsigned
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
   * Lookup306: pallet_revive::evm::api::block::Withdrawal
   **/
  PalletReviveEvmApiBlockWithdrawal: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup308: pallet_revive::evm::block_hash::ReceiptGasInfo
   **/
  PalletReviveEvmBlockHashReceiptGasInfo: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup309: pallet_revive::evm::block_hash::block_builder::EthereumBlockBuilderIR<T>
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
   * Lookup310: pallet_revive::evm::block_hash::hash_builder::IncrementalHashBuilderIR
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
   * Lookup313: pallet_revive::debug::DebugSettings
   **/
  PalletReviveDebugDebugSettings: {
    allowUnlimitedContractSize: 'bool',
    bypassEip3607: 'bool',
    pvmLogs: 'bool',
    disableExecutionTracing: 'bool'
  },
  /**
   * Lookup314: pallet_revive::pallet::Error<T>
   **/
  PalletReviveError: {
    _enum: ['__Unused0', 'InvalidSchedule', 'InvalidCallFlags', 'OutOfGas', 'TransferFailed', 'MaxCallDepthReached', 'ContractNotFound', 'CodeNotFound', 'CodeInfoNotFound', 'OutOfBounds', 'DecodingFailed', 'ContractTrapped', 'ValueTooLarge', 'TerminatedWhileReentrant', 'InputForwarded', 'TooManyTopics', '__Unused16', '__Unused17', 'DuplicateContract', 'TerminatedInConstructor', 'ReentranceDenied', 'ReenteredPallet', 'StateChangeDenied', 'StorageDepositNotEnoughFunds', 'StorageDepositLimitExhausted', 'CodeInUse', 'ContractReverted', 'CodeRejected', 'BlobTooLarge', 'StaticMemoryTooLarge', 'BasicBlockTooLarge', 'InvalidInstruction', 'MaxDelegateDependenciesReached', 'DelegateDependencyNotFound', 'DelegateDependencyAlreadyExists', 'CannotAddSelfAsDelegateDependency', 'OutOfTransientStorage', 'InvalidSyscall', 'InvalidStorageFlags', 'ExecutionFailed', 'BalanceConversionFailed', '__Unused41', 'InvalidImmutableAccess', 'AccountUnmapped', 'AccountAlreadyMapped', 'InvalidGenericTransaction', 'RefcountOverOrUnderflow', 'UnsupportedPrecompileAddress', 'CallDataTooLarge', 'ReturnDataTooLarge', 'InvalidJump', 'StackUnderflow', 'StackOverflow', 'TxFeeOverdraw', 'EvmConstructorNonEmptyData', 'EvmConstructedFromHash', 'StorageRefundNotEnoughFunds', 'StorageRefundLocked', '__Unused58', '__Unused59', '__Unused60', '__Unused61', '__Unused62', '__Unused63', 'PrecompileDelegateDenied', 'EcdsaRecoveryFailed', 'AutoMappingEnabled', 'PendingDepositCleanup']
  },
  /**
   * Lookup315: medrec_runtime::Runtime
   **/
  MedrecRuntimeRuntime: 'Null',
  /**
   * Lookup316: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup317: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup321: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup325: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup326: sp_runtime::transaction_validity::InvalidTransaction
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
   * Lookup327: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup328: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup333: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup334: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup336: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup338: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup345: medrec_primitives::Decision
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
   * Lookup346: medrec_primitives::Basis
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
   * Lookup347: medrec_primitives::DenyReason
   **/
  MedrecPrimitivesDenyReason: {
    _enum: ['UnknownPatient', 'UnknownProvider', 'NoRelationship', 'RelationshipNotActive', 'NoGrant', 'CategoryNotGranted', 'PurposeNotGranted', 'NotYetValid', 'Expired']
  },
  /**
   * Lookup349: medrec_primitives::RelationshipView<sp_core::crypto::AccountId32, BlockNumber>
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
   * Lookup353: medrec_primitives::IdentityView
   **/
  MedrecPrimitivesIdentityView: {
    role: 'MedrecPrimitivesRole',
    encryptionKey: 'Option<[u8;32]>',
    name: 'Option<Bytes>',
    gatekeeper: 'Option<Bytes>',
    ethAddress: 'Option<H160>'
  },
  /**
   * Lookup367: medrec_primitives::research::Eligible
   **/
  MedrecPrimitivesResearchEligible: {
    _enum: ['Broad', 'OptIn']
  },
  /**
   * Lookup368: medrec_primitives::research::Ineligible
   **/
  MedrecPrimitivesResearchIneligible: {
    _enum: ['NoConsent', 'ConsentNotInForce', 'HomeNotActive', 'StudyNotActive', 'OptedOut', 'AwaitingOptIn', 'OptInTooNarrow', 'Categories', 'Permission', 'Commercial', 'ForProfit', 'MethodsDevelopment', 'Ancestry', 'Unpublished', 'Region', 'ProjectSpecific', 'SensitiveArea']
  },
  /**
   * Lookup372: pallet_revive_types::runtime_api::types::block::BlockV1
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
   * Lookup373: pallet_revive_types::runtime_api::types::transaction::HashesOrTransactionInfosV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1: {
    _enum: {
      Hashes: 'Vec<H256>',
      TransactionInfos: 'Vec<PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1>'
    }
  },
  /**
   * Lookup375: pallet_revive_types::runtime_api::types::transaction::TransactionInfoV1
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
   * Lookup376: pallet_revive_types::runtime_api::types::transaction::TransactionSignedV1
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
   * Lookup377: pallet_revive_types::runtime_api::types::transaction::Transaction7702SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1: {
    transaction7702Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup378: pallet_revive_types::runtime_api::types::transaction::Transaction7702UnsignedV1
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
   * Lookup380: pallet_revive_types::runtime_api::types::transaction::AccessListEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1: {
    address: 'H160',
    storageKeys: 'Vec<H256>'
  },
  /**
   * Lookup382: pallet_revive_types::runtime_api::types::transaction::AuthorizationListEntryV1
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
   * Lookup383: pallet_revive_types::runtime_api::types::transaction::Transaction4844SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1: {
    transaction4844Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1',
    r: 'U256',
    s: 'U256',
    yParity: 'U256'
  },
  /**
   * Lookup384: pallet_revive_types::runtime_api::types::transaction::Transaction4844UnsignedV1
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
   * Lookup385: pallet_revive_types::runtime_api::types::transaction::Transaction1559SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1: {
    transaction1559Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup386: pallet_revive_types::runtime_api::types::transaction::Transaction1559UnsignedV1
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
   * Lookup387: pallet_revive_types::runtime_api::types::transaction::Transaction2930SignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1: {
    transaction2930Unsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'Option<U256>',
    yParity: 'U256'
  },
  /**
   * Lookup388: pallet_revive_types::runtime_api::types::transaction::Transaction2930UnsignedV1
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
   * Lookup389: pallet_revive_types::runtime_api::types::transaction::TransactionLegacySignedV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1: {
    transactionLegacyUnsigned: 'PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1',
    r: 'U256',
    s: 'U256',
    v: 'U256'
  },
  /**
   * Lookup390: pallet_revive_types::runtime_api::types::transaction::TransactionLegacyUnsignedV1
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
   * Lookup392: pallet_revive_types::runtime_api::types::block::WithdrawalV1
   **/
  PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1: {
    address: 'H160',
    amount: 'U256',
    index: 'U256',
    validatorIndex: 'U256'
  },
  /**
   * Lookup394: pallet_revive_types::runtime_api::types::receipt::ReceiptGasInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1: {
    gasUsed: 'U256',
    effectiveGasPrice: 'U256'
  },
  /**
   * Lookup396: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1, Balance>
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
   * Lookup397: pallet_revive_types::runtime_api::types::contract::ExecReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1: {
    flags: 'PalletReviveUapiFlagsReturnFlags',
    data: 'Bytes'
  },
  /**
   * Lookup398: pallet_revive_uapi::flags::ReturnFlags
   **/
  PalletReviveUapiFlagsReturnFlags: {
    bits: 'u32'
  },
  /**
   * Lookup399: pallet_revive_types::runtime_api::types::contract::StorageDepositV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesContractStorageDepositV1: {
    _enum: {
      Refund: 'u128',
      Charge: 'u128'
    }
  },
  /**
   * Lookup401: pallet_revive_types::runtime_api::types::contract::CodeV1
   **/
  PalletReviveTypesRuntimeApiTypesContractCodeV1: {
    _enum: {
      Upload: 'Bytes',
      Existing: 'H256'
    }
  },
  /**
   * Lookup402: pallet_revive_types::runtime_api::types::contract::ContractResultV1<pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1, Balance>
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
   * Lookup403: pallet_revive_types::runtime_api::types::contract::InstantiateReturnValueV1
   **/
  PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1: {
    result: 'PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1',
    addr: 'H160'
  },
  /**
   * Lookup405: pallet_revive_types::runtime_api::types::transaction::GenericTransactionV1
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
   * Lookup408: pallet_revive_types::runtime_api::types::transaction::InputOrDataV1
   **/
  PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1: {
    input: 'Option<Bytes>',
    data: 'Option<Bytes>'
  },
  /**
   * Lookup413: pallet_revive_types::runtime_api::types::dry_run::EthTransactInfoV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1: {
    weightRequired: 'SpWeightsWeightV2Weight',
    storageDeposit: 'u128',
    maxStorageDeposit: 'u128',
    ethGas: 'U256',
    data: 'Bytes'
  },
  /**
   * Lookup414: pallet_revive::primitives::EthTransactError
   **/
  PalletRevivePrimitivesEthTransactError: {
    _enum: {
      Data: 'Bytes',
      Message: 'Text'
    }
  },
  /**
   * Lookup415: pallet_revive_types::runtime_api::types::dry_run::DryRunConfigV1<Moment>
   **/
  PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1: {
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'Option<bool>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup418: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideSetV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1: 'BTreeMap<H160, PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1>',
  /**
   * Lookup420: pallet_revive_types::runtime_api::types::state_overrides::StateOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1: {
    balance: 'Option<U256>',
    nonce: 'Option<U256>',
    code: 'Option<Bytes>',
    storage: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1>',
    movePrecompileToAddress: 'Option<H160>'
  },
  /**
   * Lookup422: pallet_revive_types::runtime_api::types::state_overrides::StorageOverrideV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1: {
    _enum: {
      State: 'BTreeMap<H256, H256>',
      StateDiff: 'BTreeMap<H256, H256>'
    }
  },
  /**
   * Lookup431: pallet_revive_types::runtime_api::types::upload::CodeUploadReturnValueV1<Balance>
   **/
  PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1: {
    codeHash: 'H256',
    deposit: 'u128'
  },
  /**
   * Lookup433: pallet_revive::primitives::ContractAccessError
   **/
  PalletRevivePrimitivesContractAccessError: {
    _enum: {
      DoesntExist: 'Null',
      KeyDecodingFailed: 'Null',
      StorageWriteFailed: 'SpRuntimeDispatchError'
    }
  },
  /**
   * Lookup434: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup435: pallet_revive_types::runtime_api::types::tracer::TracerTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1: {
    _enum: {
      CallTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1>',
      PrestateTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1>',
      ExecutionTracer: 'Option<PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1>'
    }
  },
  /**
   * Lookup437: pallet_revive_types::runtime_api::types::tracer::CallTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1: {
    withLogs: 'bool',
    onlyTopCall: 'bool'
  },
  /**
   * Lookup439: pallet_revive_types::runtime_api::types::tracer::PrestateTracerConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1: {
    diffMode: 'bool',
    disableStorage: 'bool',
    disableCode: 'bool'
  },
  /**
   * Lookup441: pallet_revive_types::runtime_api::types::tracer::ExecutionTracerConfigV1
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
   * Lookup444: pallet_revive_types::runtime_api::types::traces::TraceV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV1: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV1',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup445: pallet_revive_types::runtime_api::types::traces::CallTraceV1
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
   * Lookup448: pallet_revive_types::runtime_api::types::traces::CallLogV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV1: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32'
  },
  /**
   * Lookup449: pallet_revive_types::runtime_api::types::traces::CallTypeV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallTypeV1: {
    _enum: ['Call', 'StaticCall', 'DelegateCall', 'Create', 'Create2', 'Selfdestruct']
  },
  /**
   * Lookup450: pallet_revive_types::runtime_api::types::traces::PrestateTraceV1
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
   * Lookup452: pallet_revive_types::runtime_api::types::traces::PrestateTraceInfoV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1: {
    balance: 'Option<U256>',
    nonce: 'Option<u32>',
    code: 'Option<Bytes>',
    storage: 'BTreeMap<Bytes, Option<Bytes>>'
  },
  /**
   * Lookup458: pallet_revive_types::runtime_api::types::traces::ExecutionTraceV1
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
   * Lookup460: pallet_revive_types::runtime_api::types::traces::ExecutionStepV1
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
   * Lookup461: pallet_revive_types::runtime_api::types::traces::ExecutionStepKindV1
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
   * Lookup467: pallet_revive_types::runtime_api::types::traces::PolkavmSyscallV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1: {
    _enum: ['Noop', 'SetStorage', 'SetStorageOrClear', 'GetStorage', 'GetStorageOrZero', 'Call', 'CallEvm', 'DelegateCall', 'DelegateCallEvm', 'Instantiate', 'CallDataSize', 'CallDataCopy', 'CallDataLoad', 'SealReturn', 'Caller', 'Origin', 'CodeHash', 'CodeSize', 'Address', 'GetImmutableData', 'SetImmutableData', 'Balance', 'BalanceOf', 'ChainId', 'GasLimit', 'ValueTransferred', 'GasPrice', 'BaseFee', 'Now', 'DepositEvent', 'BlockNumber', 'BlockHash', 'BlockAuthor', 'HashKeccak256', 'ReturnDataSize', 'ReturnDataCopy', 'RefTimeLeft', 'ConsumeAllGas', 'EcdsaToEthAddress', 'Sr25519Verify', 'Terminate', 'PvmFuel']
  },
  /**
   * Lookup470: pallet_revive_types::runtime_api::types::state_overrides::TracingConfigV1
   **/
  PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1: {
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup473: pallet_revive::primitives::BalanceConversionError
   **/
  PalletRevivePrimitivesBalanceConversionError: {
    _enum: ['Value', 'Dust']
  },
  /**
   * Lookup474: pallet_revive_types::runtime_api::declaration::ReviveRuntimeApiVersionDeclarations
   **/
  PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations: 'BTreeMap<Text, u8>',
  /**
   * Lookup478: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup479: pallet_revive_types::runtime_api::payloads::eth_block::BlockInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1: 'Null',
  /**
   * Lookup480: pallet_revive_types::runtime_api::payloads::eth_block::BlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1'
    }
  },
  /**
   * Lookup481: pallet_revive_types::runtime_api::payloads::eth_block::BlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1: {
    block: 'PalletReviveTypesRuntimeApiTypesBlockBlockV1'
  },
  /**
   * Lookup482: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1'
    }
  },
  /**
   * Lookup483: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1: {
    blockNumber: 'U256'
  },
  /**
   * Lookup484: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1'
    }
  },
  /**
   * Lookup485: pallet_revive_types::runtime_api::payloads::block_hash::BlockHashOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1: {
    blockHash: 'Option<H256>'
  },
  /**
   * Lookup486: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup487: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1: 'Null',
  /**
   * Lookup488: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1'
    }
  },
  /**
   * Lookup489: pallet_revive_types::runtime_api::payloads::receipt_data::ReceiptDataOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1: {
    receiptData: 'Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>'
  },
  /**
   * Lookup490: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup491: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1: 'Null',
  /**
   * Lookup492: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1'
    }
  },
  /**
   * Lookup493: pallet_revive_types::runtime_api::payloads::block_gas_limit::BlockGasLimitOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1: {
    blockGasLimit: 'U256'
  },
  /**
   * Lookup494: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup495: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1: 'Null',
  /**
   * Lookup496: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1'
    }
  },
  /**
   * Lookup497: pallet_revive_types::runtime_api::payloads::max_extrinsic_weight_in_gas::MaxExtrinsicWeightInGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1: {
    maxExtrinsicWeightInGas: 'U256'
  },
  /**
   * Lookup498: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1'
    }
  },
  /**
   * Lookup499: pallet_revive_types::runtime_api::payloads::balance::BalanceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup500: pallet_revive_types::runtime_api::payloads::balance::BalanceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1'
    }
  },
  /**
   * Lookup501: pallet_revive_types::runtime_api::payloads::balance::BalanceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup502: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup503: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1: 'Null',
  /**
   * Lookup504: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1'
    }
  },
  /**
   * Lookup505: pallet_revive_types::runtime_api::payloads::gas_price::GasPriceOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1: {
    gasPrice: 'U256'
  },
  /**
   * Lookup506: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1'
    }
  },
  /**
   * Lookup507: pallet_revive_types::runtime_api::payloads::nonce::NonceInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup508: pallet_revive_types::runtime_api::payloads::nonce::NonceVersionedOutputPayload<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1'
    }
  },
  /**
   * Lookup509: pallet_revive_types::runtime_api::payloads::nonce::NonceOutputPayloadV1<Nonce>
   **/
  PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1: {
    nonce: 'u32'
  },
  /**
   * Lookup510: pallet_revive_types::runtime_api::payloads::call::CallVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1'
    }
  },
  /**
   * Lookup511: pallet_revive_types::runtime_api::payloads::call::CallInputPayloadV1<sp_core::crypto::AccountId32, Balance>
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
   * Lookup512: pallet_revive_types::runtime_api::payloads::call::CallVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1'
    }
  },
  /**
   * Lookup513: pallet_revive_types::runtime_api::payloads::call::CallOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1'
  },
  /**
   * Lookup514: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1'
    }
  },
  /**
   * Lookup515: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateInputPayloadV1<sp_core::crypto::AccountId32, Balance>
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
   * Lookup516: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1'
    }
  },
  /**
   * Lookup517: pallet_revive_types::runtime_api::payloads::instantiate::InstantiateOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1: {
    contractResult: 'PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1'
  },
  /**
   * Lookup518: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1'
    }
  },
  /**
   * Lookup519: pallet_revive_types::runtime_api::payloads::eth_transact::TransactInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    performBalanceChecks: 'bool',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup521: pallet_revive_types::runtime_api::payloads::eth_transact::TransactVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1'
    }
  },
  /**
   * Lookup522: pallet_revive_types::runtime_api::payloads::eth_transact::TransactOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1: {
    transactInfo: 'PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1'
  },
  /**
   * Lookup523: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedInputPayload<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1'
    }
  },
  /**
   * Lookup524: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasInputPayloadV1<Moment>
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    timestampOverride: 'Option<u64>',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup526: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1'
    }
  },
  /**
   * Lookup527: pallet_revive_types::runtime_api::payloads::eth_estimate_gas::EstimateGasOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1: {
    gasEstimate: 'U256'
  },
  /**
   * Lookup528: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1'
    }
  },
  /**
   * Lookup529: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1: {
    tx: 'Bytes'
  },
  /**
   * Lookup531: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1'
    }
  },
  /**
   * Lookup532: pallet_revive_types::runtime_api::payloads::eth_pre_dispatch_weight::PreDispatchWeightOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1: {
    weight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup533: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedInputPayload<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1'
    }
  },
  /**
   * Lookup534: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeInputPayloadV1<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1: {
    origin: 'AccountId32',
    code: 'Bytes',
    storageDepositLimit: 'Option<u128>'
  },
  /**
   * Lookup536: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup537: pallet_revive_types::runtime_api::payloads::upload_code::UploadCodeOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1: {
    codeUploadReturnValue: 'PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1'
  },
  /**
   * Lookup538: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1'
    }
  },
  /**
   * Lookup539: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1: {
    address: 'H160',
    key: 'PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1'
  },
  /**
   * Lookup540: pallet_revive_types::runtime_api::types::storage::StorageKeyV1
   **/
  PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1: {
    _enum: {
      Fixed: '[u8;32]',
      Variable: 'Bytes'
    }
  },
  /**
   * Lookup542: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1'
    }
  },
  /**
   * Lookup543: pallet_revive_types::runtime_api::payloads::get_storage::GetStorageOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1: {
    storage: 'Option<Bytes>'
  },
  /**
   * Lookup544: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup545: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1: 'Null',
  /**
   * Lookup546: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup547: pallet_revive_types::runtime_api::payloads::runtime_pallets_address::RuntimePalletsAddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1: {
    runtimePalletsAddress: 'H160'
  },
  /**
   * Lookup548: pallet_revive_types::runtime_api::payloads::code::CodeVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1'
    }
  },
  /**
   * Lookup549: pallet_revive_types::runtime_api::payloads::code::CodeInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup550: pallet_revive_types::runtime_api::payloads::code::CodeVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1'
    }
  },
  /**
   * Lookup551: pallet_revive_types::runtime_api::payloads::code::CodeOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1: {
    code: 'Bytes'
  },
  /**
   * Lookup552: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1'
    }
  },
  /**
   * Lookup553: pallet_revive_types::runtime_api::payloads::account_id::AccountIdInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup554: pallet_revive_types::runtime_api::payloads::account_id::AccountIdVersionedOutputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1'
    }
  },
  /**
   * Lookup555: pallet_revive_types::runtime_api::payloads::account_id::AccountIdOutputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup556: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1'
    }
  },
  /**
   * Lookup557: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1: {
    balance: 'U256'
  },
  /**
   * Lookup559: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustVersionedOutputPayload<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1'
    }
  },
  /**
   * Lookup560: pallet_revive_types::runtime_api::payloads::new_balance_with_dust::NewBalanceWithDustOutputPayloadV1<Balance>
   **/
  PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1: {
    newBalance: 'u128',
    dust: 'u32'
  },
  /**
   * Lookup561: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload: {
    _enum: ['V1']
  },
  /**
   * Lookup562: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1: 'Null',
  /**
   * Lookup563: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1'
    }
  },
  /**
   * Lookup564: pallet_revive_types::runtime_api::payloads::block_author::BlockAuthorOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1: {
    blockAuthor: 'H160'
  },
  /**
   * Lookup565: pallet_revive_types::runtime_api::payloads::address::AddressVersionedInputPayload<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1'
    }
  },
  /**
   * Lookup566: pallet_revive_types::runtime_api::payloads::address::AddressInputPayloadV1<sp_core::crypto::AccountId32>
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1: {
    accountId: 'AccountId32'
  },
  /**
   * Lookup567: pallet_revive_types::runtime_api::payloads::address::AddressVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1'
    }
  },
  /**
   * Lookup568: pallet_revive_types::runtime_api::payloads::address::AddressOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1: {
    address: 'H160'
  },
  /**
   * Lookup569: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2'
    }
  },
  /**
   * Lookup570: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup571: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2: {
    block: 'SpRuntimeBlock',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup572: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2'
    }
  },
  /**
   * Lookup573: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1: {
    traces: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceV1)>'
  },
  /**
   * Lookup574: pallet_revive_types::runtime_api::payloads::trace_block::TraceBlockOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2: {
    _alias: {
      entries_: 'entries'
    },
    entries_: 'Vec<(u32,PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1)>'
  },
  /**
   * Lookup577: pallet_revive_types::runtime_api::types::traces::TraceEntryV1
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1: {
    _enum: {
      Traced: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2',
      NotTraced: 'Null'
    }
  },
  /**
   * Lookup578: pallet_revive_types::runtime_api::types::traces::TraceV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesTraceV2: {
    _enum: {
      Call: 'PalletReviveTypesRuntimeApiTypesTracesCallTraceV2',
      Prestate: 'PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1',
      Execution: 'PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1'
    }
  },
  /**
   * Lookup579: pallet_revive_types::runtime_api::types::traces::CallTraceV2
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
   * Lookup582: pallet_revive_types::runtime_api::types::traces::CallLogV2
   **/
  PalletReviveTypesRuntimeApiTypesTracesCallLogV2: {
    address: 'H160',
    topics: 'Vec<H256>',
    data: 'Bytes',
    position: 'u32',
    index: 'u32'
  },
  /**
   * Lookup583: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedInputPayload<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2'
    }
  },
  /**
   * Lookup584: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV1<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup585: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxInputPayloadV2<sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medrec_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>>
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2: {
    block: 'SpRuntimeBlock',
    txIndex: 'u32',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1'
  },
  /**
   * Lookup586: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2'
    }
  },
  /**
   * Lookup587: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1: {
    trace: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>'
  },
  /**
   * Lookup588: pallet_revive_types::runtime_api::payloads::trace_tx::TraceTxOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2: {
    entry: 'Option<PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1>'
  },
  /**
   * Lookup590: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedInputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2'
    }
  },
  /**
   * Lookup591: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup592: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallInputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2: {
    tx: 'PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1',
    config: 'PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1',
    stateOverrides: 'Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>'
  },
  /**
   * Lookup594: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallVersionedOutputPayload
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload: {
    _enum: {
      V1: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1',
      V2: 'PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2'
    }
  },
  /**
   * Lookup595: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV1
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV1'
  },
  /**
   * Lookup596: pallet_revive_types::runtime_api::payloads::trace_call::TraceCallOutputPayloadV2
   **/
  PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2: {
    trace: 'PalletReviveTypesRuntimeApiTypesTracesTraceV2'
  },
  /**
   * Lookup597: medrec_runtime::RuntimeError
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
      Research: 'PalletMedrecResearchError',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Revive: 'PalletReviveError'
    }
  }
};
