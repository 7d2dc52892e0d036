import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/remote-backend-code');
const at = (e: { file: string; line: number } | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

/** The fixture's files, with `remote/fly.toml` left out and the changes given (a file to null to leave it out). */
function variant(changes: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(APP, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else out[rel] = fs.readFileSync(path.join(APP, rel), 'utf8');
    }
  };
  walk('');
  delete out['remote/fly.toml'];
  for (const [file, text] of Object.entries(changes)) {
    if (text === null) delete out[file];
    else out[file] = text;
  }
  return out;
}

describe('the code of a Forge remote in the app\'s repository', () => {
  it('is the folder whose deploy file names the remote\'s host; what it stores is the remote\'s', async () => {
    const facts = await scan(APP);
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]), [['notes-api', 'remote', 'deploy', 'remote/fly.toml:1']]);
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.remote, at(s.evidence)]), [
      ['write', 'notes', 'notes-api', 'remote/src/db.js:6'],
      ['read', 'notes', 'notes-api', 'remote/src/db.js:10'],
    ]);
  });

  it('is the folder whose routes answer every path the app invokes on the remote', async () => {
    const { facts } = await scanFiles(variant({}));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]), [['notes-api', 'remote', 'routes', 'remote/src/server.js:7']]);
    assert.deepEqual(facts.storage.map((s) => s.remote), ['notes-api', 'notes-api']);
    assert.equal(facts.egress.calls.some((c) => 'remotePath' in c), false);
  });

  it('is not told when a path the app invokes is answered by none of its servers, or by two folders', async () => {
    const server = fs.readFileSync(path.join(APP, 'remote/src/server.js'), 'utf8');
    const unanswered = await scanFiles(variant({ 'remote/src/server.js': server.replace("'/notes/save'", "'/notes/store'") }));
    assert.deepEqual(unanswered.facts.egress.remotes.map((r) => r.code), [undefined]);
    assert.deepEqual(unanswered.facts.storage.map((s) => s.remote), [undefined, undefined]);
    const twice = await scanFiles(variant({
      'legacy/package.json': '{ "name": "legacy", "scripts": { "start": "node server.js" }, "dependencies": { "express": "^4.21.0" } }',
      'legacy/server.js': server.replace("require('./db')", "require('../remote/src/db')"),
    }));
    assert.deepEqual(twice.facts.egress.remotes.map((r) => r.code), [undefined]);
  });

  it('is not named by a deploy file of a folder whose host is another (a longer name that holds it)', async () => {
    const { facts } = await scanFiles(variant({ 'remote/fly.toml': 'app = "notes-api-staging"\n', 'remote/src/server.js': "const express = require('express');\nexpress().listen(8080);\n" }));
    assert.deepEqual(facts.egress.remotes.map((r) => r.code), [undefined]);
  });

  it('is not named by a deploy file for a remote whose host is a wildcard, and the scan goes on', async () => {
    const wildcard = path.join(import.meta.dirname, '../fixtures/app/remote-wildcard-host');
    const facts = await scan(wildcard);
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.hosts, r.code]), [['notes-api', ['*.example.com'], undefined]]);
    const manifest = fs.readFileSync(path.join(wildcard, 'manifest.yml'), 'utf8');
    const files = Object.fromEntries(['package.json', 'server/package.json', 'server/Dockerfile', 'server/index.js'].map((f) => [f, fs.readFileSync(path.join(wildcard, f), 'utf8')]));
    const any = await scanFiles({ ...files, 'manifest.yml': manifest.replace('https://*.example.com', "'*'") });
    assert.deepEqual(any.facts.egress.remotes.map((r) => [r.key, r.code]), [['notes-api', undefined]]);
  });
});
