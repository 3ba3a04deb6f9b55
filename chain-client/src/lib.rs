//! MedRec's chain as a client sees it, over a node's JSON-RPC: runtime API calls at a chosen block,
//! finalized and best heads, and signed extrinsics followed into blocks.
//!
//! Arguments and answers of runtime APIs are SCALE, with `medrec-primitives`' types; the
//! extrinsics are built with the runtime's own types, so a runtime change that alters them
//! fails to compile here rather than at a hospital.

pub mod research;

use std::time::{Duration, Instant};

use codec::{Decode, Encode};
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	http_client::{HttpClient, HttpClientBuilder},
};
use medrec_primitives::{
	Category, Decision, IdentityView, Purpose, RelationshipId, RelationshipView, StatusFlags,
	Subject,
};
use medrec_runtime::{
	AccountId, Address, BlockNumber, Hash, Nonce, RuntimeCall, RuntimeEvent, SignedPayload,
	UncheckedExtrinsic,
};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::MultiSignature;

pub use research::{
	query_hash, Authorization, Debit, QueryRecordOf, Refusal, Registered, ResearchError, StudyOf,
	Voted,
};

/// How long a submitted extrinsic may take to appear in a block.
const INCLUSION_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, thiserror::Error)]
pub enum ChainError {
	#[error("the node at {0} is unreachable: {1}")]
	Unreachable(String, String),
	#[error("the node refused: {0}")]
	Refused(String),
	#[error("cannot read the node's answer: {0}")]
	Decode(String),
	#[error("extrinsic failed: {0}")]
	Failed(String),
	#[error("extrinsic not included within {0:?}")]
	NotIncluded(Duration),
	#[error("block not finalized within {0:?}")]
	NotFinalized(Duration),
}

pub type Result<T, E = ChainError> = std::result::Result<T, E>;

/// An extrinsic's fate: the block it is in and the events it caused.
pub struct Included {
	pub block: Hash,
	pub events: Vec<RuntimeEvent>,
}

impl Included {
	/// Whether an event matching `f` was emitted.
	pub fn has(&self, f: impl Fn(&RuntimeEvent) -> bool) -> bool {
		self.events.iter().any(f)
	}
}

/// A MedRec account from its SS58 form.
pub fn parse_account(ss58: &str) -> Option<AccountId> {
	AccountId::from_ss58check(ss58).ok()
}

/// A connection to one node.
#[derive(Clone)]
pub struct Chain {
	url: String,
	rpc: HttpClient,
}

fn params<T: serde::Serialize>(values: impl IntoIterator<Item = T>) -> Result<ArrayParams> {
	let mut params = ArrayParams::new();
	for value in values {
		params.insert(value).map_err(|e| ChainError::Decode(e.to_string()))?;
	}
	Ok(params)
}

fn hash_of(value: &Value) -> Result<Hash> {
	value
		.as_str()
		.and_then(from_hex)
		.map(Hash::from)
		.ok_or_else(|| ChainError::Decode(format!("not a hash: {value}")))
}

impl Chain {
	/// A client for the node at `url` (`http://` or `ws://`; both speak JSON-RPC over HTTP on a
	/// Substrate node's RPC port), giving up on a call after `timeout`.
	pub fn new(url: &str, timeout: Duration) -> Result<Self> {
		let http = url.replacen("ws://", "http://", 1).replacen("wss://", "https://", 1);
		let rpc = HttpClientBuilder::default()
			.request_timeout(timeout)
			.build(&http)
			.map_err(|e| ChainError::Unreachable(url.into(), e.to_string()))?;
		Ok(Self { url: url.into(), rpc })
	}

	pub fn url(&self) -> &str {
		&self.url
	}

	/// Calls a JSON-RPC method.
	pub async fn call(&self, method: &str, params: ArrayParams) -> Result<Value> {
		use jsonrpsee::core::client::Error;
		self.rpc.request::<Value, _>(method, params).await.map_err(|e| match e {
			Error::Call(call) => ChainError::Refused(call.to_string()),
			other => ChainError::Unreachable(self.url.clone(), other.to_string()),
		})
	}

