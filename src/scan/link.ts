import path from 'node:path';
import type { ModuleAliases } from './module-aliases.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.tsx', '/index.js', '/index.jsx', '/index.mjs'];

/** Follows function calls across the app's own files: which exported handlers reach a given kind of call. */
export class CallGraph {
  private readonly files: Map<string, FileFacts>;
  /** Worked out once: the same imports and call targets come up again and again. */
  private readonly modules = new Map<string, string | null>();
  private readonly targets = new Map<string, { file: FileFacts; fn: FunctionInfo } | null>();
  /** Each file's functions by name and by the names they are exported under (the first of each): a bundle has thousands. */
  private readonly indexes = new Map<FileFacts, { names: Map<string, FunctionInfo>; exports: Map<string, FunctionInfo> }>();

  private readonly aliases: ModuleAliases | null;

  constructor(files: FileFacts[], aliases: ModuleAliases | null = null) {
    this.files = new Map(files.map((f) => [f.file, f]));
    this.aliases = aliases;
  }

  /** The facts of one of the app's files. */
  file(file: string): FileFacts | undefined {
    return this.files.get(file);
  }

  /** The file an import points at, relative or through a path alias or workspace package, trying the extensions bundlers try. */
  resolveModule(from: string, specifier: string): string | null {
    if (!specifier.startsWith('.') && !this.aliases) return null;
    const key = `${from}\0${specifier}`;
    let found = this.modules.get(key);
    if (found === undefined) {
      found = this.findModule(from, specifier);
      this.modules.set(key, found);
    }
    return found;
  }

