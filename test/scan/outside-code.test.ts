import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - storage:app', '    - read:jira-work');
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'forge-app', dependencies: { '@forge/kvs': '^1.0.0', ...deps } }, null, 2);
const outside = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] =>
  facts.diagnostics.filter((d) => d.code === 'outside-code').map((d) => `${d.file}:${d.line} ${d.message}`);

describe('code the app imports from outside its folder', () => {
  it('is named once per module, at its first import, and leaves the product scopes unchecked', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': pkg({ '@acme/jira-client': 'workspace:*' }),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { summarise } from '../../packages/shared/summary';",
        "import { getIssue } from '@acme/jira-client';",
        "import { format } from '../../packages/shared/summary.js';",
        'export async function run(event) {',
        '  const issue = await getIssue(event.issue.id);',
        '  await kvs.set(`summary-${issue.id}`, format(summarise(issue)));',
        '}',
        '',
      ].join('\n'),
      'src/other.js': "import { summarise } from '../../packages/shared/summary';\nexport const again = summarise;\n",
    });
    assert.deepEqual(outside(facts), [
      "src/index.js:2 src/index.js imports '../../packages/shared/summary', outside the app folder; Candor cannot read its code.",
      "src/index.js:3 src/index.js imports '@acme/jira-client', which package.json takes from outside the app folder (workspace:*); Candor cannot read its code.",
    ]);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), []);
    assert.deepEqual(facts.scopes.unchecked.map((d) => d.scope), ['read:jira-work']);
  });

  it('is named for a tsconfig alias whose every target is outside the folder', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': pkg({}),
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'], '@utils/*': ['../../packages/utils/*'] } } }),
      'src/store.ts': "import { kvs } from '@forge/kvs';\nexport const save = (key: string, value: unknown) => kvs.set(key, value);\n",
      'src/index.ts': [
        "import { save } from '@/store';",
        "import { requestTickets } from '@utils/functions';",
        'export async function run(event: { issue: { id: string } }) {',
        '  await save(`ticket-${event.issue.id}`, await requestTickets(event.issue.id));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(outside(facts), ["src/index.ts:2 src/index.ts imports '@utils/functions', outside the app folder; Candor cannot read its code."]);
    assert.deepEqual(facts.scopes.unchecked.map((d) => d.scope), ['read:jira-work']);
  });

  it('is not code when it brings only types or styles, a workspace package is in the app folder, or a test or build tool imports it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': pkg({ '@acme/shared': 'workspace:*', '@acme/local': 'file:./vendor/local', '@acme/remote-types': 'workspace:*' }),
      'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', main: 'index.js' }),
      'packages/shared/index.js': 'export const label = (x) => `#${x}`;\n',
      'vendor/local/index.js': 'export const id = (x) => x;\n',
      'static/ui/vite.config.ts': "import { preset } from '../../../tooling/vite-preset';\nexport default preset;\n",
      'src/index.test.js': "import { fake } from '../../test-kit';\nexport const kit = fake;\n",
      'src/index.ts': [
        "import { kvs } from '@forge/kvs';",
        "import type { Summary } from '../../packages/types';",
        "import type * as Shared from '@acme/remote-types';",
        "import '../../packages/theme/base.css';",
        "import { label } from '@acme/shared';",
        "import { id } from '@acme/local';",
        'export async function run(event: { issue: { id: string } }): Promise<Summary | void> {',
        '  await kvs.set(label(id(event.issue.id)), 1);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(outside(facts), []);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['read:jira-work']);
  });

  it('is not named in a folder with no app, which has only the no-app error', async () => {
    const { facts } = await scanFiles({ 'lib/index.js': "import { helper } from '../shared/helper';\nexport const run = helper;\n" });
    assert.deepEqual(outside(facts), []);
    assert.deepEqual(facts.diagnostics.map((d) => d.code), ['no-app']);
  });
});
