import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameThirdParty, siteDomain } from '../../src/checks/third-party-match.ts';
import { at, thirdParty } from './facts-builder.ts';

const openai = thirdParty('openai', 'OpenAI', 'https://openai.com', 'ai', [{ kind: 'import', detail: 'openai', evidence: at('src/ai.js', 1) }]);
const sentry = thirdParty('sentry', 'Sentry', 'https://sentry.io', 'error-tracking', []);
const s3 = thirdParty('aws-s3', 'Amazon S3', 'https://aws.amazon.com/s3/', 'storage', []);
const segment = thirdParty('segment', 'Segment (Twilio)', 'https://segment.com', 'analytics', []);

const cases: Array<{ entry: { name: string; id?: string; link?: string }; found: typeof openai; same: boolean }> = [
  { entry: { name: 'OpenAI' }, found: openai, same: true },
  { entry: { name: 'OpenAI, L.L.C.' }, found: openai, same: true },
  { entry: { name: 'Functional Software, Inc. (Sentry)' }, found: sentry, same: true },
  { entry: { name: 'Twilio Segment' }, found: segment, same: true },
  { entry: { name: 'Segment' }, found: segment, same: true },
  { entry: { name: 'AWS', id: 'aws-s3' }, found: s3, same: true },
  { entry: { name: 'Amazon Web Services', link: 'https://aws.amazon.com/compliance/data-privacy/' }, found: s3, same: true },
  { entry: { name: 'Anthropic' }, found: openai, same: false },
  { entry: { name: 'Open Source Initiative' }, found: openai, same: false },
  { entry: { name: 'Sentinel' }, found: sentry, same: false },
];

describe('third party matching', () => {
  for (const c of cases) {
    it(`${c.entry.name} ${c.same ? 'is' : 'is not'} ${c.found.name}`, () => assert.equal(sameThirdParty(c.entry, c.found), c.same));
  }
  it('site domains', () => {
    assert.equal(siteDomain('https://aws.amazon.com/s3/'), 'amazon.com');
    assert.equal(siteDomain('www.example.co.uk'), 'example.co.uk');
    assert.equal(siteDomain('localhost'), null);
  });
});
