import { platformName, productList } from '../../render/documents/input.ts';
import type { SiteApp } from '../app.ts';
import { html, link, type Html } from '../html.ts';
import { dataPanel } from '../sections/data.ts';
import { historyPanel } from '../sections/history.ts';
import { overviewPanel } from '../sections/overview.ts';
import { renderPanel, type Panel } from '../sections/panel.ts';
import { permissionsPanel } from '../sections/permissions.ts';
import { programPanel } from '../sections/program.ts';
import { residencyPanel } from '../sections/residency.ts';
import { subprocessorsPanel } from '../sections/subprocessors.ts';

/** An app's trust page: overview, data, sub-processors, permissions, residency, policy, history, documents. */
export function appPageBody(app: SiteApp, siteName: string): Html {
  const sources: Array<[Panel | null, 'code' | 'vendor' | 'both' | undefined]> = [
    [overviewPanel(app), undefined],
    [dataPanel(app), undefined],
    [subprocessorsPanel(app), undefined],
    [permissionsPanel(app), undefined],
    [residencyPanel(app), undefined],
    [programPanel(app), undefined],
    [historyPanel(app), 'code'],
    [documentsPanel(app), undefined],
  ];
  const panels = sources.filter((s): s is [Panel, 'code' | 'vendor' | 'both' | undefined] => s[0] !== null);
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="../../index.html">${siteName}</a></li><li aria-current="page">${app.name}</li></ol></nav>
${hero(app)}
<div class="layout">
<nav class="toc" aria-label="On this page">
<h2 class="toc-title">On this page</h2>
<ol>${panels.map(([p]) => html`<li><a href="#${p.id}">${p.title}</a></li>`)}</ol>
</nav>
<div class="content">
${panels.map(([p, source]) => renderPanel(p, source))}
</div>
</div>`;
}

function hero(app: SiteApp): Html {
  const { facts, profile } = app;
  const products = productList(facts);
  const tags: Array<[string, string]> = [['Platform', platformName(facts)]];
  if (products.length) tags.push(['Products', products.join(', ')]);
  if (app.history[0]) tags.push(['Version', app.history[0].version]);
  const id = facts.app.id ?? facts.app.key;
  return html`<div class="hero">
<h1>${app.name}</h1>
<p class="lede">Security and privacy of ${app.name}${app.vendor ? html`, published by ${link(profile.vendor?.website, app.vendor)}` : ''}. Facts marked \u201cFrom code\u201d were read from the app's source code; the rest is what the vendor states.</p>
<ul class="tags">${tags.map(([k, v]) => html`<li class="tag">${k}: <strong>${v}</strong></li>`)}${id ? html`<li class="tag">${facts.app.id ? 'App ID' : 'App key'}: <strong>${id.replace(/^ari:cloud:ecosystem::app\//, '')}</strong></li>` : ''}</ul>
</div>`;
}

function documentsPanel(app: SiteApp): Panel {
  const c = app.profile.contacts ?? {};
  const external: Array<[string, string | undefined]> = [
    [`${app.vendor ?? 'Vendor'} privacy policy`, c.privacyPolicyUrl], [`${app.vendor ?? 'Vendor'} security policy`, c.securityPolicyUrl], ['Support', c.supportUrl],
    ['Marketplace listing', app.profile.app?.listingUrl], ['Data processing agreement', typeof app.profile.privacy?.dpa === 'string' && app.profile.privacy.dpa.startsWith('http') ? app.profile.privacy.dpa : undefined],
  ];
  const docs = [
    ...app.documents.map((doc) => html`<li><a href="${doc.slug}.html">${doc.title}</a><p>${doc.summary}</p></li>`),
    html`<li><a href="trust.json">Machine-readable summary (JSON)</a><p>The facts of the code, the vendor's trust profile and the release history.</p></li>`,
  ];
  const links = external.filter((e): e is [string, string] => Boolean(e[1])).map(([label, url]) => html`<li>${link(url, label)}</li>`);
  const body = html`<p>Written from the app's code and the vendor's trust profile, and checked against the code before publishing.</p>
<ul class="docs">${docs}</ul>
${links.length ? html`<h3>Elsewhere</h3><ul>${links}</ul>` : ''}`;
  return { id: 'documents', title: 'Documents', body };
}