	/// The number and hash of the last finalized block.
	pub async fn finalized(&self) -> Result<(BlockNumber, Hash)> {
		let hash = hash_of(&self.call("chain_getFinalizedHead", ArrayParams::new()).await?)?;
		let header = self.call("chain_getHeader", params([format!("{hash:?}")])?).await?;
		Ok((header_number(&header)?, hash))
	}

	/// The number of the best block.
	pub async fn best_number(&self) -> Result<BlockNumber> {
		header_number(&self.call("chain_getHeader", ArrayParams::new()).await?)
	}

	/// The hash of the best block.
	pub async fn best_hash(&self) -> Result<Hash> {
		hash_of(&self.call("chain_getBlockHash", ArrayParams::new()).await?)
	}

	/// Waits until block `hash` is finalized: the finalized head is at or past its number and
	/// the finalized chain holds it at that number. Fails after `timeout`, or at once if
	/// another block was finalized at its height (it was on a dropped fork).
	pub async fn wait_finalized(&self, hash: Hash, timeout: Duration) -> Result<BlockNumber> {
		let number = self.number_of(hash).await?;
		let deadline = Instant::now() + timeout;
		loop {
			let (finalized, _) = self.finalized().await?;
			if finalized >= number {
				return if self.block_hash(number).await? == hash {
					Ok(number)
				} else {
					Err(ChainError::Failed(format!(
						"block #{number} {hash:?} was on a fork that was not finalized"
					)))
				};
			}
			if Instant::now() >= deadline {
				return Err(ChainError::NotFinalized(timeout));
			}
			tokio::time::sleep(Duration::from_millis(300)).await;
		}
	}

	/// The number of block `hash`.
	pub async fn number_of(&self, hash: Hash) -> Result<BlockNumber> {
		header_number(&self.call("chain_getHeader", params([format!("{hash:?}")])?).await?)
	}

	/// The hash of block `number` on the node's best chain.
	pub async fn block_hash(&self, number: BlockNumber) -> Result<Hash> {
		hash_of(&self.call("chain_getBlockHash", params([number])?).await?)
	}

	/// Calls runtime API `method` with `args` at `block` (the best block if `None`).
	pub async fn runtime_api<R: Decode>(
		&self,
		method: &str,
		args: impl Encode,
		block: Option<Hash>,
	) -> Result<R> {
		let mut params = params([method.to_string(), format!("0x{}", to_hex(&args.encode()))])?;
		if let Some(block) = block {
			params.insert(format!("{block:?}")).map_err(|e| ChainError::Decode(e.to_string()))?;
		}
		let answer = self.call("state_call", params).await?;
		let bytes = answer
			.as_str()
			.and_then(hex_decode)
			.ok_or_else(|| ChainError::Decode("state_call returned no hex".into()))?;
		R::decode(&mut &bytes[..]).map_err(|e| ChainError::Decode(format!("{method}: {e}")))
	}

	/// The access decision at `block`.
	pub async fn decide(
		&self,
		viewer: &AccountId,
		patient: &AccountId,
		provider: &AccountId,
		category: Category,
		purpose: Purpose,
		block: Hash,
	) -> Result<Decision> {
		self.runtime_api(
			"AccessApi_decide",
			(viewer, patient, provider, category, purpose),
			Some(block),
		)
		.await
	}

	pub async fn identity(
		&self,
		who: &AccountId,
		block: Option<Hash>,
	) -> Result<Option<IdentityView>> {
		self.runtime_api("RegistryApi_identity", who, block).await
	}

	/// The MedRec identity an Ethereum address is linked to in the registrar.
	pub async fn account_by_eth(
		&self,
		address: &sp_core::H160,
		block: Option<Hash>,
	) -> Result<Option<AccountId>> {
		self.runtime_api("RegistryApi_account_by_eth", address, block).await
	}

