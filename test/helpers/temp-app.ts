import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

/** A Forge manifest with one function, `index.run`, and the lines given after it (`permissions:` …). */
export function forgeManifest(...extra: string[]): string {
  return [
    'modules:', '  function:', '    - key: main', '      handler: index.run',
    'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
    ...extra, '',
  ].join('\n');
}

/** A Forge manifest with a Jira issue panel (Custom UI `static/build`) whose resolver is `index.handler`, and the scopes given. */
export function panelManifest(...scopes: string[]): string {
  return [
    'modules:',
    '  jira:issuePanel:', '    - key: panel', '      resource: main', '      resolver:', '        function: resolver', '      title: Panel',
    '  function:', '    - key: resolver', '      handler: index.handler',
    'resources:', '  - key: main', '    path: static/build',
    'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
    'permissions:', '  scopes:', ...scopes.map((scope) => `    - ${scope}`), '',
  ].join('\n');
}

/** Writes an app of the files given (path → text) to a temporary folder, scans it and removes it. */
export async function scanFiles(files: Record<string, string>): Promise<{ dir: string; facts: Facts }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-app-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return { dir, facts: await scan(dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files of the app in `dir` (path → text), with the changes given: a file to null leaves it out. */
export function appFilesWith(dir: string, changes: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const file = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else out[file] = fs.readFileSync(path.join(dir, file), 'utf8');
    }
  };
  walk('');
  for (const [file, text] of Object.entries(changes)) {
    if (text === null) delete out[file];
    else out[file] = text;
  }
  return out;
}
