//! # MedRec Registrar
//!
//! Who is who on MedRec (the 2016 Registrar contract, 2018's `AgentRegistry`):
//!
//! - every identity is an account with one [`Role`]: patient, provider, or organisation (pharmacy,
//!   lab, research institution, payer);
//! - providers and organisations carry a display name, unique across the registry, and providers
//!   the URL of their gatekeeper, where their records are served;
//! - every identity may publish an X25519 public key that records are encrypted to;
//! - every identity may link an Ethereum address by proving control of it, so that addresses from
//!   the original MedRec keep working.
//!
//! Only the consortium ([`Config::AdmitOrigin`]) registers providers and organisations.
//! Patients are registered by the relationships pallet when a provider first opens a
//! relationship with them ([`Registry::ensure_patient`]). Patients' names never reach the chain.
//!
//! The pallet also provides [`CheckMember`], the transaction extension that makes the fee-less
//! chain unspammable: strangers' transactions are invalid, and members are rate-limited.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod eth;
mod extension;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use eth::link_message;
pub use extension::{CheckMember, CheckNonce, NOT_REGISTERED, RATE_LIMITED};
pub use pallet::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::pallet_prelude::*;
use medrec_primitives::{ProviderAdmission, Registry, Role};
use sp_core::H160;

/// An X25519 public key, to which records for this identity are encrypted.
pub type EncryptionKey = [u8; 32];

/// What the chain knows of an identity.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct IdentityInfo {
	pub role: Role,
	pub encryption_key: Option<EncryptionKey>,
}

/// The public profile of a provider or organisation.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxName, MaxUrl))]
pub struct Profile<MaxName: Get<u32>, MaxUrl: Get<u32>> {
	/// Display name, unique across the registry.
	pub name: BoundedVec<u8, MaxName>,
	/// Where the gatekeeper serving this member's records answers. Required for providers.
	pub gatekeeper: Option<BoundedVec<u8, MaxUrl>>,
}

