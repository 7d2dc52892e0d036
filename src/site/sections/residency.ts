import { dataEntries } from '../../render/documents/input.ts';
import { partyViews } from '../../render/documents/input.ts';
import { joinWords } from '../../render/documents/model.ts';
import { capitalise, dataLabel, placeLabel, residencyLabel } from '../../render/documents/words.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { muted, sourceBadge, table, type Panel } from './panel.ts';

/** Where each kind of data is kept and whether it follows the customer's Atlassian data residency. */
export function residencyPanel(app: SiteApp): Panel {
  const { input, profile } = app;
  const vendor = app.vendor ?? 'the vendor';
  const parties = new Map((profile.thirdParties ?? []).flatMap((t) => (t.id ? [[t.id, t.name] as [string, string]] : [])));
  const rows = dataEntries(input)
    .filter(({ entry }) => entry.residency !== undefined || entry.storedIn !== undefined)
    .map(({ entry, places }) => [
      html`${dataLabel(entry)}`,
      places.length ? html`${capitalise(places.map((p) => placeLabel(p, vendor, parties)).join('; '))}` : muted('Not stated'),
      entry.residency ? html`${residencyLabel(entry.residency)}` : muted('Not stated'),
    ]);
  const outcome = input.truths.outcome('data-residency-supported', { all: true });
  const code =
    app.facts.storage.length === 0
      ? 'The code stores no data of its own, so there is nothing to keep in a region.'
      : outcome.verdict === 'verified'
        ? "All data the code stores is kept in Atlassian-hosted storage that follows the customer's data residency location."
        : "Some data the code stores is kept where Atlassian data residency does not apply, or whose residency depends on how it was provisioned; the vendor's statement below says where.";
  const migration = profile.dataResidency?.realmMigration;
  const abroad = partyViews(input).flatMap((v) => {
    const where = v.countries.length ? joinWords(v.countries) : v.found[0]?.region;
    return where ? [`${v.name} (${where})`] : [];
  });
  const body: Html = html`<p>${code} ${sourceBadge('code')}</p>
${rows.length ? html`${table('Data residency by kind of data', ['Data', 'Stored in', 'Residency'], rows)}` : ''}
${abroad.length ? html`<p>Data shared with third parties is processed where they are: ${joinWords(abroad)}.</p>` : ''}
${migration !== undefined ? html`<p>${migration ? 'The app supports moving its data when the customer moves their Atlassian data residency location.' : 'The app does not move its data when the customer moves their Atlassian data residency location.'} ${sourceBadge('vendor')}</p>` : ''}`;
  return { id: 'residency', title: 'Data residency', body };
}
