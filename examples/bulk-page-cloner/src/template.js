// Placeholder handling for template pages. Placeholders are written in the template as
// {{title}}, {{index}} and {{date}} and filled in per clone.

const PLACEHOLDER = /\{\{\s*(title|index|date)\s*\}\}/g;
const TEMPLATE_MARKER_LABEL = 'template';

const escapeXml = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function findPlaceholders(storageBody) {
  return [...new Set([...storageBody.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** Fills the placeholders of a storage-format body; values are XML-escaped. */
export function fillPlaceholders(storageBody, { title, index, date }) {
  const values = { title, index: String(index), date };
  return storageBody.replace(PLACEHOLDER, (_, name) => escapeXml(values[name]));
}

/** Labels a clone inherits: the template's own labels without the marker that makes it a template. */
export function inheritedLabels(page) {
  return (page.metadata?.labels?.results ?? [])
    .map((label) => label.name)
    .filter((name) => name !== TEMPLATE_MARKER_LABEL);
}

export function normaliseLabel(value) {
  return value.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^a-z0-9_.-]/g, '');
}
