/** The headings of a document as every format shows them: numbered when the document is, with stable ids. */
import type { DocumentModel, Section } from './model.ts';

export interface OutlineEntry {
  section: Section;
  /** "1. Scope of This Statement", "5.3 Handoff for Jira" or the bare title. */
  heading: string;
  /** 1 for top-level sections, 2 below; the document title is level 0. */
  depth: number;
  id: string;
}

export function outline(model: DocumentModel, visit: (entry: OutlineEntry, children: () => void) => void): void {
  const used = new Set<string>();
  const walk = (sections: readonly Section[], prefix: string, depth: number) => {
    sections.forEach((section, i) => {
      const number = `${prefix}${i + 1}`;
      const heading = model.numbered ? `${number}${depth === 1 ? '.' : ''} ${section.title}` : section.title;
      visit({ section, heading, depth, id: uniqueId(section.title, used) }, () => walk(section.sections ?? [], `${number}.`, depth + 1));
    });
  };
  walk(model.sections, '', 1);
}

function uniqueId(title: string, used: Set<string>): string {
  const base = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'section';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