	pub async fn relationship_between(
		&self,
		patient: &AccountId,
		provider: &AccountId,
		block: Option<Hash>,
	) -> Result<Option<RelationshipId>> {
		self.runtime_api("AccessApi_relationship_between", (patient, provider), block).await
	}

	pub async fn relationships(
		&self,
		patient: &AccountId,
		block: Option<Hash>,
	) -> Result<Vec<RelationshipView<AccountId, BlockNumber>>> {
		self.runtime_api("AccessApi_relationships", patient, block).await
	}

	pub async fn notifications(
		&self,
		patient: &AccountId,
		block: Option<Hash>,
	) -> Result<Vec<(Subject, StatusFlags)>> {
		self.runtime_api("AccessApi_notifications", patient, block).await
	}

	/// The account's next nonce, counting transactions in the pool.
	pub async fn next_nonce(&self, who: &AccountId) -> Result<Nonce> {
		let answer = self.call("system_accountNextIndex", params([who.to_ss58check()])?).await?;
		answer
			.as_u64()
			.map(|n| n as Nonce)
			.ok_or_else(|| ChainError::Decode("nonce is not a number".into()))
	}

	/// Signs `call` as the runtime expects: immortal era, the node's genesis and runtime
	/// version, and the pool's next nonce.
	pub async fn sign(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
	) -> Result<UncheckedExtrinsic> {
		let who = AccountId::from(signer.public());
		let nonce = self.next_nonce(&who).await?;
		let genesis = self.block_hash(0).await?;
		let version = self.call("state_getRuntimeVersion", ArrayParams::new()).await?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.map(|v| v as u32)
				.ok_or_else(|| ChainError::Decode(format!("runtime version without {name}")))
		};
		let (spec, tx) = (field("specVersion")?, field("transactionVersion")?);
		Ok(sign_for(signer, call, nonce, spec, tx, genesis))
	}

	/// Submits an encoded extrinsic; the pool's refusal comes back as [`ChainError::Refused`].
	pub async fn submit_raw(&self, extrinsic: &[u8]) -> Result<Hash> {
		let hash = self
			.call("author_submitExtrinsic", params([format!("0x{}", to_hex(extrinsic))])?)
			.await?;
		hash_of(&hash)
	}

	/// Submits `call` as a bare (unsigned) extrinsic and follows it into a best block, whatever
	/// its dispatch did. Only calls the runtime validates by themselves get into the pool, such
	/// as `System::apply_authorized_upgrade`, which anyone may submit with the code the
	/// consortium authorized.
	pub async fn submit_unsigned(&self, call: RuntimeCall) -> Result<Included> {
		let xt: UncheckedExtrinsic = sp_runtime::generic::UncheckedExtrinsic::new_bare(call).into();
		let xt = xt.encode();
		let from = self.best_number().await?;
		self.submit_raw(&xt).await?;
		self.follow(&xt, from).await
	}

	/// Signs, submits and follows `call` into a best block; fails if the pool refuses it or
	/// its dispatch fails.
	pub async fn execute(&self, signer: &sr25519::Pair, call: RuntimeCall) -> Result<Included> {
		let included = self.submit_and_follow(signer, call).await?;
		if let Some(failure) = included.events.iter().find_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(format!("{dispatch_error:?}")),
			_ => None,
		}) {
			return Err(ChainError::Failed(failure));
		}
		Ok(included)
	}

	/// Signs, submits and follows `call` into a best block, whatever its dispatch did; returns
	/// once the pool counts the signer's next transaction after it, so that a transaction
	/// signed right after this one never reuses its nonce (the pool prunes included
	/// transactions a moment after the block is imported).
	pub async fn submit_and_follow(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
	) -> Result<Included> {
		let who = AccountId::from(signer.public());
		let used = self.next_nonce(&who).await?;
		let xt = self.sign(signer, call).await?.encode();
		let from = self.best_number().await?;
		self.submit_raw(&xt).await?;
		let included = self.follow(&xt, from).await?;
		let deadline = Instant::now() + Duration::from_secs(10);
		while self.next_nonce(&who).await? <= used && Instant::now() < deadline {
			tokio::time::sleep(Duration::from_millis(100)).await;
		}
		Ok(included)
	}

	/// Waits for the extrinsic `xt` in best blocks after `from`, then reads its events.
	async fn follow(&self, xt: &[u8], from: BlockNumber) -> Result<Included> {
		let wanted = format!("0x{}", to_hex(xt));
		let deadline = Instant::now() + INCLUSION_TIMEOUT;
		let mut next = from + 1;
		while Instant::now() < deadline {
			let best = self.best_number().await?;
			while next <= best {
				let hash = self.block_hash(next).await?;
				let block = self.call("chain_getBlock", params([format!("{hash:?}")])?).await?;
				let extrinsics =
					block["block"]["extrinsics"].as_array().cloned().unwrap_or_default();
				if let Some(index) =
					extrinsics.iter().position(|x| x.as_str() == Some(wanted.as_str()))
				{
					let events = self
						.events(hash)
						.await?
						.into_iter()
						.filter(|r| r.phase == frame_system::Phase::ApplyExtrinsic(index as u32))
						.map(|r| r.event)
						.collect();
					return Ok(Included { block: hash, events });
				}
				next += 1;
			}
			tokio::time::sleep(Duration::from_millis(300)).await;
		}
		Err(ChainError::NotIncluded(INCLUSION_TIMEOUT))
	}

	/// The events of block `hash`.
	pub async fn events(
		&self,
		hash: Hash,
	) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, Hash>>> {
		let key = [sp_crypto_hashing::twox_128(b"System"), sp_crypto_hashing::twox_128(b"Events")]
			.concat();
		let raw = self
			.call("state_getStorage", params([format!("0x{}", to_hex(&key)), format!("{hash:?}")])?)
			.await?;
		let bytes = raw.as_str().and_then(hex_decode).unwrap_or_default();
		Decode::decode(&mut &bytes[..]).map_err(|e| ChainError::Decode(format!("events: {e}")))
	}
}

