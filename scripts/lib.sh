# Shared helpers for the project's scripts. Source it; do not run it.
#
# `medrec_setup` installs whatever this machine lacks to build MedRec and exports
# the environment the build needs. It is idempotent: a machine that already has
# everything pays one `dpkg -s` and a few file tests.

MEDREC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/medrec/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# pallet-revive's benchmark fixtures need a RISC-V toolchain and resolc; MedRec does not
# benchmark pallet_revive (its upstream weights are used), so they are never built.
export SKIP_PALLET_REVIVE_FIXTURES=1
# litep2p's WebRTC (str0m) asks openssl-sys for a vendored OpenSSL: a C build of 166 s on the
# critical path of a cold build. Debian's libssl-dev (OpenSSL 3) serves the same API.
export OPENSSL_NO_VENDOR=1
# The target directory is outside the work tree; tell the wasm builder where Cargo.lock is so
# the runtime builds with the locked versions.
export WASM_BUILD_WORKSPACE_HINT="$MEDREC_ROOT"

log() { printf '[medrec] %s\n' "$*" >&2; }
die() { printf '[medrec] error: %s\n' "$*" >&2; exit 1; }

# step_begin NAME / step_end / steps_report: wall-clock time of a script's steps, for the
# README's build table and for spotting which step a slow CI run spent its time in.
MEDREC_STEPS=()
MEDREC_STEP=""
MEDREC_STEP_START=0
step_end() {
	[ -n "$MEDREC_STEP" ] || return 0
	local took=$((SECONDS - MEDREC_STEP_START))
	MEDREC_STEPS+=("$(printf '%4d min %02d s  %s' $((took / 60)) $((took % 60)) "$MEDREC_STEP")")
	log "$MEDREC_STEP: $((took / 60)) min $((took % 60)) s"
	MEDREC_STEP=""
}
step_begin() {
	step_end
	MEDREC_STEP="$1"
	MEDREC_STEP_START=$SECONDS
	log "$1"
}
steps_report() {
	step_end
	log "steps:"
	printf '  %s\n' "${MEDREC_STEPS[@]}" >&2
	log "total: $((SECONDS / 60)) min $((SECONDS % 60)) s"
}

