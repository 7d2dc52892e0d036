import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a log call of a function that prints what a function it declares pushed into a list', () => {
  it('is one log call where it is, not one at each call of the function it declares', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        'export async function run(payload) {',
        '  const trail = [];',
        '  function note(step, detail) {',
        '    trail.push({ step, detail });',
        '  }',
        "  note('start', 'nothing yet');",
        '  const email = payload.email;',
        "  note('checked', 'looked up');",
        "  console.log({ trail, who: email, status: 'done' });",
        '  return trail.length;',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line}${l.via ? ` via ${l.via.line}` : ''}`), ['9']);
  });
});
