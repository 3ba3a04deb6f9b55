//! Talking to MedRec as a client does: signing and submitting extrinsics with real sr25519
//! keys, following them into blocks, reading their events, and calling runtime APIs.

use std::time::{Duration, Instant};

use codec::{Decode, Encode};
use jsonrpsee::core::params::ArrayParams;
use medrec_runtime::{
	Address, Hash, Nonce, RuntimeCall, RuntimeEvent, SignedPayload, UncheckedExtrinsic,
};
use sp_core::{sr25519, Pair};
use sp_runtime::MultiSignature;

use crate::{hex_decode, hex_encode, Node, Result};

/// How long a submitted extrinsic may take to appear in a block.
const INCLUSION_TIMEOUT: Duration = Duration::from_secs(60);

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

fn params<T: serde::Serialize>(values: impl IntoIterator<Item = T>) -> Result<ArrayParams> {
	let mut params = ArrayParams::new();
	for value in values {
		params.insert(value)?;
	}
	Ok(params)
}

impl Node {
	/// The account's next nonce, counting transactions in the pool.
	pub async fn next_nonce(&self, who: &sp_runtime::AccountId32) -> Result<Nonce> {
		let answer = self.call("system_accountNextIndex", params([who.to_string()])?).await?;
		Ok(answer.as_u64().ok_or("nonce is not a number")? as Nonce)
	}

	/// Signs `call` with `signer` as the runtime expects: immortal era, the node's genesis and
	/// runtime version, and the pool's next nonce.
	pub async fn sign(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
	) -> Result<UncheckedExtrinsic> {
		let who = sp_runtime::AccountId32::from(signer.public());
		let nonce = self.next_nonce(&who).await?;
		let genesis: Hash = decode_hash(&self.block_hash(0).await?)?;
		let version = self.call("state_getRuntimeVersion", ArrayParams::new()).await?;
		let spec = version["specVersion"].as_u64().ok_or("no specVersion")? as u32;
		let tx = version["transactionVersion"].as_u64().ok_or("no transactionVersion")? as u32;
		let extension = medrec_runtime::tx_extension(nonce);
		let implicit = ((), spec, tx, genesis, genesis, (), (), ());
		let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
		let signature = payload.using_encoded(|bytes| signer.sign(bytes));
		Ok(UncheckedExtrinsic::new_signed(
			call,
			Address::Id(who),
			MultiSignature::Sr25519(signature),
			extension,
		))
	}

	/// Submits an encoded extrinsic; the pool's verdict comes back as an error if it refuses.
	pub async fn submit_raw(&self, extrinsic: &[u8]) -> Result<String> {
		let hash = self
			.call("author_submitExtrinsic", params([format!("0x{}", hex_encode(extrinsic))])?)
			.await?;
		Ok(hash.as_str().unwrap_or_default().to_string())
	}

	/// Signs, submits and follows `call` into a block; fails if it is refused or its dispatch
	/// fails.
	pub async fn execute(&self, signer: &sr25519::Pair, call: RuntimeCall) -> Result<Included> {
		let xt = self.sign(signer, call).await?.encode();
		let from = self.best_number().await?;
		self.submit_raw(&xt).await?;
		let included = self.follow(&xt, from).await?;
		if let Some(failure) = included.events.iter().find_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(format!("{dispatch_error:?}")),
			_ => None,
		}) {
			return Err(format!("extrinsic failed: {failure}").into());
		}
		Ok(included)
	}

	/// Waits for the extrinsic `xt` in blocks after `from`, then reads its events.
	async fn follow(&self, xt: &[u8], from: u64) -> Result<Included> {
		let wanted = format!("0x{}", hex_encode(xt));
		let deadline = Instant::now() + INCLUSION_TIMEOUT;
		let mut next = from + 1;
		while Instant::now() < deadline {
			let best = self.best_number().await?;
			while next <= best {
				let hash = self.block_hash(next).await?;
				let block = self.call("chain_getBlock", params([hash.clone()])?).await?;
				let extrinsics =
					block["block"]["extrinsics"].as_array().cloned().unwrap_or_default();
				if let Some(index) =
					extrinsics.iter().position(|x| x.as_str() == Some(wanted.as_str()))
				{
					let events = self.events(&hash).await?;
					let events = events
						.into_iter()
						.filter(|r| r.phase == frame_system::Phase::ApplyExtrinsic(index as u32))
						.map(|r| r.event)
						.collect();
					return Ok(Included { block: decode_hash(&hash)?, events });
				}
				next += 1;
			}
			tokio::time::sleep(Duration::from_millis(300)).await;
		}
		Err(format!("{}: extrinsic not included within {INCLUSION_TIMEOUT:?}", self.name).into())
	}

	/// The events of block `hash`.
	pub async fn events(
		&self,
		hash: &str,
	) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, Hash>>> {
		let key = [sp_crypto_hashing::twox_128(b"System"), sp_crypto_hashing::twox_128(b"Events")]
			.concat();
		let mut params = ArrayParams::new();
		params.insert(format!("0x{}", hex_encode(&key)))?;
		params.insert(hash)?;
		let raw = self.call("state_getStorage", params).await?;
		let bytes = hex_decode(raw.as_str().unwrap_or("0x"))?;
		Ok(Decode::decode(&mut &bytes[..])?)
	}

	/// Calls runtime API `method` with `args` at `block` (the best block if `None`) and
	/// decodes the answer as `R`.
	pub async fn runtime_api<R: Decode>(
		&self,
		method: &str,
		args: impl Encode,
		block: Option<Hash>,
	) -> Result<R> {
		let mut params = ArrayParams::new();
		params.insert(method)?;
		params.insert(format!("0x{}", hex_encode(&args.encode())))?;
		if let Some(block) = block {
			params.insert(format!("{block:?}"))?;
		}
		let answer = self.call("state_call", params).await?;
		let bytes = hex_decode(answer.as_str().ok_or("state_call returned no string")?)?;
		Ok(R::decode(&mut &bytes[..])?)
	}
}

fn decode_hash(hex: &str) -> Result<Hash> {
	let bytes = hex_decode(hex)?;
	if bytes.len() != 32 {
		return Err(format!("not a block hash: {hex}").into());
	}
	Ok(Hash::from_slice(&bytes))
}
