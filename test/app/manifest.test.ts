import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { at, readFixture } from './fixture.ts';

after(() => stopManifestValidator());

describe('a Forge app with every kind of module (forge-full)', async () => {
  const read = await readFixture('forge-full');

  it('reads the app block', () => {
    assert.equal(read.app.platform, 'forge');
    assert.equal(read.app.id, 'ari:cloud:ecosystem::app/2f1c6b7e-5d1a-4c43-9f0e-7a3c2b9d8e11');
    assert.equal(at(read.app.idEvidence), 'manifest.yml:118');
    assert.equal(read.app.authentication, null);
    assert.equal(read.app.name, null);
    assert.equal(read.app.manifest, 'manifest.yml');
    const { fields, ...runtime } = read.app.runtime;
    assert.deepEqual({ ...runtime, evidence: at(runtime.evidence) }, { name: 'nodejs22.x', architecture: 'arm64', memoryMB: 512, evidence: 'manifest.yml:119' });
    assert.deepEqual(Object.entries(fields ?? {}).map(([field, e]) => [field, at(e)]), [['name', 'manifest.yml:120'], ['architecture', 'manifest.yml:121'], ['memoryMB', 'manifest.yml:122']]);
    assert.deepEqual({ ...read.app.licensing, evidence: at(read.app.licensing.evidence) }, { enabled: true, evidence: 'manifest.yml:124' });
    assert.deepEqual(read.app.storage.entities, ['release-note']);
    assert.deepEqual(read.app.storage.settings, { classifications: ['ugc'] });
    assert.deepEqual(read.app.products, ['jira']);
    assert.deepEqual(read.app.content && { ...read.app.content, evidence: at(read.app.content.evidence) }, { scripts: [], styles: ['unsafe-inline'], evidence: 'manifest.yml:75' });
    assert.deepEqual(read.diagnostics, []);
  });

  it('tells the UI kind of each module', () => {
    assert.deepEqual(read.app.modules.filter((m) => m.type !== 'function').map((m) => [m.type, m.key, m.ui, m.function ?? null, m.resource ?? null, at(m.evidence)]), [
      ['jira:issuePanel', 'release-notes-panel', 'custom-ui', 'resolver', 'issue-panel', 'manifest.yml:3'],
      ['jira:issueGlance', 'release-notes-glance', 'ui-kit', 'resolver', 'glance', 'manifest.yml:10'],
      ['jira:adminPage', 'release-notes-admin', 'ui-kit-1', 'admin', null, 'manifest.yml:18'],
      ['trigger', 'issue-updated', 'none', 'on-issue-event', null, 'manifest.yml:22'],
      ['trigger', 'lifecycle', 'none', 'on-lifecycle', null, 'manifest.yml:27'],
      ['scheduledTrigger', 'weekly-report', 'none', 'report-accounts', null, 'manifest.yml:33'],
      ['webtrigger', 'deploy-hook', 'none', 'on-webhook', null, 'manifest.yml:37'],
      ['consumer', 'export-consumer', 'none', 'exporter', null, 'manifest.yml:42'],
    ]);
  });

  it('maps function handlers to files and exports', () => {
    assert.deepEqual(read.functionHandlers.map((h) => [h.key, h.file, h.exportName, at(h.evidence)]), [
      ['resolver', 'src/resolvers/index.js', 'handler', 'manifest.yml:49'],
      ['admin', 'src/index.js', 'admin', 'manifest.yml:51'],
      ['on-issue-event', 'src/index.js', 'onIssueEvent', 'manifest.yml:53'],
      ['on-lifecycle', 'src/index.js', 'onLifecycle', 'manifest.yml:55'],
      ['report-accounts', 'src/index.js', 'reportAccounts', 'manifest.yml:57'],
      ['on-webhook', 'src/index.js', 'onWebhook', 'manifest.yml:59'],
      ['exporter', 'src/exporter.ts', 'handler', 'manifest.yml:61'],
    ]);
  });

  it('reads triggers and the uninstall handling', () => {
    assert.deepEqual(read.triggers.map((t) => [t.kind, t.key, t.function, t.events, t.interval, t.response, t.queue ?? null]), [
      ['product-event', 'issue-updated', 'on-issue-event', ['avi:jira:created:issue', 'avi:jira:updated:issue'], null, null, null],
      ['lifecycle', 'lifecycle', 'on-lifecycle', ['avi:forge:installed:app', 'avi:forge:uninstalled:app'], null, null, null],
      ['scheduled', 'weekly-report', 'report-accounts', [], 'week', null, null],
      ['web', 'deploy-hook', 'on-webhook', [], null, 'dynamic', null],
      ['consumer', 'export-consumer', 'exporter', [], null, null, 'export-queue'],
    ]);
    assert.deepEqual(read.uninstall.map((u) => [u.via, at(u.evidence)]), [['`avi:forge:uninstalled:app` trigger `lifecycle`', 'manifest.yml:31']]);
  });

  it('reads declared scopes in list form', () => {
    assert.deepEqual(read.declaredScopes.map((s) => [s.scope, at(s.evidence)]), [
      ['read:jira-work', 'manifest.yml:71'],
      ['write:jira-work', 'manifest.yml:72'],
      ['storage:app', 'manifest.yml:73'],
      ['report:personal-data', 'manifest.yml:74'],
    ]);
  });

  it('reads egress of every kind, with hosts and wildcards', () => {
    assert.deepEqual(read.egress.map((e) => [e.kind, e.address, e.host, e.wildcard, at(e.evidence)]), [
      ['fetch-backend', 'https://api.release-notes.example.com', 'api.release-notes.example.com', false, 'manifest.yml:81'],
      ['fetch-backend', 'https://*.ingest.sentry.io', '*.ingest.sentry.io', true, 'manifest.yml:82'],
      ['fetch-backend', 'remote:notes-backend', 'notes.example.com', false, 'manifest.yml:85'],
      ['fetch-client', 'https://api.release-notes.example.com/v1', 'api.release-notes.example.com', false, 'manifest.yml:87'],
      ['images', '*.gravatar.com', '*.gravatar.com', true, 'manifest.yml:89'],
      ['media', 'https://media.example.org', 'media.example.org', false, 'manifest.yml:91'],
      ['scripts', 'https://cdn.example.net/widget.js', 'cdn.example.net', false, 'manifest.yml:93'],
      ['styles', 'https://fonts.googleapis.com', 'fonts.googleapis.com', false, 'manifest.yml:95'],
      ['fonts', 'https://fonts.gstatic.com', 'fonts.gstatic.com', false, 'manifest.yml:97'],
      ['frames', 'https://www.youtube.com', 'www.youtube.com', false, 'manifest.yml:99'],
      ['navigation', '*', '*', true, 'manifest.yml:101'],
      ['remote', 'https://notes.example.com', 'notes.example.com', false, 'manifest.yml:105'],
      ['remote', 'https://eu.notes.example.com', 'eu.notes.example.com', false, 'manifest.yml:106'],
      ['remote', 'https://us.notes.example.com', 'us.notes.example.com', false, 'manifest.yml:107'],
      ['remote', 'https://collector.example.io', 'collector.example.io', false, 'manifest.yml:114'],
    ]);
  });

  it('reads remotes, one base URL or one per region', () => {
    assert.deepEqual(read.remotes.map((r) => [r.key, r.baseUrl, r.hosts, r.operations, at(r.evidence)]), [
      ['notes-backend', { default: 'https://notes.example.com', EU: 'https://eu.notes.example.com', US: 'https://us.notes.example.com' },
        ['notes.example.com', 'eu.notes.example.com', 'us.notes.example.com'], ['storage', 'fetch'], 'manifest.yml:103'],
      ['analytics', 'https://collector.example.io', ['collector.example.io'], ['other'], 'manifest.yml:113'],
    ]);
  });

  it('finds the front-end source of each resource', () => {
    assert.deepEqual(read.app.resources.map((r) => [r.key, r.path, r.exists]), [
      ['issue-panel', 'static/issue-panel/build', false],
      ['glance', 'src/frontend/glance.jsx', true],
    ]);
    assert.deepEqual(read.frontendRoots, ['static/issue-panel', 'src/frontend']);
  });
});

