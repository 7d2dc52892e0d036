/**
 * Escaping for text the vendor wrote (profile fields) and the app's code supplied (hosts, paths).
 * Everything that reaches HTML or XML goes through here: markup characters become entities, and
 * so do `{` and `}`, so no client-side template engine (Angular, Vue, Handlebars) on a page that
 * embeds the output reads `{{...}}` as an expression.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

/** Text content and attribute values alike; valid in HTML and in XML (only XML's own entities and numeric ones). */
export function escapeHtml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0 and mean nothing in HTML.
  return text.replace(/[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu, '').replace(/[&<>"'{}]/g, (c) => ENTITIES[c]!);
}

/**
 * A link target that is safe to put in `href`: http, https or mailto only. Anything else
 * (`javascript:`, `data:`, relative paths) returns null and is shown as text instead of a link.
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(trimmed)) return trimmed;
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
