/**
 * Builds `dist/` for the published package: Node does not strip types under node_modules, so an
 * installed Candor runs JavaScript. Each `.ts` file of `src/` has its types stripped
 * (`module.stripTypeScriptTypes`), `.ts` specifiers become `.js`, and data files are copied.
 * Runs from `prepack`; in the repository the CLI runs `src/` directly.
 */
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
// Relative specifiers and worker URLs ending in .ts: `from './x.ts'`, `import('./x.ts')`, `new URL('./x.ts', …)`.
const SPECIFIER = /(['"])(\.{1,2}\/[^'"\n]+?)\.ts\1/g;

fs.rmSync(dist, { recursive: true, force: true });
let files = 0;
for (const entry of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const from = path.join(entry.parentPath, entry.name);
  const rel = path.relative(src, from);
  const to = path.join(dist, rel.replace(/\.ts$/, '.js'));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (entry.name.endsWith('.ts')) {
    const js = module.stripTypeScriptTypes(fs.readFileSync(from, 'utf8'), { mode: 'strip' });
    fs.writeFileSync(to, js.replace(SPECIFIER, '$1$2.js$1'));
  } else fs.copyFileSync(from, to);
  files++;
}
console.log(`built dist/ from ${files} files of src/`);
