import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { listFiles } from '../../src/app/files.ts';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { readApp } from '../../src/app/read-app.ts';

after(() => stopManifestValidator());

test('a Confluence macro, a module type without a product prefix, makes the app a Confluence app', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-macro-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/index.js'), 'export const run = () => null;\n');
    fs.writeFileSync(path.join(dir, 'manifest.yml'), 'modules:\n  macro:\n    - key: form\n      function: main\n      title: Form\n  function:\n    - key: main\n      handler: index.run\napp:\n  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13\n  runtime:\n    name: nodejs24.x\n');
    const read = await readApp(dir, listFiles(dir).files);
    assert.deepEqual(read.app.products, ['confluence']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
