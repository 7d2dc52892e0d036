import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownModuleProperties } from '../../src/app/manifest-unknown-properties.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (modules: string) => `modules:\n${modules}app:\n  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11\n`;
const PANEL = '  jira:issuePanel:\n    - key: panel\n      resource: main\n      render: native\n      title: Summary\n      icon: resource:main;icon.svg\n';

describe('unknown properties of a module whose schema leaves them open', () => {
  it('names each at its line: a warning with the property it resembles, information when it resembles none', () => {
    const diagnostics = unknownModuleProperties(parseYaml('manifest.yml', manifest(`${PANEL}      viewportsize: large\n      placement: top\n`)));
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.line, d.path]), [
      ['warning', 8, 'modules.jira:issuePanel[0].viewportsize'],
      ['info', 9, 'modules.jira:issuePanel[0].placement'],
    ]);
    assert.match(diagnostics[0]!.message, /'viewportsize' is not a property of a jira:issuePanel module .*: did you mean 'viewportSize'\?/);
  });

  it('says nothing of the properties any form of the type names, nor of types that take any (webtrigger) or whose schema is closed (function)', () => {
    const modules = [
      `${PANEL}      viewportSize: large\n      allowMultiple: true\n      displayConditions:\n        isAdmin: true\n`,
      '  jira:issuePanel:\n    - key: legacy\n      function: main\n      title: Old\n      icon: https://example.com/i.svg\n',
      '  webtrigger:\n    - key: hook\n      function: main\n      somethingNew: true\n',
      '  function:\n    - key: main\n      handler: index.run\n      hanlder: index.run\n',
    ];
    assert.deepEqual(unknownModuleProperties(parseYaml('manifest.yml', manifest(modules.join('')))), []);
  });

  it('is not said twice where the schema already reports a missing property it misspells', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:', '  jira:issuePanel:', '    - key: panel', '      resource: main', '      render: native', '      titel: Summary', '      icon: resource:main;icon.svg',
        'resources:', '  - key: main', '    path: src/frontend', 'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11', '  runtime:', '    name: nodejs24.x', '',
      ].join('\n'),
      'src/frontend/index.jsx': 'export default function App() { return null; }\n',
    });
    assert.deepEqual(facts.diagnostics.filter((d) => d.line === 6).map((d) => d.message), ["modules.jira:issuePanel[0]: missing required property 'title'"]);
  });
});
