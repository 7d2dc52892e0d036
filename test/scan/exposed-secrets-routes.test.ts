import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const CONNECT = JSON.stringify({ key: 'tracker', baseUrl: 'https://tracker.example.com', authentication: { type: 'jwt' }, modules: {} });

const exposed = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'atlassian-connect.json': CONNECT, ...files });
  return (facts.exposedSecrets ?? []).map((s) => `${s.via} ${s.function} ${s.evidence.file}:${s.evidence.line}`);
};

// A server's route answers whoever's browser requests it: its body is the front end's, as a Forge resolver's answer is.
describe('a secret a server\'s route answers the browser with (`exposedSecrets` via a route)', () => {
  it('is kept for Express\'s `res.json`/`res.send`, after `res.status(…)`, in a handler the route names; not a flag, a mask or a public key', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import express from 'express';",
        'const app = express();',
        "app.get('/api/settings', (req, res) => {",
        '  res.json({ model: \'gpt-4o\', apiKey: process.env.OPENAI_API_KEY });',   // 4
        '});',
        "app.get('/api/token', (req, res) => res.status(200).send(process.env.SLACK_BOT_TOKEN));", // 6
        'export function hookSecret(req, res) {',
        '  const secret = process.env.WEBHOOK_SECRET;',
        '  res.send({ secret });',                                                 // 9
        '}',
        "app.get('/api/hook', hookSecret);",
        "app.get('/api/status', (req, res) => {",
        '  const key = process.env.OPENAI_API_KEY;',
        "  res.json({ configured: Boolean(key), last4: key.slice(-4), stripe: process.env.STRIPE_PUBLISHABLE_KEY });",
        '});',
        'app.listen(3000);',
      ].join('\n'),
    }), ['route GET /api/settings src/server.js:4', 'route GET /api/token src/server.js:6', 'route hookSecret src/server.js:9']);
  });

  it('is kept for the locals of Express\'s `res.render` the view\'s template prints; not those it only tests, a page token, or a view not found', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import express from 'express';",
        'const app = express();',
        "app.get('/settings', (req, res) => {",
        "  res.render('settings', { title: 'Settings', apiKey: process.env.OPENAI_API_KEY });", // 4
        '});',
        "app.get('/status', (req, res) => {",
        "  res.render('status', { configured: Boolean(process.env.OPENAI_API_KEY), token: req.context.token });",
        '});',
        "app.get('/help', (req, res) => res.render('help'));",
        "app.get('/config', (req, res) => {",
        "  const key = process.env.TRACKER_API_KEY;",
        "  res.render('config', { title: 'Config', hasKey: key, tracker: { url: 'https://tracker.example.com', key } });",
        '});',
        "app.get('/edit', (req, res) => {",
        "  res.render('edit', { dtoken: process.env.TRACKER_API_KEY });",                       // 15
        '});',
        "app.get('/gone', (req, res) => res.render('gone', { apiKey: process.env.OPENAI_API_KEY }));",
        "app.get('/profile', (req, res) => res.render('profile', { name: 'Ada', keySet: process.env.OPENAI_API_KEY }));",
        "app.get('/embed', (req, res) => res.render('embed', { key: process.env.OPENAI_API_KEY }));", // 19
        'app.listen(3000);',
      ].join('\n'),
      'views/settings.hbs': '<h1>{{title}}</h1><p>Key: {{{apiKey}}}</p>\n',
      'views/status.hbs': '{{#if configured}}<p>Ready</p>{{/if}}<script>window.token = "{{token}}";</script>\n',
      'views/help.hbs': '<p>Help</p>\n',
      'views/config.hbs': '<h1>{{title}}</h1>{{#if hasKey}}<p>{{tracker.url}}</p>{{/if}}\n',
      'views/edit.ejs': '<form><input type="hidden" name="t" value="<%= dtoken %>"></form>\n',
      'views/profile.pug': 'h1= name\nif keySet\n  p The key is set\n',
      'views/embed.pug': "div#app(data-key=key, data-site='tracker')\n",
    }), ['route GET /settings src/server.js:4', 'route GET /edit src/server.js:15', 'route GET /embed src/server.js:19']);
  });

  it('is kept for the locals a view\'s layout or partials print (express-hbs, express-handlebars, Nunjucks, EJS, Pug); not those none of them prints', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import express from 'express';",
        'const app = express();',
        "app.get('/admin', (req, res) => res.render('admin', { title: 'Admin', hostKey: process.env.TRACKER_API_KEY }));", // 3
        "app.get('/panel', (req, res) => res.render('panel', { layout: 'embed', token: process.env.TRACKER_API_KEY }));", // 4
        "app.get('/keys', (req, res) => res.render('keys', { apiKey: process.env.OPENAI_API_KEY }));",                   // 5
        "app.get('/report', (req, res) => res.render('report.njk', { siteKey: process.env.OPENAI_API_KEY }));",           // 6
        "app.get('/list', (req, res) => res.render('list.ejs', { token: process.env.OPENAI_API_KEY }));",                // 7
        "app.get('/board', (req, res) => res.render('board.pug', { key: process.env.OPENAI_API_KEY }));",                // 8
        "app.get('/about', (req, res) => res.render('about', { title: 'About', secret: process.env.OPENAI_API_KEY }));",
        "app.get('/plain', (req, res) => res.render('plain', { layout: false, token: process.env.OPENAI_API_KEY }));",
        'app.listen(3000);',
      ].join('\n'),
      'views/layout.hbs': '<html><head><title>{{title}}</title><script>window.hostKey = "{{hostKey}}";</script></head><body>{{{body}}}</body></html>\n',
      'views/admin.hbs': '{{!< layout}}\n<h1>{{title}}</h1>\n',
      'views/about.hbs': '{{!< layout}}\n<h1>{{title}}</h1>{{> footer}}\n',
      'views/layouts/embed.handlebars': '<body data-token="{{token}}">{{{body}}}</body>\n',
      'views/panel.handlebars': '<p>Panel</p>\n',
      'views/plain.handlebars': '<p>Plain</p>\n',
      'views/keys.hbs': '<form>{{> keyfield}}</form>\n',
      'views/partials/keyfield.hbs': '<input name="key" value="{{apiKey}}">\n',
      'views/partials/footer.hbs': '<footer>{{title}}</footer>\n',
      'views/report.njk': '{% extends "base.njk" %}{% block content %}<p>Report</p>{% endblock %}\n',
      'views/base.njk': '<body data-key="{{ siteKey }}">{% block content %}{% endblock %}</body>\n',
      'views/list.ejs': "<%- include('partials/head') %><ul></ul>\n",
      'views/partials/head.ejs': '<meta name="token" content="<%= token %>">\n',
      'views/board.pug': 'extends layout\nblock content\n  p Board\n',
      'views/layout.pug': "html\n  body(data-key=key)\n    block content\n",
    }), ['route GET /admin src/server.js:3', 'route GET /panel src/server.js:4', 'route GET /keys src/server.js:5', 'route GET /report src/server.js:6',
      'route GET /list src/server.js:7', 'route GET /board src/server.js:8']);
  });

  it('is kept for the locals the view engine\'s default layout prints (express-handlebars\'s `layouts/main`), unless the render turns it off', async () => {
    assert.deepEqual(await exposed({
      'package.json': JSON.stringify({ name: 'tracker', dependencies: { express: '^4', 'express-handlebars': '^7' } }),
      'src/server.js': [
        "import express from 'express';",
        "import { engine } from 'express-handlebars';",
        'const app = express();',
        "app.engine('handlebars', engine());",
        "app.set('view engine', 'handlebars');",
        "app.get('/home', (req, res) => res.render('home', { title: 'Home', siteKey: process.env.TRACKER_API_KEY }));", // 6
        "app.get('/frame', (req, res) => res.render('frame', { layout: false, siteKey: process.env.TRACKER_API_KEY }));",
        'app.listen(3000);',
      ].join('\n'),
      'views/layouts/main.handlebars': '<html><body data-site-key="{{siteKey}}">{{{body}}}</body></html>\n',
      'views/home.handlebars': '<h1>{{title}}</h1>\n',
      'views/frame.handlebars': '<p>Frame</p>\n',
    }), ['route GET /home src/server.js:6']);
  });

  it('is kept for the fields of a stored object a view prints, by what the app writes to those fields', async () => {
    assert.deepEqual(await exposed({
      'package.json': JSON.stringify({ name: 'tracker', dependencies: { 'atlassian-connect-express': '^10', express: '^4' } }),
      'app.js': [
        "const express = require('express');",
        "const ace = require('atlassian-connect-express');",
        'const app = express();',
        'const addon = ace(app);',
        "app.post('/settings', addon.checkValidToken(), async (req, res) => {",
        "  await addon.settings.set('tracker', { site: req.body.site, apiToken: req.body.apiToken }, req.context.clientKey);",
        '  res.sendStatus(204);',
        '});',
        "app.get('/config', addon.authenticate(), async (req, res) => {",
        "  const tracker = (await addon.settings.get('tracker', req.context.clientKey)) || {};",
        "  res.render('config', { tracker, connected: Boolean(tracker.apiToken) });",
        '});',
        "app.get('/edit', addon.authenticate(), async (req, res) => {",
        "  const tracker = await addon.settings.get('tracker', req.context.clientKey);",
        "  res.render('edit', { tracker });", // 15
        '});',
        'app.listen(3000);',
      ].join('\n'),
      'views/config.hbs': '<p>{{tracker.site}}</p>{{#if connected}}<p>Connected</p>{{/if}}\n',
      'views/edit.hbs': '<input name="site" value="{{tracker.site}}"><input name="token" value="{{tracker.apiToken}}">\n',
    }), ['route GET /edit app.js:15']);
  });

  it('is not what the browser sent in the request answered (query, body, params, headers), echoed back; a secret the server reads beside it is', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import express from 'express';",
        "import { readToken } from './token.js';",
        'const app = express();',
        "app.get('/save-config', (req, res) => res.render('config', { tenant: req.query['tenant-url'], dtoken: req.query['tenant-token'] }));",
        "app.post('/echo', (req, res) => { const { apiToken } = req.body; res.json({ apiToken, key: req.get('x-api-key'), auth: req.headers.authorization }); });",
        "app.get('/p/:token', (request, response) => response.send({ token: request.params.token }));",
        "app.get('/page', async (req, res) => {",
        '  const token = await readToken();',
        "  res.render('page', { token, user: req.query.user });",                        // 9
        '});',
        "app.get('/mixed', (req, res) => res.json({ given: req.query.token, secret: process.env.CLIENT_SECRET }));", // 11
        'app.listen(3000);',
      ].join('\n'),
      'src/token.js': 'export async function readToken() { return process.env.TRACKER_API_TOKEN; }',
      'views/config.hbs': '<form><input name="tenant" value="{{tenant}}"><input name="token" value="{{dtoken}}"></form>',
      'views/page.hbs': '<p>{{user}}</p><input type="hidden" value="{{token}}">',
      'src/koa.js': [
        "import Router from '@koa/router';",
        'const router = new Router();',
        "router.post('/k', (ctx) => { ctx.body = { token: ctx.query.token, secret: ctx.request.body.secret }; });",
        'export default router;',
      ].join('\n'),
      'src/hono.ts': [
        "import { Hono } from 'hono';",
        'const app = new Hono();',
        "app.get('/h', (c) => c.json({ token: c.req.header('x-token'), key: c.req.query('apiKey') }));",
        'export default app;',
      ].join('\n'),
    }), ['route GET /page src/server.js:9', 'route GET /mixed src/server.js:11']);
  });

  it('is kept for Koa\'s `ctx.body`, Hono\'s `c.json`, Next.js\'s `NextResponse.json` and an API route\'s `res`; not a public key there', async () => {
    assert.deepEqual(await exposed({
      'src/koa.js': [
        "import Router from '@koa/router';",
        'const router = new Router();',
        "router.get('/key', (ctx) => {",
        '  ctx.body = { key: process.env.TRACKER_API_KEY };',                       // 4
        '});',
        "router.get('/ready', (ctx) => {",
        '  ctx.body = { ready: !!process.env.TRACKER_API_KEY };',
        '});',
        'export default router;',
      ].join('\n'),
      'src/hono.ts': [
        "import { Hono } from 'hono';",
        'const app = new Hono();',
        "app.get('/embed', (c) => c.json({ password: process.env.SMTP_PASSWORD }));", // 3
        "app.get('/ping', (c) => c.json({ ok: true }));",
        'export default app;',
      ].join('\n'),
      'app/api/config/route.ts': [
        "import { NextResponse } from 'next/server';",
        'export async function GET() {',
        '  return NextResponse.json({ token: process.env.GITHUB_TOKEN });',        // 3
        '}',
      ].join('\n'),
      'app/api/public/route.ts': [
        'export async function GET() {',
        '  return Response.json({ anon: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, site: process.env.RECAPTCHA_SITE_KEY });',
        '}',
      ].join('\n'),
      'pages/api/signing.ts': [
        'export default function handler(req, res) {',
        '  res.status(200).json({ signingSecret: process.env.SIGNING_SECRET });',  // 2
        '}',
      ].join('\n'),
    }), [
      'route GET app/api/config/route.ts:3',
      'route handler pages/api/signing.ts:2',
      'route GET /embed src/hono.ts:3',
      'route GET /key src/koa.js:4',
    ]);
  });

  it('is not a response of a request the server makes (`res.json()` of fetch), nor a value sent on a name not a response\'s', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import express from 'express';",
        'const app = express();',
        "app.get('/api/items', async (req, res) => {",
        "  const upstream = await fetch('https://tracker.example.com/items', { headers: { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` } });",
        '  const items = await upstream.json();',
        '  res.json({ items });',
        '});',
        'export function notify(channel) {',
        '  channel.send({ token: process.env.SLACK_BOT_TOKEN });',
        '}',
      ].join('\n'),
    }), []);
  });

  it('is what a Fastify route\'s async handler returns, in a plugin too; once for `return reply.send(…)`; not an Express handler\'s return', async () => {
    assert.deepEqual(await exposed({
      'src/server.js': [
        "import Fastify from 'fastify';",
        'const app = Fastify();',
        "app.get('/api/settings', async (request, reply) => ({ apiKey: process.env.OPENAI_API_KEY }));",          // 3
        "app.route({ method: 'GET', url: '/api/token', handler: async () => {",
        '  const token = process.env.GITHUB_TOKEN;',
        '  return { token };',                                                                                   // 6
        '} });',
        "app.get('/api/sent', async (request, reply) => {",
        '  return reply.code(200).send({ secret: process.env.WEBHOOK_SECRET });',                                // 9
        '});',
        "app.get('/api/status', async () => ({ configured: Boolean(process.env.OPENAI_API_KEY) }));",
        "app.register(import('./routes/keys.js'));",
        'app.listen({ port: 3000 });',
      ].join('\n'),
      'src/routes/keys.js': [
        'export default async function keys(fastify) {',
        "  fastify.get('/api/keys', async (request) => {",
        '    return { key: process.env.TRACKER_API_KEY };',                                                      // 3
        '  });',
        '}',
      ].join('\n'),
      'src/express.js': [
        "import express from 'express';",
        'const router = express.Router();',
        "router.get('/api/quiet', async (req, res) => {",
        '  res.sendStatus(204);',
        '  return process.env.OPENAI_API_KEY;',
        '});',
        'export default router;',
      ].join('\n'),
    }), [
      'route GET /api/keys src/routes/keys.js:3',
      'route GET /api/settings src/server.js:3',
      'route GET /api/token src/server.js:6',
      'route GET /api/sent src/server.js:9',
    ]);
  });
  it('is what a route of a plugin wrapped in `fastify-plugin` returns, whatever the instance is called; not another wrapper\'s', async () => {
    assert.deepEqual(await exposed({
      'src/routes.js': [
        "import fp from 'fastify-plugin';",
        'export default fp(async (instance) => {',
        "  instance.get('/api/billing', async () => ({ key: process.env.STRIPE_SECRET_KEY }));",                // 3
        '});',
      ].join('\n'),
      'src/typed.ts': [
        "import type { FastifyInstance } from 'fastify';",
        'export async function routes(api: FastifyInstance) {',
        "  api.get('/api/model', async () => ({ key: process.env.OPENAI_API_KEY }));",                       // 3
        '}',
      ].join('\n'),
      'src/cache.js': [
        "import memoize from 'memoizee';",
        'export default memoize(async (store) => {',
        "  store.get('/api/cached', async () => ({ key: process.env.GITHUB_TOKEN }));",
        '});',
      ].join('\n'),
    }), [
      'route GET /api/billing src/routes.js:3',
      'route GET /api/model src/typed.ts:3',
    ]);
  });
});

