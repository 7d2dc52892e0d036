/** Inline runs as (X)HTML, shared by the standalone page and Confluence storage format. */
import type { Rich } from '../documents/model.ts';
import { escapeHtml, safeUrl } from './escape.ts';

export function inlineHtml(rich: Rich): string {
  return rich
    .map((inline) => {
      if (typeof inline === 'string') return escapeHtml(inline);
      if ('code' in inline) return `<code>${escapeHtml(inline.code)}</code>`;
      if ('strong' in inline) return `<strong>${escapeHtml(inline.strong)}</strong>`;
      const href = safeUrl(inline.href);
      // A link the vendor gave that is not http(s) or mailto stays visible as text, never as a link.
      if (href === null) return inline.text === inline.href ? escapeHtml(inline.text) : `${escapeHtml(inline.text)} (${escapeHtml(inline.href)})`;
      return `<a href="${escapeHtml(href)}">${escapeHtml(inline.text)}</a>`;
    })
    .join('');
}
