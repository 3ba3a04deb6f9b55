//! The runtime APIs the node and polkadot.js call into, and pallet-revive's `ReviveApi`, which
//! Ethereum JSON-RPC servers (eth-rpc) call.

use alloc::{vec, vec::Vec};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityList as GrandpaAuthorityList;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use medrec_primitives::{
	research::{
		Choice, Eligible, Ineligible, QueryId, QueryRecord, ResearchConsent, Study, StudyId,
	},
	AccessRequest, Category, Decision, Grant, IdentityView, Proxy, Purpose, RelationshipId,
	RelationshipView, StatusFlags, Subject,
};
use sp_core::H160;

use crate::{
	AccountId, Aura, Balance, Block, BlockNumber, Executive, Grandpa, InherentDataExt, Nonce,
	Research, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, Summary, System, VERSION,
};

pallet_revive::impl_runtime_apis_plus_revive_traits! {
	Runtime,
	// The `RuntimeCall` variant's name; the extension builder for Ethereum transactions.
	Revive,
	Executive,
	crate::configs::evm::MedRecEthExtra,

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> GrandpaAuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		// Equivocation reports need key-ownership proofs from a historical session pallet,
		// which a consortium of known providers does without: misbehaviour is dealt with by
		// voting the provider out.
		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl medrec_runtime_api::AccessApi<Block, AccountId, BlockNumber> for Runtime {
		fn decide(
			viewer: AccountId,
			patient: AccountId,
			provider: AccountId,
			category: Category,
			purpose: Purpose,
		) -> Decision {
			pallet_medrec_relationships::Pallet::<Runtime>::decide(&viewer, &patient, &provider, category, purpose)
		}

		fn relationship_between(patient: AccountId, provider: AccountId) -> Option<RelationshipId> {
			pallet_medrec_relationships::PatientAndProviderToRelationship::<Runtime>::get(patient, provider)
		}

		fn relationships(patient: AccountId) -> Vec<RelationshipView<AccountId, BlockNumber>> {
			pallet_medrec_relationships::Pallet::<Runtime>::relationships_of(&patient, |id| {
				Summary::status(&patient, Subject::Relationship(id))
			})
		}

		fn grants(patient: AccountId) -> Vec<Grant<AccountId>> {
			pallet_medrec_relationships::PatientToGrants::<Runtime>::get(patient).into_inner()
		}

		fn proxies(patient: AccountId) -> Vec<Proxy<AccountId>> {
			pallet_medrec_relationships::PatientToProxies::<Runtime>::get(patient).into_inner()
		}

		fn requests(patient: AccountId) -> Vec<AccessRequest<AccountId>> {
			pallet_medrec_relationships::PatientToRequests::<Runtime>::get(patient).into_inner()
		}

		fn notifications(patient: AccountId) -> Vec<(Subject, StatusFlags)> {
			Summary::pending(&patient)
		}
	}

	impl medrec_runtime_api::RegistryApi<Block, AccountId> for Runtime {
		fn identity(who: AccountId) -> Option<IdentityView> {
			use pallet_medrec_registrar as registrar;
			let identity = registrar::AccountToIdentity::<Runtime>::get(&who)?;
			let profile = registrar::AccountToProfile::<Runtime>::get(&who);
			Some(IdentityView {
				role: identity.role,
				encryption_key: identity.encryption_key,
				name: profile.as_ref().map(|p| p.name.to_vec()),
				gatekeeper: profile.and_then(|p| p.gatekeeper).map(|g| g.to_vec()),
				eth_address: registrar::AccountToEthAddress::<Runtime>::get(&who),
			})
		}

		fn account_by_eth(address: H160) -> Option<AccountId> {
			pallet_medrec_registrar::EthAddressToAccount::<Runtime>::get(address)
		}

		fn account_by_name(name: Vec<u8>) -> Option<AccountId> {
			let name: pallet_medrec_registrar::NameOf<Runtime> = name.try_into().ok()?;
			pallet_medrec_registrar::NameToAccount::<Runtime>::get(name)
		}
	}

	impl medrec_runtime_api::ResearchApi<Block, AccountId, BlockNumber> for Runtime {
		fn study(id: StudyId) -> Option<Study<AccountId, BlockNumber>> {
			pallet_medrec_research::Studies::<Runtime>::get(id)
		}

		fn studies(from: StudyId, limit: u32) -> Vec<(StudyId, Study<AccountId, BlockNumber>)> {
			Research::studies(from, limit)
		}

		fn queries(study: StudyId) -> Vec<(QueryId, QueryRecord<BlockNumber>)> {
			Research::queries(study)
		}

		fn query(study: StudyId, id: QueryId) -> Option<QueryRecord<BlockNumber>> {
			pallet_medrec_research::StudyAndQueryToRecord::<Runtime>::get(study, id)
		}

		fn cohort(
			study: StudyId,
			site: AccountId,
			after: Option<AccountId>,
			limit: u32,
		) -> (Vec<AccountId>, Option<AccountId>) {
			Research::cohort(study, &site, after, limit)
		}

		fn consent(patient: AccountId) -> Option<ResearchConsent<AccountId>> {
			pallet_medrec_research::PatientToConsent::<Runtime>::get(&patient)
		}

		fn choices(patient: AccountId) -> Vec<(StudyId, Choice)> {
			Research::choices(&patient)
		}

		fn sites() -> Vec<(AccountId, Vec<u8>)> {
			use pallet_medrec_registrar as registrar;
			registrar::AccountToProfile::<Runtime>::iter()
				.filter(|(who, _)| {
					registrar::AccountToIdentity::<Runtime>::get(who)
						.is_some_and(|i| i.role == medrec_primitives::Role::Provider)
				})
				.filter_map(|(who, profile)| Some((who, profile.gatekeeper?.to_vec())))
				.collect()
		}

		fn eligibility(patient: AccountId, study: StudyId) -> Result<Eligible, Ineligible> {
			Research::eligibility_of(&patient, study)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{BenchmarkBatch, __private::TrackedStorageKey};
			use frame_support::traits::WhitelistedStorageKeys;

			impl frame_system_benchmarking::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(
			checks: frame_try_runtime::UpgradeCheckSelect,
		) -> (Weight, Weight) {
			// A failed check is the answer the caller wants, so it ends the call loudly: the
			// API has no error type, and every try-runtime runner reports the panic's message.
			let weight = Executive::try_runtime_upgrade(checks)
				.unwrap_or_else(|e| panic!("the upgrade's checks failed: {e:?}"));
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.unwrap_or_else(|e| panic!("the block's checks failed: {e:?}"))
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