describe('a secret a Forge web trigger returns in its response body (`exposedSecrets` via a web trigger)', () => {
  const manifest = [
    'modules:', '  webtrigger:', '    - key: bot-hook', '      function: hook', '    - key: ready-hook', '      function: ready',
    '  function:', '    - key: hook', '      handler: index.hook', '    - key: ready', '      handler: index.ready',
    'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
  ].join('\n');

  it('is kept under the trigger\'s key; not whether it is set, nor a function of the app no trigger names', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function hook() {',
        "  const token = await kvs.getSecret('bot-token');",
        "  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ token }) };", // 4
        '}',
        'export async function ready() {',
        "  const token = await kvs.getSecret('bot-token');",
        '  return { statusCode: 200, body: JSON.stringify({ configured: Boolean(token) }) };',
        '}',
        'export function openAiKey() {',
        '  return process.env.OPENAI_API_KEY;',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.exposedSecrets?.map((s) => `${s.via} ${s.function} ${s.evidence.file}:${s.evidence.line}`), ['webtrigger bot-hook src/index.js:4']);
  });
  it('is not a value made fresh for the caller (`randomUUID`, `nanoid`, `uuid` v4, a helper\'s `randomBytes`) written as JSON, as a route answering it is not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import crypto from 'node:crypto';",
        "import { nanoid } from 'nanoid';",
        "import { v4 as uuidv4 } from 'uuid';",
        "import { kvs } from '@forge/kvs';",
        'export async function hook(request) {',
        '  const token = crypto.randomUUID();',
        "  return { statusCode: 200, body: JSON.stringify({ nonce: token }) };",
        '}',
        'export async function ready(request) {',
        '  let token;',
        '  if (request.queryParameters.short) token = nanoid();',
        '  else token = uuidv4();',
        "  if (request.queryParameters.check) return { statusCode: 200, body: JSON.stringify({ token }) };",
        "  if (request.queryParameters.link) return { statusCode: 200, body: JSON.stringify({ token: makeToken() }) };",
        "  if (request.queryParameters.key) return { statusCode: 200, body: JSON.stringify({ token: serviceToken() }) };", // 15
        "  const secretToken = await kvs.getSecret('bot-token');",
        "  return { statusCode: 200, body: JSON.stringify({ token: secretToken }) };", // 17
        '}',
        'function makeToken() {',
        "  const token = crypto.randomBytes(32).toString('base64url');",
        '  return token;',
        '}',
        'function serviceToken() {',
        '  const token = process.env.SERVICE_TOKEN;',
        '  return token;',
        '}',
      ].join('\n'),
      'server/app.js': [
        "const express = require('express');",
        "const crypto = require('node:crypto');",
        'const app = express();',
        "app.post('/share', (req, res) => {",
        '  const token = crypto.randomBytes(24).toString(\'hex\');',
        '  res.send(JSON.stringify({ token }));',
        '});',
        "app.get('/key', (req, res) => res.send(JSON.stringify({ key: process.env.TRACKER_API_KEY })));", // 8
        'app.listen(3000);',
      ].join('\n'),
    });
    assert.deepEqual(facts.exposedSecrets?.map((s) => `${s.via} ${s.evidence.file}:${s.evidence.line}`), ['route server/app.js:8', 'webtrigger src/index.js:15', 'webtrigger src/index.js:17']);
  });
});
