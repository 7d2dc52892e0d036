import type { MessageData } from '../claims/types.ts';

/** Fills `{{name}}` holes of a message template from data. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
