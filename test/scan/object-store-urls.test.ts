import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

/** An app with an object store, depending on its package. */
const APP = {
  'manifest.yml': forgeManifest().replace('modules:\n', 'modules:\n  objectStore:\n    - key: reports\n      storageClass: standard\n'),
  'package.json': JSON.stringify({ dependencies: { '@forge/object-store': '^1.0.0' } }),
};

describe('pre-signed URLs of the Forge Object Store', () => {
  it('are writes and reads of the object store, and a request to one is no egress', async () => {
    const { facts } = await scanFiles({
      ...APP,
      'src/index.js': [
        "import objectStore from '@forge/object-store';",
        '',
        'export async function run(event) {',
        '  const key = `reports/${event.owner.accountId}.csv`;',
        '  const upload = await objectStore.createUploadUrl({ key, length: event.csv.length, checksum: event.sum, checksumType: "SHA256" });',
        "  await fetch(upload.url, { method: 'PUT', body: event.csv });",
        '  const link = await objectStore.createDownloadUrl(key);',
        "  await fetch('https://hooks.example.com/ready', { method: 'POST', body: JSON.stringify({ url: link.url }) });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.evidence.line]), [
      ['object-store', 'write', 'reports/{}.csv', '@forge/object-store.createUploadUrl', 5],
      ['object-store', 'read', 'reports/{}.csv', '@forge/object-store.createDownloadUrl', 7],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.host, c.evidence.line]), [['POST', 'hooks.example.com', 8]]);
  });

  it('is so also with the url destructured from the answer', async () => {
    const { facts } = await scanFiles({
      ...APP,
      'src/index.js': [
        "import objectStore from '@forge/object-store';",
        '',
        'export async function run(event) {',
        '  const { url } = await objectStore.createUploadUrl({ key: `reports/${event.id}.csv`, length: event.csv.length });',
        "  await fetch(url, { method: 'PUT', body: event.csv });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.evidence.line]), [['object-store', 'write', 4]]);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});
