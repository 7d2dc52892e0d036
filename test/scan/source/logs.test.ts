import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeFiles } from './analyze.ts';

const RESOLVER = "import Resolver from '@forge/resolver';\nimport api, { route } from '@forge/api';\nconst resolver = new Resolver();\n";

const cases: Array<{ name: string; code: string; handlers?: string[]; expect: Array<{ logger: string; level: string; carries: string[]; line: number }> }> = [
  {
    name: 'a function declared after the callback that calls it is handed its arguments (hoisted), as one declared before',
    code: "export default function routes(app) {\n  app.post('/notes', (req, res) => {\n    remember(req.body);\n    res.sendStatus(204);\n  });\n  function remember(note) {\n    console.log('note', note);\n  }\n}",
    expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 7 }],
  },
  { name: 'literal messages only', code: "console.log('Sync finished');\nconsole.error(`Failed after ${3} tries`);", expect: [{ logger: 'console', level: 'log', carries: ['literal'], line: 1 }, { logger: 'console', level: 'error', carries: ['literal'], line: 2 }] },
  {
    name: 'a page body from the product API',
    code: RESOLVER + "resolver.define('getPage', async ({ payload }) => {\n  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${payload.id}?body-format=storage`);\n  const page = await res.json();\n  console.log('page', page.body.storage.value);\n  console.log('status', res.status);\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['product-content'], line: 7 }, { logger: 'console', level: 'log', carries: ['other'], line: 8 }],
  },
  {
    name: 'the resolver payload and the caller account ID',
    code: RESOLVER + "resolver.define('save', async (req) => {\n  console.log(JSON.stringify(req.payload));\n  console.info(`user ${req.context.accountId} saved`);\n  console.debug('count', req.payload.items.length);\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 5 }, { logger: 'console', level: 'info', carries: ['account-id'], line: 6 }, { logger: 'console', level: 'debug', carries: ['other'], line: 7 }],
  },
  {
    name: 'a property of an object built here holds that property’s value, not the whole object’s',
    code: RESOLVER + "resolver.define('save', async ({ payload, context }) => {\n  const entry = { author: context.accountId, note: payload.note, createdAt: Date.now() };\n  console.log('saved at', entry.createdAt);\n  console.log('note', entry.note);\n  const later = { at: 1 };\n  later.at = context.accountId;\n  console.log(later.at);\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 6 }, { logger: 'console', level: 'log', carries: ['resolver-payload'], line: 7 }, { logger: 'console', level: 'log', carries: ['account-id'], line: 10 }],
  },
  {
    name: 'a field of the object a helper returns holds that field, not the whole object (page.title of fetchPage(id) that also returns authorId)',
    code: RESOLVER + "async function fetchPage(id) {\n  const res = await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${id}`);\n  if (res.status === 404) return null;\n  const page = await res.json();\n  return { title: page.title, authorId: page.authorId, version: page.version.number };\n}\nresolver.define('x', async ({ payload }) => {\n  const page = await fetchPage(payload.id);\n  console.log(page.title);\n  console.log(page.version);\n  console.log(page);\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['product-content'], line: 12 }, { logger: 'console', level: 'log', carries: ['other'], line: 13 }, { logger: 'console', level: 'log', carries: ['account-id', 'product-content'], line: 14 }],
  },
  { name: 'a key naming a secret holds none when its value only tests one (has_secret: !!secret, typeof, a comparison)', code: "const secret = process.env.SHARED_SECRET;\nconsole.log('install', { has_shared_secret: !!secret, secretType: typeof secret, tokenSet: secret !== undefined });\nconsole.log('install', { shared_secret: secret });", expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 2 }, { logger: 'console', level: 'log', carries: ['secret'], line: 3 }] },
  { name: 'a URL built with a secret holds it, whatever its name says (url, endpoint)', code: "const apiKey = process.env.SERVICE_API_KEY;\nconst url = 'https://svc.example.com/api?api_key=' + apiKey + '&q=1';\nconsole.log(url);\nconst endpoint = `https://svc.example.com/api?page=${2}`;\nconsole.log(endpoint);", expect: [{ logger: 'console', level: 'log', carries: ['secret'], line: 3 }, { logger: 'console', level: 'log', carries: ['literal'], line: 5 }] },
  { name: 'the `jwt` of a request\'s query holds the Connect JWT, its other query fields do not', code: "export function login(req) {\n  console.log('token', req.query.jwt);\n  console.log('view', req.query.view);\n}", expect: [{ logger: 'console', level: 'log', carries: ['secret'], line: 2 }, { logger: 'console', level: 'log', carries: ['other'], line: 3 }] },
  { name: 'the Authorization header of a request holds its credential, its other headers do not', code: "export function check(req) {\n  console.log('auth', req.headers.authorization);\n  console.log('type', req.headers['content-type']);\n}", expect: [{ logger: 'console', level: 'log', carries: ['secret'], line: 2 }, { logger: 'console', level: 'log', carries: ['other'], line: 3 }] },
  {
    name: 'the whole environment holds its keys and tokens, as itself, through a name, as JSON or in a template; one variable or the names do not',
    code: "console.log(process.env);\nconst vars = process.env;\nconsole.debug('vars', JSON.stringify(vars));\nconsole.info(`boot ${JSON.stringify(process.env)}`);\nconsole.log(vars.STAGE, Object.keys(process.env));\nconst { STAGE } = process.env;\nconsole.log(STAGE);",
    expect: [
      { logger: 'console', level: 'log', carries: ['secret'], line: 1 }, { logger: 'console', level: 'debug', carries: ['secret'], line: 3 },
      { logger: 'console', level: 'info', carries: ['secret'], line: 4 }, { logger: 'console', level: 'log', carries: ['other'], line: 5 },
      { logger: 'console', level: 'log', carries: ['other'], line: 7 },
    ],
  },
  {
    name: 'the environment\'s values hold its secrets (Object.entries, Object.values, a copy), its names do not',
    code: "console.log('env', Object.entries(process.env));\nconsole.log('env', { ...process.env, STAGE: 'dev' });\nconsole.log(Object.values(process.env), Object.assign({}, process.env));\nconsole.log('names', Object.keys(process.env), Object.entries(process.env).map(([name]) => name));",
    expect: [
      { logger: 'console', level: 'log', carries: ['secret'], line: 1 }, { logger: 'console', level: 'log', carries: ['secret'], line: 2 },
      { logger: 'console', level: 'log', carries: ['secret'], line: 3 }, { logger: 'console', level: 'log', carries: ['other'], line: 4 },
    ],
  },
  {
    name: 'a secret\'s name is not the secret: a message naming one, the key it is kept under, the names of an object\'s fields, a secrets manager\'s ARN',
    code: "import { storage } from '@forge/api';\nconst API_KEY = 'openai-api-key';\nexport async function run() {\n  console.warn('webhookSecretKey not set');\n  console.log(`Missing ${'API_KEY'}`);\n  console.log('reading', API_KEY);\n  const apiKey = await storage.getSecret(API_KEY);\n  const headers = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };\n  console.log('headers', Object.keys(headers));\n  console.log('arn', process.env.WEBHOOK_SECRET_ARN, process.env.AWS_ACCESS_KEY_ID);\n  console.log('key', apiKey, headers);\n}",
    expect: [
      { logger: 'console', level: 'warn', carries: ['literal'], line: 4 }, { logger: 'console', level: 'log', carries: ['literal'], line: 5 },
      { logger: 'console', level: 'log', carries: ['literal'], line: 6 }, { logger: 'console', level: 'log', carries: ['literal'], line: 9 },
      { logger: 'console', level: 'log', carries: ['other'], line: 10 }, { logger: 'console', level: 'log', carries: ['secret'], line: 11 },
    ],
  },
  {
    name: 'an environment variable read by a name the code gives it is a secret when one of the names it may be says so; the names alone are not',
    code: "const REQUIRED = ['API_TOKEN', 'WEBHOOK_SECRET'];\nfor (const key of REQUIRED) if (!process.env[key]) console.error(`${key} missing`);\nfor (const key of ['API_TOKEN', 'REGION']) console.log(key, process.env[key]);\nconst name = 'GITHUB_TOKEN';\nconsole.log(process.env[name]);\nfor (const key of ['REGION', 'STAGE']) console.log(key, process.env[key]);",
    expect: [
      { logger: 'console', level: 'error', carries: ['other'], line: 2 }, { logger: 'console', level: 'log', carries: ['secret'], line: 3 },
      { logger: 'console', level: 'log', carries: ['secret'], line: 5 }, { logger: 'console', level: 'log', carries: ['other'], line: 6 },
    ],
  },
  { name: 'a secret written into the code is one when logged', code: "const apiToken = 'tK9f2LmQ8vX3nR7wP1zB6yH4';\nconsole.log('token', apiToken);", expect: [{ logger: 'console', level: 'log', carries: ['secret'], line: 2 }] },
  {
    name: 'a log after a return or a throw of its block never runs; one in a function declared after the return does',
    code: RESOLVER + "resolver.define('x', async ({ payload }) => {\n  if (!payload.id) {\n    return null;\n    console.log('missing', payload);\n  }\n  switch (payload.kind) {\n    case 'a':\n      throw new Error('a');\n      console.log('a', payload);\n    case 'b':\n      console.log('b', payload.kind);\n  }\n  return show();\n  console.log('done', payload);\n  function show() {\n    console.log('shown', payload);\n  }\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 14 }, { logger: 'console', level: 'log', carries: ['resolver-payload'], line: 19 }],
  },
  { name: 'a secret from the environment', code: "console.log('key', process.env.OPENAI_API_KEY);\nconsole.log('region', process.env.REGION);", expect: [{ logger: 'console', level: 'log', carries: ['secret'], line: 1 }, { logger: 'console', level: 'log', carries: ['other'], line: 2 }] },
  {
    name: 'a cursor\'s token is where a list goes on, no credential; the place and kind of a token are none either (tokenUrl, TOKEN_ENDPOINT)',
    code: "import api, { route } from '@forge/api';\nexport async function run(event) {\n  let nextPageToken;\n  do {\n    const page = await (await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=x&nextPageToken=${nextPageToken ?? ''}`)).json();\n    nextPageToken = page.nextPageToken;\n    console.log('next', nextPageToken, page.nextPageToken);\n  } while (nextPageToken);\n  console.log('paging', event.pageToken, event.continuationToken, event.cursorToken);\n  console.log('oauth', process.env.TOKEN_URL, process.env.OAUTH_TOKEN_ENDPOINT, process.env.AUTH_URL, event.tokenType, event.tokenUrl);\n  console.log('creds', event.apiToken, event.refreshToken, process.env.GITHUB_TOKEN, process.env.SLACK_WEBHOOK_URL);\n}",
    handlers: ['src/index.js#run'],
    expect: [
      { logger: 'console', level: 'log', carries: ['other'], line: 7 }, { logger: 'console', level: 'log', carries: ['other'], line: 9 },
      { logger: 'console', level: 'log', carries: ['other'], line: 10 }, { logger: 'console', level: 'log', carries: ['secret'], line: 11 },
    ],
  },
  {
    name: 'a slug names a workspace, repository or page in a URL: an identifier, not the content it comes with',
    code: "import api, { route } from '@forge/api';\nexport async function run() {\n  const repo = await (await api.asApp().requestBitbucket(route`/2.0/repositories/acme/tools`)).json();\n  console.log('repo', repo.workspace.slug, repo.slug);\n  console.log('about', repo.description);\n}",
    handlers: ['src/index.js#run'],
    expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 4 }, { logger: 'console', level: 'log', carries: ['product-content'], line: 5 }],
  },
  { name: 'pino logger in a function the manifest names as a handler', code: "import pino from 'pino';\nconst logger = pino();\nexport function handler(event) {\n  logger.info({ event }, 'received');\n}", handlers: ['src/index.js#handler'], expect: [{ logger: 'pino', level: 'info', carries: ['resolver-payload'], line: 4 }] },
  { name: 'parameters of an exported helper are not a payload', code: "export function summary(job) {\n  console.log(`done: ${job.created}`);\n}", expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 2 }] },
  { name: 'parameters of an exported arrow helper are not a payload either', code: "export const summary = (job) => {\n  console.log(`done: ${job.created}`);\n};", expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 2 }] },
  { name: 'an exported arrow function the manifest names as a handler receives a payload', code: "export const run = async (event) => {\n  console.log(event);\n};", handlers: ['src/index.js#run'], expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 2 }] },
  { name: 'a response does not hold the key sent with the request', code: "import api from '@forge/api';\nconst res = await api.fetch(`https://generativelanguage.googleapis.com/v1/models?key=${process.env.GEMINI_API_KEY}`);\nconst data = await res.json();\nconsole.log('reply', JSON.stringify(data));", expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 4 }] },
  { name: 'the resolver context holds the account ID; its other parts do not', code: RESOLVER + "resolver.define('x', async (req) => {\n  console.log('ctx', req.context);\n  console.log('where', req.context.extension);\n});", expect: [{ logger: 'console', level: 'log', carries: ['account-id', 'resolver-payload'], line: 5 }, { logger: 'console', level: 'log', carries: ['resolver-payload'], line: 6 }] },
  {
    name: 'the body of a failed product response, read before the check, is an error message there',
    code: "import api, { route } from '@forge/api';\nexport async function submit(items) {\n  const res = await api.asApp().requestJira(route`/rest/api/3/issue/bulk`, { method: 'POST', body: JSON.stringify(items) });\n  const body = await res.text();\n  if (!res.ok) console.error('failed', res.status, body);\n  console.log(body);\n}",
    expect: [{ logger: 'console', level: 'error', carries: ['other'], line: 5 }, { logger: 'console', level: 'log', carries: ['product-content'], line: 6 }],
  },
  {
    name: 'a logger kept on another object: the ACE add-on, a request',
    code: "export default function routes(app, addon) {\n  app.get('/editor', addon.authenticate(), (req, res) => {\n    addon.logger.info(`opened by ${req.context.userAccountId}`);\n    req.log.warn('slow');\n    addon.settings.info('not a logger');\n  });\n}",
    expect: [{ logger: 'logger', level: 'info', carries: ['account-id'], line: 3 }, { logger: 'logger', level: 'warn', carries: ['literal'], line: 4 }],
  },
  { name: 'an app logger module', code: "import { logger } from './logger';\nlogger.warn('retrying', { email: user.emailAddress });", expect: [{ logger: 'logger', level: 'warn', carries: ['email'], line: 2 }] },
  { name: 'data passed through a helper function', code: RESOLVER + "resolver.define('x', async ({ payload }) => {\n  const md = convert(payload.body);\n  console.log(md);\n});", expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 6 }] },
  {
    name: 'items of a response, in for…of loops and in array callbacks',
    code: "import api, { route } from '@forge/api';\nexport async function run(event) {\n  const data = await (await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=x`)).json();\n  for (const issue of data.issues) console.log(issue.fields.summary);\n  data.issues.forEach((issue) => console.log(issue.fields.summary));\n  for (const label of event.issue.fields.labels) console.log(label);\n  for (const field in data.names) console.log(field);\n}",
    handlers: ['src/index.js#run'],
    expect: [
      { logger: 'console', level: 'log', carries: ['product-content'], line: 4 }, { logger: 'console', level: 'log', carries: ['product-content'], line: 5 },
      { logger: 'console', level: 'log', carries: ['resolver-payload'], line: 6 }, { logger: 'console', level: 'log', carries: ['other'], line: 7 },
    ],
  },
  {
    name: 'a response read with .catch() is still the response',
    code: "import api, { route } from '@forge/api';\nconst res = await api.asApp().requestJira(route`/rest/api/3/serverInfo`);\nconst text = await res.text().catch(() => '');\nconsole.log(text);",
    expect: [{ logger: 'console', level: 'log', carries: ['product-content'], line: 4 }],
  },
  {
    name: 'when an issue was created or changed is a timestamp, not its content',
    code: "import api, { route } from '@forge/api';\nconst res = await api.asApp().requestJira(route`/rest/api/3/issue/KEY-1`);\nconst issue = await res.json();\nconsole.log(issue.fields.created, issue.fields.updated);\nconsole.log(issue.fields.summary);",
    expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 4 }, { logger: 'console', level: 'log', carries: ['product-content'], line: 5 }],
  },
  {
    name: 'elsewhere `created` and `updated` may name anything: the issues a sync created and updated',
    code: "import api, { route } from '@forge/api';\nasync function sync() {\n  const res = await api.asApp().requestJira(route`/rest/api/3/search/jql?fields=summary`);\n  const data = await res.json();\n  return { created: data.issues, updated: data.issues };\n}\nconst result = await sync();\nconsole.log(result.updated);",
    expect: [{ logger: 'console', level: 'log', carries: ['product-content'], line: 8 }],
  },
  {
    name: 'a value followed too far is unknown, not a constant',
    code: "import axios from 'axios';\nconst client = axios.create({ baseURL: 'https://example.com' });\nexport async function run(k) {\n  const response = await client.get('/pages');\n  const all = response.data.results || [];\n  const kept = all.filter((p) => p.id !== k);\n  const roots = kept.filter((p) => !p.parent);\n  const sorted = [...roots];\n  for (const page of sorted) console.log(`${page.title}`);\n}",
    expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 9 }],
  },
  {
    name: 'a variable named message may hold a message; the message of an error is metadata',
    code: RESOLVER + "resolver.define('x', async ({ payload }) => {\n  const message = { role: 'user', content: payload.prompt };\n  console.log(message);\n  try { await run(); } catch (error) { console.log(error.message); }\n});",
    expect: [{ logger: 'console', level: 'log', carries: ['resolver-payload'], line: 6 }, { logger: 'console', level: 'log', carries: ['other'], line: 7 }],
  },
  {
    name: 'UUIDs are identifiers (Bitbucket’s workspace and repository UUIDs), a person’s UUID is the person’s ID; the errors of a response are messages',
    code: "import api from '@forge/api';\nexport async function run(event) {\n  const workspaceUuid = event.workspace.uuid;\n  const repoUuid = event.repository?.uuid;\n  console.log(`workspace=${workspaceUuid}, repo=${repoUuid}, pr=${event.pullrequest.id}`);\n  console.log('by', event.actor.userUuid);\n  const data = await (await api.asApp().requestGraph('query { me { user { name } } }')).json();\n  console.error('GraphQL errors:', data.errors, data.errorMessages);\n  console.error('GraphQL response:', data);\n}",
    handlers: ['src/index.js#run'],
    expect: [
      { logger: 'console', level: 'log', carries: ['other'], line: 5 }, { logger: 'console', level: 'log', carries: ['account-id'], line: 6 },
      { logger: 'console', level: 'error', carries: ['other'], line: 8 }, { logger: 'console', level: 'error', carries: ['product-content'], line: 9 },
    ],
  },
  { name: 'an issue key and counts are not End-User Data', code: RESOLVER + "resolver.define('x', async ({ payload }) => {\n  const { issueKey, total } = payload;\n  console.log(`Loaded ${total} for ${issueKey}`);\n});", expect: [{ logger: 'console', level: 'log', carries: ['other'], line: 6 }] },
  {
    name: 'loggers of the debug package, required or imported, and their extended children; other calls of it are not logs',
    code: "const debug = require('debug')('app:install');\nimport createDebug from 'debug';\nconst log = createDebug('app:db').extend('sql');\nexport default function routes(app) {\n  app.post('/installed', (req, res) => {\n    debug('installed %o', req.body);\n    log('token', process.env.API_TOKEN);\n    createDebug.enable('app:*');\n    require('debug').disable();\n  });\n}",
    expect: [{ logger: 'debug', level: 'debug', carries: ['resolver-payload'], line: 6 }, { logger: 'debug', level: 'debug', carries: ['secret'], line: 7 }],
  },
  {
    name: "node-icecream's ic, made by the package's export, prints what it is given",
    code: RESOLVER + "import ice from 'node-icecream';\nconst ic = ice({});\nresolver.define('save', async ({ payload }) => {\n  ic(payload.text);\n});",
    expect: [{ logger: 'node-icecream', level: 'debug', carries: ['resolver-payload'], line: 7 }],
  },
];

