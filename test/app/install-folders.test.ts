import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { leftOut, listFiles } from '../../src/app/files.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'notes', name: { value: 'Notes' }, url: '/index.php' }] },
});
const page = (...scripts: string[]): string => [
  '<?php $title = "Notes"; ?>', '<html><head>', '<script src="https://connect-cdn.atl-paas.net/all.js"></script>',
  ...scripts.map((src) => `<script src="${src}"></script>`), '</head><body><div id="notes"></div></body></html>',
].join('\n');
/** A package's page that calls another site from the browser, as a debug toolbar's template does. */
const toolbar = '<script src="https://cdn.toolbar-assets.example/hl.js"></script>\n<script>fetch("https://telemetry.toolbar.example/ping", { method: "POST" });</script>\n';
const hosts = (facts: { egress: { calls: Array<{ host: string | null; evidence: { file: string } }> } }): string[] =>
  facts.egress.calls.map((c) => `${c.host} ${c.evidence.file}`).sort();

/** Writes the files given (path → text) to a temporary folder and lists it with `listFiles`. */
function listed(files: Record<string, string>, rel?: string): { paths: string[]; why: ReturnType<typeof leftOut> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-list-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return { paths: listFiles(dir).files.map((f) => f.path), why: rel === undefined ? null : leftOut(dir, rel) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('other package managers\' install folders', () => {
  it('Composer\'s vendor/ beside composer.json is not the app: its packages\' pages are not the app\'s browser egress; the app\'s own public/vendor/ scripts are', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'composer.json': '{ "require": { "acme/debug-bar": "^1.0" } }',
      'public/index.php': page('/vendor/widget.js'),
      'public/vendor/widget.js': 'fetch("https://api.widgets.example/v1/render", { method: "POST" });\n',
      'vendor/acme/debug-bar/views/toolbar.html.php': toolbar,
      'vendor/acme/debug-bar/src/Bar.php': '<?php\nclass Bar {}\n',
    });
    assert.deepEqual(hosts(facts), ['api.widgets.example public/vendor/widget.js']);
  });

  it('a vendor/ folder Composer installed (its autoload.php or composer/) is skipped wherever it is; an app\'s own vendor/ of libraries is listed', () => {
    const { paths } = listed({
      'server/composer.lock': '{}',
      'server/vendor/autoload.php': '<?php\n',
      'server/vendor/acme/bar/toolbar.html.php': toolbar,
      'api/vendor/composer/installed.json': '{}',
      'api/vendor/acme/bar/toolbar.js': 'fetch("https://telemetry.toolbar.example/ping");\n',
      'static/vendor/chart.js': 'export const chart = 1;\n',
      'vendor/lib.js': 'export const lib = 1;\n',
    });
    assert.deepEqual(paths, ['server/composer.lock', 'static/vendor/chart.js', 'vendor/lib.js']);
  });

  it('Bundler\'s vendor/bundle/ and Python virtualenvs (.venv/, or any folder with pyvenv.cfg) are skipped, and leftOut says so', () => {
    const files = {
      'Gemfile': 'source "https://rubygems.org"\n',
      'vendor/bundle/ruby/3.3.0/gems/debugbar-1.0/app/views/bar.html.erb': toolbar,
      'vendor/assets/app.js': 'export const app = 1;\n',
      '.venv/lib/python3.12/site-packages/notebook/static/main.js': 'fetch("https://telemetry.toolbar.example/ping");\n',
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/lib/python3.12/site-packages/django/contrib/admin/static/admin/js/core.js': 'fetch("https://telemetry.toolbar.example/ping");\n',
      'tools/env/readme.js': 'export const tool = 1;\n',
    };
    assert.deepEqual(listed(files).paths, ['Gemfile', 'tools/env/readme.js', 'vendor/assets/app.js']);
    assert.deepEqual(listed(files, 'env/lib/python3.12/site-packages/django/contrib/admin/static/admin/js/core.js').why, { folder: 'env' });
    assert.deepEqual(listed(files, 'vendor/bundle/ruby/3.3.0/gems/debugbar-1.0/app/views/bar.html.erb').why, { folder: 'vendor/bundle' });
    assert.equal(listed(files, 'vendor/assets/app.js').why, null);
  });
});
