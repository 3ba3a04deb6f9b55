//! A chain's whole state at one block, fetched from a node over JSON-RPC or read from a file.
//!
//! Every key of the top trie and of each default child trie (pallet-revive keeps contract
//! storage in child tries) is fetched page by page with the standard `state_*` and
//! `childstate_*` methods, and the result is rejected unless its root is the block header's
//! state root: a snapshot is complete and exact, or it is an error.
//!
//! Why not `frame-remote-externalities`: through `substrate-rpc-client` it depends on
//! `sc-rpc-api`, and with it on most of the node's client crates (networking, WebRTC,
//! wasmtime), a second build of them in this workspace's feature set. This needs an HTTP
//! JSON-RPC client and a hundred lines.

use std::{collections::HashMap, path::Path};

use codec::{Decode, Encode};
use jsonrpsee::{
	core::client::ClientT,
	http_client::{HttpClient, HttpClientBuilder},
	rpc_params,
};
use medrec_runtime::{Hash, Header};
use sp_core::{
	hexdisplay::HexDisplay,
	storage::{ChildInfo, Storage, StorageChild, StorageData, StorageKey},
};
use sp_io::TestExternalities;
use sp_runtime::{traits::Header as _, StateVersion};

/// The prefix of a default child trie's root in the top trie.
const CHILD_PREFIX: &[u8] = b":child_storage:default:";
/// Where a chain keeps its runtime's code.
const CODE: &[u8] = b":code";
/// Keys per page: the most `state_getKeysPaged` returns by default.
const PAGE: u32 = 1000;
/// What a snapshot file starts with, so that another file is not taken for one.
const MAGIC: &[u8; 8] = b"MEDRECS1";

/// A block's header and its whole state.
#[derive(Encode, Decode)]
pub struct Snapshot {
	pub header: Header,
	pub top: Vec<(Vec<u8>, Vec<u8>)>,
	/// Each default child trie: its storage key (without the prefix) and its pairs.
	pub children: Vec<(Vec<u8>, Vec<(Vec<u8>, Vec<u8>)>)>,
}

impl Snapshot {
	/// Fetches the state at `at` (the latest finalized block if `None`) from the node at `url`
	/// (`http://` or `ws://`, which is taken as the same port over HTTP).
	pub async fn fetch(url: &str, at: Option<Hash>) -> Result<Self, String> {
		let url = url.replacen("ws://", "http://", 1).replacen("wss://", "https://", 1);
		let rpc = HttpClientBuilder::default()
			.max_response_size(256 << 20)
			.build(&url)
			.map_err(|e| format!("{url}: {e}"))?;
		let at = match at {
			Some(at) => at,
			None => call(&rpc, "chain_getFinalizedHead", rpc_params![]).await?,
		};
		let header: Option<Header> = call(&rpc, "chain_getHeader", rpc_params![at]).await?;
		let header = header.ok_or_else(|| format!("the node has no block {at:?}"))?;

		let top = pairs(&rpc, at, None).await?;
		let mut children = Vec::new();
		for (key, _) in top.iter().filter(|(k, _)| k.starts_with(CHILD_PREFIX)) {
			let child = key[CHILD_PREFIX.len()..].to_vec();
			children.push((child.clone(), pairs(&rpc, at, Some(&child)).await?));
		}
		let snapshot = Self { header, top, children };
		snapshot.verify()?;
		Ok(snapshot)
	}

	/// Reads a snapshot written by [`Snapshot::save`], and checks it as when it was fetched.
	pub fn load(path: &Path) -> Result<Self, String> {
		let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
		let body = bytes
			.strip_prefix(MAGIC)
			.ok_or_else(|| format!("{} is not a MedRec state snapshot", path.display()))?;
		let snapshot = Self::decode(&mut &body[..])
			.map_err(|e| format!("{}: a damaged snapshot: {e}", path.display()))?;
		snapshot.verify()?;
		Ok(snapshot)
	}

	pub fn save(&self, path: &Path) -> Result<(), String> {
		let mut bytes = MAGIC.to_vec();
		self.encode_to(&mut bytes);
		std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
	}

