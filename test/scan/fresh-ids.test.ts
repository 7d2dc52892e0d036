import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A fresh random identifier (`randomUUID()`, `uuidv4()`) is no one's data, whatever the name it is kept under.
describe('a fresh identifier kept under a name that names a person', () => {
  it('is no account ID, in a local name or a class member given nothing else; a member also given an account ID is one', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/kvs': '^1.0.0', uuid: '^11.0.0' } }),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { randomUUID } from 'node:crypto';",
        "import { v4 as uuidv4 } from 'uuid';",
        'class Visit {',
        '  constructor() {',
        '    this.userId = randomUUID();',
        '  }',
        '  async keep(at) {',
        '    await kvs.set(`visits:${this.userId}`, { userId: this.userId, at });',
        '  }',
        '}',
        'class Owner {',
        '  constructor(context) {',
        '    this.userId = crypto.randomUUID();',
        '    if (context.accountId) this.userId = context.accountId;',
        '  }',
        '  async keep(at) {',
        '    await kvs.set(`owners:${this.userId}`, at);',
        '  }',
        '}',
        'export async function run(event, context) {',
        '  await new Visit().keep(event.at);',
        '  await new Owner(context).keep(event.at);',
        '  const userId = uuidv4();',
        '  await kvs.set(`drafts:${userId}`, { userId, at: event.at });',
        '  const accountId = context.accountId;',
        '  await kvs.set(`seen:${accountId}`, event.at);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.evidence.line}`), ['account-id 18', 'account-id 27']);
  });
});
