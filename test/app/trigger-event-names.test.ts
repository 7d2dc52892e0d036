import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unnamedEvents } from '../../src/app/manifest.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';

const manifest = (events: string) => [
  'modules:',
  '  trigger:',
  '    - key: on-issue',
  '      function: main',
  '      events:',
  events,
  '  function:',
  '    - key: main',
  '      handler: index.run',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11',
  '',
].join('\n');

describe('trigger events', () => {
  it('warns of an event that is no Atlassian event identifier, at its line', () => {
    const yaml = parseYaml('manifest.yml', manifest('        - jira:issue_created\n        - avi:jira:updated:issue\n        - eventType: issue_deleted'));
    const diagnostics = unnamedEvents(yaml);
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.line, d.path]), [
      ['warning', 6, 'modules.trigger.0.events.0'],
      ['warning', 8, 'modules.trigger.0.events.2'],
    ]);
    assert.match(diagnostics[0]!.message, /'jira:issue_created' is not an Atlassian event identifier/);
  });

  it('says nothing of product, lifecycle and app events', () => {
    const yaml = parseYaml('manifest.yml', manifest('        - avi:confluence:created:page\n        - avi:forge:installed:app\n        - avi:cloud:ecosystem::event/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b11/sync-done'));
    assert.deepEqual(unnamedEvents(yaml), []);
  });
});
