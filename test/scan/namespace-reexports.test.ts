import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const manifest = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://billing.example.net');
const client = [
  "import { fetch } from '@forge/api';",
  "import { BASE } from './hosts';",
  'export async function charge(order) {',
  '  const res = await fetch(`${BASE}/charges`, { method: \'POST\', body: JSON.stringify(order) });',
  '  return res.json();',
  '}',
].join('\n');
const hosts = "export const BASE = 'https://billing.example.net';";

describe('a module re-exported as a namespace by a barrel file', () => {
  it('links `services.billing.charge(…)` of `import * as billing; export { billing }` to the function, with what the caller sends', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/billing.js': client,
      'src/hosts.js': hosts,
      'src/services.js': ["import * as billing from './billing';", 'export { billing };'].join('\n'),
      'src/index.js': [
        "import { billing } from './services';",
        'export const run = async (event, context) => {',
        '  await billing.charge({ buyer: context.accountId });',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, at(c.evidence)]), [
      ['POST', 'https://billing.example.net/charges', ['account-id'], 'src/billing.js:4'],
    ]);
  });

  it('links the functions and constants of `export * as billing from`', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/billing.js': client,
      'src/hosts.js': hosts,
      'src/services.js': ["export * as billing from './billing';", "export * as hosts from './hosts';"].join('\n'),
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "import { billing, hosts } from './services';",
        'export const run = async (event, context) => {',
        '  await billing.charge({ buyer: context.accountId });',
        '  await fetch(`${hosts.BASE}/health`);',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, at(c.evidence)]), [
      ['POST', 'https://billing.example.net/charges', 'src/billing.js:4'],
      ['GET', 'https://billing.example.net/health', 'src/index.js:5'],
    ]);
    assert.deepEqual(facts.egress.calls[0]!.carries, ['account-id']);
  });
});
