import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest(
  'modules:', '  function:', '    - key: fn', '      handler: index.run',
  'permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - address: https://lookup.example.net',
);

describe("pieces and collections of a value (`text.match(re)`, `new Set(ids)`) hold the value's data", () => {
  it('sends the product content a regular expression picks out of an issue, deduplicated or not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import api, { fetch, route } from '@forge/api';",
        'function ticketRefs(text) {',
        '  const found = text.match(/REF-\\d+/g) || [];',
        '  return [...new Set(found.map((ref) => ref.toUpperCase()))];',
        '}',
        'export async function run(event) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.id}`);',
        '  const issue = await res.json();',
        '  const [first] = ticketRefs(issue.fields.summary);',
        '  await fetch(`https://lookup.example.net/refs/${first}`);',
        '  const labels = new Set(issue.fields.labels);',
        '  await fetch(`https://lookup.example.net/labels`, { method: "POST", body: JSON.stringify([...labels]) });',
        '  const seen = new Set();',
        '  await fetch(`https://lookup.example.net/count`, { method: "POST", body: JSON.stringify([...seen]) });',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.carries.join(',')}`), [
      '10 product-content',
      '12 product-content',
      // An empty set the code never fills holds nothing.
      '14 other',
    ]);
  });
});