/// `call` signed by `signer` with `nonce` for the runtime at `spec_version` and
/// `transaction_version` on the chain with `genesis`: the one place a signed payload is built,
/// from the runtime's own extension tuple. [`Chain::sign`] reads the versions from the node; a
/// caller that passes others signs for another runtime (a wallet that missed an upgrade).
pub fn sign_for(
	signer: &sr25519::Pair,
	call: RuntimeCall,
	nonce: Nonce,
	spec_version: u32,
	transaction_version: u32,
	genesis: Hash,
) -> UncheckedExtrinsic {
	let extension = medrec_runtime::tx_extension(nonce);
	let implicit = medrec_runtime::tx_implicit(spec_version, transaction_version, genesis);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	medrec_runtime::signed_extrinsic(
		call,
		Address::Id(AccountId::from(signer.public())),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

fn header_number(header: &Value) -> Result<BlockNumber> {
	header["number"]
		.as_str()
		.and_then(|hex| BlockNumber::from_str_radix(hex.trim_start_matches("0x"), 16).ok())
		.ok_or_else(|| ChainError::Decode("header without a number".into()))
}

/// Lower-case hex, without a prefix.
pub fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// 32 bytes from `0x`-prefixed (or bare) hex.
pub fn from_hex(hex: &str) -> Option<[u8; 32]> {
	hex_decode(hex)?.try_into().ok()
}

/// Bytes from `0x`-prefixed (or bare) hex.
pub fn hex_decode(hex: &str) -> Option<Vec<u8>> {
	let hex = hex.strip_prefix("0x").unwrap_or(hex);
	if !hex.len().is_multiple_of(2) {
		return None;
	}
	(0..hex.len()).step_by(2).map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hex_round_trips() {
		let bytes = [0xabu8; 32];
		assert_eq!(to_hex(&bytes[..2]), "abab");
		assert_eq!(from_hex(&format!("0x{}", to_hex(&bytes))), Some(bytes));
		assert_eq!(hex_decode("0x0"), None);
		assert_eq!(from_hex("abab"), None);
	}
}
