//! # MedRec precompiles
//!
//! MedRec's native registry and permissions, callable from the EVM with the Solidity ABI of
//! `evm-compat/solidity/IMedRecRegistry.sol` and `IMedRecAccess.sol`. The `sol!` macro reads
//! those files, so the Rust side decodes exactly what the interfaces declare; the conformance
//! test (`tests/abi.rs`) pins their selectors against `evm-compat/solidity/abi/`, which solc
//! regenerates in the EVM suite.
//!
//! | precompile | address | what |
//! | --- | --- | --- |
//! | [`Registry`] | `0x…0D010000` | who is who: identities, links, profiles, the consortium |
//! | [`Access`] | `0x…0D020000` | relationships and pointers, grants, viewer groups, the dead-man switch, the access decision |
//!
//! ## Who the caller is
//!
//! A write acts as the MedRec identity the registrar links to the **immediate caller's**
//! Ethereum address, and is dispatched as that identity's signed call, so every rule of the
//! native extrinsic applies unchanged (a patient, or a proxy within its categories, and so on).
//! A caller with no linked identity is refused. That includes every contract: a contract's
//! address is never linked, and acting for `tx.origin` instead would let any contract a patient
//! calls grant access in the patient's name. Contracts read freely; only people write.
//!
//! The transaction that carries the call has already passed `CheckMember` for the signer's
//! identity (its role and rate limit), and it reaches a precompile only as its `to`, so one
//! transaction makes at most one write.
//!
//! ## Weight
//!
//! Precompiles are not metered by the EVM, so each charges before it works: a write charges its
//! pallet call's benchmarked weight (and is refunded what the call reports unused); a read
//! charges one database read per storage item and, as proof size, the item's largest encoding.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{format, string::String, vec::Vec};
use alloy_core::{
	primitives::{Address, FixedBytes},
	sol,
	sol_types::{Revert, SolCall, SolEvent},
};
use core::{marker::PhantomData, num::NonZero};
use frame_support::{
	dispatch::GetDispatchInfo,
	pallet_prelude::MaxEncodedLen,
	traits::{Get, UnfilteredDispatchable},
	weights::Weight,
};
use frame_system::RawOrigin;
use medrec_primitives::{
	Basis, Categories, Category, Decision, OrganisationKind, Purpose, Role, Scope, StatusFlags,
	Viewer,
};
use pallet_medrec_relationships as relationships;
use pallet_revive::{
	precompiles::{AddressMatcher, Error, Ext, Precompile, RuntimeCosts, H160, H256},
	AddressMapper,
};
use sp_runtime::{traits::UniqueSaturatedInto, AccountId32, DispatchError, ModuleError};

sol!("../solidity/IMedRecRegistry.sol");
sol!("../solidity/IMedRecAccess.sol");

/// Where [`Registry`] answers: `0x000000000000000000000000000000000D010000`.
pub const REGISTRY_ADDRESS: u16 = 0x0D01;
/// Where [`Access`] answers: `0x000000000000000000000000000000000D020000`.
pub const ACCESS_ADDRESS: u16 = 0x0D02;

/// The address a `Fixed(index)` precompile answers at.
pub fn address_of(index: u16) -> H160 {
	let mut address = [0u8; 20];
	address[16..18].copy_from_slice(&index.to_be_bytes());
	H160(address)
}

/// The revert reason a write from an unlinked caller (or any contract) gets.
pub const NOT_LINKED: &str = "MedRec: caller is not linked to an identity";

/// What the precompiles need of a runtime: pallet-revive and the three MedRec pallets, with
/// 32-byte accounts (a Solidity `bytes32`).
pub trait MedRecRuntime:
	pallet_revive::Config
	+ pallet_medrec_registrar::Config
	+ relationships::Config
	+ pallet_medrec_consortium::Config
	+ frame_system::Config<AccountId = AccountId32>
{
}

impl<T> MedRecRuntime for T where
	T: pallet_revive::Config
		+ pallet_medrec_registrar::Config
		+ relationships::Config
		+ pallet_medrec_consortium::Config
		+ frame_system::Config<AccountId = AccountId32>
{
}

/// `IMedRecRegistry`: the registrar and the consortium, read only.
pub struct Registry<T>(PhantomData<T>);

/// `IMedRecAccess`: the relationships pallet, reads and writes.
pub struct Access<T>(PhantomData<T>);

