import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

describe('a console the app puts in place of the global one', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/console-replaced'));
  });

  it('is the logger it is bound to (an import renamed, a parameter), and prints nothing when the module sets one of no-op methods', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.logger} ${l.carries.join(',')}`), [
      'src/audit.js:2 logger account-id',
      'src/index.js:9 logger account-id',
    ]);
  });

  it('is the logger package a module sets as globalThis.console, or a local object of its own methods none', async () => {
    const { facts: logged } = await scanFiles({
      'package.json': JSON.stringify({ type: 'module', dependencies: { pino: '^9.0.0', express: '^4.18.2' } }),
      'server.js': [
        "import express from 'express';",
        "import pino from 'pino';",
        'globalThis.console = pino();',
        'const app = express();',
        "app.post('/notes', (req, res) => { console.log(req.body.email); res.end(); });",
        'app.listen(3000);',
        '',
      ].join('\n'),
      'quiet.js': ['const console = { log() {}, error() {} };', 'export function note(req) { console.log(req.body.email); }', ''].join('\n'),
    });
    assert.deepEqual(logged.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.logger}`), ['server.js:5 pino']);
  });
});
