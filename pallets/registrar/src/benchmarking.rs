//! Benchmarks for the registrar's calls, at the largest names and URLs the runtime allows.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::crypto::KeyTypeId;

const SEED: u32 = 0;
const BENCH_KEY: KeyTypeId = KeyTypeId(*b"mrbe");

fn long_name<T: Config>(tag: u8) -> alloc::vec::Vec<u8> {
	let mut name = vec![b'n'; T::MaxNameLength::get() as usize];
	if let Some(first) = name.first_mut() {
		*first = tag;
	}
	name
}

fn long_url<T: Config>() -> alloc::vec::Vec<u8> {
	let mut url = b"https://".to_vec();
	url.resize((T::MaxUrlLength::get() as usize).max(url.len()), b'u');
	url
}

fn provider<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("provider", index, SEED);
	let name = long_name::<T>(index as u8);
	let profile = Pallet::<T>::profile(Role::Provider, name, Some(long_url::<T>()))
		.expect("benchmark profile is well-formed");
	Pallet::<T>::insert_member(&who, Role::Provider, profile).expect("fresh account");
	who
}

/// An Ethereum address and its `personal_sign` proof for `who`, made with a keystore key.
fn eth_proof<T: Config>(who: &T::AccountId) -> (H160, [u8; 65]) {
	let public = sp_io::crypto::ecdsa_generate(BENCH_KEY, None);
	let message = link_message(&who.encode(), Pallet::<T>::genesis_hash().as_ref());
	let mut prefixed =
		alloc::format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend_from_slice(&message);
	let digest = sp_io::hashing::keccak_256(&prefixed);
	let signature = sp_io::crypto::ecdsa_sign_prehashed(BENCH_KEY, &public, &digest)
		.expect("the key was just generated");
	let signature: [u8; 65] = signature.0;
	let address = eth::recover_personal_sign(&message, &signature).expect("valid signature");
	(address, signature)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_member() -> Result<(), BenchmarkError> {
		let origin =
			T::AdmitOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("member", 0, SEED);
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			who.clone(),
			Role::Provider,
			long_name::<T>(b'm'),
			Some(long_url::<T>()),
		);
		assert!(AccountToIdentity::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn update_profile() -> Result<(), BenchmarkError> {
		let who = provider::<T>(1);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			who.clone(),
			Some(long_name::<T>(b'u')),
			Some(long_url::<T>()),
		);
		assert_eq!(
			AccountToProfile::<T>::get(&who).map(|p| p.name.to_vec()),
			Some(long_name::<T>(b'u'))
		);
		Ok(())
	}

	#[benchmark]
	fn deregister_member() -> Result<(), BenchmarkError> {
		let origin =
			T::AdmitOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = provider::<T>(1);
		let (address, signature) = eth_proof::<T>(&who);
		Pallet::<T>::link_eth_address(RawOrigin::Signed(who.clone()).into(), address, signature)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!AccountToIdentity::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn set_encryption_key() {
		let who = provider::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), [7u8; 32]);
		assert_eq!(
			AccountToIdentity::<T>::get(&who).and_then(|i| i.encryption_key),
			Some([7u8; 32])
		);
	}

	#[benchmark]
	fn link_eth_address() {
		let who = provider::<T>(1);
		let (address, signature) = eth_proof::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), address, signature);
		assert_eq!(EthAddressToAccount::<T>::get(address), Some(who));
	}

	#[benchmark]
	fn unlink_eth_address() -> Result<(), BenchmarkError> {
		let who = provider::<T>(1);
		let (address, signature) = eth_proof::<T>(&who);
		Pallet::<T>::link_eth_address(RawOrigin::Signed(who.clone()).into(), address, signature)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!EthAddressToAccount::<T>::contains_key(address));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build_with_keystore(),
		crate::mock::Test
	);
}
