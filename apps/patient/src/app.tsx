// The patient app's frame: navigation, and the live feed of the chain's events about me, which
// every screen shares (finalized events are news; best-block events are shown as "not final
// yet" until a finalized block holds them).

import { useEffect, useState } from 'preact/hooks';
import type { ChainEvent } from '@medrec/client';
import { useSecureDelivery } from '@medrec/client/ui';
import type { Session } from './session.js';
import { Home } from './screens/home.js';
import { Providers } from './screens/providers.js';
import { Records } from './screens/records.js';
import { Sharing } from './screens/sharing.js';
import { Network } from './screens/network.js';
import { Seen } from './screens/seen.js';
import { Research } from './screens/research.js';
import { Account } from './screens/account.js';

const ROUTES = [
	['home', 'Notifications'],
	['records', 'Records'],
	['providers', 'Providers'],
	['sharing', 'Sharing'],
	['network', 'Who can see'],
	['seen', 'Who has seen'],
	['research', 'Research'],
	['account', 'My account'],
] as const;
type Route = (typeof ROUTES)[number][0];

export interface Feed {
	/** Events about me in finalized blocks since the app opened, newest first. */
	final: ChainEvent[];
	/** Events about me in best blocks not yet finalized. */
	pending: ChainEvent[];
	/** The latest finalized block number. */
	finalized: number;
	/** Bumped on every finalized event about me, so screens reload. */
	version: number;
	/** Bumped on every finalized research event (a study approved, a query authorized), about
	 * me or not, so the research screen follows the studies. */
	research: number;
}

function aboutMe(e: ChainEvent, me: string): boolean {
	if (!['relationships', 'summary', 'registrar', 'research'].includes(e.section)) return false;
	return e.data.patient === me || e.data.who === me;
}

function route(): Route {
	const r = location.hash.replace(/^#\/?/, '') as Route;
	return ROUTES.some(([k]) => k === r) ? r : 'home';
}

export function App({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
	const [current, setCurrent] = useState<Route>(route());
	const [feed, setFeed] = useState<Feed>({ final: [], pending: [], finalized: 0, version: 0, research: 0 });
	useEffect(() => {
		const on = () => setCurrent(route());
		addEventListener('hashchange', on);
		// Effects run after the browser paints, later still on a busy machine: a link followed
		// between the first render and now fired its hashchange before anyone listened, and the
		// screen would stay behind the address bar until the next one. Catch up with it.
		on();
		return () => removeEventListener('hashchange', on);
	}, []);
	useEffect(() => {
		const unsubs: (() => void)[] = [];
		let live = true;
		void session.chain.followFinalized((events, block) => {
			if (!live) return;
			const mine = events.filter((e) => aboutMe(e, session.me));
			const research = events.some((e) => e.section === 'research');
			setFeed((f) => ({
				final: mine.length ? [...mine.reverse(), ...f.final].slice(0, 200) : f.final,
				pending: f.pending.filter((p) => p.block > block),
				finalized: block,
				version: mine.length ? f.version + 1 : f.version,
				research: research ? f.research + 1 : f.research,
			}));
		}).then((u) => unsubs.push(u));
		void session.chain.followBest((events, block) => {
			if (!live) return;
			const mine = events.filter((e) => aboutMe(e, session.me));
			setFeed((f) => ({ ...f, pending: [...f.pending.filter((p) => p.block !== block), ...mine].filter((p) => p.block > f.finalized) }));
		}).then((u) => unsubs.push(u));
		return () => { live = false; unsubs.forEach((u) => u()); };
	}, [session]);

	// Publishes this account's encryption key as soon as the chain takes it (a provider has
	// added the patient): records then open without anyone having to know about keys.
	const delivery = useSecureDelivery(session.chain, session.me, session.pair, session.signer, feed.version);

	const screen = (() => {
		switch (current) {
			case 'home': return <Home session={session} feed={feed} />;
			case 'records': return <Records session={session} feed={feed} delivery={delivery} />;
			case 'providers': return <Providers session={session} feed={feed} />;
			case 'sharing': return <Sharing session={session} feed={feed} />;
			case 'network': return <Network session={session} feed={feed} />;
			case 'seen': return <Seen session={session} feed={feed} />;
			case 'research': return <Research session={session} feed={feed} />;
			case 'account': return <Account session={session} delivery={delivery} onSignOut={onSignOut} />;
		}
	})();
	return (
		<>
			<header class="top">
				<h1>MedRec — my records</h1>
				<span class="who">{(session.pair.meta.name as string | undefined) ?? 'Me'} <button type="button" class="secondary" onClick={onSignOut}>Sign out</button></span>
			</header>
			<nav class="tabs" aria-label="Sections">
				{ROUTES.map(([k, label]) => (
					<a key={k} href={`#/${k}`} aria-current={k === current ? 'page' : undefined}>
						{label}
						{k === 'home' && feed.pending.length > 0 && <span class="badge" aria-label={`${feed.pending.length} not final yet`}>{feed.pending.length}</span>}
					</a>
				))}
			</nav>
			<main>{screen}</main>
		</>
	);
}
