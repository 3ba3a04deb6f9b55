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

use core::{fmt, marker::PhantomData};

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchInfo,
	pallet_prelude::{TransactionSource, Weight},
	traits::{Contains, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use medrec_primitives::Role;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, TransactionExtension,
		ValidateResult, Zero,
	},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
};

use crate::{AccountToActivity, AccountToIdentity, Config};

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
	/// The signer's window and its count including this transaction, or why it is refused.
	fn admit(
		who: &T::AccountId,
		call: &T::RuntimeCall,
	) -> Result<Option<(BlockNumberFor<T>, u32)>, TransactionValidityError> {
		let Some(identity) = AccountToIdentity::<T>::get(who) else {
			return if T::OpenCalls::contains(call) {
				Ok(None)
			} else {
				Err(InvalidTransaction::Custom(NOT_REGISTERED).into())
			};
		};
		let limit = match identity.role {
			Role::Provider => T::ProviderTxPerWindow::get(),
			_ => T::MemberTxPerWindow::get(),
		};
		let window_len = T::RateWindow::get();
		let now = frame_system::Pallet::<T>::block_number();
		let window = if window_len.is_zero() { now } else { now / window_len };
		let used = match AccountToActivity::<T>::get(who) {
			Some((w, n)) if w == window => n,
			_ => 0,
		};
		if used >= limit {
			return Err(InvalidTransaction::Custom(RATE_LIMITED).into());
		}
		Ok(Some((window, used.saturating_add(1))))
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckMember<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckMember";
	type Implicit = ();
	/// The signer with its window and new count, when there is one to record.
	type Val = Option<(T::AccountId, BlockNumberFor<T>, u32)>;
	type Pre = ();

	fn weight(&self, _call: &T::RuntimeCall) -> Weight {
		// Identity and activity reads, one activity write.
		T::DbWeight::get().reads_writes(2, 1)
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
		let val = Self::admit(who, call)?.map(|(window, count)| (who.clone(), window, count));
		Ok((ValidTransaction::default(), val, origin))
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
