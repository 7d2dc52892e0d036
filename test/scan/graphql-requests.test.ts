import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest(
  'permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - api.tasks.example',
).replace('modules:\n', 'modules:\n  trigger:\n    - key: created\n      function: main\n      events:\n        - avi:jira:created:issue\n');

const INDEX = [
  "import request, { GraphQLClient, gql, rawRequest } from 'graphql-request';",
  '',
  "const client = new GraphQLClient('https://api.tasks.example/v2', {",
  '  headers: { Authorization: process.env.TASKS_TOKEN },',
  '});',
  'const CREATE = gql`mutation ($name: String!) { createItem(name: $name) { id } }`;',
  '',
  'export async function run(event) {',
  '  const created = await client.request(CREATE, { name: event.issue.fields.summary });',
  "  console.log('created', created);",
  "  await request('https://api.board.example/graphql', CREATE, { key: event.issue.key });",
  "  await rawRequest({ url: 'https://api.board.example/graphql', document: CREATE, variables: { id: created.id } });",
  '  client.setHeader(\'x-trace\', event.issue.key);',
  '  return created;',
  '}',
  '',
].join('\n');

describe('graphql-request', () => {
  it('sends a POST to the URL of its client or of the call, with the variables and the client’s headers', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { 'graphql-request': '^6.1.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries, c.evidence.line]), [
      ['graphql-request.request', 'POST', 'https://api.tasks.example/v2', ['product-content', 'secret'], 9],
      ['graphql-request.request', 'POST', 'https://api.board.example/graphql', ['other'], 11],
      ['graphql-request.rawRequest', 'POST', 'https://api.board.example/graphql', ['other'], 12],
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['api.board.example', 'api.board.example']);
    // What the service sends back is its answer, not the summary it was sent.
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[10, ['other']]]);
  });

  it('follows a client handed to a helper, its headers set after it is made', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { 'graphql-request': '^6.1.0' } }),
      'src/client.js': [
        "import { GraphQLClient } from 'graphql-request';",
        '',
        "const open = (token) => new GraphQLClient('https://api.tasks.example/v2').setHeaders({ Authorization: token });",
        'const addItem = (client) => async (name) => client.request(\'mutation ($name: String!) { add(name: $name) { id } }\', { name });',
        'const count = async (client) => client.rawRequest(\'{ items { id } }\');',
        '',
        'export const tasks = (token) => {',
        '  const client = open(token);',
        '  return { addItem: addItem(client), count: () => count(client) };',
        '};',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { tasks } from './client';",
        '',
        'export async function run(event) {',
        '  await tasks(process.env.TASKS_TOKEN).addItem(event.issue.fields.summary);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries.includes('secret'), c.evidence.file, c.evidence.line]), [
      ['graphql-request.request', 'POST', 'https://api.tasks.example/v2', true, 'src/client.js', 4],
      ['graphql-request.rawRequest', 'POST', 'https://api.tasks.example/v2', true, 'src/client.js', 5],
    ]);
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