impl<T: MedRecRuntime> Precompile for Registry<T> {
	type T = T;
	type Interface = IMedRecRegistry::IMedRecRegistryCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(match NonZero::new(REGISTRY_ADDRESS) {
		Some(index) => index,
		None => panic!("a precompile index is not zero"),
	});
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		use pallet_medrec_consortium as consortium;
		use pallet_medrec_registrar as registrar;
		use IMedRecRegistry::*;
		deny_delegate_call::<T>(env)?;
		match input {
			IMedRecRegistryCalls::identityOf(call) => {
				charge_reads::<T>(env, &[link_len()])?;
				let account = registrar::EthAddressToAccount::<T>::get(H160(call.eth.0 .0));
				Ok(identityOfCall::abi_encode_returns(&account.map(bytes32).unwrap_or_default()))
			},
			IMedRecRegistryCalls::ethAddressOf(call) => {
				charge_reads::<T>(env, &[link_len()])?;
				let eth = registrar::AccountToEthAddress::<T>::get(account(&call.account));
				Ok(ethAddressOfCall::abi_encode_returns(
					&eth.map(|a| Address::from(a.0)).unwrap_or_default(),
				))
			},
			IMedRecRegistryCalls::roleOf(call) => {
				charge_reads::<T>(env, &[identity_len()])?;
				let role = registrar::AccountToIdentity::<T>::get(account(&call.account))
					.map(|identity| role_code(identity.role))
					.unwrap_or(0);
				Ok(roleOfCall::abi_encode_returns(&role))
			},
			IMedRecRegistryCalls::profileOf(call) => {
				charge_reads::<T>(env, &[registrar::ProfileOf::<T>::max_encoded_len()])?;
				let profile = registrar::AccountToProfile::<T>::get(account(&call.account));
				let (name, gatekeeper) = profile
					.map(|p| {
						(
							text(&p.name),
							p.gatekeeper.as_deref().map(|g| text(g.as_slice())).unwrap_or_default(),
						)
					})
					.unwrap_or_default();
				Ok(profileOfCall::abi_encode_returns(&profileOfReturn { name, gatekeeper }))
			},
			IMedRecRegistryCalls::encryptionKeyOf(call) => {
				charge_reads::<T>(env, &[identity_len()])?;
				let key = registrar::AccountToIdentity::<T>::get(account(&call.account))
					.and_then(|identity| identity.encryption_key);
				Ok(encryptionKeyOfCall::abi_encode_returns(&encryptionKeyOfReturn {
					published: key.is_some(),
					key: FixedBytes(key.unwrap_or_default()),
				}))
			},
			IMedRecRegistryCalls::accountByName(call) => {
				charge_reads::<T>(env, &[registrar::NameOf::<T>::max_encoded_len() + 32])?;
				let name: Option<registrar::NameOf<T>> =
					call.name.as_bytes().to_vec().try_into().ok();
				let account = name.and_then(registrar::NameToAccount::<T>::get);
				Ok(accountByNameCall::abi_encode_returns(&account.map(bytes32).unwrap_or_default()))
			},
			IMedRecRegistryCalls::isConsortiumMember(call) => {
				charge_reads::<T>(env, &[members_len::<T>()])?;
				let member = consortium::Pallet::<T>::is_member(&account(&call.account));
				Ok(isConsortiumMemberCall::abi_encode_returns(&member))
			},
			IMedRecRegistryCalls::consortiumMembers(_) => {
				charge_reads::<T>(env, &[members_len::<T>()])?;
				let members: Vec<_> =
					consortium::Members::<T>::get().into_iter().map(bytes32).collect();
				Ok(consortiumMembersCall::abi_encode_returns(&members))
			},
			IMedRecRegistryCalls::openProposalCount(_) => {
				charge_reads::<T>(env, &[proposals_len::<T>()])?;
				let count = consortium::OpenProposals::<T>::decode_len().unwrap_or(0) as u32;
				Ok(openProposalCountCall::abi_encode_returns(&count))
			},
		}
	}
}

