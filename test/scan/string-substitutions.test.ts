import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const logs = (facts: Facts) => facts.logs.map((l) => `${l.evidence.line} [${l.carries.join(',')}]`);

describe('a template filled in with replace, replaceAll or concat', () => {
  it('holds what is put in as well as the template, chained or not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import fs from 'fs';",
        'export async function run({ payload, context }) {',
        "  const template = fs.readFileSync('mail.txt', 'utf-8');",
        "  const body = template.replaceAll('{{text}}', payload.text).replaceAll('{{who}}', context.accountId);",
        '  console.log(body);',
        "  console.log('Hello {{text}}'.replace('{{text}}', payload.text));",
        "  console.log('Issue: '.concat(payload.summary));",
        "  console.log(payload.text.replace(/\\s+/g, ' '));",
        "  console.log('{{a}}'.replace(/{{(\\w+)}}/g, () => 'x'));",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(logs(facts), [
      '5 [account-id,resolver-payload]',
      '6 [resolver-payload]',
      '7 [resolver-payload]',
      '8 [resolver-payload]',
      '9 [literal]',
    ]);
  });
});
