// The provider app's frame. A provider sees patients, uploads, reading, emergency access and
// the consortium; an organisation (pharmacy, lab) sees the patients who shared with it and
// reads what they shared: the same reader, without the record holder's screens. A research
// organisation also registers studies and authorizes queries.

import { useEffect, useState } from 'preact/hooks';
import type { Session } from './session.js';
import { Patients } from './screens/patients.js';
import { Upload } from './screens/upload.js';
import { Read } from './screens/read.js';
import { Emergency } from './screens/emergency.js';
import { Consortium } from './screens/consortium.js';
import { Studies } from './screens/studies.js';
import { Queries } from './screens/queries.js';
import { KeyBanner } from './keybanner.js';

const PROVIDER = [['patients', 'Patients'], ['upload', 'Upload records'], ['read', 'Read records'], ['emergency', 'Emergency'], ['consortium', 'Consortium']] as const;
const ORGANISATION = [['patients', 'Patients'], ['read', 'Read records']] as const;
const RESEARCH = [['studies', 'Studies'], ['queries', 'Queries'], ['patients', 'Patients'], ['read', 'Read records']] as const;
type Route = (typeof PROVIDER | typeof RESEARCH)[number][0];

/** The screen the address names, if this role has it; else the role's first screen. */
function route(allowed: readonly (readonly [Route, string])[]): Route {
	const r = location.hash.replace(/^#\/?/, '').split('?')[0] as Route;
	return allowed.some(([k]) => k === r) ? r : allowed[0]![0];
}

export function App({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
	const routes = session.role === 'Provider' ? PROVIDER : session.role === 'Organisation:Research' ? RESEARCH : ORGANISATION;
	const [current, setCurrent] = useState<Route>(route(routes));
	// The whole address: a screen for another patient (#/read?patient=…) starts afresh.
	const [hash, setHash] = useState(location.hash);
	useEffect(() => {
		const on = () => {
			setCurrent(route(routes));
			setHash(location.hash);
		};
		addEventListener('hashchange', on);
		// A link followed between the first render and this effect (which runs after paint) fired
		// its hashchange unheard: catch up with it, as the patient app does.
		on();
		return () => removeEventListener('hashchange', on);
	}, []);
	const roleText = session.role === 'Provider' ? 'provider' : session.role?.startsWith('Organisation') ? session.role.split(':')[1]!.toLowerCase() : 'not registered';
	return (
		<>
			<header class="top">
				<h1>MedRec for providers</h1>
				<span class="who">{session.name} ({roleText}) <button type="button" class="secondary" onClick={onSignOut}>Sign out</button></span>
			</header>
			<nav class="tabs" aria-label="Sections">
				{routes.map(([k, label]) => <a key={k} href={`#/${k}`} aria-current={k === current ? 'page' : undefined}>{label}</a>)}
			</nav>
			<main>
				{session.role === null && <p class="error" role="alert">This account is not a registered provider or organisation. The consortium admits providers by vote.</p>}
				{session.role !== null && <KeyBanner session={session} />}
				{current === 'patients' && <Patients session={session} />}
				{current === 'upload' && <Upload key={hash} session={session} />}
				{current === 'read' && <Read key={hash} session={session} />}
				{current === 'emergency' && <Emergency session={session} />}
				{current === 'consortium' && <Consortium session={session} />}
				{current === 'studies' && <Studies session={session} />}
				{current === 'queries' && <Queries session={session} />}
			</main>
		</>
	);
}