impl<T: MedRecRuntime> Precompile for Access<T> {
	type T = T;
	type Interface = IMedRecAccess::IMedRecAccessCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(match NonZero::new(ACCESS_ADDRESS) {
		Some(index) => index,
		None => panic!("a precompile index is not zero"),
	});
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		use relationships::Call as Native;
		use IMedRecAccess::*;
		use IMedRecAccessCalls as C;
		deny_delegate_call::<T>(env)?;
		let writes =
			matches!(
				input,
				C::grant(_)
					| C::grantToGroup(_)
					| C::revoke(_) | C::createGroup(_)
					| C::addGroupMember(_)
					| C::removeGroupMember(_)
					| C::removeGroup(_)
					| C::setDeadManSwitch(_)
					| C::checkIn(_) | C::clearDeadManSwitch(_)
			);
		if writes && env.is_read_only() {
			return Err(pallet_revive::Error::<T>::StateChangeDenied.into());
		}
		match input {
			C::relationshipsOf(call) => {
				let patient = account(&call.patient);
				let count =
					relationships::PatientToRelationships::<T>::decode_len(&patient).unwrap_or(0);
				charge_reads::<T>(env, &[relationship_ids_len::<T>()])?;
				charge_reads::<T>(env, &alloc::vec![relationship_len::<T>(); count])?;
				let views = relationships::Pallet::<T>::relationships_of(&patient, |_| {
					StatusFlags::default()
				});
				let out: Vec<Relationship> = views
					.into_iter()
					.map(|view| Relationship {
						id: view.id,
						patient: bytes32(view.patient),
						provider: bytes32(view.provider),
						active: view.state == medrec_primitives::RelationshipState::Active,
						pointers: view.pointers.into_iter().map(pointer_abi::<T>).collect(),
					})
					.collect();
				Ok(relationshipsOfCall::abi_encode_returns(&out))
			},
			C::relationshipBetween(call) => {
				charge_reads::<T>(env, &[pair_len()])?;
				let id = relationships::PatientAndProviderToRelationship::<T>::get(
					account(&call.patient),
					account(&call.provider),
				);
				Ok(relationshipBetweenCall::abi_encode_returns(&relationshipBetweenReturn {
					exists: id.is_some(),
					id: id.unwrap_or_default(),
				}))
			},
			C::pointer(call) => {
				charge_reads::<T>(env, &[pair_len(), relationship_len::<T>()])?;
				let digest = relationships::PatientAndProviderToRelationship::<T>::get(
					account(&call.patient),
					account(&call.provider),
				)
				.and_then(relationships::IdToRelationship::<T>::get)
				.and_then(|rel| rel.pointers.into_iter().find(|p| p.record_set == call.recordSet))
				.map(|p| p.digest);
				Ok(pointerCall::abi_encode_returns(&pointerReturn {
					found: digest.is_some(),
					digest: FixedBytes(digest.unwrap_or_default().0),
				}))
			},
			C::grantsOf(call) => {
				charge_reads::<T>(env, &[grants_len::<T>()])?;
				let grants: Vec<Grant> =
					relationships::PatientToGrants::<T>::get(account(&call.patient))
						.into_iter()
						.map(grant_abi)
						.collect();
				Ok(grantsOfCall::abi_encode_returns(&grants))
			},
			C::grant(call) => {
				let patient = account(&call.patient);
				let viewer = Viewer::Account(account(&call.viewer));
				let scope = scope(call.allRelationships, call.relationship);
				let id = next_grant_id::<T>(&patient);
				let native = Native::<T>::grant {
					patient: patient.clone(),
					viewer,
					scope,
					categories: categories(call.categories),
					purpose: purpose(call.purpose)?,
					not_before: call.notBefore,
					expires: call.expires,
				};
				dispatch(env, native)?;
				emit(env, Granted { patient: call.patient, viewer: call.viewer, grantId: id })?;
				Ok(grantCall::abi_encode_returns(&id))
			},
			C::grantToGroup(call) => {
				let patient = account(&call.patient);
				let id = next_grant_id::<T>(&patient);
				let native = Native::<T>::grant {
					patient: patient.clone(),
					viewer: Viewer::Group(call.group),
					scope: scope(call.allRelationships, call.relationship),
					categories: categories(call.categories),
					purpose: purpose(call.purpose)?,
					not_before: call.notBefore,
					expires: call.expires,
				};
				dispatch(env, native)?;
				emit(
					env,
					GrantedToGroup { patient: call.patient, group: call.group, grantId: id },
				)?;
				Ok(grantToGroupCall::abi_encode_returns(&id))
			},
			C::revoke(call) => {
				let native =
					Native::<T>::revoke { patient: account(&call.patient), grant: call.grantId };
				dispatch(env, native)?;
				emit(env, Revoked { patient: call.patient, grantId: call.grantId })?;
				Ok(Vec::new())
			},
			C::groupsOf(call) => {
				charge_reads::<T>(env, &[groups_len::<T>()])?;
				let groups: Vec<Group> =
					relationships::PatientToGroups::<T>::get(account(&call.patient))
						.into_iter()
						.map(|g| Group {
							id: g.id,
							members: g.members.into_iter().map(bytes32).collect(),
						})
						.collect();
				Ok(groupsOfCall::abi_encode_returns(&groups))
			},
			C::createGroup(call) => {
				let patient = account(&call.patient);
				let id = relationships::PatientToCounters::<T>::get(&patient).group;
				let members = call.members.iter().map(account).collect();
				dispatch(env, Native::<T>::create_group { patient, members })?;
				Ok(createGroupCall::abi_encode_returns(&id))
			},
			C::addGroupMember(call) => {
				let native = Native::<T>::add_group_member {
					patient: account(&call.patient),
					group: call.group,
					member: account(&call.member),
				};
				dispatch(env, native)?;
				Ok(Vec::new())
			},
			C::removeGroupMember(call) => {
				let native = Native::<T>::remove_group_member {
					patient: account(&call.patient),
					group: call.group,
					member: account(&call.member),
				};
				dispatch(env, native)?;
				Ok(Vec::new())
			},
			C::removeGroup(call) => {
				let native = Native::<T>::remove_group {
					patient: account(&call.patient),
					group: call.group,
				};
				dispatch(env, native)?;
				Ok(Vec::new())
			},
			C::setDeadManSwitch(call) => {
				let native = Native::<T>::set_dead_man_switch {
					timeout: call.timeout,
					beneficiaries: call.beneficiaries.iter().map(account).collect(),
					categories: categories(call.categories),
				};
				dispatch(env, native)?;
				Ok(Vec::new())
			},
			C::checkIn(_) => {
				dispatch(env, Native::<T>::check_in {})?;
				Ok(Vec::new())
			},
			C::clearDeadManSwitch(_) => {
				dispatch(env, Native::<T>::clear_dead_man_switch {})?;
				Ok(Vec::new())
			},
			C::deadManSwitchOf(call) => {
				charge_reads::<T>(
					env,
					&[relationships::DeadManOf::<T>::max_encoded_len() + 48, moment_len()],
				)?;
				let switch = relationships::PatientToDeadMan::<T>::get(account(&call.patient));
				let now = relationships::Pallet::<T>::now();
				let out = match switch {
					Some(s) => deadManSwitchOfReturn {
						set: true,
						timeout: s.timeout,
						lastCheckIn: s.last_check_in,
						fired: s.fired(now),
						beneficiaries: s.beneficiaries.into_iter().map(bytes32).collect(),
					},
					None => deadManSwitchOfReturn {
						set: false,
						timeout: 0,
						lastCheckIn: 0,
						fired: false,
						beneficiaries: Vec::new(),
					},
				};
				Ok(deadManSwitchOfCall::abi_encode_returns(&out))
			},
			C::decide(call) => {
				charge_reads::<T>(env, &decide_reads::<T>())?;
				let decision = relationships::Pallet::<T>::decide(
					&account(&call.viewer),
					&account(&call.patient),
					&account(&call.provider),
					category(call.category)?,
					purpose(call.purpose)?,
				);
				Ok(decideCall::abi_encode_returns(&decision_abi(decision)))
			},
		}
	}
}

