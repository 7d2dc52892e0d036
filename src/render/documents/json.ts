/** A document model as JSON: the same structure every other format is rendered from. */
import type { DocumentModel } from './model.ts';

export const DOCUMENT_JSON_SCHEMA = 'candor/document@1';

export function renderDocumentJson(model: DocumentModel, generated: { date: string }): string {
  return `${JSON.stringify({ schema: DOCUMENT_JSON_SCHEMA, generated, ...model }, null, 2)}\n`;
}
