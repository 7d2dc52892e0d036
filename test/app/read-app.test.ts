import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { readFixture } from './fixture.ts';

after(() => stopManifestValidator());

describe('readApp', () => {
  it('no manifest and no descriptor: a no-app error', async () => {
    const read = await readFixture('no-app');
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.file]), [['error', 'no-app', '.']]);
    assert.equal(read.app.platform, null);
    assert.deepEqual(read.packages.manifests, ['package.json']);
  });

  it('finds a Forge app kept in a sub-folder of the repository', async () => {
    const read = await readFixture('nested-forge-app');
    assert.equal(read.app.manifest, 'forge-app/manifest.yml');
    assert.deepEqual(read.functionHandlers.map((h) => [h.file, h.exportName, h.evidence.file, h.evidence.line]), [['forge-app/src/index.js', 'run', 'forge-app/manifest.yml', 8]]);
    assert.deepEqual(read.triggers.map((t) => [t.kind, t.key, t.function]), [['web', 'health', 'main']]);
    assert.deepEqual(read.diagnostics, []);
  });

  it('a module using an undeclared resource, a resource pointing nowhere', async () => {
    const read = await readFixture('unresolved-resource');
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.line]), [['warning', 'unresolved-resource', 8], ['warning', 'unresolved-resource', 13]]);
    assert.deepEqual(read.app.products, ['confluence']);
  });

  it('an empty manifest is named, not taken for an app with nothing in it', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const { facts } = await scanFiles({ 'manifest.yml': '# nothing yet\n', 'src/index.js': 'export const run = () => 1;\n' });
    assert.deepEqual(facts.diagnostics.map((d) => [d.severity, d.code, `${d.file}:${d.line}`, d.message]), [['error', 'manifest-schema', 'manifest.yml:1', 'the manifest: is empty, but must be a map']]);
  });
});
