/** Building one source file: imports, unique names, chunks of code, and a per-file style. */
import type { Random } from './random.ts';
import type { Feature } from './plan.ts';

export interface Helper {
  /** Exported name. */
  name: string;
  /** Path of the file that exports it, relative to the app root. */
  file: string;
  async: boolean;
  /** Names of the parameters callers pass (those without a default). */
  params: readonly string[];
  /** What it is when not a plain function: a class callers build, a component they render. */
  kind?: 'class' | 'component';
  /** A class's methods, which its callers call. */
  methods?: readonly Method[];
}

export interface Method {
  name: string;
  params: readonly string[];
  async: boolean;
  /** Whether callers use what it returns. */
  returns: boolean;
}

/** What the generated code uses, so the manifest can declare it. */
export interface Usage {
  hosts: Set<string>;
  endpoints: Set<string>;
  storage: boolean;
  personalDataReporting: boolean;
}

interface ImportSpec {
  defaultName?: string;
  named: Set<string>;
  typeOnly: Set<string>;
}

export interface Style {
  quote: "'" | '"';
  semicolons: boolean;
  indent: '  ' | '    ';
  /** Add `.js` to relative imports (ESM style) rather than leaving them bare (bundler style). */
  importExt: boolean;
}

export class FileBuilder {
  readonly path: string;
  readonly lang: 'js' | 'ts';
  readonly jsx: boolean;
  readonly rnd: Random;
  readonly feature: Feature;
  readonly usage: Usage;
  readonly exports: Helper[] = [];
  readonly style: Style;
  private readonly imports = new Map<string, ImportSpec>();
  private readonly names = new Set<string>();
  private readonly body: string[] = [];
  private readonly memo = new Map<string, unknown>();
  private readonly helperLocals = new Map<string, string>();

  constructor(path: string, feature: Feature, rnd: Random, usage: Usage, style: Style) {
    this.path = path;
    this.lang = /\.tsx?$/.test(path) ? 'ts' : 'js';
    this.jsx = /\.(jsx|tsx)$/.test(path) || path.includes('/static/') || path.startsWith('static/');
    this.feature = feature;
    this.rnd = rnd;
    this.usage = usage;
    this.style = style;
  }

  get ts(): boolean {
    return this.lang === 'ts';
  }

  /** Line count so far, imports included. */
  get lineCount(): number {
    return this.body.length + this.imports.size + 2;
  }

  /** A top-level identifier not used yet in this file, derived from `base`. */
  unique(base: string): string {
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}${i}`;
    this.names.add(name);
    return name;
  }

  reserve(name: string): void {
    this.names.add(name);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  importDefault(from: string, name: string): string {
    this.spec(from).defaultName ??= name;
    this.names.add(name);
    return this.spec(from).defaultName as string;
  }

  importNamed(from: string, ...names: string[]): void {
    for (const n of names) {
      this.spec(from).named.add(n);
      this.names.add(n.split(' as ').pop() as string);
    }
  }

  importSideEffect(from: string): void {
    this.spec(from);
  }

  /** A per-file choice, made once (e.g. which `@forge/api` import style the file uses). */
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  importType(from: string, name: string): void {
    if (this.ts) this.spec(from).typeOnly.add(name);
  }

  /** Imports a helper from another file of the app and returns the local name to call. */
  useHelper(helper: Helper): string {
    if (helper.file === this.path) return helper.name;
    const id = `${helper.file}#${helper.name}`;
    let local = this.helperLocals.get(id);
    if (local) return local;
    // Two files may export the same name: the second import gets an alias, as a person would write it.
    const base = helper.file.split('/').pop()?.replace(/\..*$/, '') ?? 'other';
    local = this.names.has(helper.name) ? this.unique(`${helper.name}From${base.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`) : helper.name;
    this.helperLocals.set(id, local);
    const from = relativeImport(this.path, helper.file, this.style.importExt);
    this.importNamed(from, local === helper.name ? local : `${helper.name} as ${local}`);
    return local;
  }

  /** `name: type` in TypeScript, `name` in JavaScript. */
  p(name: string, type: string): string {
    return this.ts ? `${name}: ${type}` : name;
  }

  /** `: type` in TypeScript, nothing in JavaScript. */
  t(type: string): string {
    return this.ts ? `: ${type}` : '';
  }

  exportHelper(name: string, async: boolean, params: readonly string[], more: Pick<Helper, 'kind' | 'methods'> = {}): void {
    this.exports.push({ name, file: this.path, async, params, ...more });
  }

  add(lines: readonly string[]): void {
    if (this.body.length > 0) this.body.push('');
    this.body.push(...lines);
  }

  render(): string {
    const head: string[] = [];
    const sorted = [...this.imports.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
    for (const [from, spec] of sorted) {
      const named = [...spec.named];
      const parts: string[] = [];
      if (spec.defaultName) parts.push(spec.defaultName);
      if (named.length > 0) parts.push(`{ ${named.join(', ')} }`);
      if (parts.length > 0) head.push(`import ${parts.join(', ')} from '${from}';`);
      else if (spec.typeOnly.size === 0) head.push(`import '${from}';`);
      if (spec.typeOnly.size > 0) head.push(`import type { ${[...spec.typeOnly].join(', ')} } from '${from}';`);
    }
    const lines = head.length > 0 ? [...head, '', ...this.body, ''] : [...this.body, ''];
    return applyStyle(lines, this.style).join('\n');
  }

  private spec(from: string): ImportSpec {
    let spec = this.imports.get(from);
    if (!spec) {
      spec = { named: new Set(), typeOnly: new Set() };
      this.imports.set(from, spec);
    }
    return spec;
  }
}

/** Packages first, then relative imports, as people usually write them. */
function rank(from: string): number {
  if (from === 'react') return 0;
  return from.startsWith('.') ? 2 : 1;
}

export function relativeImport(fromFile: string, toFile: string, withExt: boolean): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/');
  const base = up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
  const noExt = base.replace(/\.(tsx?|jsx?)$/, '');
  if (!withExt) return noExt;
  return /\.tsx?$/.test(toFile) ? `${noExt}.js` : base;
}

/**
 * Re-indents (templates use two spaces), swaps quotes where that is safe, and drops
 * end-of-line semicolons for a "no semicolons" file (no generated line starts with `(`, `[` or a backtick).
 */
function applyStyle(lines: string[], style: Style): string[] {
  return lines.map((line) => {
    let out = line;
    if (style.indent !== '  ') out = out.replace(/^( {2})+/, (m) => style.indent.repeat(m.length / 2));
    if (style.quote === '"' && !out.includes('"') && !out.includes('`')) out = out.replace(/'/g, '"');
    if (!style.semicolons && out.endsWith(';') && !/^\s*for \(/.test(out)) out = out.slice(0, -1);
    return out;
  });
}
