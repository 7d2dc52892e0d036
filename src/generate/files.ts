/** One renderer per format behind a small map; a document becomes one file per format. */
import { renderDocumentConfluence } from '../render/confluence.ts';
import { renderDocumentJson } from '../render/documents/json.ts';
import { renderDocumentMarkdown } from '../render/documents/markdown.ts';
import type { DocumentKind, DocumentModel } from '../render/documents/model.ts';
import { renderDocumentHtml } from '../render/html/document.ts';
import type { Built } from './builders.ts';

export const FORMATS = ['md', 'html', 'json', 'confluence'] as const;
export type Format = (typeof FORMATS)[number];

export interface GeneratedFile {
  document: DocumentKind;
  format: Format;
  /** File name inside the output folder. */
  path: string;
  content: string;
}

const RENDERERS: Record<Exclude<Format, 'json'>, { ext: string; render: (model: DocumentModel) => string }> = {
  md: { ext: 'md', render: renderDocumentMarkdown },
  html: { ext: 'html', render: renderDocumentHtml },
  confluence: { ext: 'confluence.xml', render: renderDocumentConfluence },
};

export function renderFiles(doc: Built, formats: readonly Format[] = FORMATS, date: string): GeneratedFile[] {
  const { model } = doc;
  return formats.flatMap((format): GeneratedFile[] => {
    if (format === 'json') {
      const json = doc.json ?? [{ name: `${model.slug}.json`, content: renderDocumentJson(model, { date }) }];
      return json.map((j) => ({ document: model.kind, format, path: j.name, content: j.content }));
    }
    const { ext, render } = RENDERERS[format];
    return [{ document: model.kind, format, path: `${model.slug}.${ext}`, content: render(model) }];
  });
}