/// Dispatches `call` as the caller's linked identity, charging its benchmarked weight first and
/// refunding what it reports unused. Its error reverts with the pallet's error name.
fn dispatch<T: MedRecRuntime>(
	env: &mut impl Ext<T = T>,
	call: relationships::Call<T>,
) -> Result<(), Error> {
	let charged = env.charge(call.get_dispatch_info().call_weight)?;
	let who = caller_identity(env)?;
	let post =
		call.dispatch_bypass_filter(RawOrigin::Signed(who).into()).map_err(|e| revert(e.error))?;
	if let Some(actual) = post.actual_weight {
		env.adjust_gas(charged, actual);
	}
	Ok(())
}

/// The MedRec identity linked to the immediate caller's address.
fn caller_identity<T: MedRecRuntime>(env: &mut impl Ext<T = T>) -> Result<AccountId32, Error> {
	charge_reads::<T>(env, &[link_len()])?;
	let caller = env.caller();
	let account = caller.account_id().map_err(|_| Error::Revert(NOT_LINKED.into()))?;
	let address = <T as pallet_revive::Config>::AddressMapper::to_address(account);
	pallet_medrec_registrar::EthAddressToAccount::<T>::get(address)
		.ok_or_else(|| Error::Revert(NOT_LINKED.into()))
}

