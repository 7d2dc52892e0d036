/**
 * How fast could the scan parse and visit an app with oxc-parser's lazy raw transfer? Compares, in
 * fresh processes (cold, as a scan runs):
 *   eager: today's parse (`experimentalRawTransfer`, the whole ESTree AST built as objects), no walk;
 *   lazy:  `experimentalLazy` with its `Visitor`, building only the nodes the scan looks at (calls,
 *          declarations, returns, assignments, functions, imports) and reading callee paths and
 *          argument expressions, as the detectors would.
 *
 *   node bench/lazy-parse.ts bench/.work/app-100k [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import * as oxc from 'oxc-parser';
import { listFiles } from '../src/app/files.ts';
import { median } from './measure.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, mode: { type: 'string' } } });
const dir = positionals[0];
if (!dir) throw new Error('usage: node bench/lazy-parse.ts <app-dir> [--runs 5]');

if (values.mode) {
  const files = listFiles(dir).files.filter((f) => f.source).map((f) => ({ path: f.path, text: fs.readFileSync(f.abs, 'utf8') }));
  const started = performance.now();
  const seen = values.mode === 'lazy' ? lazy(files) : eager(files);
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, seen }));
} else {
  for (const mode of ['eager', 'lazy']) {
    const args = [import.meta.filename, dir, '--mode', mode];
    const runs = Array.from({ length: Number(values.runs) }, () => JSON.parse(spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout) as { ms: number; seen: number });
    console.log(`${mode.padEnd(5)} median ${Math.round(median(runs.map((r) => r.ms)))} ms, best ${Math.round(Math.min(...runs.map((r) => r.ms)))} ms (${runs[0]!.seen} nodes or statements seen)`);
  }
}

function langOf(file: string): 'ts' | 'tsx' | 'jsx' {
  return /\.[cm]?tsx$/.test(file) ? 'tsx' : /\.[cm]?ts$/.test(file) ? 'ts' : 'jsx';
}

function eager(files: Array<{ path: string; text: string }>): number {
  let seen = 0;
  for (const f of files) seen += (oxc.parseSync(f.path, f.text, { lang: langOf(f.path), experimentalRawTransfer: true } as never).program.body as unknown[]).length;
  return seen;
}

function lazy(files: Array<{ path: string; text: string }>): number {
  let seen = 0;
  const path = (e: any): string => {
    switch (e?.type) {
      case 'IdentifierReference': return e.name;
      case 'StaticMemberExpression': return `${path(e.object)}.${e.property.name}`;
      case 'CallExpression': return `${path(e.callee)}()`;
      default: return '?';
    }
  };
  const expr = (e: any, depth = 0): void => {
    if (!e || depth > 4) return;
    seen++;
    if (e.type === 'StaticMemberExpression') expr(e.object, depth + 1);
    else if (e.type === 'CallExpression') { expr(e.callee, depth + 1); for (const a of e.arguments) expr(a, depth + 1); }
    else if (e.type === 'ObjectExpression') for (const p of e.properties) expr(p.value, depth + 1);
    else if (e.type === 'TemplateLiteral') for (const x of e.expressions) expr(x, depth + 1);
  };
  // Exported by oxc-parser, not yet in its type declarations.
  const Visitor = (oxc as unknown as { experimentalGetLazyVisitor(): any }).experimentalGetLazyVisitor();
  const visitor = new Visitor({
    CallExpression: (c: any) => { path(c.callee); for (const a of c.arguments) expr(a); },
    NewExpression: (c: any) => { path(c.callee); },
    VariableDeclarator: (d: any) => { expr(d.init); },
    ReturnStatement: (r: any) => { expr(r.argument); },
    AssignmentExpression: (a: any) => { expr(a.right); },
    Function: () => { seen++; },
    'Function:exit': () => {},
    ArrowFunctionExpression: () => { seen++; },
    ImportDeclaration: (i: any) => { seen += i.source.value.length > 0 ? 1 : 0; },
  });
  for (const f of files) {
    const result = oxc.parseSync(f.path, f.text, { lang: langOf(f.path), experimentalLazy: true } as never) as any;
    result.visit(visitor);
    result.dispose();
  }
  return seen;
}
