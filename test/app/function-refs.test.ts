import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Rovo agent whose one action names a function key the manifest does not declare (the handler's export name, not the key).
const manifest = [
  'modules:',
  '  rovo:agent:',
  '    - key: reviewer',
  '      name: Reviewer',
  '      prompt: Review the work item.',
  '      actions:',
  '        - fetch-item',
  '        - record-verdict',
  '  action:',
  '    - key: fetch-item',
  '      name: Fetch item',
  '      description: Fetches a work item.',
  '      actionVerb: GET',
  '      function: fetch-item-fn',
  '    - key: record-verdict',
  '      name: Record verdict',
  '      description: Records a verdict.',
  '      actionVerb: GET',
  '      function: recordVerdict', // 19
  '  scheduledTrigger:',
  '    - key: nightly',
  '      function: fetch-item-fn',
  '      interval: day',
  '  function:',
  '    - key: fetch-item-fn',
  '      handler: index.fetchItem',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b19',
  '  runtime:',
  '    name: nodejs22.x',
  '',
].join('\n');

const code = 'export const fetchItem = async () => "item";\nexport const recordVerdict = async () => "ok";\n';

describe('a module naming a function that no `modules.function` entry declares', () => {
  it('is an error at its `function`; modules naming declared functions are not', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'src/index.js': code });
    const named = facts.diagnostics.filter((d) => d.message.includes('modules.function'));
    assert.deepEqual(named.map((d) => [d.severity, d.line, d.path]), [['error', 19, 'modules.action[1].function']]);
    assert.match(named[0]!.message, /'recordVerdict'/);
  });
});
