import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work');
const run = "import api, { route } from '@forge/api';\nexport const run = (e) => api.asApp().requestJira(route`/rest/api/3/issue/${e.key}`);";
const handlerDiagnostics = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']) =>
  facts.diagnostics.filter((d) => d.code === 'unresolved-handler').map((d) => [d.severity, `${d.file}:${d.line}`, d.message, d.hint]);

describe('a handler whose file the scan leaves out', () => {
  it('is named at its manifest line with the .gitignore rule that ignores it (TypeScript built into src/)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest, 'package.json': '{}', '.gitignore': 'node_modules\n# built by tsc\nsrc/*.js\n', 'ts/index.ts': run, 'src/index.js': run,
    });
    assert.deepEqual(handlerDiagnostics(facts), [[
      'warning', 'manifest.yml:4',
      "Function 'main': handler 'index.run' is src/index.js, which .gitignore:3 ignores (`src/*.js`), so Candor does not scan it; the function's code is not linked to it, and what that file does is not in the facts.",
      "If src/index.js is built from sources in the folder, point the handler at them (Forge compiles TypeScript itself); if it is the app's own code, stop ignoring it (`!src/index.js` in .gitignore).",
    ]]);
    // The sources it is built from are still read.
    assert.deepEqual(facts.restCalls.map((c) => c.evidence.file), ['ts/index.ts']);
  });

  it('is named with the build-output folder that holds it, and with a nested .gitignore', async () => {
    const built = await scanFiles({ 'manifest.yml': forgeManifest().replace('index.run', 'dist/index.run'), 'package.json': '{}', 'src/dist/index.js': run });
    assert.match(String(handlerDiagnostics(built.facts)[0]?.[2]), /is src\/dist\/index\.js, which is in src\/dist\/, a build-output folder Candor does not scan;/);
    const nested = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{}', 'src/.gitignore': '*.js\n', 'src/index.js': run });
    assert.match(String(handlerDiagnostics(nested.facts)[0]?.[2]), /which src\/\.gitignore:1 ignores \(`\*\.js`\)/);
  });
});
