import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-deleted-on-uninstall.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import type { Profile } from '../../src/profile/schema.ts';
import type { Facts, ThirdParty } from '../../src/scan/facts.ts';
import { formatMessage } from '../../src/utils/format-message.ts';
import { at, makeFacts, remoteFact, storageWrite } from './facts-builder.ts';

const kvs = [storageWrite('kvs', ['other'], 'src/store.js', 22)];
const supabase = [storageWrite('external-db', ['account-id'], 'lib/db.js', 53)];
/** A Connect app's notes table, its route deleting from it, and the installation details ACE saves. */
const notes = [
  { ...storageWrite('external-db', ['product-content'], 'routes/index.js', 12), key: 'notes' },
  { ...storageWrite('external-db', [], 'routes/index.js', 20), op: 'delete' as const, key: 'notes' },
  { ...storageWrite('external-db', ['secret'], 'app.js', 5), key: 'clientInfo' },
];

/** Amazon S3, imported where the app uploads files. */
const s3: ThirdParty = { vendor: 'aws-s3', name: 'Amazon S3', site: 'https://aws.amazon.com/s3/', category: 'storage', region: 'US', via: [{ kind: 'import', detail: '@aws-sdk/client-s3', evidence: at('uploads.js', 3) }] };

const cases: Case[] = [
  { name: 'Forge storage, deleted by Atlassian', params: { immediately: false }, facts: makeFacts({ storage: kvs }), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  { name: '"immediately", but Forge keeps it 28 days', params: { immediately: true }, facts: makeFacts({ storage: kvs }), expect: { verdict: 'unverified', messageId: 'notImmediate', at: [] } },
  { name: 'nothing stored', params: { immediately: true }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'nothingStored', at: [] } },
  { name: 'an external store and no uninstall handler', params: {}, facts: makeFacts({ storage: supabase }), expect: { verdict: 'contradicted', messageId: 'kept', at: ['lib/db.js:53'] } },
  {
    name: 'an external store with an uninstalled lifecycle handler, and code that deletes from it',
    params: {},
    facts: makeFacts({ storage: [...supabase, { ...storageWrite('external-db', [], 'lib/db.js', 70), op: 'delete' }], uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 19) }] }),
    expect: { verdict: 'unverified', messageId: 'handler', at: ['lib/db.js:53', 'atlassian-connect.json:19'] },
  },
  {
    name: 'an uninstalled handler, but nothing in the code deletes from the external store (it marks the tenant uninstalled)',
    params: {},
    facts: makeFacts({ storage: [...supabase, storageWrite('external-db', ['other'], 'src/server.js', 22)], uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6) }] }),
    expect: { verdict: 'contradicted', messageId: 'handlerKeeps', at: ['atlassian-connect.json:6', 'lib/db.js:53', 'src/server.js:22'] },
  },
  {
    name: 'an uninstalled handler and a query Candor cannot read, which may delete',
    params: {},
    facts: makeFacts({ storage: [...supabase, { ...storageWrite('external-db', [], 'lib/db.js', 80), op: 'query' }], uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6) }] }),
    expect: { verdict: 'unverified', messageId: 'handler', at: ['lib/db.js:53', 'atlassian-connect.json:6'] },
  },
  {
    name: 'an uninstalled route that deletes from every table the app writes',
    params: { immediately: true },
    facts: makeFacts({
      storage: [...notes, { ...storageWrite('external-db', [], 'routes/index.js', 21), op: 'delete', key: 'clientInfo' }],
      uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6), deletes: [
        { backend: 'external-db', key: 'notes', evidence: at('routes/index.js', 20), tenant: true },
        { backend: 'external-db', key: 'clientInfo', evidence: at('routes/index.js', 21), tenant: true },
      ] }],
    }),
    expect: { verdict: 'verified', messageId: 'handlerDeletes', at: ['atlassian-connect.json:6', 'routes/index.js:20', 'routes/index.js:21'] },
  },
  {
    name: 'an uninstalled route that deletes the notes but leaves the installation details ACE saved',
    params: {},
    facts: makeFacts({
      storage: notes,
      uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6), deletes: [{ backend: 'external-db', key: 'notes', evidence: at('routes/index.js', 20), tenant: true }] }],
    }),
    expect: { verdict: 'unverified', messageId: 'handlerPartly', at: ['atlassian-connect.json:6', 'app.js:5'] },
  },
  {
    name: 'an uninstalled route that leaves a table the app writes, beside a storage vendor Candor cannot follow: the table left is named',
    params: {},
    facts: makeFacts({
      storage: notes,
      thirdParties: [s3],
      uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6), deletes: [{ backend: 'external-db', key: 'notes', evidence: at('routes/index.js', 20), tenant: true }] }],
    }),
    expect: { verdict: 'unverified', messageId: 'handlerPartly', at: ['atlassian-connect.json:6', 'app.js:5'] },
  },
  {
    name: 'an uninstalled route that deletes from every table, beside a storage vendor Candor cannot follow: not verified',
    params: {},
    facts: makeFacts({
      storage: [...notes, { ...storageWrite('external-db', [], 'routes/index.js', 21), op: 'delete', key: 'clientInfo' }],
      thirdParties: [s3],
      uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6), deletes: [
        { backend: 'external-db', key: 'notes', evidence: at('routes/index.js', 20), tenant: true },
        { backend: 'external-db', key: 'clientInfo', evidence: at('routes/index.js', 21), tenant: true },
      ] }],
    }),
    expect: { verdict: 'unverified', messageId: 'handler', at: ['routes/index.js:12', 'app.js:5', 'uploads.js:3', 'atlassian-connect.json:6'] },
  },
  {
    name: 'an uninstalled route whose deletes pick no tenant (a session by its id, a cache entry by another key): they clear nothing of the tenant\'s',
    params: {},
    facts: makeFacts({
      storage: [...notes, { ...storageWrite('external-db', [], 'routes/index.js', 21), op: 'delete', key: 'clientInfo' }],
      uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 6), deletes: [
        { backend: 'external-db', key: 'notes', evidence: at('routes/index.js', 20) },
        { backend: 'external-db', key: 'clientInfo', evidence: at('routes/index.js', 21) },
      ] }],
    }),
    expect: { verdict: 'unverified', messageId: 'handler', at: ['routes/index.js:12', 'app.js:5', 'atlassian-connect.json:6'] },
  },
];

