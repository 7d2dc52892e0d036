import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect-c13', name);
const read = (name: string, file: string): string => fs.readFileSync(path.join(fixture(name), file), 'utf8');

describe('a Connect app served from GitHub Pages, its descriptor asking for lifecycle callbacks', () => {
  it('handles no uninstall: no code of the app answers the POST request on a static host', async () => {
    const facts = await scan(fixture('static-pages-lifecycle'));
    assert.deepEqual(facts.uninstall, []);
    assert.deepEqual(facts.diagnostics.map((d) => [d.code, d.severity, `${d.file}:${d.line}`]), [['unanswered-lifecycle', 'warning', 'atlassian-connect.json:10']]);
    assert.match(facts.diagnostics[0]!.message, /GitHub Pages/);
    // The callbacks are still what the descriptor declares.
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.events, at(t.evidence)]), [['connect-lifecycle', ['installed'], 'atlassian-connect.json:9'], ['connect-lifecycle', ['uninstalled'], 'atlassian-connect.json:10']]);
  });

  it('keeps the uninstall of the same app served from a host that runs code, or with its callback on such a host', async () => {
    const descriptor = JSON.parse(read('static-pages-lifecycle', 'atlassian-connect.json')) as { baseUrl: string; lifecycle: Record<string, string> };
    const elsewhere = { ...descriptor, baseUrl: 'https://notes.acme-tools.example' };
    const absolute = { ...descriptor, lifecycle: { ...descriptor.lifecycle, uninstalled: 'https://hooks.acme-tools.example/uninstalled' } };
    for (const changed of [elsewhere, absolute]) {
      const { facts } = await scanFiles({
        'atlassian-connect.json': JSON.stringify(changed),
        'package.json': read('static-pages-lifecycle', 'package.json'),
        'src/notes.js': read('static-pages-lifecycle', 'src/notes.js'),
      });
      assert.deepEqual(facts.uninstall.map((u) => u.via), [`Connect lifecycle \`uninstalled\` (${changed.lifecycle.uninstalled})`], changed.baseUrl);
      assert.deepEqual(facts.diagnostics, []);
    }
  });
});
