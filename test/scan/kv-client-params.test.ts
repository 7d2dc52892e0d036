import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'kv-app', baseUrl: 'https://kv.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
});
const packageJson = JSON.stringify({ dependencies: { express: '^4.0.0', ioredis: '^5.0.0' } });

const app = [
  "const express = require('express');",
  "const Redis = require('ioredis');",
  "const registerRoutes = require('./routes');",
  'const app = express();',
  'const redis = new Redis(process.env.REDIS_URL);',
  'registerRoutes(app, redis);',
  'app.listen(3000);',
].join('\n');

const routes = [
  'module.exports = function routes(app, redis) {',
  "  app.post('/notes', async (req, res) => {",
  '    await redis.set(`note:${req.body.id}`, req.body.text);',
  '    await redis.incrby(`count:${req.body.id}`, 1);',
  '    res.sendStatus(204);',
  '  });',
  "  app.get('/notes/:id', async (req, res) => res.send(await redis.get(`note:${req.params.id}`)));",
  '};',
].join('\n');

describe('a Redis client handed to a helper', () => {
  it('stores where the helper calls its commands, counters too', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': packageJson, 'app.js': app, 'routes/index.js': routes });
    assert.deepEqual(facts.storage.filter((s) => s.evidence.file === 'routes/index.js').map((s) => [s.evidence.line, s.op, s.key]), [
      [3, 'write', 'note:{}'],
      [4, 'write', 'count:{}'],
      [7, 'read', 'note:{}'],
    ]);
  });
});
