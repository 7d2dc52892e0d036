import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('the parameters of a function a function declares', () => {
  it('hold what the declaring function hands it, by a call or an iteration, recursion aside', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - https://api.example.ai'),
      'package.json': '{"dependencies":{"@forge/api":"5.0.0"}}',
      'src/text.js': [
        'export function plainText(adf) {',
        '  const parts = [];',
        '  function walk(node) {',
        '    if (node.text) parts.push(node.text);',
        '    if (node.content) node.content.forEach(walk);',
        '  }',
        '  walk(adf);',
        "  return parts.join(' ');",
        '}',
        'export function headings(adf) {',
        '  const found = [];',
        '  const visit = (block) => { if (block.type === "heading") found.push(block.content[0].text); };',
        '  adf.content.forEach(visit);',
        '  return found;',
        '}',
        'export function counted(adf) {',
        '  let n = 0;',
        '  const bump = (by) => { n += by; };',
        '  bump(1);',
        '  return `${n} blocks`;',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import api, { route, fetch } from '@forge/api';",
        "import { plainText, headings, counted } from './text';",
        'export async function run(event) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}`);',
        '  const issue = await res.json();',
        "  await fetch('https://api.example.ai/v1/summarize', { method: 'POST', body: JSON.stringify({ text: plainText(issue.fields.description) }) });",
        "  console.log('headings', headings(issue.fields.description));",
        "  console.log('size', counted(issue.fields.description));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.host} ${c.carries.join(',')}`), ['api.example.ai product-content']);
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.line}`), ['product-content 7', 'other 8']);
  });
});