pub type ProfileOf<T> = Profile<<T as Config>::MaxNameLength, <T as Config>::MaxUrlLength>;
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;
pub type UrlOf<T> = BoundedVec<u8, <T as Config>::MaxUrlLength>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who admits, changes and removes providers and organisations: the consortium.
		type AdmitOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Calls an unregistered account may submit, and when (a candidate's proposal to join
		/// the consortium, once). Everything else from a stranger is invalid.
		type OpenCalls: medrec_primitives::OpenCalls<
			Self::AccountId,
			<Self as frame_system::Config>::RuntimeCall,
		>;

		/// Longest display name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Longest gatekeeper URL, in bytes.
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// Length of a rate-limiting window, in blocks.
		#[pallet::constant]
		type RateWindow: Get<BlockNumberFor<Self>>;

		/// Transactions a provider may have included per window.
		#[pallet::constant]
		type ProviderTxPerWindow: Get<u32>;

		/// Transactions any other member (patient, organisation) may have included per window.
		#[pallet::constant]
		type MemberTxPerWindow: Get<u32>;

		/// The Ethereum address behind an account that stands for an Ethereum signer (the
		/// runtime's EVM maps each Ethereum key to such an account), or `None` for an ordinary
		/// account. [`CheckMember`] treats a transaction from that account as one from the
		/// identity the address is linked to, so Ethereum transactions meet the same membership
		/// and rate rules as native ones. `()` says no account is one.
		type EthSigner: sp_runtime::traits::Convert<Self::AccountId, Option<H160>>;

		/// Told when an address is linked: the runtime gives it gas credit there. `()` does
		/// nothing.
		type OnEthLinked: medrec_primitives::OnEthLinked;

		/// Weight information for this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Account to its identity: role and encryption key.
	#[pallet::storage]
	pub type AccountToIdentity<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, IdentityInfo, OptionQuery>;

	/// Provider or organisation account to its public profile.
	#[pallet::storage]
	pub type AccountToProfile<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProfileOf<T>, OptionQuery>;

	/// Display name to the provider or organisation that holds it; keeps names unique.
	#[pallet::storage]
	pub type NameToAccount<T: Config> =
		StorageMap<_, Blake2_128Concat, NameOf<T>, T::AccountId, OptionQuery>;

	/// Linked Ethereum address to its account.
	#[pallet::storage]
	pub type EthAddressToAccount<T: Config> =
		StorageMap<_, Blake2_128Concat, H160, T::AccountId, OptionQuery>;

	/// Account to its linked Ethereum address.
	#[pallet::storage]
	pub type AccountToEthAddress<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, H160, OptionQuery>;

	/// Account to (window index, transactions included in that window), for [`CheckMember`].
	#[pallet::storage]
	pub type AccountToActivity<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (BlockNumberFor<T>, u32), OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial providers: account, display name, gatekeeper URL.
		pub providers: Vec<(T::AccountId, Vec<u8>, Vec<u8>)>,
		/// Initial organisations: account, kind, display name.
		pub organisations: Vec<(T::AccountId, medrec_primitives::OrganisationKind, Vec<u8>)>,
		/// Ethereum addresses linked at genesis to members listed above (development chains:
		/// wallets' well-known test keys), as `link_eth_address` would link them.
		pub eth_links: Vec<(T::AccountId, H160)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let members = self
				.providers
				.iter()
				.map(|(who, name, url)| (who, Role::Provider, name, Some(url)))
				.chain(
					self.organisations
						.iter()
						.map(|(who, kind, name)| (who, Role::Organisation(*kind), name, None)),
				);
			for (who, role, name, url) in members {
				let name: NameOf<T> = name.clone().try_into().expect("genesis name too long");
				let gatekeeper: Option<UrlOf<T>> =
					url.map(|u| u.clone().try_into().expect("genesis gatekeeper URL too long"));
				Pallet::<T>::insert_member(who, role, Profile { name, gatekeeper })
					.expect("genesis members are distinct and well-formed");
			}
			for (who, address) in &self.eth_links {
				assert!(
					AccountToIdentity::<T>::contains_key(who),
					"genesis eth link to a non-member"
				);
				assert!(
					!EthAddressToAccount::<T>::contains_key(address)
						&& !AccountToEthAddress::<T>::contains_key(who),
					"genesis eth links are one to one"
				);
				EthAddressToAccount::<T>::insert(address, who);
				AccountToEthAddress::<T>::insert(who, address);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider or organisation was admitted.
		MemberRegistered { who: T::AccountId, role: Role, name: NameOf<T> },
		/// A patient was registered (by a provider opening a relationship with them).
		PatientRegistered { who: T::AccountId },
		/// A provider's or organisation's profile changed.
		ProfileUpdated { who: T::AccountId, name: NameOf<T>, gatekeeper: Option<UrlOf<T>> },
		/// A provider or organisation was removed.
		MemberDeregistered { who: T::AccountId },
		/// An identity published (or replaced) its encryption key.
		EncryptionKeySet { who: T::AccountId, key: EncryptionKey },
		/// An identity proved control of an Ethereum address and linked it.
		EthAddressLinked { who: T::AccountId, address: H160 },
		/// An identity unlinked its Ethereum address.
		EthAddressUnlinked { who: T::AccountId, address: H160 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already holds a role.
		AlreadyExists,
		/// The account is not registered.
		NotFound,
		/// The caller may not do this.
		NotAuthorized,
		/// Another member already uses this display name.
		NameTaken,
		/// A display name must not be empty.
		EmptyName,
		/// The display name is longer than `MaxNameLength`.
		NameTooLong,
		/// The gatekeeper URL is longer than `MaxUrlLength`.
		UrlTooLong,
		/// A gatekeeper URL must be an `https://` (or, for a local network, `http://`) URL.
		InvalidUrl,
		/// Providers must name their gatekeeper.
		GatekeeperRequired,
		/// This operation is for providers and organisations, not patients.
		NotAMember,
		/// The account holds a role other than patient.
		NotAPatient,
		/// The signature does not recover to the claimed Ethereum address.
		BadSignature,
		/// The Ethereum address is linked to another account.
		EthAddressTaken,
		/// The account already has an Ethereum address linked.
		EthAddressAlreadyLinked,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits `who` as a provider or organisation.
		///
		/// - Origin: [`Config::AdmitOrigin`].
		/// - `role`: `Provider` or `Organisation(kind)`; `Patient` is refused (`NotAMember`).
		/// - `name`: display name, unique. `gatekeeper`: URL, required for providers.
		///
		/// Emits `MemberRegistered`. Errors: `AlreadyExists`, `NameTaken`, `EmptyName`,
		/// `NameTooLong`, `UrlTooLong`, `InvalidUrl`, `GatekeeperRequired`, `NotAMember`.
		/// O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_member())]
		pub fn register_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			role: Role,
			name: Vec<u8>,
			gatekeeper: Option<Vec<u8>>,
		) -> DispatchResult {
			T::AdmitOrigin::ensure_origin(origin)?;
			ensure!(role != Role::Patient, Error::<T>::NotAMember);
			let profile = Self::profile(role, name, gatekeeper)?;
			Self::insert_member(&who, role, profile)
		}

		/// Changes a provider's or organisation's name and gatekeeper URL.
		///
		/// - Origin: [`Config::AdmitOrigin`], or the member itself.
		/// - `name`, `gatekeeper`: the new values; `None` keeps the current one.
		///
		/// Emits `ProfileUpdated`. Errors: `NotFound`, `NotAMember`, `NotAuthorized`,
		/// `NameTaken`, and the name and URL errors of `register_member`. O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_profile())]
		pub fn update_profile(
			origin: OriginFor<T>,
			who: T::AccountId,
			name: Option<Vec<u8>>,
			gatekeeper: Option<Vec<u8>>,
		) -> DispatchResult {
			Self::ensure_admin_or_self(origin, &who)?;
			let identity = AccountToIdentity::<T>::get(&who).ok_or(Error::<T>::NotFound)?;
			let old = AccountToProfile::<T>::get(&who).ok_or(Error::<T>::NotAMember)?;
			let name = name.unwrap_or_else(|| old.name.to_vec());
			let gatekeeper = gatekeeper.or_else(|| old.gatekeeper.as_ref().map(|g| g.to_vec()));
			let new = Self::profile(identity.role, name, gatekeeper)?;
			if new.name != old.name {
				ensure!(!NameToAccount::<T>::contains_key(&new.name), Error::<T>::NameTaken);
				NameToAccount::<T>::remove(&old.name);
				NameToAccount::<T>::insert(&new.name, &who);
			}
			AccountToProfile::<T>::insert(&who, &new);
			Self::deposit_event(Event::ProfileUpdated {
				who,
				name: new.name,
				gatekeeper: new.gatekeeper,
			});
			Ok(())
		}

		/// Removes a provider or organisation. Patients are never removed: their
		/// relationships and grants must stay answerable.
		///
		/// - Origin: [`Config::AdmitOrigin`].
		///
		/// Emits `MemberDeregistered`. Errors: `NotFound`, `NotAMember`. O(1).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deregister_member())]
		pub fn deregister_member(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdmitOrigin::ensure_origin(origin)?;
			Self::remove_member(&who)
		}

		/// Publishes the caller's X25519 public key, replacing any earlier one.
		///
		/// - Origin: a registered account.
		///
		/// Emits `EncryptionKeySet`. Errors: `NotFound`. O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_encryption_key())]
		pub fn set_encryption_key(origin: OriginFor<T>, key: EncryptionKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			AccountToIdentity::<T>::try_mutate(&who, |identity| {
				let identity = identity.as_mut().ok_or(Error::<T>::NotFound)?;
				identity.encryption_key = Some(key);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::EncryptionKeySet { who, key });
			Ok(())
		}

		/// Links an Ethereum address to the caller, proving control of it with `signature`:
		/// an Ethereum `personal_sign` (EIP-191) signature, as wallets and ethers'
		/// `signMessage` make, over [`link_message`] for the caller on this chain.
		///
		/// - Origin: a registered account with no address linked yet.
		///
		/// Emits `EthAddressLinked`. Errors: `NotFound`, `BadSignature`, `EthAddressTaken`,
		/// `EthAddressAlreadyLinked`. O(1).
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::link_eth_address()
				.saturating_add(<T::OnEthLinked as medrec_primitives::OnEthLinked>::weight())
		)]
		pub fn link_eth_address(
			origin: OriginFor<T>,
			address: H160,
			signature: [u8; 65],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(AccountToIdentity::<T>::contains_key(&who), Error::<T>::NotFound);
			ensure!(
				!AccountToEthAddress::<T>::contains_key(&who),
				Error::<T>::EthAddressAlreadyLinked
			);
			ensure!(!EthAddressToAccount::<T>::contains_key(address), Error::<T>::EthAddressTaken);
			let message = link_message(&who.encode(), Self::genesis_hash().as_ref());
			let signer =
				eth::recover_personal_sign(&message, &signature).ok_or(Error::<T>::BadSignature)?;
			ensure!(signer == address, Error::<T>::BadSignature);
			EthAddressToAccount::<T>::insert(address, &who);
			AccountToEthAddress::<T>::insert(&who, address);
			<T::OnEthLinked as medrec_primitives::OnEthLinked>::linked(address);
			Self::deposit_event(Event::EthAddressLinked { who, address });
			Ok(())
		}

		/// Unlinks the caller's Ethereum address.
		///
		/// - Origin: an account with an address linked.
		///
		/// Emits `EthAddressUnlinked`. Errors: `NotFound`. O(1).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unlink_eth_address())]
		pub fn unlink_eth_address(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let address = AccountToEthAddress::<T>::take(&who).ok_or(Error::<T>::NotFound)?;
			EthAddressToAccount::<T>::remove(address);
			Self::deposit_event(Event::EthAddressUnlinked { who, address });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The hash of block 0, which names the chain in signed messages.
	pub fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	fn ensure_admin_or_self(origin: OriginFor<T>, who: &T::AccountId) -> DispatchResult {
		match T::AdmitOrigin::try_origin(origin) {
			Ok(_) => Ok(()),
			Err(origin) => {
				let caller = frame_system::ensure_signed(origin)?;
				ensure!(&caller == who, Error::<T>::NotAuthorized);
				Ok(())
			},
		}
	}

	/// Checks and bounds a member's profile.
	fn profile(
		role: Role,
		name: Vec<u8>,
		gatekeeper: Option<Vec<u8>>,
	) -> Result<ProfileOf<T>, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		let name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(role != Role::Provider || gatekeeper.is_some(), Error::<T>::GatekeeperRequired);
		let gatekeeper = match gatekeeper {
			Some(url) => {
				ensure!(
					url.starts_with(b"https://") || url.starts_with(b"http://"),
					Error::<T>::InvalidUrl
				);
				Some(UrlOf::<T>::try_from(url).map_err(|_| Error::<T>::UrlTooLong)?)
			},
			None => None,
		};
		Ok(Profile { name, gatekeeper })
	}

	fn insert_member(who: &T::AccountId, role: Role, profile: ProfileOf<T>) -> DispatchResult {
		ensure!(!AccountToIdentity::<T>::contains_key(who), Error::<T>::AlreadyExists);
		ensure!(!NameToAccount::<T>::contains_key(&profile.name), Error::<T>::NameTaken);
		NameToAccount::<T>::insert(&profile.name, who);
		AccountToIdentity::<T>::insert(who, IdentityInfo { role, encryption_key: None });
		let name = profile.name.clone();
		AccountToProfile::<T>::insert(who, profile);
		// Registration is what lets an account exist on a chain without balances. A member
		// that left and comes back still has the reference it was first given.
		if frame_system::Pallet::<T>::providers(who) == 0 {
			frame_system::Pallet::<T>::inc_providers(who);
		}
		Self::deposit_event(Event::MemberRegistered { who: who.clone(), role, name });
		Ok(())
	}

	/// Removes a provider or organisation (used by governance when a member leaves).
	pub fn remove_member(who: &T::AccountId) -> DispatchResult {
		let identity = AccountToIdentity::<T>::get(who).ok_or(Error::<T>::NotFound)?;
		ensure!(identity.role != Role::Patient, Error::<T>::NotAMember);
		let profile = AccountToProfile::<T>::take(who).ok_or(Error::<T>::NotAMember)?;
		NameToAccount::<T>::remove(&profile.name);
		AccountToIdentity::<T>::remove(who);
		if let Some(address) = AccountToEthAddress::<T>::take(who) {
			EthAddressToAccount::<T>::remove(address);
		}
		AccountToActivity::<T>::remove(who);
		// The account keeps its provider reference, and so its nonce: were it reaped, the nonce
		// would start again at zero and the member's old signed transactions could be replayed.
		// Unregistered, its transactions are refused by `CheckMember` all the same.
		Self::deposit_event(Event::MemberDeregistered { who: who.clone() });
		Ok(())
	}

	/// The gatekeeper URL of provider `who`.
	pub fn gatekeeper(who: &T::AccountId) -> Option<UrlOf<T>> {
		AccountToProfile::<T>::get(who).and_then(|p| p.gatekeeper)
	}

	/// Checks the pallet's invariants:
	/// - every provider and organisation has a profile, and no patient has one;
	/// - providers have gatekeepers;
	/// - the name index and the profiles agree, one to one;
	/// - the two Ethereum address maps are inverse to each other;
	/// - activity is recorded only for registered accounts.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (who, identity) in AccountToIdentity::<T>::iter() {
			let profile = AccountToProfile::<T>::get(&who);
			match identity.role {
				Role::Patient => ensure!(profile.is_none(), "patient with a profile"),
				Role::Provider => {
					let profile = profile.ok_or("provider without a profile")?;
					ensure!(profile.gatekeeper.is_some(), "provider without a gatekeeper");
				},
				Role::Organisation(_) => {
					ensure!(profile.is_some(), "organisation without a profile")
				},
			}
		}
		for (who, profile) in AccountToProfile::<T>::iter() {
			ensure!(AccountToIdentity::<T>::contains_key(&who), "profile of an unknown account");
			ensure!(
				NameToAccount::<T>::get(&profile.name).as_ref() == Some(&who),
				"name index does not point back"
			);
		}
		ensure!(
			NameToAccount::<T>::iter().count() == AccountToProfile::<T>::iter().count(),
			"stale names in the name index"
		);
		for (address, who) in EthAddressToAccount::<T>::iter() {
			ensure!(AccountToEthAddress::<T>::get(&who) == Some(address), "eth maps disagree");
		}
		ensure!(
			EthAddressToAccount::<T>::iter().count() == AccountToEthAddress::<T>::iter().count(),
			"eth maps differ in size"
		);
		for (who, _) in AccountToActivity::<T>::iter() {
			ensure!(AccountToIdentity::<T>::contains_key(&who), "activity of an unknown account");
		}
		Ok(())
	}
}

