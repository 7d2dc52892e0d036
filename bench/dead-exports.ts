/**
 * How many of a generated app's exported functions and classes no other file imports (by name, as a
 * default, through `import * as` or a re-export): code that never runs, which Candor gives no facts.
 * `src/index`'s re-exports are the manifest's handlers and count as used.
 *
 *   node bench/dead-exports.ts bench/.work/app-100k [--list]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/app/files.ts';

export interface DeadExports {
  exported: number;
  dead: number;
  /** `file#name` of each dead export. */
  names: string[];
}

interface Node {
  type: string;
  [key: string]: any;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.js', '/index.jsx'];

function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [...EXTENSIONS.map((e) => base + e), base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

/** Exported functions (declared, or a const holding one) and classes of one module. */
function exportedCode(program: Node): string[] {
  const out: string[] = [];
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'ExportDefaultDeclaration') {
      out.push('default');
      continue;
    }
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : null;
    if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id) out.push(decl.id.name);
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations as Node[]) {
      if (d.id.type === 'Identifier' && /Function|ClassExpression/.test(d.init?.type ?? '')) out.push(d.id.name);
    }
  }
  return out;
}

export async function deadExports(dir: string): Promise<DeadExports> {
  const { parseSync } = await import('oxc-parser');
  const appDir = path.resolve(dir);
  // The source files Candor scans: `.gitignore`d build output and dependencies left out.
  const files = listFiles(appDir).files.filter((f) => f.source).map((f) => f.abs);
  const known = new Set(files);
  const exported = new Map<string, string[]>();
  const used = new Set<string>();
  const wholeModule = new Set<string>();
  for (const file of files) {
    const { program } = parseSync(file, fs.readFileSync(file, 'utf8'), file.endsWith('.js') ? { lang: 'jsx' } : {});
    exported.set(file, exportedCode(program as Node));
    for (const stmt of program.body as Node[]) {
      const source = stmt.type === 'ImportDeclaration' || stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration' ? stmt.source?.value : null;
      const target = typeof source === 'string' ? resolve(file, source, known) : null;
      if (!target) continue;
      if (stmt.type === 'ExportAllDeclaration') wholeModule.add(target);
      for (const s of (stmt.specifiers ?? []) as Node[]) {
        if (s.type === 'ImportNamespaceSpecifier') wholeModule.add(target);
        else if (s.type === 'ImportDefaultSpecifier') used.add(`${target}#default`);
        else used.add(`${target}#${(stmt.type === 'ImportDeclaration' ? s.imported : s.local).name ?? s.local.value}`);
      }
    }
  }
  const names: string[] = [];
  let count = 0;
  for (const [file, list] of exported) {
    count += list.length;
    if (wholeModule.has(file)) continue;
    for (const name of list) if (!used.has(`${file}#${name}`)) names.push(`${path.relative(appDir, file)}#${name}`);
  }
  return { exported: count, dead: names.length, names };
}

export function summary(result: DeadExports): string {
  return `${result.dead} of ${result.exported} exported functions and classes imported by no file (${((100 * result.dead) / Math.max(1, result.exported)).toFixed(1)} %)`;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false } } });
  for (const dir of positionals) {
    const result = await deadExports(dir);
    console.log(`${dir}: ${summary(result)}`);
    if (values.list) for (const n of result.names) console.log(`  ${n}`);
  }
}