describe('data-deleted-on-uninstall', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('data-deleted-on-uninstall: a Forge remote that keeps data', () => {
  const facts = makeFacts({ egress: { remotes: [remoteFact('tracker', ['storage', 'compute'], 25)] } });
  const profile: Profile = { data: [{ category: 'account-data', description: 'Assignee account IDs', storedIn: 'vendor-db' }, { category: 'configuration', storedIn: 'forge-kvs' }] };
  const message = (f: Facts, p: Profile | null): string => {
    const outcome = claim.verify({}, { facts: f, profile: p });
    assert.equal(outcome.verdict, 'unverified');
    return formatMessage(claim.messages[outcome.messageId]!, outcome.data);
  };

  it('says which remote must delete which data, and that nothing tells it of the uninstall', () => {
    assert.equal(message(facts, profile), 'The app runs on its own server, the Forge remote tracker (manifest.yml:25), whose code Candor cannot see: confirm that tracker deletes Assignee account IDs (data[0]) after uninstall; no uninstall trigger in the manifest tells the app it was uninstalled.');
  });

  it('names the uninstall trigger when there is one, and the data in general without a profile', () => {
    const told = makeFacts({ egress: facts.egress, uninstall: [{ via: 'avi:forge:uninstalled:app', evidence: at('manifest.yml', 12) }] });
    assert.match(message(told, null), /confirm that tracker deletes the data it keeps after uninstall \(the uninstall trigger at manifest\.yml:12 runs then\)\.$/);
  });
});

describe('data-deleted-on-uninstall: recognised', () => {
  it('with a list of what is deleted between the uninstall and the deletion', () => {
    const text = 'When the app is uninstalled, all data associated with your site, including deal mappings and tokens, is deleted.';
    assert.deepEqual(recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id), ['data-deleted-on-uninstall']);
  });
});
