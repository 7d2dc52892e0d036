import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import noEgress from '../../src/claims/catalogue/no-egress.ts';
import { defineClaim, outcome } from '../../src/claims/define.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { call, makeFacts } from './facts-builder.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 27, column: 22, text: 'The current app version does not declare external remotes or external egress.' };

describe('verifyClaims', () => {
  it('turns each outcome into a result with its message', () => {
    const facts = makeFacts({ egress: { calls: [call('api.segment.io', 'static/src/main.jsx', 16, ['literal'], 'frontend')] } });
    assert.deepEqual(verifyClaims([{ claim: noEgress, params: {}, source }], { facts, profile: null }), [
      {
        claim: 'no-egress', title: 'No data egress', verdict: 'contradicted', message: 'The code calls api.segment.io (static/src/main.jsx:16).', source,
        evidence: [{ file: 'static/src/main.jsx', line: 16, column: 1, excerpt: '' }],
      },
    ]);
  });

  it('fails loudly when a claim returns a message id it does not define', () => {
    const broken = defineClaim({
      id: 'broken', title: 'Broken', description: 'A claim with a wrong message id.', decidedBy: 'code', phrasings: [/x/], examples: ['x'],
      messages: { verified: 'ok' }, verify: () => outcome('verified', 'verfied'),
    });
    assert.throws(() => verifyClaims([{ claim: broken, params: {}, source }], { facts: makeFacts(), profile: null }), /broken returned the message id "verfied"/);
  });
});
