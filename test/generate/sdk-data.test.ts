/** What the generated statements say each third party receives, when the code hands it data through its SDK, and what that asks of the profile. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Profile } from '../../src/profile/schema.ts';
import { egress } from '../../src/render/documents/app-facts.ts';
import { thirdPartyBlocks } from '../../src/render/documents/data-sections.ts';
import { partyViews, type DocumentInput } from '../../src/render/documents/input.ts';
import { blockMarkdown } from '../../src/render/documents/markdown.ts';
import { plain } from '../../src/render/documents/model.ts';
import { Needs } from '../../src/render/documents/needs.ts';
import { buildPrivacyPolicy } from '../../src/render/documents/privacy-policy.ts';
import { Truths } from '../../src/render/documents/truths.ts';
import { dataWords } from '../../src/render/documents/words.ts';
import { DATE, factsOf, ROOT } from './helpers.ts';

const APP = path.join(ROOT, 'test/fixtures/third-parties/sdk-data');

async function inputFor(profile: Profile): Promise<DocumentInput> {
  const facts = await factsOf(APP);
  return { facts, profile, profileFile: 'candor.yaml', locate: () => null, date: DATE, truths: new Truths({ facts, profile }) };
}

test('a third party the profile lists without data is said to receive what the code sends it', async () => {
  const input = await inputFor({
    thirdParties: [
      { id: 'sendgrid', name: 'Twilio SendGrid', purpose: 'Weekly digest emails' },
      { id: 'openai', name: 'OpenAI', purpose: 'Issue summaries', data: ['ai-prompts'] },
      { id: 'sentry', name: 'Sentry', purpose: 'Error reports', data: [] },
    ],
  });
  const blocks = thirdPartyBlocks(partyViews(input), false, false);
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.items.map(plain) : []));
  assert.deepEqual(items, [
    'Twilio SendGrid: Weekly digest emails. Data it receives: email addresses and product content.',
    'OpenAI: Issue summaries. Data it receives: AI prompts.',
    'Sentry: Error reports. It receives no End-User Data.',
  ]);
});

test('the egress sentence names what each third party is sent', async () => {
  const sentence = egress(await inputFor({}));
  assert.equal(
    plain(sentence ?? []),
    'The app can send data to these hosts outside Atlassian: api.openai.com, api.sendgrid.com and *.ingest.sentry.io. It sends product content to OpenAI and email addresses and product content to Twilio SendGrid.',
  );
});

test('a category names its data in a sentence with acronyms and proper nouns kept', () => {
  assert.deepEqual(['ai-prompts', 'account-data', 'product-content', 'Issue text'].map(dataWords), ['AI prompts', 'Atlassian account data', 'product content', 'Issue text']);
});

test('the privacy policy asks how data is encrypted in transit to a third party, but not at rest when it keeps data only in Forge storage', async () => {
  const needs = new Needs();
  buildPrivacyPolicy(await inputFor({
    data: [{ category: 'product-content', description: 'Issue summaries', purpose: 'Show the last summary', storedIn: 'forge-kvs', retention: 'until-uninstall', residency: 'follows-atlassian' }],
    thirdParties: [{ id: 'openai', name: 'OpenAI', purpose: 'Issue summaries', data: ['product-content'], countries: ['United States'] }],
  }), needs);
  const fields = needs.missing.map((m) => m.field);
  assert.ok(fields.includes('security.encryptionInTransit'));
  assert.ok(!fields.includes('security.encryptionAtRest'), fields.join(', '));
});

test('the privacy policy introduces only the lists it has: data used without being stored', async () => {
  const model = buildPrivacyPolicy(await inputFor({
    data: [{ category: 'product-content', description: 'Issue text', purpose: 'Summarise the issue', storedIn: 'not-stored' }],
  }), new Needs());
  const blocks = model.sections.find((s) => s.title === 'Data We Process')!.blocks.map(blockMarkdown);
  assert.deepEqual(blocks.slice(0, 2), [
    'The app uses this data while it works, limited to what its features need, and does not store it:',
    '- **Issue text** (Product content): Summarise the issue',
  ]);
});
