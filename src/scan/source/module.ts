import { parseSync, rawTransferSupported } from 'oxc-parser';
import { LineIndex } from '../../utils/lines.ts';
import { withDefaultFlags } from '../../utils/young-generation.ts';
import { isNode, propertyName, unwrap, type Node } from './ast.ts';
import { WordCount } from './words.ts';

export interface ImportBinding {
  module: string;
  /** Imported name; `*` for a namespace, `default` for a default import or a whole `require()`. */
  imported: string;
}

/** One parsed source file, with what the detectors need to resolve names within it. */
export interface SourceModule {
  file: string;
  text: string;
  lines: LineIndex;
  /** How often the file writes each name, counted once for every question about it. */
  words: WordCount;
  program: Node;
  imports: Map<string, ImportBinding>;
  /** Type-only imports (`import type { JiraClient }`): the classes members are typed with. */
  typeImports: Map<string, ImportBinding>;
  /** Module specifiers imported or required, with the offset of the import; `types` when it imports only types. */
  specifiers: Array<{ module: string; offset: number; types?: true }>;
  /** Globals the runtime gives the file as a module's export, by name (see `FileInput.forge`). */
  globals?: ReadonlyMap<string, ImportBinding>;
  /** The file is a Forge app's back end or front end (see `FileInput.forge`). */
  forge?: true;
}

// Raw transfer is several times faster than the JSON hand-over; it has a fixed arena, so big files fall back,
// and so does every file on a runtime without it (Node.js before 22).
const RAW_TRANSFER_LIMIT = rawTransferSupported() ? 512 * 1024 : -1;

export interface ParseOutcome {
  module: SourceModule;
  errors: Array<{ message: string; offset: number }>;
}

export function parseModule(file: string, text: string, lines: LineIndex = new LineIndex(text)): ParseOutcome {
  const lang = langOf(file);
  let result = parse(file, text, lang);
  // A .js or .jsx file with TypeScript in it (interfaces, annotations) is built by bundlers that strip types;
  // read it as TypeScript when that is what makes it parse.
  if (lang === 'jsx' && hasErrors(result)) {
    const typed = parse(file, text, 'tsx');
    if (!hasErrors(typed)) result = typed;
  }
  const program = result.program as unknown as Node;
  const module: SourceModule = { file, text, lines, words: new WordCount(text), program, imports: new Map(), typeImports: new Map(), specifiers: [] };
  collectImports(module);
  const errors = result.errors
    .filter((e) => e.severity === 'Error')
    .map((e) => ({ message: e.message, offset: e.labels[0]?.start ?? 0 }));
  return { module, errors };
}

function parse(file: string, text: string, lang: 'js' | 'jsx' | 'ts' | 'tsx'): ReturnType<typeof parseSync> {
  const raw = text.length <= RAW_TRANSFER_LIMIT;
  const run = (): ReturnType<typeof parseSync> => parseSync(file, text, {
    lang,
    sourceType: 'unambiguous',
    preserveParens: false,
    ...(raw ? { experimentalRawTransfer: true } : {}),
  } as Parameters<typeof parseSync>[2]);
  // The parser loads its deserializer of JavaScript or of TypeScript on the first raw transfer of each (see `withDefaultFlags`).
  const typed = lang === 'ts' || lang === 'tsx';
  if (!raw || deserializers.has(typed)) return run();
  deserializers.add(typed);
  return withDefaultFlags(run);
}

/** Whether the parser has loaded its deserializer of TypeScript (true) and of JavaScript (false). */
const deserializers = new Set<boolean>();

function hasErrors(result: ReturnType<typeof parseSync>): boolean {
  return result.errors.some((e) => e.severity === 'Error');
}

function langOf(file: string): 'js' | 'jsx' | 'ts' | 'tsx' {
  if (/\.[cm]?tsx$/.test(file)) return 'tsx';
  if (/\.[cm]?ts$/.test(file)) return 'ts';
  // JSX is common in plain .js front ends; the jsx grammar is a superset for our purposes.
  return 'jsx';
}

