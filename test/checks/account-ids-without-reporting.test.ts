import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/account-ids-without-reporting.ts';
import { runChecks } from '../../src/checks/run.ts';
import type { PersonalDataUse } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const stored = (line: number, target = 'kvs', kind: PersonalDataUse['kind'] = 'account-id'): PersonalDataUse =>
  ({ kind, action: 'stored', target, evidence: at('src/store.js', line) });
const reportingCall = at('src/privacy.js', 20, 'await privacy.reportPersonalData(accounts);');
const weekly = { key: 'personal-data-report', kind: 'scheduled' as const, interval: 'week', evidence: at('manifest.yml', 22) };

const cases: Case[] = [
  { name: 'no personal data stored', facts: makeFacts({ personalData: { uses: [{ kind: 'account-id', action: 'read', target: null, evidence: at('src/index.js', 3) }] } }), expect: [] },
  {
    name: 'stored and reported weekly',
    facts: makeFacts({ personalData: { uses: [stored(5)], reporting: { calls: [reportingCall], triggers: [weekly] } } }),
    expect: [],
  },
  { name: 'only cached', facts: makeFacts({ personalData: { uses: [stored(5, 'cache')] } }), expect: [] },
  { name: "only clients' IP addresses stored: no Atlassian account to report", facts: makeFacts({ personalData: { uses: [stored(5, 'external-db', 'ip-address')] } }), expect: [] },
  {
    name: 'sent to a Forge remote that declares storage, never reported',
    facts: makeFacts({
      personalData: { uses: [{ kind: 'account-id', action: 'sent', target: 'remote:sync', evidence: at('src/sync.js', 12) }] },
      egress: { remotes: [{ key: 'sync', baseUrl: 'https://sync.example.com', hosts: ['sync.example.com'], operations: ['storage', 'compute'], evidence: at('manifest.yml', 19) }] },
    }),
    expect: [{ messageId: 'noReporting', at: 'src/sync.js:12' }],
  },
  {
    name: 'stored and never reported',
    facts: makeFacts({ personalData: { uses: [stored(5), stored(9, 'issue-property', 'email')] } }),
    expect: [{ messageId: 'noReporting', at: 'src/store.js:5', related: ['src/store.js:9'] }],
  },
  {
    name: 'the reporting call is reached by no scheduled trigger',
    facts: makeFacts({ personalData: { uses: [stored(5)], reporting: { calls: [reportingCall], triggers: [] } } }),
    expect: [{ messageId: 'notScheduled', at: 'src/privacy.js:20', related: ['src/store.js:5'] }],
  },
  {
    name: 'reached only by a web trigger',
    facts: makeFacts({
      personalData: { uses: [stored(5)], reporting: { calls: [reportingCall], triggers: [{ ...weekly, kind: 'web', interval: null }] } },
    }),
    expect: [{ messageId: 'notScheduled', at: 'src/privacy.js:20', related: ['src/store.js:5'] }],
  },
  {
    name: 'a Connect app schedules reporting on its own server',
    facts: makeFacts({
      app: { platform: 'connect' },
      personalData: { uses: [stored(5, 'external-db')], reporting: { calls: [at('src/privacy.js', 8)], triggers: [] } },
    }),
    expect: [],
  },
];

describe('account-ids-without-reporting', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));

  it("tells a Connect app to report from its server to the site's API, not with Forge's privacy.reportPersonalData()", () => {
    const connect = makeFacts({ app: { platform: 'connect' }, personalData: { uses: [stored(5, 'external-db')] } });
    const [finding] = runChecks({ facts: connect, profile: null }, { only: [check.id] });
    assert.match(finding!.fix, /POST \/app\/report-accounts\//);
    assert.doesNotMatch(finding!.fix, /reportPersonalData/);
    const forge = makeFacts({ personalData: { uses: [stored(5)] } });
    assert.equal(runChecks({ facts: forge, profile: null }, { only: [check.id] })[0]!.fix, check.fix);
  });
});