	/// How many keys it holds, child tries included.
	pub fn keys(&self) -> usize {
		self.top.len() + self.children.iter().map(|(_, pairs)| pairs.len()).sum::<usize>()
	}

	/// The state as externalities to run the runtime on.
	pub fn externalities(&self) -> TestExternalities {
		// The externalities write `:code` themselves, and keep child tries' roots to
		// themselves: both come from the pairs, not as plain top-trie entries.
		let code = self.top.iter().find(|(k, _)| k == CODE).map(|(_, v)| v.clone());
		let storage = Storage {
			top: self
				.top
				.iter()
				.filter(|(k, _)| k != CODE && !k.starts_with(CHILD_PREFIX))
				.cloned()
				.collect(),
			children_default: self
				.children
				.iter()
				.map(|(key, pairs)| {
					let child_info = ChildInfo::new_default(key);
					let data = pairs.iter().cloned().collect();
					(key.clone(), StorageChild { data, child_info })
				})
				.collect::<HashMap<_, _>>(),
		};
		TestExternalities::new_with_code_and_state(
			code.as_deref().unwrap_or_default(),
			storage,
			StateVersion::V1,
		)
	}

	/// Whether the pairs are exactly the block's state: their root is its header's.
	fn verify(&self) -> Result<(), String> {
		let mut ext = self.externalities();
		let root = ext.execute_with(|| sp_io::storage::root(StateVersion::V1));
		let expected = self.header.state_root();
		if root[..] != expected[..] {
			return Err(format!(
				"the state fetched for block #{} has root 0x{}, not the header's {expected:?}: \
				 it is incomplete or changed while it was fetched (an archive node, or a \
				 finalized block, avoids the latter)",
				self.header.number(),
				HexDisplay::from(&root)
			));
		}
		Ok(())
	}
}

/// Every pair of the top trie (`child` `None`) or of a default child trie, at `at`.
async fn pairs(
	rpc: &HttpClient,
	at: Hash,
	child: Option<&[u8]>,
) -> Result<Vec<(Vec<u8>, Vec<u8>)>, String> {
	let mut out = Vec::new();
	let mut start: Option<StorageKey> = None;
	loop {
		let keys: Vec<StorageKey> = match child {
			None => {
				call(rpc, "state_getKeysPaged", rpc_params![StorageKey(vec![]), PAGE, &start, at])
					.await?
			},
			Some(child) => {
				let child = StorageKey(CHILD_PREFIX.iter().chain(child).copied().collect());
				call(
					rpc,
					"childstate_getKeysPaged",
					rpc_params![child, StorageKey(vec![]), PAGE, &start, at],
				)
				.await?
			},
		};
		let Some(last) = keys.last().cloned() else { break };
		let full_page = keys.len() == PAGE as usize;
		let values: Vec<Option<StorageData>> = match child {
			None => {
				let changes: Vec<Change> =
					call(rpc, "state_queryStorageAt", rpc_params![&keys, at]).await?;
				let found: HashMap<Vec<u8>, Option<StorageData>> =
					changes.into_iter().flat_map(|c| c.changes).map(|(k, v)| (k.0, v)).collect();
				keys.iter().map(|k| found.get(&k.0).cloned().flatten()).collect()
			},
			Some(child) => {
				let child = StorageKey(CHILD_PREFIX.iter().chain(child).copied().collect());
				call(rpc, "childstate_getStorageEntries", rpc_params![child, &keys, at]).await?
			},
		};
		for (key, value) in keys.into_iter().zip(values) {
			let value = value.ok_or_else(|| {
				format!(
					"0x{} was listed but has no value: the state changed",
					HexDisplay::from(&key.0)
				)
			})?;
			out.push((key.0, value.0));
		}
		if !full_page {
			break;
		}
		start = Some(last);
	}
	Ok(out)
}

/// One block's entry in `state_queryStorageAt`'s answer.
#[derive(serde::Deserialize)]
struct Change {
	changes: Vec<(StorageKey, Option<StorageData>)>,
}

async fn call<T: serde::de::DeserializeOwned>(
	rpc: &HttpClient,
	method: &str,
	params: jsonrpsee::core::params::ArrayParams,
) -> Result<T, String> {
	rpc.request(method, params).await.map_err(|e| format!("{method}: {e}"))
}
