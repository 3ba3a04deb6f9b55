//! [`CheckMember`]: the transaction extension that makes a fee-less chain unspammable.
//!
//! MedRec charges no fees, so nothing prices out spam. Instead:
//! - a signed transaction from an account the registrar does not know is invalid (custom code
//!   [`NOT_REGISTERED`]) unless [`Config::OpenCalls`] lets strangers make that call; it never
//!   enters the pool, let alone a block;
//! - a registered account may have at most [`Config::ProviderTxPerWindow`] (providers) or
//!   [`Config::MemberTxPerWindow`] (everyone else) transactions included per window of
//!   [`Config::RateWindow`] blocks; the next is invalid (custom code [`RATE_LIMITED`]) until the
//!   window turns.
//!
//! The count is taken when a transaction is included, so however many a member pushes into
//! the pool, blocks carry no more than the limit.
//!
//! Ethereum transactions arrive from the account the runtime's EVM derives from the Ethereum
//! key ([`Config::EthSigner`]). They count as the identity the address is linked to, in the
//! same window and against the same limit; an unlinked address is a stranger with no open
//! calls.
//!
//! A stranger's open call (a candidate's proposal to join) is checked by the runtime's
//! [`Config::OpenCalls`] against the chain's state, and tagged so that the pool holds one per
//! stranger. [`CheckNonce`] then lets it through although the stranger's account does not exist
//! yet; frame_system's own nonce check would refuse it.

use core::{fmt, marker::PhantomData};

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchInfo,
	pallet_prelude::{TransactionSource, Weight},
	traits::Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use medrec_primitives::{OpenCalls, Role};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, Convert, DispatchInfoOf, Dispatchable, Implication, One,
		PostDispatchInfoOf, TransactionExtension, ValidateResult, Zero,
	},
	transaction_validity::{
		InvalidTransaction, TransactionLongevity, TransactionValidityError, ValidTransaction,
	},
	DispatchResult,
};

use crate::{AccountToActivity, AccountToIdentity, Config, EthAddressToAccount};

/// `InvalidTransaction::Custom` code: the signer is not registered.
pub const NOT_REGISTERED: u8 = 100;
/// `InvalidTransaction::Custom` code: the signer used up its transactions for this window.
pub const RATE_LIMITED: u8 = 101;

/// Admits signed transactions from registered accounts only, within their rate limit.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMember<T>(PhantomData<T>);

impl<T> CheckMember<T> {
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for CheckMember<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> fmt::Debug for CheckMember<T> {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "CheckMember")
	}
}

impl<T: Config> CheckMember<T> {
	/// The member a transaction from `who` counts against, with its role, or `None` for a
	/// stranger. An Ethereum signer's account ([`Config::EthSigner`]) counts as the identity
	/// its address is linked to; unlinked, it is a stranger with no open calls, since
	/// `OpenCalls` are for candidates' native keys.
	fn member(who: &T::AccountId) -> Option<(T::AccountId, Role)> {
		if let Some(identity) = AccountToIdentity::<T>::get(who) {
			return Some((who.clone(), identity.role));
		}
		let address = T::EthSigner::convert(who.clone())?;
		let linked = EthAddressToAccount::<T>::get(address)?;
		let identity = AccountToIdentity::<T>::get(&linked)?;
		Some((linked, identity.role))
	}

