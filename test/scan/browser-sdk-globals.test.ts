import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'app', name: 'App', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });

describe('a vendor\'s browser SDK loaded from its CDN', () => {
  it('reads calls on the global the script defines as calls of that SDK; not a name the page binds itself, nor a global no SDK defines', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ name: 'app', dependencies: {} }),
      'views/panel.html': [
        '<html><head>',
        '<script src="https://browser.sentry-cdn.com/8.26.0/bundle.min.js"></script>',
        '</head><body>',
        '<script>',
        '  Sentry.init({ dsn: "https://abc@o1.ingest.sentry.io/1" });',                 // 5
        '  AP.user.getCurrentUser(function (user) { Sentry.setUser({ id: user.atlassianAccountId }); });', // 6
        '  posthog.capture("panel_opened");',                                           // 7
        '  Tracker.send("x");',
        '</script>',
        '<script>',
        '  (function () { var mixpanel = { track: function () {} }; mixpanel.track("local"); })();',
        '</script>',
        '</body></html>',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.package} ${c.api} ${c.evidence.file}:${c.evidence.line}`), [
      'sentry @sentry/browser init views/panel.html:5',
      'sentry @sentry/browser setUser views/panel.html:6',
      'posthog posthog-js capture views/panel.html:7',
    ]);
  });
});
