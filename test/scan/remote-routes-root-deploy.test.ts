import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { appFilesWith, scanFiles } from '../helpers/temp-app.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/remote-routes-root-deploy');
const at = (e: { file: string; line: number } | undefined): string | null => (e ? `${e.file}:${e.line}` : null);
const codeOf = (facts: Facts): Array<[string, string | undefined, string | undefined, string | null]> =>
  facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]);

/** The fixture's files, with the changes given (a file to null to leave it out). */
const variant = (changes: Record<string, string | null>): Record<string, string> => appFilesWith(APP, { ...changes });

describe('the code of a Forge remote, linked by routes of any method and by deploy files at the repository root', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(APP);
  });

  it('is the folder a root deploy file names, when another root deploy file names the remote\'s host (fly.toml beside a Dockerfile that copies api/)', () => {
    assert.deepEqual(codeOf(facts)[0], ['board-api', 'api', 'deploy', 'fly.toml:1']);
  });

  it('is the folder whose GET and PUT routes answer what the app asks the remote for with those methods', () => {
    assert.deepEqual(codeOf(facts)[1], ['sync-api', 'sync', 'routes', 'sync/src/index.js:7']);
  });

  it('owns what each folder stores', () => {
    assert.deepEqual(facts.storage.map((s) => [s.key, s.remote]), [
      ['cards', 'board-api'], ['card_views', 'board-api'], ['last-sync', 'sync-api'], ['sync-settings', 'sync-api'],
    ]);
  });

  it('is not told by a route of another method, nor by root deploy files that name two folders', async () => {
    const server = fs.readFileSync(path.join(APP, 'sync/src/index.js'), 'utf8');
    const docker = fs.readFileSync(path.join(APP, 'Dockerfile'), 'utf8');
    const { facts: other } = await scanFiles(variant({
      'sync/src/index.js': server.replace("router.put('/sync/settings'", "router.post('/sync/settings'"),
      Dockerfile: `${docker}COPY sync/src ./sync\n`,
    }));
    assert.deepEqual(codeOf(other), [['board-api', undefined, undefined, null], ['sync-api', undefined, undefined, null]]);
  });
});