	/// The member to count, its window and its count including this transaction, or why the
	/// transaction is refused.
	fn admit(
		who: &T::AccountId,
		call: &T::RuntimeCall,
	) -> Result<Option<(T::AccountId, BlockNumberFor<T>, u32)>, TransactionValidityError> {
		let Some((member, role)) = Self::member(who) else {
			let open = match T::EthSigner::convert(who.clone()) {
				Some(_) => None,
				None => T::OpenCalls::check(who, call),
			};
			return match open {
				Some(Ok(())) => Ok(None),
				Some(Err(code)) => Err(InvalidTransaction::Custom(code).into()),
				None => Err(InvalidTransaction::Custom(NOT_REGISTERED).into()),
			};
		};
		let limit = match role {
			Role::Provider => T::ProviderTxPerWindow::get(),
			_ => T::MemberTxPerWindow::get(),
		};
		let window_len = T::RateWindow::get();
		let now = frame_system::Pallet::<T>::block_number();
		let window = if window_len.is_zero() { now } else { now / window_len };
		let used = match AccountToActivity::<T>::get(&member) {
			Some((w, n)) if w == window => n,
			_ => 0,
		};
		if used >= limit {
			return Err(InvalidTransaction::Custom(RATE_LIMITED).into());
		}
		Ok(Some((member, window, used.saturating_add(1))))
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckMember<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckMember";
	type Implicit = ();
	/// The member counted (the signer, or the identity an Ethereum signer is linked to) with
	/// its window and new count, when there is one to record.
	type Val = Option<(T::AccountId, BlockNumberFor<T>, u32)>;
	type Pre = ();

	fn weight(&self, _call: &T::RuntimeCall) -> Weight {
		// Identity (for an Ethereum signer also its link and the linked identity) and
		// activity reads, one activity write.
		T::DbWeight::get().reads_writes(4, 1)
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let Some(who) = origin.as_system_origin_signer() else {
			return Ok((ValidTransaction::default(), None, origin));
		};
		let admitted = Self::admit(who, call)?;
		let validity = match admitted {
			Some(_) => ValidTransaction::default(),
			// A stranger's open call: one per stranger in the pool.
			None => ValidTransaction {
				provides: alloc::vec![(b"open", who).encode()],
				..Default::default()
			},
		};
		Ok((validity, admitted, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if let Some((who, window, count)) = val {
			AccountToActivity::<T>::insert(who, (window, count));
		}
		Ok(())
	}
}

/// frame_system's nonce check, except that a stranger making an open call needs no account.
///
/// frame_system refuses transactions from accounts that hold no provider reference, because
/// nothing paid for their nonce's storage. On MedRec a candidate proposing to join has no
/// account yet; its one open call is bounded by the consortium's rules, which pay for that
/// storage instead. Its nonce is kept from then on, so the signed proposal cannot be replayed.
/// Encoded as frame_system's `CheckNonce` (a compact nonce), under the same identifier, so
/// wallets sign it as they always have.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckNonce<T: Config>(#[codec(compact)] pub T::Nonce);

impl<T: Config> CheckNonce<T> {
	pub fn from(nonce: T::Nonce) -> Self {
		Self(nonce)
	}

	fn inner(&self) -> frame_system::CheckNonce<T> {
		frame_system::CheckNonce::from(self.0)
	}

	/// Whether `who` is a stranger, with no account, making an open call.
	fn stranger_open_call(who: &T::AccountId, call: &T::RuntimeCall) -> bool {
		let account = frame_system::Account::<T>::get(who);
		account.providers.is_zero()
			&& account.sufficients.is_zero()
			&& !AccountToIdentity::<T>::contains_key(who)
			&& T::OpenCalls::check(who, call).is_some()
	}
}

type SystemNonce<T> = frame_system::CheckNonce<T>;
type SystemVal<T> =
	<SystemNonce<T> as TransactionExtension<<T as frame_system::Config>::RuntimeCall>>::Val;
type SystemPre<T> =
	<SystemNonce<T> as TransactionExtension<<T as frame_system::Config>::RuntimeCall>>::Pre;

/// What [`CheckNonce`] carries from validation to preparation.
pub enum NonceVal<T: Config>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	System(SystemVal<T>),
	/// A stranger's open call, whose nonce is bumped without an account.
	Stranger(T::AccountId),
}

/// What [`CheckNonce`] carries from preparation to after dispatch.
pub enum NoncePre<T: Config>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	System(SystemPre<T>),
	Stranger,
}

impl<T: Config> fmt::Debug for CheckNonce<T> {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "CheckNonce({:?})", self.0)
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckNonce<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckNonce";
	type Implicit = ();
	type Val = NonceVal<T>;
	type Pre = NoncePre<T>;

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		// One more read than frame_system's: the identity, for strangers' open calls.
		self.inner().weight(call).saturating_add(T::DbWeight::get().reads(1))
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let stranger = origin
			.as_system_origin_signer()
			.filter(|who| Self::stranger_open_call(who, call))
			.cloned();
		let Some(who) = stranger else {
			let (validity, val, origin) = self.inner().validate(
				origin,
				call,
				info,
				len,
				self_implicit,
				inherited_implication,
				source,
			)?;
			return Ok((validity, NonceVal::System(val), origin));
		};
		// frame_system's tags, without its provider check.
		let current = frame_system::Account::<T>::get(&who).nonce;
		if self.0 < current {
			return Err(InvalidTransaction::Stale.into());
		}
		let requires = if current < self.0 {
			alloc::vec![(who.clone(), self.0 - One::one()).encode()]
		} else {
			alloc::vec![]
		};
		let validity = ValidTransaction {
			priority: 0,
			requires,
			provides: alloc::vec![(who.clone(), self.0).encode()],
			longevity: TransactionLongevity::MAX,
			propagate: true,
		};
		Ok((validity, NonceVal::Stranger(who), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			NonceVal::System(val) => {
				self.inner().prepare(val, origin, call, info, len).map(NoncePre::System)
			},
			NonceVal::Stranger(who) => {
				frame_system::CheckNonce::<T>::prepare_nonce_for_account(&who, self.0)?;
				Ok(NoncePre::Stranger)
			},
		}
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			NoncePre::System(pre) => frame_system::CheckNonce::<T>::post_dispatch_details(
				pre, info, post_info, len, result,
			),
			NoncePre::Stranger => Ok(Weight::zero()),
		}
	}
}
