import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.example.com');

describe('an Authorization header built before the request', () => {
  it('carries its token wherever the headers go, however the header is written', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        'const pat = process.env.SERVICE_PAT;',
        'export async function run() {',
        "  const headers = { Authorization: 'Bearer ' + pat, Accept: 'application/json' };",
        '  console.log(headers);',
        "  await fetch('https://api.example.com/a', { headers });",
        '  const more = new Headers();',
        "  more.set('Authorization', 'Basic ' + Buffer.from(pat).toString('base64'));",
        "  await fetch('https://api.example.com/b', { headers: more });",
        '  const plain = {};',
        "  plain.authorization = 'Bearer ' + pat;",
        '  console.info(plain);',
        "  const basic = 'Basic ' + pat;",
        '  console.warn({ authorization: basic });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[4, ['secret']], [11, ['secret']], [13, ['secret']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries]), [[5, ['secret']], [8, ['secret']]]);
  });

  it('but a header or field of another name built the same way, or a value that is no built text, is no secret', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        'const format = process.env.FORMAT;',
        'export async function run(event) {',
        "  const headers = { Accept: 'application/' + format };",
        "  headers.set('X-Format', 'v' + format);",
        '  console.log(headers);',
        "  console.log({ nextToken: event.more ? event.cursor : undefined });",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => l.carries.includes('secret')), [false, false]);
  });
});
