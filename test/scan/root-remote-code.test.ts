import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { appFilesWith, scanFiles } from '../helpers/temp-app.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/root-remote-server');
const codeOf = (facts: Facts): Array<[string, string | undefined, string | undefined, string | null]> =>
  facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, r.code ? `${r.code.evidence.file}:${r.code.evidence.line}` : null]);
const owners = (facts: Facts): string[] => facts.storage.map((s) => `${s.op} ${s.key} ${s.remote} ${s.evidence.file}`);

// A server beside the manifest (`server.js` at the repository's root, and the modules it imports from other folders) is the
// code of the remote a root deploy file names the host of, or whose routes answer what the app invokes on it.
describe("a Forge remote's code at the repository's root", () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(APP);
  });

  it('is the root, when a root deploy file names the remote\'s host and no folder', () => {
    assert.deepEqual(codeOf(facts), [['handover-api', '.', 'deploy', 'fly.toml:1']]);
  });

  it('owns what the root server and the modules it imports store', () => {
    assert.deepEqual(owners(facts), ['write notes handover-api lib/notes.js', 'read notes handover-api lib/notes.js']);
  });

  it('is the root by its routes when no deploy file names the host', async () => {
    const { facts: routed } = await scanFiles(appFilesWith(APP, { 'fly.toml': null }));
    assert.deepEqual(codeOf(routed), [['handover-api', '.', 'routes', 'server.js:11']]);
    assert.deepEqual(owners(routed), owners(facts));
  });

  it("is the one folder of such code, when a root deploy file names the remote's host and no folder (`api/` beside the manifest)", async () => {
    const files = appFilesWith(APP, { 'server.js': null, 'lib/notes.js': null });
    const moved = appFilesWith(APP, {});
    const { facts: api } = await scanFiles({ ...files, 'api/server.js': moved['server.js']!, 'api/lib/notes.js': moved['lib/notes.js']! });
    assert.deepEqual(codeOf(api), [['handover-api', 'api', 'deploy', 'fly.toml:1']]);
    assert.deepEqual(owners(api), ['write notes handover-api api/lib/notes.js', 'read notes handover-api api/lib/notes.js']);
  });

  it('is not linked when the routes do not answer what the app invokes', async () => {
    const server = appFilesWith(APP, {})['server.js']!.replace("app.post('/notes'", "app.post('/v2/notes'");
    const { facts: other } = await scanFiles(appFilesWith(APP, { 'fly.toml': null, 'server.js': server }));
    assert.deepEqual(codeOf(other), [['handover-api', undefined, undefined, null]]);
  });
});
