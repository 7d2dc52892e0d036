import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  trigger:',
  '    - key: installed',
  '      function: onInstall',
  '      events:',
  '        - avi:forge:installed:app',
  '    - key: issue-created',
  '      function: onIssue',
  '      events:',
  '        - avi:jira:created:issue',
  '  webtrigger:',
  '    - key: hook',
  '      function: hook',
  '  function:',
  '    - key: onInstall',
  '      handler: index.onInstall',
  '    - key: onIssue',
  '      handler: events.onIssue',
  '    - key: hook',
  '      handler: index.hook',
  'permissions:',
  '  scopes:',
  '    - read:jira-work',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');

describe('what the event a Forge trigger is given holds', () => {
  it('a lifecycle event the installer\'s account ID, a product event product data and a user; a web trigger\'s request stays a payload', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"name":"x","dependencies":{"@forge/api":"^5.0.0"}}',
      'src/index.js': [
        'export { onIssue } from "./events";',
        'export async function onInstall(event, context) {',
        "  console.log('installed', event);",
        '  console.log(`version ${event.app.version}`);',
        '}',
        'export async function hook(request) {',
        "  console.log('hook', request.body);",
        '  return { statusCode: 204 };',
        '}',
        '',
      ].join('\n'),
      'src/events.js': [
        'export async function onIssue(event) {',
        '  console.log(JSON.stringify(event));',
        '  console.log(event.issue.fields.summary);',
        '}',
        '',
      ].join('\n'),
    });
    const logs = facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.carries.join(',')}`).sort();
    assert.deepEqual(logs, [
      'src/events.js:2 account-id,product-content',
      'src/events.js:3 product-content',
      'src/index.js:3 account-id',
      'src/index.js:4 other',
      'src/index.js:7 resolver-payload',
    ]);
  });
});
