import type { MissingField } from '../render/documents/needs.ts';

export interface GenerateProblem {
  /** The document that could not be written truthfully. */
  document: string;
  message: string;
}

/**
 * Generation stopped before writing anything: profile fields are missing (each named with why and
 * an example), or a document would say something Candor itself contradicts. Exit code 2.
 */
export class GenerateError extends Error {
  override name = 'GenerateError';
  readonly missing: Array<MissingField & { documents: string[] }>;
  readonly problems: GenerateProblem[];
  readonly profileFile: string;

  constructor(message: string, details: { missing?: Array<MissingField & { documents: string[] }>; problems?: GenerateProblem[]; profileFile?: string }) {
    super(message);
    this.missing = details.missing ?? [];
    this.problems = details.problems ?? [];
    this.profileFile = details.profileFile ?? 'candor.yaml';
  }

  /** Every missing field and problem, one per line, for a terminal. */
  report(): string {
    const lines = [this.message];
    if (this.missing.length > 0) {
      const width = Math.min(40, Math.max(...this.missing.map((m) => m.field.length)));
      lines.push('', `Add to ${this.profileFile}:`);
      for (const m of this.missing) {
        const todo = m.todoLine !== undefined ? ` (still TODO at ${this.profileFile}:${m.todoLine})` : '';
        lines.push(`  ${m.field.padEnd(width)}  ${m.why}${todo}; needed by ${m.documents.join(', ')}`);
        if (m.example) lines.push(`  ${' '.repeat(width)}  e.g. ${m.example}`);
      }
    }
    if (this.problems.length > 0) {
      lines.push('');
      for (const problem of this.problems) lines.push(`  ${problem.document}: ${problem.message}`);
    }
    lines.push('', 'Nothing was written.');
    return lines.join('\n');
  }
}
