import { platformName, productList } from '../../render/documents/input.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { highlights } from '../sections/highlights.ts';

/** The site's front page: every app with what its code proves. */
export function indexBody(apps: SiteApp[], siteName: string, vendor: string | null): Html {
  return html`<div class="hero">
<h1>${siteName}</h1>
<p class="lede">How ${vendor ?? 'our'}${vendor ? "'s" : ''} Atlassian Marketplace apps handle your data: permissions, sub-processors, data residency, incident and vulnerability policy, and what changed in each release. Every page is generated from the apps' code and checked against it.</p>
</div>
<h2 id="apps-title">Apps <span class="muted small">(${apps.length})</span></h2>
<ul class="apps" aria-labelledby="apps-title">
${apps.map((app) => card(app))}
</ul>`;
}

function card(app: SiteApp): Html {
  const products = productList(app.facts);
  const lines = highlights(app.input.truths).slice(0, 4);
  return html`<li><article class="app-card" aria-labelledby="app-${app.slug}">
<h3 id="app-${app.slug}"><a href="apps/${app.slug}/index.html">${app.name}</a></h3>
<p class="muted">${app.vendor ? `By ${app.vendor} \u00b7 ` : ''}${platformName(app.facts)} app${products.length ? ` for ${products.join(', ')}` : ''}${app.history[0] ? ` \u00b7 version ${app.history[0].version}` : ''}</p>
${lines.length ? html`<ul class="checks" aria-label="Verified from the code">${lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''}
<p class="more"><a href="apps/${app.slug}/index.html" aria-label="Trust details for ${app.name}">Trust details</a></p>
</article></li>\n`;
}
