import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: { file: string; line: number }): string => `${e.file}:${e.line}`;

describe('scripts a developer runs (package.json scripts, a tunnel or browser driver run by hand)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/developer-scripts'), { cache: false });
  });

  it('are no egress of the app, nor are the modules only they import; the modules the app imports stay its own', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, at(c.evidence)]), [['api.notes-sync.example.com', 'src/lib/sync.js:2']]);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('name no third party the app uses', () => {
    assert.deepEqual(facts.thirdParties, []);
  });
});

describe('a server module that drives a browser itself', () => {
  it('stays the app\'s code when the server imports it, as does a file a deploy tool is given', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'com.example.export', name: 'Export', baseUrl: 'https://export.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'export', url: '/export', name: { value: 'Export' } }] } }),
      'package.json': JSON.stringify({ name: 'export', type: 'module', scripts: { start: 'node app.js', pdf: 'node routes/export.js', 'deploy:edge': 'wrangler deploy edge/cache.js' }, dependencies: { express: '^4.18.2', puppeteer: '^23.0.0' } }),
      'app.js': "import express from 'express';\nimport { exportPage } from './routes/export.js';\nconst app = express();\napp.get('/export', exportPage);\napp.listen(3000);\n",
      'routes/export.js': "import puppeteer from 'puppeteer';\nexport async function exportPage(req, res) {\n  const browser = await puppeteer.launch();\n  await fetch('https://pdf.example-render.com/jobs', { method: 'POST' });\n  res.send(await browser.version());\n}\n",
      'edge/cache.js': "export default { fetch: (request) => fetch('https://origin.example-cdn.com/export', request) };\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, at(c.evidence)]), [['origin.example-cdn.com', 'edge/cache.js:1'], ['pdf.example-render.com', 'routes/export.js:4']]);
  });
});

const connectApp = (key: string): string => JSON.stringify({ key, name: key, baseUrl: `https://${key}.example-host.com`, authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] } });
const hosts = (facts: Facts): Array<string | null> => facts.egress.calls.map((c) => c.host).sort();
const track = (host: string): string => `await fetch('https://${host}/track', { method: 'POST', body: JSON.stringify({ user: req.query.userId }) });`;

describe('serverless functions that drive a browser', () => {
  it('stay the app\'s code: a function of a host\'s folder or config, a request handler, even when a script runs it to try it, and one outside a developer\'s folder', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': connectApp('pdf-render'),
      'package.json': JSON.stringify({ name: 'pdf-render', scripts: { 'try:render': 'node api/render.js', 'try:export': 'node lambda/export.js', 'try:notify': 'node fns/notify.js', 'try:print': 'node print/handler.js', 'try:shot': 'node edge/shot.js' }, dependencies: { puppeteer: '^23.0.0', 'puppeteer-core': '^23.0.0' } }),
      'vercel.json': JSON.stringify({ functions: { 'edge/*.js': { memory: 1024 } } }),
      'netlify.toml': '[functions]\n  directory = "fns"\n',
      'serverless.yml': 'service: pdf\nfunctions:\n  export:\n    handler: lambda/export.main\n',
      'api/render.js': "import puppeteer from 'puppeteer';\nexport async function GET(request) {\n  const browser = await puppeteer.launch();\n  await fetch('https://render.example-metrics.com/track', { method: 'POST', body: new URL(request.url).searchParams.get('userId') });\n  return new Response(await browser.version());\n}\n",
      'edge/shot.js': `const puppeteer = require('puppeteer-core');\nexports.handler = async (event) => {\n  const browser = await puppeteer.connect({ browserWSEndpoint: event.ws });\n  await fetch('https://shot.example-metrics.com/track', { method: 'POST' });\n  return browser.version();\n};\n`,
      'lambda/export.js': `const puppeteer = require('puppeteer-core');\nexports.main = async (event) => {\n  await puppeteer.launch();\n  await fetch('https://export.example-metrics.com/track', { method: 'POST' });\n};\n`,
      'fns/notify.js': `const puppeteer = require('puppeteer');\nexports.handler = async () => {\n  await puppeteer.launch();\n  await fetch('https://notify.example-metrics.com/track', { method: 'POST' });\n};\n`,
      'print/handler.js': `import puppeteer from 'puppeteer';\nexport default async function handler(req, res) {\n  await puppeteer.launch();\n  ${track('print.example-metrics.com')}\n  res.end();\n}\n`,
      'lambda-pdf/handler.js': "const puppeteer = require('puppeteer-core');\nexports.handler = async () => {\n  await puppeteer.launch();\n  await fetch('https://lambda.example-metrics.com/track', { method: 'POST' });\n};\n",
      'tools/smoke.js': "import puppeteer from 'puppeteer-core';\nawait puppeteer.launch({ executablePath: process.env.CHROME });\nawait fetch('https://hooks.example-chat.com/smoke', { method: 'POST' });\n",
    });
    assert.deepEqual(hosts(facts), ['export.example-metrics.com', 'lambda.example-metrics.com', 'notify.example-metrics.com', 'print.example-metrics.com', 'render.example-metrics.com', 'shot.example-metrics.com']);
  });
});