describe('Connect on Forge, scopes as a map (connect-on-forge)', async () => {
  const read = await readFixture('connect-on-forge');

  it('is connect-on-forge, with the Connect key and base URL', () => {
    assert.deepEqual([read.app.platform, read.app.key, read.app.baseUrl, read.app.descriptor], ['connect-on-forge', 'com.example.timesheets', 'https://timesheets.example.com', null]);
    assert.deepEqual(read.diagnostics, []);
  });

  it('reads the object form of permissions.scopes', () => {
    assert.deepEqual(read.declaredScopes.map((s) => [s.scope, at(s.evidence)]), [
      ['read:jira-work', 'manifest.yml:51'],
      ['write:jira-work', 'manifest.yml:52'],
      ['read:connect-jira', 'manifest.yml:54'],
      ['act-as-user:connect-jira', 'manifest.yml:55'],
    ]);
  });

  it('reads connectModules: pages, webhooks and lifecycle callbacks', () => {
    assert.deepEqual(read.app.modules.map((m) => [m.type, m.key, m.ui]), [
      ['jira:generalPages', 'timesheet-page', 'connect'],
      ['jira:webPanels', 'timesheet-panel', 'connect'],
      ['jira:webhooks', 'webhook-1', 'none'],
      ['jira:issuePanel', 'timesheet-forge-panel', 'ui-kit'],
      ['function', 'resolver', 'none'],
    ]);
    assert.deepEqual(read.triggers.map((t) => [t.kind, t.key, t.events, at(t.evidence)]), [
      ['connect-lifecycle', 'lifecycle-events', ['installed'], 'manifest.yml:17'],
      ['connect-lifecycle', 'lifecycle-events', ['uninstalled'], 'manifest.yml:18'],
      ['connect-webhook', 'webhook-1', ['jira:issue_updated'], 'manifest.yml:31'],
    ]);
    assert.deepEqual(read.uninstall.map((u) => [u.via, at(u.evidence)]), [['Connect lifecycle `uninstalled` (/uninstalled)', 'manifest.yml:18']]);
    assert.deepEqual(read.frontendRoots, ['src/frontend']);
  });
});

