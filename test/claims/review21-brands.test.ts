/** A family's brand written alone lists the company, unless its own clause denies it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/third-parties-exactly.ts';
import type { ThirdParty } from '../../src/scan/facts.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts, thirdParty } from './facts-builder.ts';

const gemini = (): ThirdParty => thirdParty('google-gemini', 'Google Gemini API', 'ai', [{ kind: 'import', detail: 'google-gemini', evidence: at('src/index.js', 9) }]);

const cases: Case[] = [
  {
    name: 'a brand denied in its clause ("nothing is sent to Google") lists none of its services',
    params: { parties: ['Our only sub-processor is OpenAI (AI summaries); nothing is sent to Google.'] },
    facts: makeFacts({ thirdParties: [gemini()] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['src/index.js:9'] },
  },
  {
    name: 'an item that says the brand is not used ("OpenAI (AI summaries; we do not use Google)") lists none of its services',
    params: { parties: ['OpenAI (AI summaries; we do not use Google)', 'Sentry (error tracking)'] },
    facts: makeFacts({ thirdParties: [gemini()] }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['src/index.js:9'] },
  },
  {
    name: 'the brand written alone and not denied still lists the company ("Google (AI summaries), never Microsoft")',
    params: { parties: ['Google (AI summaries), never Microsoft'] },
    facts: makeFacts({ thirdParties: [gemini()] }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/index.js:9'] },
  },
];

describe('third-parties-exactly: a family\'s brand alone, reviewed', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
