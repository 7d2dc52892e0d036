import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const MANIFEST = `modules:
  jira:issuePanel:
    - key: notes-panel
      resource: main
      resolver:
        function: resolver
      title: Notes
  function:
    - key: resolver
      handler: index.handler
resources:
  - key: main
    path: static/build
permissions:
  scopes:
    - storage:app
app:
  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b21
  runtime:
    name: nodejs24.x
`;

const RESOLVER = `import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';

const resolver = new Resolver();

resolver.define('saveNote', async ({ payload, context }) => {
  await kvs.set(\`note-\${context.accountId}\`, payload.text);
  await kvs.set(\`panel-\${context.localId}\`, { open: true });
  await kvs.set(\`issue-\${context.extension.issue.key}\`, { cloud: context.cloudId, module: context.moduleKey });
  await kvs.set('last-context', context);
  console.log('saved for', context.installContext, context.extension.issue.id);
});

resolver.define('saveView', async ({ context }) => {
  const { accountId, extension, localId } = context;
  await kvs.set('view', { panel: localId, issue: extension.issue.key });
  await kvs.set('view-ext', extension);
  await kvs.set('view-owner', { owner: accountId });
});

resolver.define('savePrefs', async (req) => {
  const prefsKey = \`prefs-\${req.context.accountId}\`;
  await kvs.set(prefsKey, { theme: 'dark' });
  const panelKey = \`prefs-\${req.context.localId}\`;
  await kvs.set(panelKey, { theme: 'dark' });
});

export const handler = resolver.getDefinitions();
`;

const FRONTEND = `import { view } from '@forge/bridge';

export async function load() {
  const context = await view.getContext();
  console.log('panel', context.localId, context.extension.issue.key);
  console.log('viewer', context.accountId);
  console.log('where', context.extension);
  const canvas = document.createElement('canvas').getContext('2d');
  console.log('drawing', canvas);
}
`;