fn deny_delegate_call<T: MedRecRuntime>(env: &impl Ext<T = T>) -> Result<(), Error> {
	if env.is_delegate_call() {
		return Err(pallet_revive::Error::<T>::PrecompileDelegateDenied.into());
	}
	Ok(())
}

/// A pallet error as a Solidity revert: "MedRec: NotAuthorized".
fn revert(error: DispatchError) -> Error {
	let reason: String = match error {
		DispatchError::Module(ModuleError { message: Some(name), .. }) => format!("MedRec: {name}"),
		other => format!("MedRec: {other:?}"),
	};
	Error::Revert(Revert::from(reason))
}

fn emit<T: MedRecRuntime, E: SolEvent>(env: &mut impl Ext<T = T>, event: E) -> Result<(), Error> {
	let (topics, data) = event.encode_log_data().split();
	let topics: Vec<H256> = topics.into_iter().map(|t| H256(t.0)).collect();
	env.frame_meter_mut().charge_weight_token(RuntimeCosts::DepositEvent {
		num_topic: topics.len() as u32,
		len: data.len() as u32,
	})?;
	env.deposit_event(topics, data.to_vec());
	Ok(())
}

/// Charges one database read per entry of `sizes`, with each entry's largest encoding (key
/// included) as proof size.
fn charge_reads<T: MedRecRuntime>(env: &mut impl Ext<T = T>, sizes: &[usize]) -> Result<(), Error> {
	let proof: usize = sizes.iter().sum();
	let weight = <T as frame_system::Config>::DbWeight::get()
		.reads(sizes.len() as u64)
		.saturating_add(Weight::from_parts(0, proof as u64));
	env.charge(weight)?;
	Ok(())
}

// Largest encodings of the storage entries the reads touch: Blake2_128Concat keys are a 16-byte
// hash and the key itself.
const ACCOUNT_KEY: usize = 16 + 32;

fn link_len() -> usize {
	16 + 20 + 32
}
fn identity_len() -> usize {
	ACCOUNT_KEY + pallet_medrec_registrar::IdentityInfo::max_encoded_len()
}
fn moment_len() -> usize {
	8
}
fn pair_len() -> usize {
	2 * ACCOUNT_KEY + 8
}
fn members_len<T: MedRecRuntime>() -> usize {
	frame_support::BoundedVec::<AccountId32, <T as pallet_medrec_consortium::Config>::MaxMembers>::max_encoded_len()
}
fn proposals_len<T: MedRecRuntime>() -> usize {
	frame_support::BoundedVec::<
		pallet_medrec_consortium::OpenProposalOf<T>,
		<T as pallet_medrec_consortium::Config>::MaxProposals,
	>::max_encoded_len()
}
fn relationship_ids_len<T: MedRecRuntime>() -> usize {
	ACCOUNT_KEY + 8 * <T as relationships::Config>::MaxRelationships::get() as usize + 5
}
fn relationship_len<T: MedRecRuntime>() -> usize {
	16 + 8 + relationships::RelationshipOf::<T>::max_encoded_len()
}
fn grants_len<T: MedRecRuntime>() -> usize {
	ACCOUNT_KEY
		+ frame_support::BoundedVec::<
			relationships::GrantOf<T>,
			<T as relationships::Config>::MaxGrants,
		>::max_encoded_len()
}
fn groups_len<T: MedRecRuntime>() -> usize {
	ACCOUNT_KEY
		+ frame_support::BoundedVec::<
			relationships::GroupOf<T>,
			<T as relationships::Config>::MaxGroups,
		>::max_encoded_len()
}

