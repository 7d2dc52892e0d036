import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const repository = [
  "import { kvs } from '@forge/kvs';",
  'export class NoteRepository {',
  '  async save(id: string, note: unknown): Promise<void> {',
  "    await kvs.entity('note').set(id, note);",
  '  }',
  '}',
  '',
].join('\n');

const service = [
  "import type { NoteRepository } from './repository.ts';",
  'export class NoteService {',
  '  private readonly repo: NoteRepository;',
  '  constructor(repo: NoteRepository) {',
  '    this.repo = repo;',
  '  }',
  '  async add(accountId: string, text: string): Promise<void> {',
  '    const note = { authorAccountId: accountId, text };',
  '    await this.repo.save(`${accountId}-${Date.now()}`, note);',
  '  }',
  '}',
  '',
].join('\n');

const index = [
  "import Resolver from '@forge/resolver';",
  "import { NoteRepository } from './repository.ts';",
  "import { NoteService } from './service.ts';",
  'const resolver = new Resolver();',
  'const notes = new NoteService(new NoteRepository());',
  "resolver.define('add', ({ payload, context }) => notes.add(context.accountId, payload.text));",
  'export const run = resolver.getDefinitions();',
  '',
].join('\n');

describe('a class injected through a type-only import (`import type { NoteRepository }`, `constructor(repo: NoteRepository)`)', () => {
  it('is followed into its methods: what the service hands the repository is what its storage write keeps', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/repository.ts': repository, 'src/service.ts': service, 'src/index.ts': index });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.carries.join(',')} ${s.evidence.file}:${s.evidence.line}`), [
      'custom-entity write note account-id,resolver-payload src/repository.ts:4',
    ]);
  });
});