describe('a server that opens a tunnel', () => {
  const server = `const ngrok = require('@ngrok/ngrok');\nconst app = require('./lib/app');\nconst share = (listener) => ngrok.listen(listener);\nSTART\nfetch('https://api.example-analytics.com/v1/track', { method: 'POST' });\n`;
  const lib = { 'lib/app.js': "const express = require('express');\nconst app = express();\napp.get('/main', (req, res) => res.send('ok'));\nmodule.exports = app;\n" };
  const cases: Array<[string, Record<string, string>]> = [
    ['its start script runs it with a runner that restarts it', { 'package.json': JSON.stringify({ scripts: { start: 'nodemon server.js', tunnel: 'node server.js --tunnel' } }), 'server.js': server.replace('START', 'require(\'./lib/serve\')(app);') }],
    ['a Procfile process runs it', { 'package.json': JSON.stringify({ scripts: { tunnel: 'node server.js --tunnel' } }), Procfile: 'release: node tools/migrate.js\nweb: node server.js\n', 'server.js': server.replace('START', 'require(\'./lib/serve\')(app);') }],
    ['a Dockerfile runs it', { 'package.json': JSON.stringify({ scripts: { tunnel: 'node server.js --tunnel' } }), Dockerfile: 'FROM node:22\nCOPY . .\nCMD ["node", "server.js"]\n', 'server.js': server.replace('START', 'require(\'./lib/serve\')(app);') }],
    ['it listens', { 'package.json': JSON.stringify({ scripts: { debug: 'node --inspect server.js' } }), 'server.js': server.replace('START', 'app.listen(3000, () => share(3000));') }],
  ];
  for (const [when, files] of cases) {
    it(`is the app's code when ${when}`, async () => {
      const { facts } = await scanFiles({ 'atlassian-connect.json': connectApp('tunnelled'), ...lib, 'lib/serve.js': 'module.exports = (app) => app.listen(3000);\n', ...files });
      assert.deepEqual(hosts(facts), ['api.example-analytics.com']);
    });
  }

  it('is a developer\'s when a script runs it, it only hands the app to the tunnel and nothing runs it as a server, as is one in a developer\'s folder', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': connectApp('tunnelled'), ...lib, 'package.json': JSON.stringify({ scripts: { tunnel: 'node server.js --tunnel' } }), 'server.js': server.replace('START', 'share(3000);'), 'dev/share.js': server.replace('START', '').replace('api.example-analytics.com', 'hooks.example-chat.com') });
    assert.deepEqual(hosts(facts), []);
  });
});

