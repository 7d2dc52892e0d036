import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runChecks } from '../../src/checks/run.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  '  storage:', '    entities:',
  '      - name: task', '        attributes:', '          owner:', '            type: string', '          due:', '            type: integer',
  '        indexes:', '          - owner', '          - name: by-due', '            range:', '              - due',
  'permissions:', '  scopes:', '    - storage:app', '',
].join('\n');

const code = [
  "import { kvs, WhereConditions } from '@forge/kvs';",
  'export async function run({ accountId }) {',
  "  const mine = await kvs.entity('task').query().index('owner').where(WhereConditions.equalTo(accountId)).getMany();",
  "  const soon = await kvs.entity('task').query().index('by-due').getMany();",
  "  const late = await kvs.entity('task').query().index('by-owner-due').where(WhereConditions.equalTo(accountId)).getMany();",
  '  return [mine, soon, late];',
  '}',
].join('\n');

describe('the indexes of custom entities', () => {
  it('are read from the manifest, by attribute and by name, and each query keeps the index it names', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{ "name": "app", "dependencies": { "@forge/kvs": "1.0.0" } }', 'src/index.js': code });
    assert.deepEqual(facts.app.storage.indexes, { task: ['owner', 'by-due'] });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.index} ${s.evidence.line}`), [
      'custom-entity query task owner 3', 'custom-entity query task by-due 4', 'custom-entity query task by-owner-due 5',
    ]);
    const findings = runChecks({ facts, profile: null, profileSource: { file: 'candor.yaml', locate: () => null } }, { only: ['undeclared-index', 'undeclared-entity'] });
    assert.deepEqual(findings.map((f) => `${f.check} ${f.evidence.file}:${f.evidence.line} ${f.message}`), [
      'undeclared-index src/index.js:5 This query runs on the index `by-owner-due` of the custom entity `task`, which its declaration does not list (it lists `owner`, `by-due`): the query fails at run time.',
    ]);
  });
});