describe('log calls', () => {
  for (const c of cases) {
    it(c.name, () => {
      const facts = analyze(c.code, 'src/index.js', c.handlers);
      assert.deepEqual(facts.logs.map((l) => ({ logger: l.logger, level: l.level, carries: l.carries, line: l.evidence.line })), c.expect);
    });
  }
  it('a method named log on another object is not a log call', () => {
    assert.deepEqual(analyze('const math = { log: Math.log };\nmath.log(2);\nchart.info(data);').logs, []);
  });
});

describe('handlers registered by name', () => {
  it('a resolver function defined in another module receives the payload', () => {
    const [, issues, notes] = analyzeFiles({
      'src/index.js': "import Resolver from '@forge/resolver';\nimport * as issues from './resolvers/issues';\nimport { saveNote } from './resolvers/notes';\nconst resolver = new Resolver();\nresolver.define('getIssues', issues.getIssues);\nresolver.define('saveNote', saveNote);\nexport const handler = resolver.getDefinitions();",
      'src/resolvers/issues.js': "export async function getIssues(req) {\n  console.log(req.payload);\n}\nexport function format(issue) {\n  console.log(issue);\n}",
      'src/resolvers/notes.js': "export const saveNote = async ({ payload }) => {\n  console.log(payload.text);\n};",
    });
    assert.deepEqual(issues!.logs.map((l) => [l.evidence.line, l.carries]), [[2, ['resolver-payload']], [5, ['other']]]);
    assert.deepEqual(notes!.logs.map((l) => l.carries), [['resolver-payload']]);
  });

  it('a trigger handler the index re-exports from another module', () => {
    const [, events] = analyzeFiles({
      'src/index.js': "export { onComment } from './events';",
      'src/events.js': "export async function onComment(event) {\n  console.log(event.comment.body);\n}",
    }, ['src/index.js#onComment']);
    assert.deepEqual(events!.logs.map((l) => l.carries), [['resolver-payload']]);
  });

  it('a function of the same module, exported or not', () => {
    const facts = analyze("import Resolver from '@forge/resolver';\nconst resolver = new Resolver();\nasync function save(req) {\n  console.log(req.payload);\n}\nfunction helper(x) {\n  console.log(x);\n}\nsetTimeout(helper, 0);\nresolver.define('save', save);\nexport const handler = resolver.getDefinitions();");
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[4, ['resolver-payload']], [7, ['other']]]);
  });
});