describe('a file of the app folder\'s root that only development uses', () => {
  it('is a developer\'s when it tunnels to the local server or restarts it, whatever its folder, unless the app runs it', async () => {
    const development = "const ngrok = require('ngrok');\nconst nodemon = require('nodemon');\nconst url = await ngrok.connect(3000);\nnodemon({ script: 'app.js' });\nawait fetch('https://hooks.example-chat.com/dev', { method: 'POST', body: url });\n";
    const app = "const express = require('express');\nconst app = express();\napp.listen(3000);\nfetch('https://api.example-analytics.com/v1/track', { method: 'POST' });\n";
    const { facts } = await scanFiles({ 'atlassian-connect.json': connectApp('tunnelled'), 'package.json': JSON.stringify({ scripts: { start: 'node app.js' } }), 'app.js': app, 'development.js': development });
    assert.deepEqual(hosts(facts), ['api.example-analytics.com']);
  });
});

describe('a serverless function of an app without a package.json', () => {
  it('is the app\'s code', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': connectApp('no-package'),
      'functions/dev/preview.js': "import puppeteer from 'puppeteer-core';\nexport async function onRequest(context) {\n  await puppeteer.launch();\n  await fetch('https://preview.example-metrics.com/track', { method: 'POST' });\n  return new Response('ok');\n}\n",
    });
    assert.deepEqual(hosts(facts), ['preview.example-metrics.com']);
  });
});

describe('a package.json saved with a byte-order mark', () => {
  it('still names the scripts a developer runs', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': connectApp('bom-app'),
      'package.json': `\uFEFF${JSON.stringify({ name: 'bom-app', scripts: { seed: 'node seed.js' } })}`,
      'seed.js': "await fetch('https://hooks.example-chat.com/seeded', { method: 'POST' });\n",
    });
    assert.deepEqual(hosts(facts), []);
  });
});

describe('a file a container or a host runs from where it puts it', () => {
  const worker = (host: string): string => `const puppeteer = require('puppeteer');\n(async () => {\n  const browser = await puppeteer.launch();\n  await fetch('https://${host}/jobs', { method: 'POST' });\n  await browser.close();\n})();\n`;
  const cases: Array<[string, Record<string, string>]> = [
    ['a Dockerfile copies its folder elsewhere and runs it from its WORKDIR', { Dockerfile: 'FROM node:22-slim\nWORKDIR /srv\nCOPY package.json ./\nCOPY tools/ ./worker/\nWORKDIR worker\nCMD ["node", "render.js"]\n' }],
    ['a Dockerfile runs it by its path in the image', { Dockerfile: 'FROM node:22-slim AS base\nWORKDIR /usr/src/app\nCOPY . .\nRUN npm ci --omit=dev\nENTRYPOINT node /usr/src/app/tools/render.js\n' }],
    ['a Dockerfile\'s CMD gives its ENTRYPOINT the file', { Dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["node"]\nCMD ["tools/render.js"]\n' }],
    ['a vercel.json function glob takes alternatives', { 'vercel.json': JSON.stringify({ functions: { 'tools/**/*.{js,mjs}': { memory: 1024 } } }) }],
  ];
  for (const [when, files] of cases) {
    it(`is the app's code when ${when}`, async () => {
      const { facts } = await scanFiles({
        'atlassian-connect.json': connectApp('renderer'),
        'package.json': JSON.stringify({ scripts: { render: 'node tools/render.js' }, dependencies: { puppeteer: '^23.0.0' } }),
        'tools/render.js': worker('render.example-metrics.com'),
        ...files,
      });
      assert.deepEqual(hosts(facts), ['render.example-metrics.com']);
    });
  }

  it('is a developer\'s when the Dockerfile runs another file from its WORKDIR', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': connectApp('renderer'),
      'package.json': JSON.stringify({ scripts: { render: 'node tools/render.js' }, dependencies: { puppeteer: '^23.0.0' } }),
      'tools/render.js': worker('render.example-metrics.com'),
      'server/render.js': "const express = require('express');\nexpress().listen(3000);\n",
      Dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY server/ ./\nCMD ["node", "render.js"]\n',
    });
    assert.deepEqual(hosts(facts), []);
  });
});
