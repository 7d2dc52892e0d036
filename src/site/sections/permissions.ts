import { scopeViews } from '../../render/documents/input.ts';
import { capitalise } from '../../render/documents/words.ts';
import type { ScopeNeed } from '../../scan/facts.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { muted, sourceBadge, table, type Panel } from './panel.ts';

const REASONS: Record<ScopeNeed['reason'], string> = {
  'rest-call': 'product API calls', storage: 'app storage', trigger: 'product events', 'personal-data-reporting': 'personal data reporting', module: 'app modules',
};

/** Each declared scope with the vendor's reason (profile `scopes`) and what in the code needs it. */
export function permissionsPanel(app: SiteApp): Panel {
  const views = scopeViews(app.input);
  if (views.length === 0) return { id: 'permissions', title: 'Permissions', body: html`<p>The app requests no permissions (scopes).</p>` };
  const needed = app.facts.scopes.needed;
  const rows = views.map((v) => {
    const uses = [...new Set(needed.filter((n) => n.scope === v.scope || n.alternatives?.includes(v.scope)).map((n) => REASONS[n.reason]))];
    const unused = app.facts.scopes.unused.some((u) => u.scope === v.scope);
    return [
      html`<code>${v.scope}</code>`,
      v.purpose ? html`${v.purpose}` : muted('No reason stated'),
      uses.length ? html`${capitalise(uses.join(', '))}` : unused ? muted('Nothing in the code uses it') : muted('Not determined'),
    ];
  });
  const body: Html = html`<p>The scopes the app declares in its ${app.facts.app.descriptor ? 'descriptor' : 'manifest'}, why the vendor says it needs each ${sourceBadge('vendor')}, and what in the code uses it ${sourceBadge('code')}.</p>
${table('Permissions', ['Scope', 'Why the app needs it', 'Used by'], rows)}`;
  return { id: 'permissions', title: 'Permissions', body };
}