describe('data passed to the app’s own functions', () => {
  it('a logging wrapper logs what each caller hands it', () => {
    const facts = analyze("import Resolver from '@forge/resolver';\nimport api, { route } from '@forge/api';\nconst resolver = new Resolver();\nconst log = (message, data) => {\n  console.log(`[app] ${message}`, JSON.stringify(data));\n};\nresolver.define('save', async (req) => {\n  log('saving', { payload: req.payload });\n  const res = await api.asApp().requestJira(route`/rest/api/3/serverInfo`);\n  log('jira said', await res.text());\n  log('done');\n});");
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[5, ['product-content', 'resolver-payload']]]);
  });

  it('a console method a module exports under a name of its own, bound or not, logs what other modules pass it', () => {
    const [log] = analyzeFiles({
      'src/log.js': "export const warn = console.warn;\nexport const debug = console.debug.bind(console, '[app]');\nexport const quiet = console.info;\nconst local = console.log;\nexport { local };",
      'src/index.js': "import { warn, debug, local } from './log';\nexport function run(event, context) {\n  warn('user', context.accountId);\n  debug('count', 3);\n  local('user', context.accountId);\n}",
    });
    assert.deepEqual(log!.logs.map((l) => [l.evidence.line, l.level, l.carries]), [[1, 'warn', ['account-id']], [2, 'debug', ['literal']], [3, 'info', ['other']], [4, 'log', ['account-id']]]);
  });

  it('a console method applied, called, bound to a name or chosen at run time is a console call, with what it prints', () => {
    const facts = analyze("const out = console.info.bind(console, '[app]');\nconst write = (level, ...args) => console[level](...args);\nexport function run(event, context) {\n  out('user', context.accountId);\n  console.log.apply(console, ['user', context.accountId]);\n  console.warn.call(console, 'user', context.accountId);\n  console['error']('user', context.accountId);\n  write('debug', 'count', 3);\n}");
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.level, l.carries]), [[2, 'log', ['other']], [4, 'info', ['account-id']], [5, 'log', ['account-id']], [6, 'warn', ['account-id']], [7, 'error', ['account-id']]]);
  });

  it('a JSON logger of the app writing its lines to the process\'s streams logs what its callers pass', () => {
    const [log] = analyzeFiles({
      'src/logger.ts': "function out(level: string, message: string, fields: Record<string, unknown> = {}): void {\n  const line = JSON.stringify({ level, message, ...fields }) + '\\n';\n  (level === 'error' ? process.stderr : process.stdout).write(line);\n  process.stderr.write(line);\n}\nexport const logger = {\n  info: (message: string, fields?: Record<string, unknown>): void => out('info', message, fields),\n};",
      'src/index.ts': "import { logger } from './logger';\nexport function run(event: unknown, context: { accountId: string }) {\n  logger.info('user', { user: context.accountId });\n}",
    });
    assert.deepEqual(log!.logs.map((l) => [l.evidence.line, l.level, l.carries]), [[3, 'log', ['account-id']], [4, 'error', ['account-id']]]);
  });

  it('a storage helper in another module stores what its callers pass, through wrappers', () => {
    const [, store] = analyzeFiles({
      'src/resolvers.js': "import Resolver from '@forge/resolver';\nimport { saveNote } from './notes';\nconst resolver = new Resolver();\nresolver.define('add', async ({ payload, context }) => {\n  await saveNote(payload.id, { text: payload.text, author: context.accountId });\n});",
      'src/notes.js': "import { kvs } from '@forge/kvs';\nexport async function saveNote(id, note) {\n  await write(`note:${id}`, note);\n}\nasync function write(key, value) {\n  await kvs.set(key, value);\n}",
    });
    assert.deepEqual(store!.storage.map((s) => [s.evidence.line, s.carries]), [[6, ['account-id', 'resolver-payload']]]);
  });

  it('follows parameters through chains and cycles of calls', () => {
    let code = "const sink = (x) => {\n  console.log(x);\n};\n";
    for (let layer = 0; layer < 12; layer++) {
      for (let i = 0; i < 3; i++) {
        const next = layer === 11 ? ['sink'] : [0, 1, 2].map((j) => `f${layer + 1}_${j}`);
        code += `function f${layer}_${i}(a) { ${next.map((n) => `${n}(a);`).join(' ')} f0_${i}(a); }\n`;
      }
    }
    code += 'export function run(event, context) { f0_0(context.accountId); }\n';
    assert.deepEqual(analyze(code).logs.map((l) => l.carries), [['account-id']]);
  });

  it('a helper that returns the product’s response does not return what it sent', () => {
    const facts = analyze("import api, { route } from '@forge/api';\nconst addComment = (id, text) => api.asApp().requestJira(route`/rest/api/3/issue/${id}/comment`, { method: 'POST', body: JSON.stringify({ body: text }) });\nexport async function run(event) {\n  const res = await addComment(event.issue.id, `for ${event.issue.fields.assignee.accountId}`);\n  console.log(await res.json());\n}", 'src/index.js', ['src/index.js#run']);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['product-content']]);
  });

  it('a helper that builds its result from a parameter returns it, also through another helper and a pushed item', () => {
    const facts = analyze("const build = (history, prompt) => {\n  const messages = history.map((h) => ({ role: 'assistant', content: h }));\n  messages.push({ role: 'user', content: prompt });\n  return messages;\n};\nconst wrap = (prompt) => build([], prompt);\nexport function run(event) {\n  console.log(wrap(event.text));\n}", 'src/index.js', ['src/index.js#run']);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['resolver-payload']]);
  });

  it('a helper’s result carries what that call passed, not what other calls pass', () => {
    const facts = analyze("const label = (value) => String(value).trim();\nexport function run(user) {\n  const shown = label(user.displayName);\n  return shown;\n}\nconsole.log('build', label('1.4.2'));");
    assert.deepEqual(facts.logs.map((l) => l.carries), [['other']]);
  });
});

