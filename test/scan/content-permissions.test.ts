import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("the Content Security Policy sources a Forge manifest adds (permissions.content)", () => {
  it('are app facts, as written, where the manifest declares them', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  content:', '    scripts:', '      - unsafe-inline', "      - 'sha256-Zm9yZ2UtYXBwLWlubGluZS1zY3JpcHQtaGFzaA=='", '    styles:', '      - "unsafe-inline"'),
      'package.json': '{ "name": "app" }',
      'src/index.js': 'export const run = () => null;\n',
    });
    assert.deepEqual(facts.app.content && { ...facts.app.content, evidence: `${facts.app.content.evidence.file}:${facts.app.content.evidence.line}` }, {
      scripts: ['unsafe-inline', 'sha256-Zm9yZ2UtYXBwLWlubGluZS1zY3JpcHQtaGFzaA=='], styles: ['unsafe-inline'], evidence: 'manifest.yml:10',
    });
  });

  it('are absent where it declares none', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'package.json': '{ "name": "app" }', 'src/index.js': 'export const run = () => null;\n' });
    assert.equal('content' in facts.app, false);
  });
});