/// What [`relationships::Pallet::decide`] may read: both identities, the pair's relationship,
/// the relationship, emergency accesses, grants, groups, the dead-man switch and the time.
fn decide_reads<T: MedRecRuntime>() -> [usize; 9] {
	[
		identity_len(),
		identity_len(),
		pair_len(),
		relationship_len::<T>(),
		ACCOUNT_KEY
			+ frame_support::BoundedVec::<
				relationships::EmergencyAccess<AccountId32>,
				<T as relationships::Config>::MaxEmergencyAccesses,
			>::max_encoded_len(),
		grants_len::<T>(),
		groups_len::<T>(),
		ACCOUNT_KEY + relationships::DeadManOf::<T>::max_encoded_len(),
		moment_len(),
	]
}

fn next_grant_id<T: MedRecRuntime>(patient: &AccountId32) -> u32 {
	relationships::PatientToCounters::<T>::get(patient).grant
}

fn account(bytes: &FixedBytes<32>) -> AccountId32 {
	AccountId32::new(bytes.0)
}

fn bytes32(account: AccountId32) -> FixedBytes<32> {
	FixedBytes(account.into())
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn scope(all: bool, relationship: u64) -> Scope {
	if all {
		Scope::AllRelationships
	} else {
		Scope::Relationship(relationship)
	}
}

fn category(code: u8) -> Result<Category, Error> {
	Category::ALL
		.get(code as usize)
		.copied()
		.ok_or_else(|| Error::Revert(format!("MedRec: no category {code}").into()))
}

/// A category bit set; the pallet refuses an empty or invalid one with its own error.
fn categories(bits: u16) -> Categories {
	Categories(bits)
}

fn purpose(code: u8) -> Result<Purpose, Error> {
	Ok(match code {
		0 => Purpose::Treatment,
		1 => Purpose::Payment,
		2 => Purpose::Operations,
		3 => Purpose::Research,
		4 => Purpose::Personal,
		_ => return Err(Error::Revert(format!("MedRec: no purpose {code}").into())),
	})
}

/// The role codes of `IMedRecRegistry.roleOf` (0 is "not registered").
pub fn role_code(role: Role) -> u8 {
	match role {
		Role::Patient => 1,
		Role::Provider => 2,
		Role::Organisation(OrganisationKind::Pharmacy) => 3,
		Role::Organisation(OrganisationKind::Lab) => 4,
		Role::Organisation(OrganisationKind::Research) => 5,
		Role::Organisation(OrganisationKind::Payer) => 6,
	}
}

fn pointer_abi<T: MedRecRuntime>(
	p: medrec_primitives::Pointer<frame_system::pallet_prelude::BlockNumberFor<T>>,
) -> IMedRecAccess::Pointer {
	IMedRecAccess::Pointer {
		recordSet: p.record_set,
		category: p.category as u8,
		digest: FixedBytes(p.digest.0),
		updatedAt: p.updated_at.unique_saturated_into(),
	}
}

fn grant_abi(g: medrec_primitives::Grant<AccountId32>) -> IMedRecAccess::Grant {
	let (to_group, viewer, group) = match g.viewer {
		Viewer::Account(who) => (false, bytes32(who), 0),
		Viewer::Group(id) => (true, FixedBytes::ZERO, id),
	};
	let (all, relationship) = match g.scope {
		Scope::AllRelationships => (true, 0),
		Scope::Relationship(id) => (false, id),
	};
	IMedRecAccess::Grant {
		id: g.id,
		toGroup: to_group,
		viewer,
		group,
		allRelationships: all,
		relationship,
		categories: g.categories.0,
		purpose: g.purpose as u8,
		notBefore: g.not_before,
		expires: g.expires,
		grantedBy: bytes32(g.granted_by),
	}
}

/// `decide`'s four values: allowed, the basis or deny code, the grant, the expiry (0: none).
pub fn decision_abi(decision: Decision) -> IMedRecAccess::decideReturn {
	match decision {
		Decision::Allow { basis, expires } => {
			let (code, grant) = match basis {
				Basis::Patient => (0, 0),
				Basis::RecordHolder => (1, 0),
				Basis::Grant(id) => (2, id),
				Basis::Emergency => (3, 0),
				Basis::DeadManSwitch => (4, 0),
			};
			IMedRecAccess::decideReturn {
				allowed: true,
				code,
				grantId: grant,
				expires: expires.unwrap_or(0),
			}
		},
		Decision::Deny(reason) => IMedRecAccess::decideReturn {
			allowed: false,
			code: reason as u8,
			grantId: 0,
			expires: 0,
		},
	}
}
