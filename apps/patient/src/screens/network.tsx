// "Who can see my records": my network as a picture (me in the middle; providers, people and
// organisations with grants, groups and proxies around me; each line says what and until
// when), with the same facts as a list for screen readers and small screens.

import { CATEGORY_LABELS, type Category } from '@medrec/client';
import { ErrorText, Loading, useLoad, useNames } from '@medrec/client/ui';
import type { Feed } from '../app.js';
import type { Session } from '../session.js';

interface Edge {
	to: string;
	kind: 'provider' | 'grant' | 'group' | 'proxy' | 'emergency';
	label: string;
}

const COLORS: Record<Edge['kind'], string> = { provider: '#0b5cad', grant: '#1b6b2f', group: '#5b3d99', proxy: '#8a4b00', emergency: '#a4161a' };
const KIND_TEXT: Record<Edge['kind'], string> = { provider: 'holds records', grant: 'may read', group: 'group may read', proxy: 'acts for me', emergency: 'emergency access' };

const cats = (c: Category[]) => c.map((x) => CATEGORY_LABELS[x]).join(', ');
const day = (ms: number) => new Date(ms).toLocaleDateString();

export function Network({ session, feed }: { session: Session; feed: Feed }) {
	const { chain, me } = session;
	const data = useLoad(async () => ({
		rels: await chain.relationships(me),
		grants: (await chain.grants(me)).filter((g) => g.expires > Date.now()),
		groups: await chain.groups(me),
		proxies: await chain.proxies(me),
		emergency: await chain.emergencyAccesses(me),
	}), [feed.version]);
	const d = data.data;
	const accounts = d ? [...d.rels.map((r) => r.provider), ...d.grants.flatMap((g) => ('account' in g.viewer ? [g.viewer.account] : [])), ...d.groups.flatMap((g) => g.members), ...d.proxies.map((p) => p.who), ...d.emergency.map((e) => e.provider)] : [];
	const names = useNames(chain, accounts);
	const n = (a: string) => names[a] ?? `${a.slice(0, 6)}…`;
	if (!d) return <section><h2>Who can see my records</h2>{data.loading ? <Loading what="your network" /> : <ErrorText error={data.error} />}</section>;
	const provName = (id: number) => n(d.rels.find((r) => r.id === id)?.provider ?? '');
	const edges: Edge[] = [
		...d.rels.map((r): Edge => ({ to: r.provider, kind: 'provider', label: `${r.state === 'Active' ? 'your provider' : 'awaiting your answer'}; sees its own records` })),
		...d.grants.map((g): Edge => {
			const scope = g.scope === 'all' ? 'from all providers' : `at ${provName(g.scope.relationship)}`;
			const what = `${cats(g.categories)} ${scope}, for ${g.purpose.toLowerCase()}, until ${day(g.expires)}`;
			return 'account' in g.viewer ? { to: g.viewer.account, kind: 'grant', label: what } : { to: `group:${g.viewer.group}`, kind: 'group', label: what };
		}),
		...d.proxies.map((p): Edge => ({ to: p.who, kind: 'proxy', label: `manages ${cats(p.categories)} until ${day(p.expires)}` })),
		...d.emergency.map((e): Edge => ({ to: e.provider, kind: 'emergency', label: `emergency access until ${new Date(e.expires).toLocaleString()}` })),
	];
	const nodes = [...new Set(edges.map((e) => e.to))];
	const groupMembers = (key: string) => d.groups.find((g) => `group:${g.id}` === key)?.members.map(n).join(', ') ?? '';
	const label = (key: string) => (key.startsWith('group:') ? `Group ${key.slice(6)}` : n(key));
	const W = 640, H = 440, cx = W / 2, cy = H / 2, R = 165;
	const pos = (i: number) => ({ x: cx + R * Math.cos((2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2), y: cy + R * Math.sin((2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2) });
	return (
		<section aria-labelledby="net-h">
			<h2 id="net-h">Who can see my records</h2>
			<div class="card">
				<svg class="network" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="net-title" data-testid="network">
					<title id="net-title">Your network: {nodes.length} people and organisations connected to you. The list below says what each can see.</title>
					{nodes.map((key, i) => {
						const p = pos(i);
						const kinds = edges.filter((e) => e.to === key).map((e) => e.kind);
						return <line key={`l-${key}`} x1={cx} y1={cy} x2={p.x} y2={p.y} stroke={COLORS[kinds[kinds.length - 1]!]} stroke-width={kinds.includes('emergency') ? 4 : 2} stroke-dasharray={kinds.includes('provider') ? undefined : '6 4'} />;
					})}
					<circle cx={cx} cy={cy} r={34} fill="#0b5cad" />
					<text x={cx} y={cy + 5} text-anchor="middle" fill="#fff" font-size="15" font-weight="700">Me</text>
					{nodes.map((key, i) => {
						const p = pos(i);
						const kinds = [...new Set(edges.filter((e) => e.to === key).map((e) => e.kind))];
						return (
							<g key={key}>
								<circle cx={p.x} cy={p.y} r={22} fill="#fff" stroke={COLORS[kinds[0]!]} stroke-width={3} />
								<text x={p.x} y={p.y + 38} text-anchor="middle" font-size="13" fill="#1a1a1a">{label(key).slice(0, 24)}</text>
								<text x={p.x} y={p.y + 54} text-anchor="middle" font-size="11" fill="#4a4a4a">{kinds.map((k) => KIND_TEXT[k]).join(' · ')}</text>
							</g>
						);
					})}
				</svg>
				<p class="muted">Solid lines: your providers. Dashed: people and organisations you share with. Red: emergency access in force.</p>
			</div>
			<div class="card">
				<h3>In words</h3>
				{edges.length === 0 && <p class="muted">No one but you can see your records.</p>}
				<ul class="plain" data-testid="network-list">
					{nodes.map((key) => (
						<li key={key}>
							<strong>{label(key)}</strong>{key.startsWith('group:') && <span class="muted"> ({groupMembers(key) || 'no members'})</span>}
							<ul>{edges.filter((e) => e.to === key).map((e, i) => <li key={i}><span class="status" style={`color:${COLORS[e.kind]}`}>{KIND_TEXT[e.kind]}</span> {e.label}</li>)}</ul>
						</li>
					))}
				</ul>
			</div>
		</section>
	);
}
