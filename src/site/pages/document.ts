import { outline } from '../../render/documents/outline.ts';
import type { DocumentModel } from '../../render/documents/model.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { blocks } from '../sections/panel.ts';

/** A document model (a statement or policy) inside the site's page, headings nested under the page's h1. */
export function documentBody(app: SiteApp, model: DocumentModel, siteName: string): Html {
  const parts: Html[] = [];
  outline(model, ({ section, heading, depth, id }, children) => {
    const level = Math.min(depth + 1, 6);
    parts.push(html`<section aria-labelledby="${id}"><h${String(level)} id="${id}">${heading}</h${String(level)}>`, blocks(section.blocks));
    children();
    parts.push(html`</section>`);
  });
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="../../index.html">${siteName}</a></li><li><a href="index.html">${app.name}</a></li><li aria-current="page">${model.title}</li></ol></nav>
<article class="panel doc">
<h1>${model.title}</h1>
<p class="lede">${model.summary}</p>
${blocks([{ type: 'fields', items: model.fields }, ...model.intro])}
${parts}
</article>`;
}
