import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/third-party-data-not-in-profile.ts';
import { sdkCall } from '../claims/facts-builder.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts, thirdParty } from './facts-builder.ts';

const sendgrid = thirdParty('sendgrid', 'Twilio SendGrid', 'https://sendgrid.com', 'email', [{ kind: 'import', detail: '@sendgrid/mail', evidence: at('src/digest.js', 2) }]);
const sentry = thirdParty('sentry', 'Sentry', 'https://sentry.io', 'error-tracking', [{ kind: 'import', detail: '@sentry/node', evidence: at('src/sentry.js', 1) }]);
const emailSent = sdkCall('sendgrid', 'src/digest.js', 20, ['email']);
const lines = { 'thirdParties[0].data': 7, 'thirdParties[0].subprocessor': 8 };

const cases: Case[] = [
  { name: 'no profile', facts: makeFacts({ thirdParties: [sendgrid], egress: { sdkCalls: [emailSent] } }), expect: [] },
  {
    name: 'the profile lists what it receives',
    facts: makeFacts({ thirdParties: [sendgrid], egress: { sdkCalls: [emailSent] } }),
    profile: { thirdParties: [{ id: 'sendgrid', name: 'Twilio SendGrid', data: ['contact-data'], subprocessor: true }] },
    expect: [],
  },
  {
    name: 'data: [] while the email SDK is given email addresses',
    facts: makeFacts({ thirdParties: [sendgrid], egress: { sdkCalls: [emailSent] } }),
    profile: { thirdParties: [{ name: 'SendGrid', data: [] }] },
    profileLines: lines,
    expect: [{ messageId: 'unlisted', at: 'src/digest.js:20', related: ['candor.yaml:7'] }],
  },
  {
    name: 'subprocessor: false while the code sends it End-User Data',
    facts: makeFacts({ thirdParties: [sendgrid], egress: { sdkCalls: [emailSent, sdkCall('sendgrid', 'src/digest.js', 31, ['display-name'])] } }),
    profile: { thirdParties: [{ id: 'sendgrid', name: 'Twilio SendGrid', data: ['usage-analytics'], subprocessor: false }] },
    profileLines: lines,
    expect: [{ messageId: 'unlisted', at: 'src/digest.js:20', related: ['src/digest.js:31', 'candor.yaml:8'] }],
  },
  {
    name: 'an error tracker that is only configured: nothing to report',
    facts: makeFacts({ thirdParties: [sentry], egress: { sdkCalls: [sdkCall('sentry', 'src/sentry.js', 3, ['secret'], 'init')] } }),
    profile: { thirdParties: [{ id: 'sentry', name: 'Sentry', data: [], subprocessor: false }] },
    expect: [],
  },
];

describe('third-party-data-not-in-profile', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
