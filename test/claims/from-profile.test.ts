import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimsFromProfile } from '../../src/claims/from-profile.ts';
import { parseProfile } from '../../src/profile/load.ts';

const YAML = `version: 1
app:
  id: ari:cloud:ecosystem::app/b64e8d8a-a3f6-4692-8c1b-279f0c30b74b
scopes:
  read:jira-work: read issues for the queue
  storage:app: app state
thirdParties: []
logs:
  endUserData: false
data:
  - category: account-data
    storedIn: forge-kvs
    residency: follows-atlassian
program:
  personalDataReporting:
    cadence: weekly
claims:
  - id: no-egress
  - id: egress-only-to
    params:
      hosts: [api.acme.io]
  - The app does not use an external backend service.
  - statement: Our product is delightful.
  - id: no-such-claim
`;

describe('claims from the trust profile', () => {
  const { claims, diagnostics } = claimsFromProfile(parseProfile(YAML, 'candor.yaml'));
  const found = claims.map((c) => `${c.source.line} ${c.claim.id}`);

  it('reads the explicit claims list, with each entry line', () => {
    assert.deepEqual(found.slice(0, 3), ['18 no-egress', '19 egress-only-to', '22 no-external-backend']);
    assert.deepEqual(claims[1]!.params, { hosts: ['api.acme.io'] });
    assert.equal(claims[2]!.source.text, 'The app does not use an external backend service.');
    assert.equal(claims[2]!.source.kind, 'profile');
  });

  it('turns fields into the claims they state', () => {
    assert.deepEqual(found.slice(3), [
      '3 app-id', '5 exact-scopes', '7 third-parties-exactly', '9 no-end-user-data-in-logs', '16 personal-data-reporting',
      '11 storage-only-atlassian', '11 only-forge-kv', '11 data-residency-supported',
    ]);
    const scopes = claims.find((c) => c.claim.id === 'exact-scopes')!;
    assert.deepEqual(scopes.params, { scopes: [{ scope: 'read:jira-work', purpose: 'read issues for the queue' }, { scope: 'storage:app', purpose: 'app state' }] });
    assert.deepEqual(claims.find((c) => c.claim.id === 'third-parties-exactly')!.params, { parties: [] });
    assert.deepEqual(claims.find((c) => c.claim.id === 'personal-data-reporting')!.params, { cadence: 'weekly' });
  });

  it('reports an unknown id and a sentence that makes no known claim', () => {
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.path, d.line, d.message]), [
      ['warning', 'claims[3]', 23, 'no claim Candor knows is made by "Our product is delightful."'],
      ['error', 'claims[4].id', 24, 'unknown claim id "no-such-claim"'],
    ]);
  });

  it('gives nothing for a profile that could not be read', () => {
    assert.deepEqual(claimsFromProfile(parseProfile('a: [', 'candor.yaml')), { claims: [], diagnostics: [] });
  });
});

describe('kept-until-deleted from the profile\'s data', () => {
  const ids = (data: string) => claimsFromProfile(parseProfile(`version: 1\ndata:\n${data}`, 'candor.yaml')).claims.map((c) => c.claim.id);
  it('is stated when every kind of data the app keeps is kept until deleted, not when one has another retention', () => {
    const kept = '  - category: configuration\n    storedIn: forge-kvs\n    retention: until-deleted\n';
    assert.ok(ids(`${kept}  - category: ai-prompts\n    storedIn: not-stored\n`).includes('kept-until-deleted'));
    assert.ok(!ids(`${kept}  - category: account-data\n    storedIn: forge-kvs\n    retention: 30 days\n`).includes('kept-until-deleted'));
    assert.ok(!ids('  - category: configuration\n    storedIn: forge-kvs\n    retention: until-uninstall\n').includes('kept-until-deleted'));
  });
});
