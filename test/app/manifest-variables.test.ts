import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ReadAppResult } from '../../src/app/read-app.ts';
import { at, readFixture } from './fixture.ts';

describe('manifest variables (`${APP_ID}` declared under environment.variables)', () => {
  let read: ReadAppResult;
  before(async () => {
    read = await readFixture('manifest-variables');
  });

  it('are filled in from their defaults before the app is read, with evidence at the manifest', () => {
    assert.equal(read.app.id, 'ari:cloud:ecosystem::app/7c2e4a90-5b1d-4f3e-8a62-d09b1e6c4f27');
    assert.equal(at(read.app.idEvidence), 'manifest.yml:2');
    assert.deepEqual(read.app.modules.map((m) => m.key), ['status-macro', 'resolver']);
    assert.deepEqual(read.remotes.map((r) => [r.key, r.baseUrl, at(r.evidence)]), [['backend', 'https://backend.example.com', 'manifest.yml:26']]);
  });

  it('are filled in before the schema check: no schema error on a substituted value', () => {
    assert.deepEqual(read.diagnostics.filter((d) => d.code === 'manifest-schema'), []);
  });

  it('report a variable not declared, or declared without a default, at the value that uses it instead of a schema error on it', () => {
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.line, d.path]), [
      ['warning', 'manifest-variable', 4, 'app.runtime.name'],
      ['info', 'manifest-variable', 21, 'modules.macro[0].title'],
    ]);
    assert.equal(read.app.runtime.name, '${RUNTIME}');
    assert.match(read.diagnostics[0]!.message, /not declared under `environment\.variables`: Forge leaves it as written/);
    assert.match(read.diagnostics[1]!.message, /takes from the environment it runs in; with no default declared/);
  });
});