describe("fields of Forge's context (`({ payload, context })`, `req.context`, `view.getContext()`)", () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': RESOLVER,
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/load.js': FRONTEND,
    }));
  });

  it("reads the account ID from the context's accountId, and no account ID from its localId, cloudId, moduleKey or the issue's key", () => {
    const writes = facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`);
    assert.deepEqual(writes, [
      'note-{} account-id,resolver-payload src/index.js:7',
      'panel-{} other src/index.js:8',
      'issue-{} other src/index.js:9',
      'last-context account-id,resolver-payload src/index.js:10',
      'view other src/index.js:16',
      'view-ext resolver-payload src/index.js:17',
      'view-owner account-id src/index.js:18',
      'prefs-{} account-id src/index.js:23',
      'prefs-{} other src/index.js:25',
    ]);
  });

  it("keeps the front end's context fields apart, and a canvas's getContext is no Forge context", () => {
    const logs = facts.logs.filter((l) => l.side === 'frontend').map((l) => `${l.carries.join(',')} ${at(l.evidence)}`);
    assert.deepEqual(logs, [
      'other static/src/load.js:5',
      'account-id static/src/load.js:6',
      'resolver-payload static/src/load.js:7',
      'other static/src/load.js:9',
    ]);
  });

  it('reports as stored personal data only the writes that hold an account ID', () => {
    const stored = facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => at(u.evidence));
    assert.deepEqual(stored, ['src/index.js:7', 'src/index.js:10', 'src/index.js:18', 'src/index.js:23']);
  });

  it("reads the context a front end's `.then` callback is handed as it reads an awaited one: the selected text sent on is no account ID", async () => {
    const { facts: sent } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('define', async ({ payload }) => {",
        '  await kvs.set(`term:${payload.selectedText}`, { at: Date.now() });',
        '});',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/load.js': [
        "import { invoke, view } from '@forge/bridge';",
        'export function load() {',
        "  view.getContext().then((ctx) => invoke('define', { selectedText: ctx.extension.selectedText }));",
        "  view.getContext().then(({ accountId, extension }) => console.log(accountId, extension.issue.key));",
        "  view.getContext().then((ctx) => console.log(ctx.localId));",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(sent.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['term:{} resolver-payload']);
    assert.deepEqual(sent.logs.map((l) => `${l.carries.join(',')} ${at(l.evidence)}`), ['account-id static/src/load.js:4', 'other static/src/load.js:5']);
  });
});

const REQUESTS = `import Resolver from '@forge/resolver';
import express from 'express';

const resolver = new Resolver();

resolver.define('getText', (req) => {
  console.log(req);
  console.log(req.payload);
  const { payload } = req;
  console.log('text', payload.text, req.payload.text);
  return 'Hello, world!';
});

resolver.define('getNote', ({ payload }) => {
  console.log(payload);
});

export const handler = resolver.getDefinitions();

const app = express();
app.post('/hook', (req, res) => {
  console.log(req);
  res.sendStatus(204);
});
`;

describe('the whole request a Forge resolver is handed (`console.log(req)`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/resolver":"1.6.0","express":"4.21.0"}}',
      'src/index.js': REQUESTS,
    }));
  });

  it("holds the caller's account ID with the payload; the payload alone does not, nor an HTTP request of another router", () => {
    const logs = facts.logs.map((l) => `${l.carries.join(',')} ${at(l.evidence)}`);
    assert.deepEqual(logs, [
      'account-id,resolver-payload src/index.js:7',
      'resolver-payload src/index.js:8',
      'resolver-payload src/index.js:10',
      'resolver-payload src/index.js:15',
      'resolver-payload src/index.js:22',
    ]);
  });
});

const SAVES = `import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';
import { saveIssue } from './save';

const resolver = new Resolver();

resolver.define('saveOwner', async ({ payload }) => {
  await kvs.set('owner', payload.owner);
});

resolver.define('saveNote', async (req) => {
  await kvs.set('note', req.payload.note);
});

resolver.define('saveIssue', saveIssue);

export const handler = resolver.getDefinitions();
`;

const SAVE = `import { kvs } from '@forge/kvs';

export async function saveIssue(req) {
  await kvs.set('issue', req.payload);
}
`;

const PANEL = `import { invoke, requestJira, view } from '@forge/bridge';

const save = (name, value) => invoke(name, { value });

export async function submit(note) {
  const context = await view.getContext();
  await invoke('saveOwner', { owner: context.accountId });
  await invoke('saveNote', { note, count: 2 });
  const res = await requestJira(\`/rest/api/3/issue/\${context.extension.issue.key}\`);
  await invoke('saveIssue', await res.json());
  await save('saveNote', context.accountId);
}
`;

describe('what front ends send resolver functions (`invoke(\'save\', payload)`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': SAVES,
      'src/save.js': SAVE,
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/panel.js': PANEL,
    }));
  });

  it("is in the payload of the function of that name, defined inline or handed by name; a name not known at the call sends nothing known", () => {
    const writes = facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`);
    assert.deepEqual(writes, [
      'owner account-id,resolver-payload src/index.js:8',
      'note resolver-payload src/index.js:12',
      // The whole issue the front end read (no fields named: all of them, its assignee, reporter and creator too).
      'issue account-id,display-name,email,product-content,resolver-payload src/save.js:4',
    ]);
  });
});

describe('resolver functions defined on a resolver handed to a function (`(resolver: Resolver) => resolver.define(…)`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.ts': "import Resolver from '@forge/resolver';\nimport { registerOrders } from './orders';\n\nconst resolver = new Resolver();\nregisterOrders(resolver);\nexport const handler = resolver.getDefinitions();\n",
      'src/orders.ts': "import type Resolver from '@forge/resolver';\nimport { kvs } from '@forge/kvs';\n\nexport const registerOrders = (resolver: Resolver): void => {\n  resolver.define('placeOrder', async (req) => {\n    console.log('order', req);\n    await kvs.set('order', req.payload.order);\n  });\n};\n",
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/order.js': "import { invoke, view } from '@forge/bridge';\n\nexport async function place() {\n  const { accountId } = await view.getContext();\n  await invoke('placeOrder', { order: { by: accountId } });\n}\n",
    }));
  });

  it('hand the request and what front ends send as they do on a resolver made in the module', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${at(l.evidence)}`), ['account-id,resolver-payload src/orders.ts:6']);
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`), ['order account-id,resolver-payload src/orders.ts:7']);
  });
});

describe('what a resolver function returns to the front end (`const notes = await invoke(\'getNotes\')`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { getOwner } from './owner';",
        '',
        'const resolver = new Resolver();',
        "resolver.define('getNotes', async ({ context }) => {",
        "  const notes = await kvs.get('notes');",
        '  return { notes, viewer: context.accountId };',
        '});',
        "resolver.define('getVersion', () => '1.2.0');",
        "resolver.define('getOwner', getOwner);",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/owner.js': "export async function getOwner(req) {\n  return { owner: req.context.accountId };\n}\n",
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/notes.js': [
        "import { invoke } from '@forge/bridge';",
        '',
        'export async function show() {',
        "  const result = await invoke('getNotes');",
        "  console.log('notes', result);",
        "  console.log('version', await invoke('getVersion'));",
        "  console.log('owner', await invoke('getOwner', {}));",
        '}',
        '',
      ].join('\n'),
    }));
  });

  it('is what that function returns, defined inline or handed by name', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${at(l.evidence)}`), [
      'account-id static/src/notes.js:5',
      'literal static/src/notes.js:6',
      'account-id static/src/notes.js:7',
    ]);
  });
});

describe('key builders (`const prefsKey = (id) => \\`prefs-${id}\\``)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        '',
        'const prefsKey = (id) => `prefs-${id}`;',
        "const spaceKeyOf = (spaceKey) => 'space-' + spaceKey;",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload, context }) => {",
        '  await kvs.set(prefsKey(context.accountId), { theme: payload.theme });',
        '  await kvs.set(prefsKey(payload.issueId), { seen: true });',
        '  await kvs.set(spaceKeyOf(context.accountId), { seen: true });',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    }));
  });

  it('hold what the callers pass when the parameter is only an `id` or a `key`', () => {
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`), [
      'prefs-{} account-id,resolver-payload src/index.js:8',
      'prefs-{} other src/index.js:9',
      'space-{} other src/index.js:10',
    ]);
  });
});

