import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/collects-only.ts';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import type { PersonalDataUse } from '../../src/scan/facts.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts, remoteCall, remoteFact } from './facts-builder.ts';

const use = (kind: PersonalDataUse['kind'], action: PersonalDataUse['action'], target: string | null, file: string, line: number): PersonalDataUse => ({ kind, action, target, evidence: at(file, line) });
const uses = (list: PersonalDataUse[]) => ({ personalData: { uses: list, reporting: { calls: [], triggers: [] } } });

const cases: Case[] = [
  {
    name: 'account IDs listed, and emails stored too',
    params: { kinds: ['account-id'] },
    facts: makeFacts(uses([use('account-id', 'stored', 'external-db', 'lib/db.js', 6), use('email', 'stored', 'external-db', 'lib/db.js', 6)])),
    expect: { verdict: 'contradicted', messageId: 'more', at: ['lib/db.js:6'] },
  },
  {
    name: 'an email read to display it is not collected',
    params: { kinds: ['account-id'] },
    facts: makeFacts(uses([use('account-id', 'stored', 'kvs', 'src/index.js', 14), use('email', 'read', null, 'src/users.js', 3)])),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/index.js:14'] },
  },
  {
    name: 'a display name sent to a remote that keeps it',
    params: { kinds: ['account-id'] },
    facts: makeFacts({ ...uses([use('display-name', 'sent', 'remote:backend', 'src/sync.js', 8)]), egress: { remotes: [remoteFact('backend', ['storage'])], calls: [remoteCall('backend', 'src/sync.js', 8, ['display-name'])] } }),
    expect: { verdict: 'contradicted', messageId: 'more', at: ['src/sync.js:8'] },
  },
  { name: 'nothing personal kept', params: { kinds: [] }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
];

const source = { kind: 'statement' as const, file: 'statement.txt', line: 1, column: 1, text: '' };
const found = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'collects-only');

describe('collects-only', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads the personal data a list names', () => {
    assert.deepEqual(found('We only collect Atlassian account IDs and worklog hours.')?.params, { kinds: ['account-id'] });
    assert.deepEqual(found('We only collect your Atlassian account ID and the story points you vote.')?.params, { kinds: ['account-id'] });
    assert.deepEqual(found('The app stores only the account ID and display name of each voter.')?.params, { kinds: ['account-id', 'display-name'] });
  });

  it('reads a list named as the only data or identifiers kept, before or after the verb', () => {
    assert.deepEqual(found('Atlassian account IDs are the only identifiers we store.')?.params, { kinds: ['account-id'] });
    assert.deepEqual(found('Account IDs and e-mail addresses are the only personal data the app keeps.')?.params, { kinds: ['account-id', 'email'] });
    assert.deepEqual(found('The only identifiers we store are account IDs.')?.params, { kinds: ['account-id'] });
    // Where, not all the app keeps.
    assert.equal(found('Account IDs are the only data we store in Forge storage.'), undefined);
    assert.equal(found('Account IDs are the only identifiers we keep there.'), undefined);
    // The app by its name keeps them; not what a part or a store of it records.
    assert.deepEqual(found('The account ID is the only personal data Vote Counter keeps.')?.params, { kinds: ['account-id'] });
    assert.equal(found('Account IDs are the only identifiers our logs record.'), undefined);
    assert.equal(found('Page titles are the only data the search index holds.'), undefined);
  });

  it('is not a sentence about where data is kept, or one that does not say which data', () => {
    for (const sentence of [
      'The app only stores data in Forge storage.',
      'We only collect the data necessary for the app to work.',
      'We only store personal data that the app needs.',
      'The app stores only in Atlassian.',
      'The app keeps only what it needs to render the board.',
      // What it keeps in one place, not all it keeps.
      'The app does not edit issues; it only saves a mood summary in an issue property.',
      'We only store account IDs in Forge storage.',
    ]) assert.equal(found(sentence), undefined, sentence);
  });

  it('reads the value of a "Data stored" label in a table as the list; a heading over a list still reads its list', () => {
    const table = (label: string, value: string) => recogniseClaims(readStatement('s.md', `| Area | Current behavior |\n|---|---|\n| ${label} | ${value} |\n`)).filter((r) => r.claim.id === 'collects-only').map((r) => r.params);
    assert.deepEqual(table('Data stored', "Note text, the Atlassian account ID of the note's author and the time it was written"), [{ kinds: ['account-id'] }]);
    assert.deepEqual(table('Data collected', 'Board layouts and the display names of voters'), [{ kinds: ['display-name'] }]);
    assert.deepEqual(table('Data stored', 'None'), []);
    assert.deepEqual(table('Storage location', 'Forge key-value storage'), []);
    // A cell that answers yes or says where names no data: it is not the list of what is kept.
    assert.deepEqual(table('Data stored', 'In Forge storage on your Atlassian site'), []);
    assert.deepEqual(table('Data collected', 'Yes, see below'), []);
    assert.deepEqual(table('Data stored', 'Atlassian cloud (Forge)'), []);
    assert.deepEqual(table('Data stored', 'Forge storage'), []);
    assert.deepEqual(table('Data stored', 'Issue keys and the account IDs of watchers in Forge storage'), [{ kinds: ['account-id'] }]);
    const heading = recogniseClaims(readStatement('s.md', '### Data we collect\n\n- Atlassian account ID\n- Checklist items you type\n')).filter((r) => r.claim.id === 'collects-only');
    assert.deepEqual(heading.map((r) => r.params), [{ kinds: ['account-id'] }]);
  });
});
