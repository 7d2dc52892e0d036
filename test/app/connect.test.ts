import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCodeDescriptor } from '../../src/app/connect-code.ts';
import { connectFacts, parseDescriptorJson } from '../../src/app/connect.ts';
import { at, readFixture } from './fixture.ts';

describe('an atlassian-connect-express app (connect-app)', async () => {
  const read = await readFixture('connect-app');

  it('reads key, name, licensing and the base URL from config.json for {{localBaseUrl}}', () => {
    assert.deepEqual([read.app.platform, read.app.key, read.app.name, read.app.baseUrl, read.app.descriptor, read.app.manifest],
      ['connect', 'com.example.status-board', 'Status Board for Jira', 'https://status-board.example.com', 'atlassian-connect.json', null]);
    assert.deepEqual([read.app.licensing.enabled, at(read.app.licensing.evidence)], [true, 'atlassian-connect.json:21']);
    assert.equal(read.app.authentication, 'jwt');
    assert.deepEqual(read.app.products, ['jira']);
    assert.deepEqual(read.diagnostics, []);
  });

  it('reads Connect scopes', () => {
    assert.deepEqual(read.declaredScopes.map((s) => [s.scope, at(s.evidence)]), [
      ['READ', 'atlassian-connect.json:23'],
      ['WRITE', 'atlassian-connect.json:24'],
      ['ACT_AS_USER', 'atlassian-connect.json:25'],
    ]);
  });

  it('reads modules, webhooks and lifecycle callbacks', () => {
    assert.deepEqual(read.app.modules.map((m) => [m.type, m.key, m.ui, at(m.evidence)]), [
      ['generalPages', 'status-board-page', 'connect', 'atlassian-connect.json:33'],
      ['webPanels', 'status-panel', 'connect', 'atlassian-connect.json:43'],
      ['jiraIssueGlances', 'status-glance', 'connect', 'atlassian-connect.json:53'],
      ['webhooks', 'jira:issue_created', 'none', 'atlassian-connect.json:76'],
      ['webhooks', 'jira:issue_deleted', 'none', 'atlassian-connect.json:80'],
    ]);
    assert.deepEqual(read.triggers.map((t) => [t.kind, t.key, t.events, at(t.evidence)]), [
      ['connect-webhook', 'jira:issue_created', ['jira:issue_created'], 'atlassian-connect.json:76'],
      ['connect-webhook', 'jira:issue_deleted', ['jira:issue_deleted'], 'atlassian-connect.json:80'],
      ['connect-lifecycle', 'installed', ['installed'], 'atlassian-connect.json:18'],
      ['connect-lifecycle', 'uninstalled', ['uninstalled'], 'atlassian-connect.json:19'],
    ]);
    assert.deepEqual(read.uninstall.map((u) => [u.via, at(u.evidence)]), [['Connect lifecycle `uninstalled` (/uninstalled)', 'atlassian-connect.json:19']]);
  });

  it('the base URL is the app’s own back end', () => {
    assert.deepEqual(read.remotes.map((r) => [r.key, r.baseUrl, r.hosts, at(r.evidence)]), [['baseUrl', 'https://status-board.example.com', ['status-board.example.com'], 'atlassian-connect.json:9']]);
    assert.deepEqual(read.egress.map((e) => [e.kind, e.host]), [['remote', 'status-board.example.com']]);
  });
});

describe('a descriptor with regionBaseUrls', () => {
  const evidence = { file: 'atlassian-connect.json', line: 3, column: 3, excerpt: '' };
  const read = (descriptor: Record<string, unknown>) => connectFacts('atlassian-connect.json', { key: 'notes', authentication: { type: 'jwt' }, ...descriptor }, () => evidence, false);

  it("the app's address for each data residency location is its remote's, as a Forge remote's baseUrl map", () => {
    const pinned = read({ baseUrl: 'https://notes.example.com', regionBaseUrls: { EU: 'https://eu.notes.example.com', US: 'https://us.notes.example.com' } });
    assert.deepEqual(pinned.remotes.map((r) => [r.baseUrl, r.hosts]), [[{ default: 'https://notes.example.com', EU: 'https://eu.notes.example.com', US: 'https://us.notes.example.com' }, ['notes.example.com', 'eu.notes.example.com', 'us.notes.example.com']]]);
    // Without it, or with it empty, the base URL is one for every site.
    assert.deepEqual(read({ baseUrl: 'https://notes.example.com', regionBaseUrls: {} }).remotes.map((r) => r.baseUrl), ['https://notes.example.com']);
  });
});