describe('a helper handed Forge\'s request or context', () => {
  it('reads the fields of what its callers hand it: the payload is no account ID, the context\'s accountId is', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { save, audit } from './helper';",
        'const resolver = new Resolver();',
        "resolver.define('save', async (req) => save(req));",
        "resolver.define('audit', async ({ context }) => audit(context));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/helper.js': [
        'export async function save(req) {',
        "  console.log('mode', req.payload.mode);",
        '}',
        'export async function audit(context) {',
        "  console.log('by', context.accountId);",
        '}',
        'export function log(value) {',
        "  console.log('value', value.payload);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/helper.js:2', ['resolver-payload']],
      ['src/helper.js:5', ['account-id']],
      ['src/helper.js:8', ['other']],
    ]);
  });
});

describe('a helper that hands Forge\'s request on to another helper (`save(req)` → `persist(req)`)', () => {
  it('reads the fields of the request there too, also of its context handed on alone', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { save } from './save';",
        'const resolver = new Resolver();',
        "resolver.define('save', async (req) => save(req));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/save.js': [
        "import { persist, audit } from './persist';",
        'export async function save(req) {',
        '  await persist(req);',
        '  await audit(req.context);',
        '}',
        '',
      ].join('\n'),
      'src/persist.js': [
        'export async function persist(request) {',
        "  console.log('mode', request.payload.mode);",
        "  console.log('by', request.context.accountId);",
        "  console.log('request', request);",
        '  await persist(request);',
        '}',
        'export async function audit(context) {',
        "  console.log('where', context.extension, 'who', context.accountId);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/persist.js:2', ['resolver-payload']],
      ['src/persist.js:3', ['account-id']],
      ['src/persist.js:4', ['account-id', 'resolver-payload']],
      ['src/persist.js:8', ['account-id', 'resolver-payload']],
    ]);
  });
});