impl<T: Config> Registry<T::AccountId> for Pallet<T> {
	fn role(who: &T::AccountId) -> Option<Role> {
		AccountToIdentity::<T>::get(who).map(|identity| identity.role)
	}

	fn ensure_patient(who: &T::AccountId) -> sp_runtime::DispatchResult {
		match AccountToIdentity::<T>::get(who) {
			Some(IdentityInfo { role: Role::Patient, .. }) => Ok(()),
			Some(_) => Err(Error::<T>::NotAPatient.into()),
			None => {
				AccountToIdentity::<T>::insert(
					who,
					IdentityInfo { role: Role::Patient, encryption_key: None },
				);
				frame_system::Pallet::<T>::inc_providers(who);
				Self::deposit_event(Event::PatientRegistered { who: who.clone() });
				Ok(())
			},
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn make_provider(who: &T::AccountId) {
		if AccountToIdentity::<T>::contains_key(who) {
			return;
		}
		let name: Vec<u8> = alloc::format!("bench {}", hex_prefix(&who.encode())).into_bytes();
		let profile = Self::profile(Role::Provider, name, Some(b"https://bench.example".to_vec()))
			.expect("benchmark profile is well-formed");
		Self::insert_member(who, Role::Provider, profile).expect("fresh account");
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn make_researcher(who: &T::AccountId) {
		if AccountToIdentity::<T>::contains_key(who) {
			return;
		}
		let role = Role::Organisation(medrec_primitives::OrganisationKind::Research);
		let name: Vec<u8> = alloc::format!("lab {}", hex_prefix(&who.encode())).into_bytes();
		let profile = Self::profile(role, name, None).expect("benchmark profile is well-formed");
		Self::insert_member(who, role, profile).expect("fresh account");
	}
}

/// The consortium admits and removes providers through this; the registrar's own calls for
/// it need [`Config::AdmitOrigin`].
impl<T: Config> ProviderAdmission<T::AccountId> for Pallet<T> {
	fn can_admit(who: &T::AccountId, name: &[u8], gatekeeper: &[u8]) -> DispatchResult {
		ensure!(!AccountToIdentity::<T>::contains_key(who), Error::<T>::AlreadyExists);
		let profile = Self::profile(Role::Provider, name.to_vec(), Some(gatekeeper.to_vec()))?;
		ensure!(!NameToAccount::<T>::contains_key(&profile.name), Error::<T>::NameTaken);
		Ok(())
	}

	fn admit(who: &T::AccountId, name: &[u8], gatekeeper: &[u8]) -> DispatchResult {
		let profile = Self::profile(Role::Provider, name.to_vec(), Some(gatekeeper.to_vec()))?;
		Self::insert_member(who, Role::Provider, profile)
	}

	fn remove(who: &T::AccountId) -> DispatchResult {
		Self::remove_member(who)
	}
}

#[cfg(feature = "runtime-benchmarks")]
fn hex_prefix(bytes: &[u8]) -> alloc::string::String {
	bytes.iter().take(6).map(|b| alloc::format!("{b:02x}")).collect()
}

use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_runtime::traits::Zero;
