// Client-side search over the bundled templates: every word of the query must appear
// in the title, summary or tags.

export function searchTemplates(templates, query, category) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (category && template.category !== category) return false;
    const haystack = [template.title, template.summary, ...template.tags].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
