// Where an app finds the chain and the gatekeepers. The registry names each provider's
// gatekeeper URL, which is what production uses; a local network may run gatekeepers elsewhere
// (the dev chain's genesis names ports 8080 and 8090, where `scripts/dev.sh` runs them unless
// told otherwise; the browser suite uses free ports), so an app reads `config.json` beside its
// index.html, written by apps/serve.sh, and falls back to the registry.

export interface AppConfig {
	/** The chain node's WebSocket RPC. */
	node: string;
	/** Provider account (SS58) → gatekeeper public URL, overriding the registry's. */
	gatekeepers: Record<string, string>;
	/** Provider account (SS58) → gatekeeper admin URL (the provider app's own, for uploads). */
	admin: Record<string, string>;
	/** Patient account → provider account → that patient's FHIR Patient id at the provider's
	 * gatekeeper, where it is not the account itself (the demo's seed data uses "eve"). */
	patientIds: Record<string, Record<string, string>>;
}

export const DEFAULT_CONFIG: AppConfig = { node: 'ws://127.0.0.1:9944', gatekeepers: {}, admin: {}, patientIds: {} };

export async function loadConfig(url = './config.json'): Promise<AppConfig> {
	let fromFile: Partial<AppConfig> = {};
	try {
		const r = await fetch(url, { cache: 'no-store' });
		if (r.ok) fromFile = (await r.json()) as Partial<AppConfig>;
	} catch { /* no file: defaults */ }
	const params = new URLSearchParams(globalThis.location?.search ?? '');
	return {
		node: params.get('node') ?? fromFile.node ?? DEFAULT_CONFIG.node,
		gatekeepers: { ...DEFAULT_CONFIG.gatekeepers, ...fromFile.gatekeepers },
		admin: { ...DEFAULT_CONFIG.admin, ...fromFile.admin },
		patientIds: { ...DEFAULT_CONFIG.patientIds, ...fromFile.patientIds },
	};
}
