import { partyViews } from '../../render/documents/input.ts';
import { categoryLabel } from '../../render/documents/words.ts';
import type { SiteApp } from '../app.ts';
import { html, link, type Html } from '../html.ts';
import { muted, sourceBadge, table, type Panel } from './panel.ts';

/** Third parties from the code and the profile, each once, with what it receives and where. */
export function subprocessorsPanel(app: SiteApp): Panel {
  const views = partyViews(app.input);
  if (views.length === 0) {
    return { id: 'subprocessors', title: 'Sub-processors', body: html`<p>The app uses no third-party services: the code reaches no outside service and the vendor names none.</p>` };
  }
  const withDpa = views.some((v) => v.entry?.dpa !== undefined);
  const rows = views.map((v) => {
    const region = v.countries.length ? v.countries.join(', ') : v.found[0]?.region;
    const dpa = v.entry?.dpa;
    return [
      html`${link(v.link, v.name)}${v.entry?.subprocessor ? html`<br><span class="muted small">Sub-processor</span>` : ''}`,
      v.purpose ? html`${v.purpose}` : v.category ? html`${categoryLabel(v.category)}` : muted('Not stated'),
      v.data.length ? html`${v.data.map(categoryLabel).join(', ')}` : muted('Not stated'),
      region ? html`${region}` : muted('Not stated'),
      ...(withDpa ? [typeof dpa === 'string' ? link(dpa, 'Agreement') : dpa === true ? html`Yes` : dpa === false ? html`No` : muted('Not stated')] : []),
      v.found.length && v.entry ? sourceBadge('both') : v.found.length ? sourceBadge('code') : sourceBadge('vendor'),
    ];
  });
  const body: Html = html`<p>Services outside Atlassian that the app uses, from the vendor's list and from the code (dependencies, imports and requests).</p>
${table('Third parties and sub-processors', ['Name', 'Purpose', 'Data shared', 'Location', ...(withDpa ? ['DPA'] : []), 'Source'], rows)}
${app.profile.privacy?.subprocessorsUrl ? html`<p>${link(app.profile.privacy.subprocessorsUrl, 'The vendor\'s sub-processor list')}</p>` : ''}`;
  return { id: 'subprocessors', title: 'Sub-processors', body };
}
