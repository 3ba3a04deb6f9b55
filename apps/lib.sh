# Shared by apps/test.sh and apps/serve.sh. Source it; do not run it.

apps_log() { printf '[apps] %s\n' "$*" >&2; }

# apps_install: installs the locked npm packages (`npm ci`, as the README says) when node_modules
# is missing or older than the lockfile. The lockfile lists every platform's optional packages
# (rollup's and esbuild's binaries for 26 platforms), so `npm ci` takes it as it is on any of them.
apps_install() {
	if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
		return 0
	fi
	apps_log "installing npm packages from package-lock.json"
	npm ci --no-audit --no-fund >/dev/null
}