describe('the fields of what a front end sends (`invoke(\'save\', { email: user.email, title })`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('save', async (req) => {",
        "  console.log('title', req.payload.title);",
        "  await kvs.set('by-email', req.payload.email);",
        '});',
        "resolver.define('rename', async ({ payload }) => {",
        '  const { title } = payload;',
        "  await kvs.set('title', title);",
        "  await kvs.set('note', payload.note);",
        '});',
        "resolver.define('saveForm', async ({ payload: { title, by } }) => {",
        "  console.log('form', title);",
        "  console.log('by', by);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/form.js': [
        "import { invoke } from '@forge/bridge';",
        'export async function submit(user, title, form) {',
        "  await invoke('save', { email: user.email, title });",
        '  const renamed = { title, owner: user.accountId };',
        "  await invoke('rename', renamed);",
        "  await invoke('rename', { title: 'Untitled' });",
        "  await invoke('saveForm', form);",
        '  const details = { by: user.accountId };',
        "  await invoke('saveForm', { ...details, title });",
        '}',
        '',
      ].join('\n'),
    }));
  });

  it('is in that field of the payload only, or in what a spread gives it, and all of it when the payload is no object literal', () => {
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/index.js:5', ['resolver-payload']],
      ['src/index.js:14', ['resolver-payload']],
      ['src/index.js:15', ['account-id', 'resolver-payload']],
    ]);
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`), [
      'by-email email src/index.js:6',
      'title resolver-payload src/index.js:10',
      'note resolver-payload src/index.js:11',
    ]);
  });
});

describe('a field of a parameter (`save(req.payload)`, `show(await getPage())`)', () => {
  it('is that field of what each caller passes: of what front ends send, or of what the app\'s function returns', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { save, show } from './helper';",
        "import { getPage } from './page';",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload }) => save(payload));",
        "resolver.define('show', async () => show(await getPage()));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/page.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function getPage() {',
        "  const owner = await kvs.get('owner-account-id');",
        "  return { title: 'Notes', ownerAccountId: owner };",
        '}',
        '',
      ].join('\n'),
      'src/helper.js': [
        'export async function save(payload) {',
        "  console.log('title', payload.title);",
        "  console.log('all', payload);",
        '}',
        'export function show(page) {',
        "  console.log('page', page.title);",
        "  console.log('owner', page.ownerAccountId);",
        '}',
        '',
      ].join('\n'),
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/app.js': "import { invoke } from '@forge/bridge';\nexport async function go(user, title) {\n  await invoke('save', { email: user.email, title });\n}\n",
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/helper.js:2', ['resolver-payload']],
      ['src/helper.js:3', ['email', 'resolver-payload']],
      ['src/helper.js:6', ['other']],
      ['src/helper.js:7', ['account-id']],
    ]);
  });
});

describe('front ends that call resolver functions through their own helper (`invokeFromForge(\'assignIssue\', { issueKey, accountId })`)', () => {
  it('send the resolver function that payload, as `invoke` itself would', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('assignIssue', async ({ payload }) => kvs.set('assignee', payload));",
        "resolver.define('getIssues', async ({ payload }) => kvs.set('project', payload));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/api.ts': [
        "import { invoke } from '@forge/bridge';",
        'async function invokeFromForge(funcKey: string, body: unknown = {}) {',
        '  return await invoke(funcKey, body);',
        '}',
        'export const api = {',
        "  fetchIssues: (projectKey: string) => invokeFromForge('getIssues', { projectKey }),",
        "  assignIssue: (issueKey: string, accountId: string) => invokeFromForge('assignIssue', { issueKey, accountId }),",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${at(s.evidence)}`), [
      'assignee account-id,resolver-payload src/index.js:4',
      'project resolver-payload src/index.js:5',
    ]);
  });
});

describe('a field of the payload named `context` (`{ name, context }` a front end sends)', () => {
  it('is what the front end sent, not Forge\'s context; the request\'s own context still holds the account ID', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('createTask', async (request) => {",
        "  await kvs.set('a', { note: request.payload?.context });",
        '  const { context } = request.payload;',
        "  await kvs.set('b', { note: context });",
        "  await kvs.set('c', { who: request.context.accountId });",
        '});',
        "resolver.define('other', async ({ payload }) => {",
        "  await kvs.set('d', { note: payload.context });",
        "  await kvs.set('e', payload.context.text);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [
      ['a', ['resolver-payload']], ['b', ['resolver-payload']], ['c', ['account-id']], ['d', ['resolver-payload']], ['e', ['resolver-payload']],
    ]);
  });
});
