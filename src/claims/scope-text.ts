/** Scope names written in a statement: `read:jira-work`, `storage:app`, a Connect `READ`. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface ScopeMention {
  scope: string;
  index: number;
  end: number;
}

let known: Set<string> | null = null;

/** Every scope Forge knows, from the list `@forge/manifest` ships (out/scopes/shipyard-scopes.json). */
function knownScopes(): Set<string> {
  if (known) return known;
  const schema = createRequire(import.meta.url).resolve('@forge/manifest/schema.json');
  const dir = path.join(path.dirname(schema), '../scopes');
  const lists = ['shipyard-scopes.json', 'deprecated-shipyard-scopes.json'].flatMap((name) => {
    const file = path.join(dir, name);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
  });
  return (known = new Set(lists));
}

const TOKEN = /(?:read|write|delete|manage|search|view|storage|report|admin|moderate|import|act-as-user|access-email-addresses|project-admin|space-admin)(?::[a-z0-9._-]+)+/gi;
const CONNECT = /(?<![A-Za-z_])(READ|WRITE|DELETE|ADMIN|PROJECT_ADMIN|SPACE_ADMIN|ACT_AS_USER|ACCESS_EMAIL_ADDRESSES)(?![A-Za-z_])/g;

/**
 * Scope names in a text. Copied text sometimes glues words together ("draft statewrite:connect-confluence-"),
 * so a token right after a letter counts only when Forge knows the scope.
 */
export function findScopes(text: string, options: { connect?: boolean } = {}): ScopeMention[] {
  const out: ScopeMention[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const scope = m[0].replace(/[-.:_]+$/, '');
    const glued = m.index > 0 && /[A-Za-z]/.test(text[m.index - 1]!);
    if (glued && !knownScopes().has(scope.toLowerCase())) continue;
    if (!glued && !knownScopes().has(scope.toLowerCase()) && !/^[a-z-]+:[a-z0-9.-]+(?::[a-z0-9-]+)?$/.test(scope)) continue;
    out.push({ scope, index: m.index, end: m.index + scope.length });
  }
  if (options.connect) for (const m of text.matchAll(CONNECT)) out.push({ scope: m[0], index: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.index - b.index);
}