describe('bad manifests', () => {
  it('broken YAML: the error names the line, and the scan goes on with what was read', async () => {
    const read = await readFixture('broken-yaml');
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.file, d.line, d.column]), [['error', 'yaml-syntax', 'manifest.yml', 13, 1]]);
    assert.equal(read.app.platform, 'forge');
    assert.deepEqual(read.app.modules.map((m) => [m.key, m.ui]), [['hello-world-panel', 'ui-kit-1'], ['main', 'none']]);
    assert.deepEqual(read.functionHandlers.map((h) => [h.key, h.file, h.exportName]), [['main', 'src/index.jsx', 'run']]);
  });

  it('a manifest failing the schema: each issue at the line of the offending key', async () => {
    const read = await readFixture('schema-invalid');
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.line, d.path, d.message]), [
      ['error', 'manifest-schema', 8, 'modules.jira:issuePanel[0].titel', "modules.jira:issuePanel[0]: missing required property 'title'"],
      ['error', 'manifest-schema', 13, 'modules.scheduledTrigger[0].interval', "modules.scheduledTrigger[0].interval: 'nightly' is not an allowed value"],
      ['error', 'manifest-schema', 18, 'modules.function[1].hanlder', "modules.function[1].hanlder: unknown property 'hanlder'"],
      ['error', 'manifest-schema', 28, 'permissions.external.fetch.backend[0].adress', "permissions.external.fetch.backend[0].adress: unknown property 'adress'"],
      ['error', 'manifest-schema', 32, 'app.runtime.name', "app.runtime.name: 'nodejs18.x' is not an allowed value"],
    ]);
    // Facts are still read from the invalid manifest.
    assert.deepEqual(read.triggers.map((t) => [t.kind, t.interval]), [['scheduled', 'nightly']]);
  });
});
