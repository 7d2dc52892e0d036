/** Wordings four more model apps written blind showed missed, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { vendorsNamedIn } from '../../src/claims/vendor-names.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);

describe('recognising the tenth model apps\' wordings', () => {
  it('a vendor the app uses, then what it is sent holding no identifiers ("the events we send contain no personal data")', () => {
    assert.deepEqual(read('We use Amplitude for product analytics, and the events we send contain no personal data.'), [['no-identifiers-to-vendor', { vendor: 'Amplitude' }]]);
    assert.deepEqual(read('We use Mixpanel to count page views, and the data sent to it contains no user IDs.'), [['no-identifiers-to-vendor', { vendor: 'Mixpanel' }]]);
    // What it holds is named, not identifiers: no claim of this kind.
    assert.deepEqual(read('We use Sentry for error tracking, and the events contain no stack traces.'), []);
  });

  it('the payloads the app receives, denied in its logs: content, not who sent it', () => {
    assert.deepEqual(read('The webhook payloads we receive are never written to the app logs.'), [['no-end-user-data-in-logs', { kinds: ['product-content', 'resolver-payload'] }]]);
    assert.deepEqual(read('Event payloads are never logged.'), [['no-end-user-data-in-logs', { kinds: ['product-content', 'resolver-payload'] }]]);
    assert.deepEqual(read('Personal data is never written to the app logs.'), [['no-end-user-data-in-logs', {}]]);
  });

  it('a vendor whose whole name is a brand family\'s word ("Twilio"), not the family before another vendor\'s name', () => {
    assert.deepEqual(vendorsNamedIn('Twilio is our only sub-processor.').map((v) => v.id), ['twilio']);
    assert.deepEqual(read('Twilio is our only sub-processor.'), [['third-parties-exactly', { parties: ['Twilio is our only sub-processor.'] }]]);
    assert.deepEqual(vendorsNamedIn('We send e-mail with Twilio SendGrid and track events with Twilio Segment.').map((v) => v.id).sort(), ['segment', 'sendgrid']);
  });
});