describe('a descriptor built in code (connect-in-code)', async () => {
  const read = await readFixture('connect-in-code');

  it('evaluates the literal parts of the object', () => {
    assert.deepEqual([read.app.platform, read.app.key, read.app.name, read.app.baseUrl, read.app.descriptor],
      ['connect', 'com.example.figures-for-confluence', 'Figures for Confluence', null, 'src/routes/descriptor.ts']);
    assert.deepEqual(read.declaredScopes.map((s) => [s.scope, at(s.evidence)]), [['READ', 'src/routes/descriptor.ts:20'], ['WRITE', 'src/routes/descriptor.ts:20']]);
    assert.deepEqual(read.app.modules.map((m) => [m.type, m.key, m.ui, at(m.evidence)]), [
      ['dynamicContentMacros', 'figure-macro', 'connect', 'src/routes/descriptor.ts:28'],
      ['webhooks', 'page_removed', 'none', 'src/routes/descriptor.ts:37'],
    ]);
    assert.deepEqual(read.app.products, ['confluence']);
    assert.deepEqual(read.uninstall.map((u) => [u.via, at(u.evidence)]), [['Connect lifecycle `uninstalled` (/lifecycle/uninstalled)', 'src/routes/descriptor.ts:23']]);
    assert.deepEqual(read.remotes, []);
  });

  it('resolves literal constants and leaves the rest unknown', () => {
    const found = findCodeDescriptor('d.js', "const host = 'https://app.example.com';\nexport default { key: 'k', baseUrl: host, scopes: [`READ`], modules: { webhooks: [] }, auth: makeAuth() };\n");
    assert.deepEqual(found?.value, { key: 'k', baseUrl: 'https://app.example.com', scopes: ['READ'], modules: { webhooks: [] }, auth: null });
  });
});

describe('broken descriptors', () => {
  it('a JSON syntax error names the line and column', async () => {
    const read = await readFixture('connect-broken-json');
    assert.deepEqual(read.diagnostics.map((d) => [d.severity, d.code, d.file, d.line ?? null, d.column ?? null]), [
      ['error', 'json-syntax', 'atlassian-connect.json', 6, 3],
      ['error', 'no-app', 'atlassian-connect.json', null, null],
    ]);
    assert.equal(read.app.platform, null);
  });

  it('parseDescriptorJson reads past a byte order mark and reports trailing commas', () => {
    assert.deepEqual(parseDescriptorJson('a.json', '\uFEFF{"key": "a"}'), { value: { key: 'a' }, text: '{"key": "a"}' });
    const bad = parseDescriptorJson('a.json', '{\n  "key": "a",\n}\n');
    assert.ok('diagnostic' in bad);
    assert.deepEqual([bad.diagnostic.line, bad.diagnostic.column], [3, 1]);
  });
});