  private findModule(from: string, specifier: string): string | null {
    const bases = specifier.startsWith('.') ? [path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))] : this.aliases?.candidates(from, specifier) ?? [];
    for (const base of bases) {
      const stem = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
      for (const candidate of [base, stem]) {
        for (const ext of EXTENSIONS) if (this.files.has(candidate + ext)) return candidate + ext;
      }
    }
    return null;
  }

  /** The function a file exports under `name` (a method with its class: `JiraService.getIssue`), following re-exports. */
  exported(file: string, name: string, depth = 0): { file: FileFacts; fn: FunctionInfo } | null {
    const facts = this.files.get(file);
    if (!facts || depth > 10) return null;
    const fn = this.index(facts).exports.get(name);
    if (fn) return { file: facts, fn };
    // A method travels with its class: `export { default as JiraService } from './jira'`.
    const dot = name.indexOf('.');
    const head = dot === -1 ? name : name.slice(0, dot);
    const member = dot === -1 ? '' : name.slice(dot);
    for (const re of facts.reexports) {
      if (re.name !== head && re.name !== '*') continue;
      const target = this.resolveModule(file, re.module);
      const inner = re.name === '*' ? name : within(re.imported, member);
      const found = target && inner ? this.exported(target, inner, depth + 1) : null;
      if (found) return found;
    }
    // `export { run }` where `run` was imported from another file; `export { jira }` of `import * as jira from './jira'`.
    const binding = facts.importBindings.find((b) => b.local === head);
    if (binding) {
      const target = this.resolveModule(file, binding.module);
      const inner = within(binding.imported, member);
      if (target && inner) return this.exported(target, inner, depth + 1);
    }
    // `util.getPid(...)` with `const util = require('./util')`: a module without a default export of its
    // own (CommonJS `module.exports = { getPid }`) is, as a whole, what a default import or `require` gives.
    if (head === 'default' && member && !this.index(facts).exports.has('default')) return this.exported(file, member.slice(1), depth + 1);
    return this.inherited(facts, name);
  }

  /** `JiraClient.get` of `class JiraClient extends ApiClient` that has no `get` of its own (nor a constructor): ApiClient's. */
  private inherited(file: FileFacts, name: string): { file: FileFacts; fn: FunctionInfo } | null {
    const dot = name.indexOf('.');
    const base = dot > 0 ? file.bases?.[name.slice(0, dot)] : undefined;
    return base ? this.target(file, base + name.slice(dot)) : null;
  }

  /** The file's own function of that name (`getIssue`, `JiraClient.getIssue`). */
  named(file: FileFacts, name: string): FunctionInfo | undefined {
    return this.index(file).names.get(name);
  }

  private index(file: FileFacts): { names: Map<string, FunctionInfo>; exports: Map<string, FunctionInfo> } {
    let index = this.indexes.get(file);
    if (index === undefined) {
      index = { names: new Map(), exports: new Map() };
      for (const fn of file.functions) {
        if (!index.names.has(fn.name)) index.names.set(fn.name, fn);
        for (const name of fn.exports) if (!index.exports.has(name)) index.exports.set(name, fn);
      }
      this.indexes.set(file, index);
    }
    return index;
  }

  /** The function a `call:` or call-site target names from `file`: `#getIssue` (its own) or `./jira#getIssue`. */
  target(file: FileFacts, callee: string): { file: FileFacts; fn: FunctionInfo } | null {
    const key = `${file.file}\0${callee}`;
    let found = this.targets.get(key);
    if (found === undefined) {
      found = this.findTarget(file, callee);
      this.targets.set(key, found);
    }
    return found;
  }

  private findTarget(file: FileFacts, callee: string): { file: FileFacts; fn: FunctionInfo } | null {
    const [module, name] = callee.split('#') as [string, string];
    if (module === '') {
      const fn = this.named(file, name);
      return fn ? { file, fn } : this.inherited(file, name);
    }
    const target = this.resolveModule(file.file, module);
    return target ? this.exported(target, name) : null;
  }

  /** The app's function a name refers to in `file`: `getIssue` (its own or imported), `jira.getIssue` (a namespace import) or a callee's marker. */
  function(file: FileFacts, name: string): { file: FileFacts; fn: FunctionInfo } | null {
    // `#Service.get`, `./handlers#getConfig`: as calls name it (see `appFunction`).
    if (name.includes('#')) return this.target(file, name);
    const [head, member] = name.split('.') as [string, string | undefined];
    // `getIssue`, `JiraClient.getIssue` (a static method of a class of the file) or `store.save` (a function of a module object).
    const local = this.named(file, name);
    if (local) return { file, fn: local };
    const binding = file.importBindings.find((b) => b.local === head);
    if (!binding) return null;
    const target = this.resolveModule(file.file, binding.module);
    if (!target) return null;
    // `JiraClient.getIssue` of an imported class.
    const method = member !== undefined && binding.imported !== '*' ? this.exported(target, `${binding.imported}.${member}`) : null;
    return method ?? this.exported(target, binding.imported === '*' || binding.imported === 'default' ? (member ?? 'default') : binding.imported);
  }

  /**
   * The functions of an object of functions a name refers to in `file`, by key: its own top-level object
   * (`const resolvers = { save() {...} }`), an imported one (`import { resolvers } from './notes'`) or a namespace import.
   */
  members(file: FileFacts, object: string): Array<{ member: string; file: FileFacts; fn: FunctionInfo }> {
    const own = file.functions.filter((f) => f.name.startsWith(`${object}.`) && !f.name.slice(object.length + 1).includes('.'));
    if (own.length > 0) return own.map((fn) => ({ member: fn.name.slice(object.length + 1), file, fn }));
    const binding = file.importBindings.find((b) => b.local === object);
    const target = binding ? this.resolveModule(file.file, binding.module) : null;
    const facts = target ? this.files.get(target) : undefined;
    if (!binding || !facts) return [];
    const prefix = binding.imported === '*' ? '' : `${binding.imported}.`;
    const out: Array<{ member: string; file: FileFacts; fn: FunctionInfo }> = [];
    for (const fn of facts.functions) {
      for (const name of fn.exports) {
        const member = name.startsWith(prefix) ? name.slice(prefix.length) : '';
        if (member !== '' && !member.includes('.')) out.push({ member, file: facts, fn });
      }
    }
    return out;
  }

  /** Whether the function reaches, through the app's own calls, a function for which `test` holds. */
  reaches(start: { file: FileFacts; fn: FunctionInfo }, test: (fn: FunctionInfo) => boolean): boolean {
    const seen = new Set<FunctionInfo>();
    const stack = [start];
    while (stack.length) {
      const { file, fn } = stack.pop()!;
      if (seen.has(fn)) continue;
      seen.add(fn);
      if (test(fn)) return true;
      for (const call of fn.calls) {
        // Methods are written as call targets (`#JiraService.getIssue`, `./jira#default.getIssue`).
        const found = call.includes('#') ? this.target(file, call) : this.function(file, call);
        if (found) stack.push(found);
      }
    }
    return false;
  }
}

/**
 * The name `member` (`.getIssue`, or empty) has in the module an export comes from: `getIssue` when the export is the
 * module's namespace (`export { jira }` of `import * as jira`, `export * as jira from`), null for the namespace itself.
 */
export function within(imported: string, member: string): string | null {
  if (imported !== '*') return imported + member;
  return member === '' ? null : member.slice(1);
}
