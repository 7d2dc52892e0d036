import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'sprint-gadget', baseUrl: 'https://gadget.example.com', authentication: { type: 'none' }, scopes: ['READ'],
  modules: { jiraDashboardItems: [{ key: 'gadget', url: '/gadget.html', name: { value: 'Gadget' }, description: { value: 'Gadget' } }] },
});

const HELPERS = [
  '  function get(path) {',
  '    return AP.request({ url: path }).then((r) => JSON.parse(r.body));',
  '  }',
  '  function boards() {',
  "    return get('/rest/agile/1.0/board');",
  '  }',
  '  function sprints(board) {',
  '    return get(`/rest/agile/1.0/board/${board.id}/sprint`);',
  '  }',
  '  boards().then((r) => r.values.map(sprints));',
];

const paths = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.restCalls.map((c) => `${c.method} ${c.path}`).sort();

describe('the functions a script declares inside its own scope (an immediately invoked function)', () => {
  for (const [name, open, close] of [
    ['an arrow', '(() => {', '})();'],
    ['a function expression', '(function () {', '})();'],
    ['a negated function', '!function () {', '}();'],
  ] as const) {
    it(`are called with what their callers hand them, in ${name}`, async () => {
      const { facts } = await scanFiles({ 'atlassian-connect.json': DESCRIPTOR, 'gadget.js': [open, ...HELPERS, close, ''].join('\n') });
      assert.deepEqual(paths(facts), ['GET /rest/agile/1.0/board', 'GET /rest/agile/1.0/board/{}/sprint']);
    });
  }
});