function collectImports(mod: SourceModule): void {
  for (const stmt of mod.program.body as Node[]) {
    if (stmt.type === 'ImportDeclaration') {
      const source = stmt.source.value as string;
      mod.specifiers.push({ module: source, offset: stmt.start, ...(stmt.importKind === 'type' ? { types: true as const } : {}) });
      for (const spec of stmt.specifiers as Node[]) {
        const into = stmt.importKind === 'type' || spec.importKind === 'type' ? mod.typeImports : mod.imports;
        if (spec.type === 'ImportDefaultSpecifier') into.set(spec.local.name, { module: source, imported: 'default' });
        else if (spec.type === 'ImportNamespaceSpecifier') into.set(spec.local.name, { module: source, imported: '*' });
        else into.set(spec.local.name, { module: source, imported: propertyName(spec.imported) ?? 'default' });
      }
    } else if ((stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') && stmt.source) {
      mod.specifiers.push({ module: stmt.source.value as string, offset: stmt.start });
    } else if (stmt.type === 'VariableDeclaration') {
      for (const decl of stmt.declarations as Node[]) if (decl.init) bindRequire(mod, decl.id, decl.init);
    } else if (stmt.type === 'TSImportEqualsDeclaration' || (stmt.type === 'ExportNamedDeclaration' && stmt.declaration?.type === 'TSImportEqualsDeclaration')) {
      importEquals(mod, stmt.type === 'TSImportEqualsDeclaration' ? stmt : stmt.declaration, stmt.start);
    }
  }
}

/** TypeScript's `import impl = require('./impl')` (and `export import`): the whole module, as `const impl = require(...)` binds it. */
function importEquals(mod: SourceModule, decl: Node, offset: number): void {
  const ref = decl.moduleReference;
  if (ref?.type !== 'TSExternalModuleReference' || ref.expression?.type !== 'Literal' || typeof ref.expression.value !== 'string') return;
  const module = ref.expression.value;
  const types = decl.importKind === 'type';
  mod.specifiers.push({ module, offset, ...(types ? { types: true as const } : {}) });
  (types ? mod.typeImports : mod.imports).set(decl.id.name, { module, imported: 'default' });
}

/** `const x = require('m')`, `const { a, b: c } = require('m')`, `const x = require('m').y`. */
export function bindRequire(mod: SourceModule, id: Node, init: Node): boolean {
  const req = requireOf(init);
  if (!req) return false;
  addSpecifier(mod, req.module, init.start);
  if (id.type === 'Identifier') mod.imports.set(id.name, { module: req.module, imported: req.member ?? 'default' });
  else if (id.type === 'ObjectPattern') {
    for (const prop of id.properties as Node[]) {
      if (prop.type !== 'Property') continue;
      const key = propertyName(prop.key, prop.computed);
      const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
      if (key && value.type === 'Identifier') mod.imports.set(value.name, { module: req.module, imported: key });
    }
  }
  return true;
}

/**
 * `require('express')()`, `require('dotenv').config()`: a module required where no declaration binds it is imported
 * too. The walk sees the call before its declaration, so each is noted once by where it is.
 */
export function addSpecifier(mod: SourceModule, module: string, offset: number): void {
  if (!mod.specifiers.some((s) => s.offset === offset && s.module === module)) mod.specifiers.push({ module, offset });
}

function requireOf(init: Node): { module: string; member: string | null } | null {
  let node = unwrap(init);
  let member: string | null = null;
  if (node.type === 'MemberExpression') {
    member = propertyName(node.property, node.computed);
    node = unwrap(node.object);
  }
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require') {
    const module = specifierOf(node.arguments[0]);
    if (module !== null) return { module, member };
  }
  // `await import('m')`
  if (node.type === 'ImportExpression') {
    const module = specifierOf(node.source);
    if (module !== null) return { module, member };
  }
  return null;
}

/** The module a `require()` or `import()` names: a string, or a template without holes (`require(\`./jira\`)`); null when computed. */
export function specifierOf(arg: unknown): string | null {
  if (!isNode(arg)) return null;
  if (arg.type === 'Literal') return typeof arg.value === 'string' ? arg.value : null;
  if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return (arg.quasis[0]?.value.cooked as string | undefined) ?? null;
  return null;
}
