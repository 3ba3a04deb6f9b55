# Shared by apps/test.sh and apps/serve.sh. Source it; do not run it.

apps_log() { printf '[apps] %s\n' "$*" >&2; }

# apps_install: installs the locked npm packages when node_modules is missing or older than the
# lockfile. `npm ci` first; where the registry has no packages for other platforms (this
# workplace's mirror lacks rollup's non-Linux binaries, so the lockfile cannot list them and
# `npm ci` calls it out of sync), `npm install --no-save`, which installs the same locked tree
# and leaves the lockfile alone.
apps_install() {
	if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
		return 0
	fi
	apps_log "installing npm packages from package-lock.json"
	if ! npm ci --no-audit --no-fund >/dev/null 2>&1; then
		apps_log "npm ci refused the lockfile (platform packages missing from the registry); installing the locked tree with npm install --no-save"
		npm install --no-save --no-audit --no-fund >/dev/null
	fi
}
