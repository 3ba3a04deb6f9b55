//! A runtime with just System and the registrar, for the unit tests.

use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use sp_runtime::{AccountId32, BuildStorage};

use crate as pallet_registrar;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Registrar: pallet_registrar,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId32;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId32>;
}

/// Code the mock's open call is refused with when its remark is not empty.
pub const OPEN_CALL_REFUSED: u8 = 42;

/// Strangers may only make `remark_with_event` calls, standing in for "propose to join", and
/// only with an empty remark, standing in for the consortium's "no proposal open yet".
pub struct OpenCalls;
impl medrec_primitives::OpenCalls<AccountId32, RuntimeCall> for OpenCalls {
	fn check(_who: &AccountId32, call: &RuntimeCall) -> Option<Result<(), u8>> {
		match call {
			RuntimeCall::System(frame_system::Call::remark_with_event { remark }) => {
				Some(if remark.is_empty() { Ok(()) } else { Err(OPEN_CALL_REFUSED) })
			},
			_ => None,
		}
	}
}

parameter_types! {
	pub const RateWindow: u64 = 10;
}

impl pallet_registrar::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AdmitOrigin = frame_system::EnsureRoot<AccountId32>;
	type OpenCalls = OpenCalls;
	type MaxNameLength = ConstU32<16>;
	type MaxUrlLength = ConstU32<32>;
	type RateWindow = RateWindow;
	type ProviderTxPerWindow = ConstU32<5>;
	type MemberTxPerWindow = ConstU32<2>;
	type EthSigner = EthSigner;
	type OnEthLinked = ();
	type WeightInfo = ();
}

/// The account an Ethereum key signs as: its address, then twelve `0xEE` bytes, as the
/// runtime's EVM (pallet-revive) derives it.
pub fn eth_account(address: sp_core::H160) -> AccountId32 {
	let mut bytes = [0xEE; 32];
	bytes[..20].copy_from_slice(address.as_bytes());
	AccountId32::new(bytes)
}

/// Recognises [`eth_account`]s.
pub struct EthSigner;
impl sp_runtime::traits::Convert<AccountId32, Option<sp_core::H160>> for EthSigner {
	fn convert(who: AccountId32) -> Option<sp_core::H160> {
		let bytes: &[u8; 32] = who.as_ref();
		bytes[20..].iter().all(|b| *b == 0xEE).then(|| sp_core::H160::from_slice(&bytes[..20]))
	}
}

pub fn account(n: u8) -> AccountId32 {
	AccountId32::new([n; 32])
}

pub const HOSPITAL: u8 = 1;
pub const CLINIC: u8 = 2;
pub const PHARMACY: u8 = 3;
pub const PATIENT: u8 = 10;
pub const STRANGER: u8 = 99;

#[derive(Default)]
pub struct ExtBuilder {
	providers: Vec<(AccountId32, Vec<u8>, Vec<u8>)>,
}

impl ExtBuilder {
	/// Two providers, "General" and "Clinic".
	pub fn with_providers(mut self) -> Self {
		self.providers = vec![
			(account(HOSPITAL), b"General".to_vec(), b"https://general.example".to_vec()),
			(account(CLINIC), b"Clinic".to_vec(), b"https://clinic.example".to_vec()),
		];
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
		pallet_registrar::GenesisConfig::<Test> {
			providers: self.providers,
			organisations: vec![],
			eth_links: vec![],
		}
		.assimilate_storage(&mut storage)
		.expect("builds");
		let mut ext: sp_io::TestExternalities = storage.into();
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// The same, with an in-memory keystore, for benchmarks that sign.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn build_with_keystore(self) -> sp_io::TestExternalities {
		let mut ext = self.build();
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Registrar::do_try_state().expect("invariants hold");
		});
	}
}
