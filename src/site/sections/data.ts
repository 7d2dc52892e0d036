import { dataText } from '../../checks/words.ts';
import { BACKEND_NAMES, dataEntries } from '../../render/documents/input.ts';
import { capitalise, categoryLabel, dataLabel, placeLabel, retentionLabel } from '../../render/documents/words.ts';
import { END_USER_DATA, type DataKind } from '../../scan/facts.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { muted, sourceBadge, table, type Panel } from './panel.ts';

/** The data the vendor declares (profile `data`) beside what the code writes and logs. */
export function dataPanel(app: SiteApp): Panel {
  const { input, facts, profile } = app;
  const parties = new Map((profile.thirdParties ?? []).flatMap((t) => (t.id ? [[t.id, t.name] as [string, string]] : [])));
  const vendor = app.vendor ?? 'the vendor';
  const declared = dataEntries(input).map(({ entry, places }) => [
    html`${dataLabel(entry)}${entry.description && entry.category ? html`<br><span class="muted small">${categoryLabel(entry.category)}</span>` : ''}`,
    entry.purpose ? html`${entry.purpose}` : muted('Not stated'),
    places.length ? html`${capitalise(places.map((pl) => placeLabel(pl, vendor, parties)).join('; '))}` : muted('Not stated'),
    entry.retention ? html`${capitalise(retentionLabel(entry.retention))}` : muted('Not stated'),
  ]);

  const writes = new Map<string, { backend: string; key: string; kinds: Set<DataKind> }>();
  for (const op of facts.storage.filter((s) => s.op === 'write')) {
    const key = op.key ?? 'a key computed at run time';
    const seen = writes.get(`${op.backend} ${key}`) ?? { backend: capitalise(BACKEND_NAMES[op.backend]), key, kinds: new Set<DataKind>() };
    for (const k of op.carries) if (k === 'secret' || END_USER_DATA.includes(k)) seen.kinds.add(k);
    writes.set(`${op.backend} ${key}`, seen);
  }
  const stored = [...writes.values()].map((w) => [
    html`${w.backend}`, html`<code>${w.key}</code>`,
    w.kinds.size ? html`${dataText([...w.kinds])}` : muted('No End-User Data found'),
  ]);
  const leaks = facts.logs.filter((l) => l.side === 'backend' && l.carries.some((k) => END_USER_DATA.includes(k)));
  const leakKinds = [...new Set(leaks.flatMap((l) => l.carries.filter((k) => END_USER_DATA.includes(k))))];

  const body: Html = html`${declared.length ? html`<h3>What the vendor states ${sourceBadge('vendor')}</h3>
${table('Data the app processes', ['Data', 'Purpose', 'Stored in', 'Kept'], declared)}` : ''}
<h3>What the code stores ${sourceBadge('code')}</h3>
${stored.length ? table('Data the code writes', ['Storage', 'Key or table', 'End-User Data in it'], stored) : html`<p>The code writes no data of its own.</p>`}
<h3>Logs ${sourceBadge('code')}</h3>
<p>${leaks.length ? `The app's back-end logs can include End-User Data (${dataText(leakKinds)}).` : 'No back-end log call in the code receives End-User Data.'}${profile.logs?.retention ? ` Logs are kept ${retentionLabel(profile.logs.retention)}.` : ''}</p>`;
  return { id: 'data', title: 'Data handling', body };
}
