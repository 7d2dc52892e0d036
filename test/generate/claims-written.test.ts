/** Sentences the documents write for claims added late (calls-as-user, kept-until-deleted): written when the facts verify them, left out otherwise. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { Profile } from '../../src/profile/schema.ts';
import type { Facts, StorageOp } from '../../src/scan/facts.ts';
import { callsAsUser, keptUntilDeleted } from '../../src/render/documents/app-facts.ts';
import type { DocumentInput } from '../../src/render/documents/input.ts';
import { plain } from '../../src/render/documents/model.ts';
import { Truths } from '../../src/render/documents/truths.ts';
import { at, makeFacts, restCall } from '../claims/facts-builder.ts';

const inputFor = (facts: Facts, profile: Profile = {}): DocumentInput => ({ facts, profile, profileFile: null, locate: () => null, date: '2026-01-01', truths: new Truths({ facts, profile }) });
const write = (line: number, expiresAfter?: number): StorageOp => ({ backend: 'kvs', op: 'write', key: 'board:{}', api: 'kvs.set', carries: [], evidence: at('src/index.js', line), ...(expiresAfter !== undefined ? { expiresAfter } : {}) });
/** The sentence, and the claims Candor reads back from it. */
const readBack = (sentence: ReturnType<typeof callsAsUser>): string[] => {
  if (!sentence) return [];
  const text = plain(sentence);
  return recogniseText(text, { kind: 'statement', file: 'generated', line: 1, column: 1, text }).map((r) => r.claim.id);
};

describe('calls-as-user in the generated statements', () => {
  it('is written, and read back, when every product call is the user\'s', () => {
    const facts = makeFacts({ restCalls: [restCall('jira', 'GET', '/rest/api/3/issue/{}', null, 'src/index.js', 4), { ...restCall('jira', 'GET', '/rest/api/3/myself', null, 'static/app.js', 9), auth: 'bridge', api: 'requestJira' }] });
    const sentence = callsAsUser(inputFor(facts));
    assert.match(plain(sentence!), /^All Jira API calls are made as the current user/);
    assert.deepEqual(readBack(sentence), ['calls-as-user']);
  });

  it('is not written when a call is the app\'s, its principal is unknown, or the app makes no product call', () => {
    const user = restCall('confluence', 'GET', '/wiki/api/v2/pages/{}', null, 'src/index.js', 4);
    assert.equal(callsAsUser(inputFor(makeFacts({ restCalls: [user, { ...user, auth: 'asApp' }] }))), null);
    assert.equal(callsAsUser(inputFor(makeFacts({ restCalls: [user, { ...user, auth: 'api-token', api: 'fetch' }] }))), null);
    assert.equal(callsAsUser(inputFor(makeFacts())), null);
  });
});

describe('kept-until-deleted in the generated statements', () => {
  it('is written, and read back, when the app writes data that never expires and deletes nothing', () => {
    const sentence = keptUntilDeleted(inputFor(makeFacts({ storage: [write(3)] })));
    assert.deepEqual(readBack(sentence), ['kept-until-deleted']);
  });

  it('is not written when a write sets a time-to-live, the code deletes data, nothing is written, or the profile gives another retention', () => {
    const kept = makeFacts({ storage: [write(3)] });
    assert.equal(keptUntilDeleted(inputFor(kept, { data: [{ category: 'configuration', storedIn: 'forge-kvs', retention: 'until-uninstall' }] } as Profile)), null);
    assert.notEqual(keptUntilDeleted(inputFor(kept, { data: [{ category: 'configuration', storedIn: 'forge-kvs', retention: 'until-deleted' }] } as Profile)), null);
    assert.equal(keptUntilDeleted(inputFor(makeFacts({ storage: [write(3), write(8, 86_400)] }))), null);
    assert.equal(keptUntilDeleted(inputFor(makeFacts({ storage: [write(3), { ...write(9), op: 'delete', api: 'kvs.delete' }] }))), null);
    assert.equal(keptUntilDeleted(inputFor(makeFacts())), null);
  });
});
