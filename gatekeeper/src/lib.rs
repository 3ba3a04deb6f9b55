//! MedRec's gatekeeper: the one way a provider's records leave it.
//!
//! It sits beside the provider's records database and
//! - takes FHIR R4 resources in over an admin API ([`fhir`], [`store`]), and puts each category's
//!   record-set digest ([`digest`]) on chain as the relationship's pointer, retrying until a
//!   finalized block holds it ([`pointers`]);
//! - serves a FHIR read and search subset ([`http`]) to requests signed with the reader's MedRec
//!   account key ([`auth`], RFC 9421), only what the chain's access decision allows at the latest
//!   finalized block ([`service`]), sealed with HPKE to the reader's published X25519 key
//!   ([`seal`]);
//! - counts consenting patients for authorized research queries over facts derived at ingest
//!   ([`research`]), and releases one noisy, sealed answer per query to its researcher
//!   ([`answers`]);
//! - appends every decision to an audit log it never rewrites, which patients read about themselves
//!   ([`store`]).
//!
//! [`client`] is the other side: it signs, opens and checks answers against the chain. The
//! `gatekeeper` binary runs the service, the client and the demo.

pub mod answers;
pub mod auth;
pub mod client;
pub mod config;
pub mod demo;
pub mod digest;
pub mod fuzzing;
pub mod http;
pub mod metrics;
pub mod pointers;
pub mod research;
pub mod seal;
pub mod service;
pub mod store;

use std::{future::IntoFuture, sync::Arc, time::Duration};

use tokio::{net::TcpListener, sync::watch};

pub use config::Config;
/// The node client is shared with the end-to-end tests.
pub use medrec_chain_client as chain;
/// FHIR rules live in their own crate, so the R4 model compiles once.
pub use medrec_fhir as fhir;
pub use service::Gatekeeper;

/// Runs a gatekeeper until `shutdown` resolves, then drains requests and stops.
pub async fn serve(
	config: Config,
	shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
	let provider = config.provider_pair()?;
	let cors_origins = config.cors_origins()?;
	let database = config.database_url();
	let store = store::Store::open(&database, config.max_connections)
		.await
		.map_err(|e| format!("opening {database}: {e}"))?;
	let chain =
		chain::Chain::new(&config.node, Duration::from_secs(5)).map_err(|e| e.to_string())?;
	let gk = Arc::new(Gatekeeper::new(store, chain, provider, config.window));
	tracing::info!(
		provider = %sp_core::crypto::Ss58Codec::to_ss58check(&gk.provider_id),
		node = %config.node, database = %database, listen = %config.listen, admin = %config.admin_listen,
		"gatekeeper starting"
	);
	if let Err(e) = gk.refresh_head().await {
		tracing::warn!(error = %e, "no finalized head yet; reads fail closed until there is one");
	}

	let (stop_tx, stop_rx) = watch::channel(false);
	let tasks = [
		tokio::spawn(follow_head(gk.clone(), stop_rx.clone())),
		tokio::spawn(pointers::run(gk.clone(), stop_rx.clone())),
		tokio::spawn(prune_nonces(gk.clone(), stop_rx.clone())),
	];

	let public = TcpListener::bind(&config.listen)
		.await
		.map_err(|e| format!("binding {}: {e}", config.listen))?;
	let admin = TcpListener::bind(&config.admin_listen)
		.await
		.map_err(|e| format!("binding {}: {e}", config.admin_listen))?;
	tracing::info!(
		public = %public.local_addr().map(|a| a.to_string()).unwrap_or_default(),
		admin = %admin.local_addr().map(|a| a.to_string()).unwrap_or_default(),
		"listening"
	);
	let stopped = |mut rx: watch::Receiver<bool>| async move {
		let _ = rx.wait_for(|stop| *stop).await;
	};
	let public = axum::serve(public, http::public(gk.clone(), cors_origins))
		.with_graceful_shutdown(stopped(stop_rx.clone()));
	let admin = axum::serve(admin, http::admin(gk.clone()))
		.with_graceful_shutdown(stopped(stop_rx.clone()));
	tokio::spawn(async move {
		shutdown.await;
		tracing::info!("shutting down: draining requests");
		let _ = stop_tx.send(true);
	});
	let (a, b) = tokio::join!(public.into_future(), admin.into_future());
	a.and(b).map_err(|e| e.to_string())?;
	for task in tasks {
		let _ = task.await;
	}
	gk.store.close().await;
	tracing::info!("stopped");
	Ok(())
}

/// Keeps the finalized head fresh; a failure leaves it to age, and reads fail closed once it
/// is older than [`service::MAX_HEAD_AGE`].
async fn follow_head(gk: Arc<Gatekeeper>, mut stop: watch::Receiver<bool>) {
	let mut healthy = true;
	loop {
		match gk.refresh_head().await {
			Ok(_) if !healthy => {
				tracing::info!("chain node reachable again");
				healthy = true;
			},
			Ok(_) => {},
			Err(e) if healthy => {
				tracing::warn!(error = %e, "cannot reach the chain node");
				healthy = false;
			},
			Err(_) => {},
		}
		tokio::select! {
			_ = tokio::time::sleep(Duration::from_millis(500)) => {},
			_ = stop.changed() => return,
		}
	}
}

async fn prune_nonces(gk: Arc<Gatekeeper>, mut stop: watch::Receiver<bool>) {
	loop {
		tokio::select! {
			_ = tokio::time::sleep(Duration::from_secs(60)) => {},
			_ = stop.changed() => return,
		}
		let now = service::now_ms() / 1000;
		if let Err(e) = gk.store.prune_nonces(now).await {
			tracing::warn!(error = %e, "pruning nonces failed");
		}
	}
}
