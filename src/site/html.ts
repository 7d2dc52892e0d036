/**
 * HTML built with a tagged template that escapes every interpolated value unless it is already
 * `Html` (made by this template or by `trusted`). Vendor text, app text and file names can only
 * reach a page as text: forgetting to escape is impossible, escaping twice never happens.
 */
import { escapeHtml, safeUrl } from '../render/html/escape.ts';

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup made by another renderer that escapes its own text (the document renderer). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A link when the URL is http(s) or mailto; otherwise the text alone. */
export function link(href: string | null | undefined, text: Part): Html {
  const url = href ? safeUrl(href) : null;
  return url ? html`<a href="${url}">${text}</a>` : html`${text}`;
}
