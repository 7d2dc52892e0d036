import type { Facts } from '../../scan/facts.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { highlights } from './highlights.ts';
import type { Panel } from './panel.ts';

const ATLASSIAN_BACKENDS = new Set(['kvs', 'kvs-secret', 'custom-entity', 'sql', 'object-store', 'cache', 'entity-property', 'content-property', 'issue-property', 'app-property']);

export function overviewPanel(app: SiteApp): Panel {
  const { facts, profile, input } = app;
  const scopes = facts.scopes.declared.length;
  const justified = facts.scopes.declared.filter((d) => profile.scopes?.[d.scope] !== undefined).length;
  const parties = new Set([...facts.thirdParties.map((t) => t.vendor), ...(profile.thirdParties ?? []).map((t) => t.id ?? t.name)]).size;
  const lines = highlights(input.truths);
  const latest = app.history[0];
  const cards: Array<[string, string, string]> = [
    ['Permissions', String(scopes), scopes === 0 ? 'No product access requested' : `${justified} of ${scopes} with a stated reason`],
    ['Third parties', String(parties), parties === 0 ? 'No outside services' : 'Listed under sub-processors'],
    ['Data stored in', storedIn(facts), facts.storage.length === 0 ? 'The app keeps no data of its own' : 'As the code shows'],
    ['Latest release', latest?.version ?? 'None yet', latest ? `Recorded ${latest.date}` : 'No release recorded'],
  ];
  const body: Html = html`<ul class="cards">
${cards.map(([label, value, note]) => html`<li class="card"><span class="label">${label}</span><span class="value">${value}</span><span class="note">${note}</span></li>\n`)}</ul>
${lines.length ? html`<h3>Verified from the code</h3>\n<ul class="checks">${lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''}`;
  return { id: 'overview', title: 'At a glance', body };
}

function storedIn(facts: Facts): string {
  const backends = new Set(facts.storage.map((s) => s.backend));
  if (backends.size === 0) return 'Nothing';
  const outside = [...backends].some((b) => !ATLASSIAN_BACKENDS.has(b));
  const inside = [...backends].some((b) => ATLASSIAN_BACKENDS.has(b));
  return outside ? (inside ? 'Atlassian and elsewhere' : 'Outside Atlassian') : 'Atlassian only';
}
