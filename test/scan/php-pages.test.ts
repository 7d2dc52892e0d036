import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'time-ledger', baseUrl: 'https://time-ledger.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed.php' },
  scopes: ['READ'], modules: { jiraIssueGlances: [{ key: 'ledger', name: { value: 'Ledger' }, content: { type: 'label', label: { value: 'Time' } }, target: { type: 'web_panel', url: '/glance.php?issue={issue.key}' } }] },
});

describe('a Connect app\'s pages a PHP server writes', () => {
  it('are read for their HTML and scripts outside the PHP code: other sites\' scripts and images, the scripts\' requests, at the page\'s lines; the foreign-code warning stays', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'glance.php': [
        '<?php',
        "require_once __DIR__ . '/lib/jwt.php';",
        '$issue = htmlspecialchars($_GET["issue"]);',
        '?>',
        '<html><head>',
        '<script src="https://connect-cdn.atl-paas.net/all.js"></script>',
        '<script src="https://cdn.tracklytics.example/t.js"></script>',                          // 7
        '</head><body>',
        '<img src="https://static.ledger-assets.example/logo.png">',                             // 9
        '<script>',
        "  const issue = '<?= $issue ?>';",
        "  AP.request({ url: '/rest/api/3/issue/' + issue + '/worklog', success: (body) => render(JSON.parse(body)) });", // 12
        "  fetch('https://api.tracklytics.example/v1/view', { method: 'POST', body: JSON.stringify({ issue: <?php echo json_encode($issue); ?> }) });", // 13
        '</script>',
        '</body></html>',
      ].join('\n'),
      'lib/jwt.php': '<?php\nfunction verify($token) { return json_decode(base64_decode(explode(".", $token)[1])); }\n',
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.host} ${c.side} ${c.evidence.file}:${c.evidence.line}`).sort(), [
      'fetch POST api.tracklytics.example frontend glance.php:13',
      'img GET static.ledger-assets.example frontend glance.php:9',
      'script GET cdn.tracklytics.example frontend glance.php:7',
    ]);
    assert.deepEqual(facts.restCalls.map((c) => `${c.api} ${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`), ['AP.request GET /rest/api/3/issue/{}/worklog glance.php:12']);
    assert.ok(facts.diagnostics.some((d) => d.code === 'foreign-code' && d.message.includes('PHP')));
  });

  it('a Rails page (`.html.erb`) is read so too, and a PHP file of code alone gives nothing', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'app/views/glance/show.html.erb': [
        '<%= javascript_include_tag "https://connect-cdn.atl-paas.net/all.js" %>',
        '<script src="https://cdn.tracklytics.example/t.js"></script>',                            // 2
        "<script>fetch('https://api.tracklytics.example/v1/view?issue=<%= @issue.key %>');</script>", // 3
      ].join('\n'),
      'lib/store.php': '<?php\nclass Store { public function save($k, $v) { file_put_contents("https://api.elsewhere.example/" . $k, $v); } }\n',
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.host} ${c.evidence.file}:${c.evidence.line}`).sort(), [
      'fetch api.tracklytics.example app/views/glance/show.html.erb:3',
      'script cdn.tracklytics.example app/views/glance/show.html.erb:2',
    ]);
  });
});
