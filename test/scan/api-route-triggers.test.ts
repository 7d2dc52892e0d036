import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Forge `apiRoute` module is the app's own REST API: Forge runs its function on requests callers outside the product send.
describe('a Forge API route (`apiRoute`)', () => {
  const manifest = [
    'modules:',
    '  apiRoute:',
    '    - key: notes-api', '      path: /notes', '      operation: POST', '      function: create',
    '      accept:', '        - application/json', '      scopes:', '        - write:notes:custom',
    '  function:',
    '    - key: create', '      handler: index.create', '    - key: other', '      handler: index.other',
    'app:', '  id: ari:cloud:ecosystem::app/5d1f0b2c-7a3e-4c1d-9b8a-2e6f4a0c9d17', '  runtime:', '    name: nodejs24.x', '',
  ].join('\n');

  it('is a trigger of its function, whose response body with a secret goes to the caller; not another function\'s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        'export async function create(request) {',
        '  const note = JSON.parse(request.body);',
        '  return { statusCode: 201, body: JSON.stringify({ id: note.id, key: process.env.NOTES_API_KEY }) };', // 3
        '}',
        'export async function other() {',
        '  return { statusCode: 200, body: JSON.stringify({ key: process.env.NOTES_API_KEY }) };',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.triggers.map((t) => `${t.kind} ${t.key} ${t.function}`), ['api-route notes-api create']);
    assert.deepEqual(facts.exposedSecrets?.map((s) => `${s.via} ${s.function} ${s.evidence.file}:${s.evidence.line}`), ['apiroute notes-api src/index.js:3']);
  });
});
