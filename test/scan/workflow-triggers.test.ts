import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = [
  'modules:',
  '  jira:workflowPostFunction:',
  '    - key: notify-on-transition',
  '      name: Notify',
  '      description: Posts the issue to a channel',
  '      function: notify',
  '  jira:workflowValidator:',
  '    - key: has-estimate',
  '      name: Has estimate',
  '      description: Checks the estimate',
  '      expression: issue.originalEstimate != null',
  '      resource: config',
  '      resolver:',
  '        function: config-resolver',
  '    - key: budget-left',
  '      name: Budget left',
  '      description: Asks the budget service',
  '      function: budget',
  '  function:',
  '    - key: notify',
  '      handler: index.notify',
  '    - key: budget',
  '      handler: index.budget',
  '    - key: config-resolver',
  '      handler: index.config',
  'resources:',
  '  - key: config',
  '    path: static/config',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs22.x',
  '',
].join('\n');

describe('workflow rules that run a function', () => {
  it('a post function or validator with a function runs on every transition: a product-event trigger; an expression runs in Jira', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': 'export const notify = async (event) => { console.log(event.issue.key); };\nexport const budget = async () => ({ result: true });\nexport const config = async () => ({});',
    });
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.key, t.function, t.events, t.evidence.line]), [
      ['product-event', 'notify-on-transition', 'notify', [], 3],
      ['product-event', 'budget-left', 'budget', [], 15],
    ]);
  });
});