# apt_install PKG...: installs the Debian packages that are missing.
apt_install() {
	local missing=()
	for pkg in "$@"; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get to install them"
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	log "installing ${missing[*]}"
	$sudo apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# True when the active rustup toolchain can build the runtime for wasm by itself,
# as on a developer machine after `rustup target add wasm32v1-none`.
native_wasm_target() {
	command -v rustup >/dev/null || return 1
	rustup target list --installed 2>/dev/null | grep -qx 'wasm32v1-none' && return 0
	# wasm32-unknown-unknown also needs rust-src for the builder's std build.
	rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown' &&
		rustup component list --installed 2>/dev/null | grep -q '^rust-src'
}

# Fallback for machines whose rustup cannot download wasm targets: Debian's
# rustc-web plus a wasm32v1-none sysroot built once from rust-web-src.
debian_wasm_toolchain() {
	apt_install rustc-web cargo-web rust-web-src
	rustup toolchain list | grep -q '^debian-web' || rustup toolchain link debian-web /usr

	# Debian's rustc looks for rust-lld beside its own host libraries.
	local lld_dir=/usr/lib/rustlib/x86_64-unknown-linux-gnu/bin
	if [ ! -x "$lld_dir/rust-lld" ]; then
		local stable_lld
		stable_lld="$(rustc +stable --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
		[ -x "$stable_lld" ] || die "rust-lld not found at $stable_lld; install a rustup toolchain with the llvm-tools it ships"
		mkdir -p "$lld_dir"
		ln -sf "$stable_lld" "$lld_dir/rust-lld"
	fi

	local sysroot=/usr/lib/rustlib/wasm32v1-none/lib
	if ! ls "$sysroot"/libcore-*.rlib >/dev/null 2>&1; then
		log "building the wasm32v1-none sysroot for Debian's rustc (once, ~30 s)"
		local scratch
		scratch="$(mktemp -d)"
		mkdir -p "$scratch/src"
		printf '[package]\nname = "sysroot"\nversion = "0.0.0"\nedition = "2021"\n' >"$scratch/Cargo.toml"
		printf '#![no_std]\n' >"$scratch/src/lib.rs"
		# embed-bitcode keeps the runtime's LTO link working (".llvmbc" section).
		(cd "$scratch" && RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$scratch/target" \
			RUSTFLAGS="-Cembed-bitcode=yes -Zforce-unstable-if-unmarked" \
			/usr/bin/cargo build -q --release -Zbuild-std=core,alloc --target wasm32v1-none) ||
			die "building the wasm32v1-none sysroot failed"
		mkdir -p "$sysroot"
		cp "$scratch"/target/wasm32v1-none/release/deps/{libcore,liballoc,libcompiler_builtins}-*.rlib "$sysroot/"
		rm -rf "$scratch"
		# Cargo does not notice a changed sysroot: drop the runtime's stale wasm build.
		rm -rf "$CARGO_TARGET_DIR"/*/wbuild/medrec-runtime/target
	fi
	export WASM_BUILD_TOOLCHAIN=debian-web
}

medrec_setup() {
	command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs)"
	# protoc for libp2p/litep2p, clang for crates that build C, OpenSSL for litep2p's WebRTC.
	apt_install protobuf-compiler clang libclang-dev pkg-config libssl-dev
	mkdir -p "$CARGO_TARGET_DIR"
	if native_wasm_target; then
		log "using the active toolchain's wasm target"
	elif command -v apt-get >/dev/null || [ -x /usr/bin/rustc ]; then
		debian_wasm_toolchain
	else
		die "no wasm target: run 'rustup target add wasm32v1-none' (or install Debian's rustc-web and rust-web-src)"
	fi
}

# start_dev_stack DIR: starts a `--dev` node and two gatekeepers in the background (logs in
# DIR): Alice General Hospital's and Bob Family Clinic's, at the URLs the dev chain's registrar
# lists for them; and eth-rpc in front of the node when ETH_RPC_BIN names its binary. Seeds the
# demo (Eve and Ferdie at Alice's, Eve at Bob's too, Eve's research consent, and MEDREC_SYNTHETIC
# synthetic patients over both sites, default 80), and stops them all when the calling shell
# exits. Ports: RPC 9944, p2p 30333, Alice's gatekeeper 8080 and its admin API 8081, Bob's 8090
# and 8091, Ethereum JSON-RPC 8545 (override with MEDREC_RPC_PORT, MEDREC_P2P_PORT,
# GATEKEEPER_PORT, GATEKEEPER_ADMIN_PORT, BOB_GATEKEEPER_PORT, BOB_GATEKEEPER_ADMIN_PORT,
# ETH_RPC_PORT). Browser origins allowed to read the gatekeepers: GATEKEEPER_CORS_ORIGINS.
start_dev_stack() {
	local dir="$1" bin="$CARGO_TARGET_DIR/release"
	local rpc="${MEDREC_RPC_PORT:-9944}" gk="${GATEKEEPER_PORT:-8080}" admin="${GATEKEEPER_ADMIN_PORT:-8081}"
	local bob_gk="${BOB_GATEKEEPER_PORT:-8090}" bob_admin="${BOB_GATEKEEPER_ADMIN_PORT:-8091}"
	local p2p="${MEDREC_P2P_PORT:-30333}"
	mkdir -p "$dir"
	# A single-node chain: no peer discovery, so two dev stacks on one machine stay apart.
	# Archive state: eth-rpc reads blocks' state as far back as its receipts go.
	"$bin/medrec-node" --dev --rpc-port "$rpc" --port "$p2p" --no-mdns --no-prometheus \
		--state-pruning archive --base-path "$dir/chain" >"$dir/node.log" 2>&1 &
	MEDREC_STACK_PIDS="$!"
	trap 'kill $MEDREC_STACK_PIDS 2>/dev/null; wait 2>/dev/null' EXIT
	wait_up "$!" "$dir/node.log" "http://127.0.0.1:$rpc" -H 'content-type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' || die "the node did not start: $(tail -5 "$dir/node.log")"
	# Each gatekeeper signs its pointer updates with its provider's key and keeps its own
	# database; both take GATEKEEPER_CORS_ORIGINS from the environment.
	"$bin/gatekeeper" --provider-key //Alice --node "ws://127.0.0.1:$rpc" --database "sqlite://$dir/gatekeeper-alice.sqlite?mode=rwc" \
		--listen "127.0.0.1:$gk" --admin-listen "127.0.0.1:$admin" >"$dir/gatekeeper-alice.log" 2>&1 &
	local alice_pid=$!
	MEDREC_STACK_PIDS="$MEDREC_STACK_PIDS $!"
	"$bin/gatekeeper" --provider-key //Bob --node "ws://127.0.0.1:$rpc" --database "sqlite://$dir/gatekeeper-bob.sqlite?mode=rwc" \
		--listen "127.0.0.1:$bob_gk" --admin-listen "127.0.0.1:$bob_admin" >"$dir/gatekeeper-bob.log" 2>&1 &
	local bob_pid=$!
	MEDREC_STACK_PIDS="$MEDREC_STACK_PIDS $!"
	wait_up "$alice_pid" "$dir/gatekeeper-alice.log" "http://127.0.0.1:$gk/healthz" || die "Alice's gatekeeper did not start: $(tail -5 "$dir/gatekeeper-alice.log")"
	wait_up "$bob_pid" "$dir/gatekeeper-bob.log" "http://127.0.0.1:$bob_gk/healthz" || die "Bob's gatekeeper did not start: $(tail -5 "$dir/gatekeeper-bob.log")"
	if [ -n "${ETH_RPC_BIN:-}" ]; then
		local eth="${ETH_RPC_PORT:-8545}"
		"$ETH_RPC_BIN" --node-rpc-url "ws://127.0.0.1:$rpc" --rpc-port "$eth" --no-prometheus \
			--base-path "$dir/eth-rpc" >"$dir/eth-rpc.log" 2>&1 &
		MEDREC_STACK_PIDS="$MEDREC_STACK_PIDS $!"
		wait_up "$!" "$dir/eth-rpc.log" "http://127.0.0.1:$eth" -H 'content-type: application/json' \
			-d '{"id":1,"jsonrpc":"2.0","method":"eth_chainId","params":[]}' ||
			die "eth-rpc did not start: $(tail -5 "$dir/eth-rpc.log")"
	fi
	log "seeding demo patients and records"
	# It returns once every demo transaction is final and both gatekeepers have seen it.
	"$bin/gatekeeper" demo --node "ws://127.0.0.1:$rpc" --admin "http://127.0.0.1:$admin" \
		--second-admin "http://127.0.0.1:$bob_admin" --synthetic "${MEDREC_SYNTHETIC:-80}"
}

# npm_ci_when_changed DIR: installs DIR's locked npm packages (`npm ci`) unless the lock file is
# the one installed last time.
npm_ci_when_changed() {
	local dir="$1" stamp=node_modules/.medrec-lock.sha256
	command -v npm >/dev/null || apt_install nodejs npm
	(cd "$dir" && sha256sum -c --status "$stamp" 2>/dev/null) && return 0
	log "installing the npm packages of $dir"
	(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && sha256sum package-lock.json >"$stamp")
}

# free_port: a TCP port nothing listens on now (the kernel's pick), for test networks.
free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_up PID LOG URL [CURL ARGS...]: waits until URL, served by process PID that logs to LOG,
# answers 2xx. As the Rust harness's `Startup`: a fixed short deadline fails on a loaded 2-core
# machine (a node compiling its runtime says nothing for a minute), so this fails at once if the
# process exits, when neither its CPU time nor its log grew for 120 s, or after 600 s.
wait_up() {
	local pid="$1" logf="$2" url="$3" began=$SECONDS last=$SECONDS seen="" now
	shift 3
	until curl -fsS -o /dev/null "$@" "$url" 2>/dev/null; do
		kill -0 "$pid" 2>/dev/null || return 1
		# utime + stime: the 12th and 13th fields after the parenthesised command name.
		now="$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}') $(stat -c %s "$logf" 2>/dev/null)"
		[ "$now" = "$seen" ] || { seen="$now"; last=$SECONDS; }
		[ $((SECONDS - last)) -lt 120 ] && [ $((SECONDS - began)) -lt 600 ] || return 1
		sleep 0.5
	done
}

# wait_http URL SECONDS [CURL ARGS...]: waits until URL answers 2xx.
wait_http() {
	local url="$1" deadline=$((SECONDS + $2))
	shift 2
	until curl -fsS -o /dev/null "$@" "$url" 2>/dev/null; do
		[ $SECONDS -lt $deadline ] || return 1
		sleep 0.5
	done
}
