import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownModuleTypes } from '../../src/app/manifest.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';

const manifest = (modules: string) => `modules:\n${modules}app:\n  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11\n`;

describe('unknown module types', () => {
  it('names a misspelt module type at its line, with the type it resembles', () => {
    const diagnostics = unknownModuleTypes(parseYaml('manifest.yml', manifest('  function:\n    - key: main\n      handler: index.run\n  jira:issuePanell:\n    - key: panel\n')));
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.line, d.path]), [['warning', 5, 'modules.jira:issuePanell']]);
    assert.match(diagnostics[0]!.message, /did you mean 'jira:issuePanel'\?/);
  });

  it('says nothing of known module types', () => {
    assert.deepEqual(unknownModuleTypes(parseYaml('manifest.yml', manifest('  scheduledTrigger:\n    - key: weekly\n      function: main\n      interval: week\n  confluence:globalPage:\n    - key: page\n'))), []);
  });
});
