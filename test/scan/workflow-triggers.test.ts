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

describe('Connect workflow rules', () => {
  it("a post function's triggered URL is called after each transition: a product-event trigger; conditions and validators are Jira expressions; their configuration pages are iframes", async () => {
    const descriptor = {
      key: 'rules-app', name: 'Rules', baseUrl: 'https://rules.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'],
      modules: {
        jiraWorkflowPostFunctions: [{
          key: 'copy-fields', name: { value: 'Copy fields' },
          triggered: { url: '/post-function/triggered' }, create: { url: '/post-function/create' }, view: { url: '/post-function/view' },
        }],
        jiraWorkflowValidators: [{ key: 'has-estimate', name: { value: 'Has estimate' }, expression: 'issue.originalEstimate != null', view: { url: '/validator/view' } }],
        jiraWorkflowConditions: [{ key: 'is-assigned', name: { value: 'Is assigned' }, expression: 'issue.assignee != null' }],
      },
    };
    const { facts } = await scanFiles({ 'atlassian-connect.json': JSON.stringify(descriptor, null, 2) });
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.key, t.function, t.events, t.evidence.line]), [['product-event', 'copy-fields', null, [], 15]]);
    assert.deepEqual(facts.app.modules.map((m) => [m.type, m.key, m.ui]), [
      ['jiraWorkflowPostFunctions', 'copy-fields', 'connect'],
      ['jiraWorkflowValidators', 'has-estimate', 'connect'],
      ['jiraWorkflowConditions', 'is-assigned', 'none'],
    ]);
  });
});

describe('Bitbucket merge checks', () => {
  it('a merge check runs its function on the pull request events its `triggers` name: a product-event trigger with those events', async () => {
    const manifest = [
      'modules:',
      '  bitbucket:mergeCheck:',
      '    - key: needs-ticket',
      '      name: Needs ticket',
      '      description: The title names a ticket',
      '      function: check',
      '      triggers:',
      '        - on-code-pushed',
      '        - on-merge',
      '  function:',
      '    - key: check',
      '      handler: index.check',
      'permissions:',
      '  scopes:',
      '    - read:pullrequest:bitbucket',
      'app:',
      '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
      '  runtime:',
      '    name: nodejs22.x',
      '',
    ].join('\n');
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': 'export const check = async (event) => { console.log(event.pullrequest); return { success: true, message: "ok" }; };',
    });
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.key, t.function, t.events, t.evidence.line]), [
      ['product-event', 'needs-ticket', 'check', ['on-code-pushed', 'on-merge'], 3],
    ]);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['product-content']]);
  });
});

describe('Bitbucket Dynamic Pipelines providers', () => {
  it("Bitbucket Pipelines runs the provider's function on pushes, pull requests and manual or scheduled runs: a product-event trigger handed pipeline data", async () => {
    const manifest = [
      'modules:',
      '  bitbucket:dynamicPipelinesProvider:',
      '    - key: add-step',
      '      name: Add a step',
      '      function: provide',
      '  function:',
      '    - key: provide',
      '      handler: index.provide',
      'permissions:',
      '  scopes:',
      '    - read:repository:bitbucket',
      'app:',
      '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
      '  runtime:',
      '    name: nodejs24.x',
      '',
    ].join('\n');
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export const provide = async (request) => {',
        "  console.log('request', JSON.stringify(request));",
        '  const { workspace, repository, target } = request;',
        '  await api.asApp().requestBitbucket(route`/2.0/repositories/${workspace}/${repository}/diffstat/${target.commit.hash}`);',
        '  return { pipelines_configuration: request.pipelines_configuration };',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.key, t.function, t.events, t.evidence.line]), [['product-event', 'add-step', 'provide', [], 3]]);
    // What Bitbucket hands over is product content, not a payload a user sent.
    assert.deepEqual(facts.logs.map((l) => l.carries), [['product-content']]);
  });
});