describe('data returned by the app’s own functions', () => {
  it('follows a page body returned by a helper in another module into a log call', () => {
    const [resolvers] = analyzeFiles({
      'src/resolvers.js': "import Resolver from '@forge/resolver';\nimport { getPage } from './confluence';\nconst resolver = new Resolver();\nresolver.define('preview', async ({ payload }) => {\n  const page = await getPage(payload.pageId);\n  console.log('page', page.body.storage.value);\n  console.log('loaded', page.id);\n});",
      'src/confluence.js': "import api, { route } from '@forge/api';\nexport async function getPage(id) {\n  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${id}?body-format=storage`);\n  return res.json();\n}",
    });
    assert.deepEqual(resolvers!.logs.map((l) => [l.evidence.line, l.carries]), [[6, ['product-content']], [7, ['other']]]);
  });

  it('follows a function of the same file declared below its use', () => {
    const facts = analyze("import { kvs } from '@forge/kvs';\nexport async function run() {\n  await kvs.set('cache', await load());\n}\nasync function load() {\n  const res = await fetch('https://api.example.com/people');\n  return { email: (await res.json()).email };\n}");
    assert.deepEqual(facts.storage.map((s) => s.carries), [['email']]);
  });
  it('the error of a result holds no value the result would have given (a helper answering ok(token) or err(detail))', () => {
    const facts = analyze([
      "import { ok, err } from 'neverthrow';",
      'function bearer() {',
      '  const token = process.env.VENDOR_TOKEN;',
      "  return token ? ok(`Bearer ${token}`) : err({ detail: 'VENDOR_TOKEN is not set' });",
      '}',
      'export async function run() {',
      '  const auth = bearer();',
      '  if (auth.isErr()) console.error(`no credentials: ${auth.error.detail}`);',
      "  else console.log('auth', auth.value);",
      '}',
    ].join('\n'), 'src/index.js', ['src/index.js#run']);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[8, ['other']], [9, ['secret']]]);
  });
});
