import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const APP = path.join(import.meta.dirname, '../fixtures/secrets/slack-webhook-constant');

describe('a Slack incoming webhook URL held in a constant, here or imported, and requested', () => {
  it('is a secret in source, masked, and egress to hooks.slack.com whose URL shows the token masked', async () => {
    const facts = await scan(APP);
    assert.deepEqual(facts.secrets.map((s) => [s.rule, s.masked, `${s.evidence.file}:${s.evidence.line}`]), [
      ['slack-webhook-url', 'T04K********8D', 'src/config.js:1'],
      ['slack-webhook-url', 'T04K********4s', 'src/index.js:4'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.url, `${c.evidence.file}:${c.evidence.line}`]), [
      ['hooks.slack.com', 'https://hooks.slack.com/services/T04K********8D', 'src/index.js:12'],
      ['hooks.slack.com', 'https://hooks.slack.com/services/T04K********4s', 'src/index.js:13'],
    ]);
    const text = JSON.stringify(facts);
    for (const token of ['Xq7RmZ2pLk9vWt4NbH3sJc8D', 'Lp3VnX8kQw5ZrT2mYc7HbJ4s']) assert.equal(text.includes(token), false, token);
  });

  it('masks a token written in the request\'s own line too', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - hooks.slack.com'),
      'src/index.js': "import api from '@forge/api';\nexport const run = () => api.fetch('https://hooks.slack.com/services/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', { method: 'POST', body: '{}' });\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.evidence.excerpt.includes('Xq7RmZ2pLk9vWt4NbH3sJc8D')]), [['https://hooks.slack.com/services/T04K********8D', false]]);
  });
});
