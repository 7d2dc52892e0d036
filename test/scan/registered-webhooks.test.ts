import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TriggerFact } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const row = (t: TriggerFact): string => `${t.kind} ${t.key} [${t.events.join(',')}] ${t.evidence.file}:${t.evidence.line}`;

describe('webhooks an app registers at run time', () => {
  it('are triggers at the call, with the events the body names as constants: Jira\'s dynamic and admin webhooks, Bitbucket\'s repository hooks', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({
        key: 'sprint-digest', baseUrl: 'https://digest.example.com', authentication: { type: 'jwt' },
        lifecycle: { installed: '/installed' }, scopes: ['READ', 'WRITE'], modules: { webhooks: [{ event: 'jira:issue_deleted', url: '/hooks/deleted' }] },
      }),
      'package.json': JSON.stringify({ name: 'sprint-digest', dependencies: { 'atlassian-connect-express': '^10', express: '^4' } }),
      'app.js': [
        "const express = require('express');",
        "const ace = require('atlassian-connect-express');",
        'const app = express();',
        'const addon = ace(app);',
        "const SPRINT_EVENTS = ['sprint_started', 'sprint_closed'];",
        "app.post('/projects', addon.checkValidToken(), (req, res) => {",
        '  const http = addon.httpClient(req);',
        '  const data = {',
        "    url: `${addon.config.localBaseUrl()}/hooks/issue`,",
        "    webhooks: [{ jqlFilter: `project = ${req.body.project}`, events: ['jira:issue_created', 'jira:issue_updated'] }, { events: SPRINT_EVENTS }],",
        '  };',
        "  http.post({ url: '/rest/api/2/webhook', body: JSON.stringify(data) }, () => res.sendStatus(204));",                      // 12
        "  http.post({ url: '/rest/webhooks/1.0/webhook', json: { name: 'digest', url: 'https://digest.example.com/hooks/admin', events: req.body.events } });", // 13
        "  http.get({ url: '/rest/api/2/webhook' }, () => {});",
        "  http.post({ url: '/rest/api/3/issue', json: { fields: { summary: 'Digest' } } });",
        '});',
        "app.post('/repos', addon.checkValidToken(), (req, res) => {",
        "  addon.httpClient(req).post({ url: `/2.0/repositories/${req.body.workspace}/${req.body.repo}/hooks`, json: { url: 'https://digest.example.com/hooks/push', events: ['repo:push'] } });", // 18
        '  res.sendStatus(204);',
        '});',
        'app.listen(3000);',
      ].join('\n'),
    });
    assert.deepEqual(facts.triggers.filter((t) => t.kind === 'connect-webhook').map(row), [
      'connect-webhook jira:issue_deleted [jira:issue_deleted] atlassian-connect.json:1',
      'connect-webhook POST /rest/api/2/webhook [jira:issue_created,jira:issue_updated,sprint_started,sprint_closed] app.js:12',
      'connect-webhook POST /rest/webhooks/1.0/webhook [] app.js:13',
      'connect-webhook POST /2.0/repositories/{}/{}/hooks [repo:push] app.js:18',
    ]);
  });
});