describe('a descriptor with comments', () => {
  it('parseDescriptorJson with comments blanks them, as atlassian-connect-express does, keeping lines and columns', () => {
    const source = '{\n  // the app\n  "key": "a", /* its key */\n  "url": "https://x.example/a//b"\n}\n';
    const parsed = parseDescriptorJson('atlassian-connect.json', source, { comments: true });
    assert.ok('value' in parsed);
    assert.deepEqual(parsed.value, { key: 'a', url: 'https://x.example/a//b' });
    assert.equal(parsed.text.split('\n')[2], '  "key": "a",              ');
    assert.ok('diagnostic' in parseDescriptorJson('atlassian-connect.json', source));
    // Trailing commas too, after a comment or not, as atlassian-connect-express's loaders (uglify-js, JSON5) take them; not inside a string.
    const trailing = parseDescriptorJson('atlassian-connect.json', '{\n  "key": "a,]", // k\n  "scopes": ["READ",],\n}\n', { comments: true });
    assert.ok('value' in trailing);
    assert.deepEqual(trailing.value, { key: 'a,]', scopes: ['READ'] });
    assert.ok('diagnostic' in parseDescriptorJson('atlassian-connect.json', '{\n  "scopes": ["READ",,],\n}\n', { comments: true }));
  });

  it('the app is read, with evidence on the lines of the file', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const { facts } = await scanFiles({
      'atlassian-connect.json': [
        '{',
        '  "key": "commented",',
        '  "baseUrl": "https://commented.example.com",',
        '  "authentication": { "type": "jwt" },',
        '  "scopes": ["READ"], // what the panel needs',
        '  "modules": {',
        '    "webPanels": [{ "key": "panel", "url": "/panel", "location": "atl.jira.view.issue.right.context",',
        '      "name": { "value": "Panel" } // shown above it',
        '    }]',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual([facts.app.platform, facts.app.key], ['connect', 'commented']);
    assert.deepEqual(facts.scopes.declared.map((s) => `${s.scope} ${s.evidence.file}:${s.evidence.line}`), ['READ atlassian-connect.json:5']);
    assert.deepEqual(facts.app.modules.map((m) => `${m.key} ${m.evidence.line}`), ['panel 7']);
    assert.deepEqual(facts.diagnostics, []);
  });
});

describe('the production base URL of config.json', () => {
  it('the placeholder the atlassian-connect-express template ships is no address: no Heroku, the base URL stays unknown', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const descriptor = JSON.stringify({ key: 'gadget', baseUrl: '{{localBaseUrl}}', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
    const config = (url: string) => JSON.stringify({ development: { port: 3000 }, production: { port: '$PORT', localBaseUrl: url } });
    const template = await scanFiles({ 'atlassian-connect.json': descriptor, 'config.json': config('https://your-subdomain.herokuapp.com') });
    assert.equal(template.facts.app.baseUrl, '{{localBaseUrl}}');
    assert.deepEqual(template.facts.thirdParties.map((t) => t.vendor), []);
    const deployed = await scanFiles({ 'atlassian-connect.json': descriptor, 'config.json': config('https://gadget-prod.herokuapp.com') });
    assert.equal(deployed.facts.app.baseUrl, 'https://gadget-prod.herokuapp.com');
    assert.deepEqual(deployed.facts.thirdParties.map((t) => t.vendor), ['heroku']);
  });

  it('names Firebase for a base URL on a Firebase Hosting site (`<project>.web.app`)', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const descriptor = JSON.stringify({ key: 'roster', baseUrl: 'https://roster-prod.web.app', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor });
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.via.map((v) => `${v.kind} ${v.detail}`)]), [['firebase', ['declared-egress https://roster-prod.web.app']]]);
  });
});

describe('a descriptor with parts in the wrong shape', () => {
  it('names each part the scan cannot read, with its line, and reads the rest', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const { facts } = await scanFiles({
      'atlassian-connect.json': [
        '{',
        '  "key": "shapes",',
        '  "baseUrl": "not a url",',
        '  "scopes": "READ",',
        '  "modules": ["generalPages"],',
        '  "lifecycle": true',
        '}',
        '',
      ].join('\n'),
      'index.js': 'console.log(1);\n',
    });
    assert.equal(facts.app.key, 'shapes');
    assert.deepEqual(facts.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`), [
      'descriptor-invalid atlassian-connect.json:4 atlassian-connect.json: `scopes` is not a list of scope names (`["READ", "WRITE"]`); no scope is read from it.',
      'descriptor-invalid atlassian-connect.json:5 atlassian-connect.json: `modules` is not an object of module types; no module is read from it.',
      'descriptor-invalid atlassian-connect.json:6 atlassian-connect.json: `lifecycle` is not an object of callback paths; no callback is read from it.',
      'descriptor-invalid atlassian-connect.json:3 atlassian-connect.json: `baseUrl` is not a URL (`https://app.example.com`), so the host of the app\'s back end is not known.',
    ]);
  });

  it('says which scope is not a name', async () => {
    const { scanFiles } = await import('../helpers/temp-app.ts');
    const { facts } = await scanFiles({
      'atlassian-connect.json': '{\n  "key": "shapes",\n  "baseUrl": "{{localBaseUrl}}",\n  "scopes": [\n    "READ",\n    5\n  ]\n}\n',
      'index.js': 'console.log(1);\n',
    });
    assert.deepEqual(facts.scopes.declared.map((s) => s.scope), ['READ']);
    assert.deepEqual(facts.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`), ['atlassian-connect.json:6 atlassian-connect.json: `scopes[1]` is not a scope name; it is left out.']);
  });
});

describe('a token out of place (a trailing comma before `]`)', () => {
  it('is named at its line and column, without the text around it in the message', () => {
    const bad = parseDescriptorJson('a.json', '{\n  "key": "a",\n  "scopes": ["READ",],\n  "baseUrl": "https://app.example.com"\n}\n');
    assert.ok('diagnostic' in bad);
    assert.deepEqual([bad.diagnostic.line, bad.diagnostic.column, bad.diagnostic.message], [3, 21, "Invalid JSON: Unexpected token ']'."]);
    const short = parseDescriptorJson('b.json', '["a",]');
    assert.ok('diagnostic' in short);
    assert.deepEqual([short.diagnostic.line, short.diagnostic.column], [1, 6]);
  });
});
