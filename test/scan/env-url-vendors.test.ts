import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const backend = [
  "import axios from 'axios';",
  'const { HUBSPOT_BASE_URL } = process.env;',
  'const ENDPOINT = process.env.AZURE_OPENAI_ENDPOINT;',
  'export async function run(event) {',
  "  await fetch(process.env.MONDAY_API_URL, { method: 'POST', body: JSON.stringify({ query: event.query }) });",
  '  await axios.post(process.env.SLACK_WEBHOOK_URL, { text: event.summary });',
  "  await fetch(`${HUBSPOT_BASE_URL}/crm/v3/objects/notes`, { method: 'POST', body: JSON.stringify(event) });",
  "  await fetch(ENDPOINT + '/openai/deployments/chat', { method: 'POST', body: event.prompt });",
  // Names that name no vendor: a generic one, and an everyday word that is also a vendor's id (Front).
  "  await fetch(process.env.API_URL, { method: 'POST', body: event.summary });",
  "  await fetch(`${process.env.FRONT_URL}/notify`, { method: 'POST', body: event.summary });",
  '}',
].join('\n');
const page = "fetch(import.meta.env.VITE_SLACK_WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text: 'Saved' }) });";

describe('a request to a URL an environment variable holds', () => {
  it('names the vendor the variable names, as named and not resolved; a generic or everyday name names none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(), 'src/index.js': backend, 'static/app/src/main.js': page,
      'package.json': '{"dependencies":{"axios":"^1.7.0"}}',
    });
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)]), [
      ['azure-openai', ['variable-name AZURE_OPENAI_ENDPOINT src/index.js:8']],
      ['hubspot', ['variable-name HUBSPOT_BASE_URL src/index.js:7']],
      ['monday', ['variable-name MONDAY_API_URL src/index.js:5']],
      ['slack', ['variable-name SLACK_WEBHOOK_URL src/index.js:6', 'variable-name VITE_SLACK_WEBHOOK_URL static/app/src/main.js:1']],
    ]);
    // The hosts stay unknown.
    assert.equal(facts.egress.unresolved.length, 7);
  });

  it("names it through another name of the vendor's, and through an HTTP client's base URL", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': '{"dependencies":{"axios":"^1.7.0"}}',
      'src/tickets.js': ["import axios from 'axios';", 'export const desk = axios.create({ baseURL: process.env.ZENDESK_API_URL });'].join('\n'),
      'src/index.js': [
        "import axios from 'axios';",
        "import { desk } from './tickets';",
        'const crm = axios.create({ baseURL: process.env.HUBSPOT_API_URL });',
        'export async function run(event) {',
        "  await fetch(process.env.TEAMS_WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text: event.summary }) });",
        "  await crm.post('/crm/v3/objects/notes', { body: event.summary });",
        "  await axios.get('/health', { baseURL: process.env.LARK_BOT_URL });",
        "  await desk.post('/api/v2/tickets', { ticket: { subject: event.summary } });",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)]), [
      ['feishu-lark', ['variable-name LARK_BOT_URL src/index.js:7']],
      ['hubspot', ['variable-name HUBSPOT_API_URL src/index.js:6']],
      ['microsoft-teams', ['variable-name TEAMS_WEBHOOK_URL src/index.js:5']],
      ['zendesk', ['variable-name ZENDESK_API_URL src/index.js:8']],
    ]);
  });
});
