import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

describe('a console method a module the app loads first sets at its top level', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/console-setup-module'));
  });
  const logs = (): string[] => facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.logger} ${l.level}`);

  it('is set for every module the run loads: a setup file the start script preloads (node -r) redirects console.log and silences console.debug', () => {
    assert.ok(logs().includes('src/routes.js:7 logger log'));
    assert.ok(!logs().some((l) => l.startsWith('src/routes.js:8 ')));
  });

  it('is not set by a module nothing loads, nor by an assignment in a function', () => {
    assert.ok(logs().includes('src/routes.js:9 console warn'));
    assert.ok(logs().includes('src/routes.js:10 console error'));
  });

  it('is set only where every run that loads the module loads the setting: one Forge handler of two imports a module that silences console.log', async () => {
    const { facts: forge } = await scanFiles({
      'manifest.yml': [
        'modules:', '  trigger:',
        '    - key: created', '      function: quiet', '      events:', '        - avi:jira:created:issue',
        '    - key: updated', '      function: loud', '      events:', '        - avi:jira:updated:issue',
        '  function:', '    - key: quiet', '      handler: quiet.run', '    - key: loud', '      handler: loud.run',
        'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
        'permissions:', '  scopes:', '    - read:jira-work', '',
      ].join('\n'),
      'package.json': JSON.stringify({ type: 'module', dependencies: { '@forge/api': '^5.0.0' } }),
      'src/silence.js': 'console.log = () => {};\n',
      'src/audit.js': "export const audit = (event) => console.log('audit', event.atlassianId);\n",
      'src/quiet.js': "import './silence.js';\nimport { audit } from './audit.js';\nexport async function run(event) { console.log('created by', event.atlassianId); audit(event); }\n",
      'src/loud.js': "import { audit } from './audit.js';\nexport async function run(event) { audit(event); }\n",
    });
    assert.deepEqual(forge.logs.map((l) => `${l.evidence.file} ${l.logger}`), ['src/audit.js console']);
  });
});
