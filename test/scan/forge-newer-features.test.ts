import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runChecks } from '../../src/checks/run.ts';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

// A Forge app of 2025–2026 features, all declared as Forge asks: a Rovo agent and its action, Forge LLMs, the Forge Cache,
// a custom entity queried by its index, an external authentication provider called without naming its remote, and a
// container service.
describe('a Forge app with the newer platform features (forge-newer-features)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/forge-newer-features'), { cache: false });
  });

  it('has its AI run by Atlassian, its cache and entity storage, and its provider request going to the provider\'s remote', () => {
    assert.deepEqual(facts.llm.map((l) => `${l.provider} ${at(l.evidence)}`), ['Atlassian (Rovo) manifest.yml:11', 'Atlassian (Forge LLMs) src/index.js:5']);
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.expiresAfter ?? '-'} ${at(s.evidence)}`), [
      'custom-entity write note - src/actions.js:5',
      'cache read summary:{} - src/index.js:11',
      'custom-entity query note - src/index.js:13',
      'cache write summary:{} 300 src/index.js:19',
      'cache write viewer:{} 600 src/index.js:20',
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.host} ${at(c.evidence)}`), ['withProvider.fetch POST remote:google-apis src/index.js:27']);
    assert.deepEqual([facts.egress.unresolved, facts.egress.undeclared], [[], []]);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['google-workspace', 'google-identity']);
  });

  it('warns that the container service\'s code is not read, and nothing else', () => {
    assert.deepEqual(facts.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`), ['warning foreign-code services[0]']);
  });

  it('gives no undeclared-entity or undeclared-index finding: each entity is declared with the index its query uses', () => {
    assert.deepEqual(facts.storage.filter((s) => s.index !== undefined).map((s) => `${s.key} ${s.index}`), ['note issueKey']);
    const findings = runChecks({ facts, profile: null, profileSource: { file: 'candor.yaml', locate: () => null } }, { only: ['undeclared-entity', 'undeclared-index'] });
    assert.deepEqual(findings, []);
  });
});
