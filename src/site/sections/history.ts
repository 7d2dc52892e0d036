import { ASPECTS } from '../../release/aspects/index.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import type { Panel } from './panel.ts';

const CHANGE: Record<string, string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** Releases newest first, each with the data-handling changes from the release before (`candor diff`). */
export function historyPanel(app: SiteApp): Panel {
  if (app.history.length === 0) {
    return { id: 'changes', title: 'Change history', body: html`<p>No releases have been recorded yet.</p>` };
  }
  const items = app.history.map((entry) => {
    const shown = entry.changes?.filter((c) => c.severity !== 'info') ?? [];
    const minor = (entry.changes?.length ?? 0) - shown.length;
    const summary =
      entry.changes === null
        ? 'First recorded release.'
        : shown.length === 0
          ? `No data-handling changes${minor ? ` (${minor} minor change${minor === 1 ? '' : 's'}, such as dependency updates)` : ''}.`
          : `${shown.length} data-handling change${shown.length === 1 ? '' : 's'}${minor ? `, and ${minor} minor` : ''}.`;
    return html`<li>
<h3>Version ${entry.version}</h3>
<p class="muted small"><time datetime="${entry.date}">${entry.date}</time>${entry.commit ? html` \u00b7 commit <code>${entry.commit}</code>` : ''}</p>
<p>${summary}</p>
${shown.length ? html`<ul>${shown.map((c) => html`<li><span class="chg chg-${c.change}">${CHANGE[c.change]}</span> <span class="aspect">${ASPECTS.find((a) => a.id === c.aspect)?.title ?? c.aspect}:</span> ${c.subject}${c.before !== null ? html` <span class="muted">(${c.before} \u2192 ${c.after})</span>` : ''}</li>`)}</ul>` : ''}
</li>`;
  });
  const body: Html = html`<p>Data-handling changes between releases: permissions, egress, third parties, stored data and logged data, as the code of each release shows.</p>
<ol class="timeline" reversed>${items}</ol>`;
  return { id: 'changes', title: 'Change history', body };
}
