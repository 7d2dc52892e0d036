/**
 * Profile fields a document cannot be written without. A builder asks for each value it needs;
 * a missing one is recorded with why it is needed, and generation stops before anything is
 * written, naming every field to add, instead of publishing a placeholder.
 */
import type { UnfilledField } from '../../profile/unfilled.ts';

export interface MissingField {
  /** Dot-path in candor.yaml, e.g. `contacts.privacyEmail` or `scopes.read:jira-work`. */
  field: string;
  /** What the document says with it. */
  why: string;
  /** An example value, or how to write it. */
  example?: string;
  /** The field is in the profile but still TODO (at this line). */
  todoLine?: number;
}

export class Needs {
  readonly missing: MissingField[] = [];
  private readonly todo: readonly UnfilledField[];

  constructor(todo: readonly UnfilledField[] = []) {
    this.todo = todo;
  }

  /** Returns the value; when it is undefined, records the field as missing. */
  value<T>(value: T | undefined | null, field: string, why: string, example?: string): T | undefined {
    if (value !== undefined && value !== null) return value;
    this.add(field, why, example);
    return undefined;
  }

  add(field: string, why: string, example?: string): void {
    if (this.missing.some((m) => m.field === field)) return;
    const todo = this.todo.find((u) => u.pathText === field || field.startsWith(`${u.pathText}.`) || field.startsWith(`${u.pathText}[`));
    this.missing.push({ field, why, ...(example !== undefined ? { example } : {}), ...(todo ? { todoLine: todo.line } : {}) });
  }
}
