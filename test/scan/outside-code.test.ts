import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scan } from '../../src/scan/index.ts';
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

  it('is named for a version range of a package of the monorepo the app folder is in (npm workspaces), and not for one of the registry', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-mono-'));
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*', 'packages/*', '!packages/old'] }),
      'packages/forge-ahead/package.json': JSON.stringify({ name: 'forge-ahead', version: '0.3.1' }),
      'packages/forge-ahead/src/index.js': "export const logContext = (context) => console.log(context.accountId);\n",
      'apps/dispatcher/manifest.yml': manifest,
      'apps/dispatcher/package.json': pkg({ 'forge-ahead': '^0.3.0', mixpanel: '^0.18.0', lodash: '^4.17.21' }),
      'apps/dispatcher/src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import Mixpanel from 'mixpanel';",
        "import { logContext } from 'forge-ahead';",
        "import { pick } from 'lodash';",
        'const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN);',
        'export async function run(event, context) {',
        '  logContext(context);',
        "  mixpanel.track('run', pick(event, ['kind']));",
        "  await kvs.set('last', event.kind);",
        '}',
        '',
      ].join('\n'),
    };
    try {
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      const facts = await scan(path.join(dir, 'apps/dispatcher'), { cache: false });
      assert.deepEqual(outside(facts), ["src/index.js:3 src/index.js imports 'forge-ahead', which package.json takes from the monorepo around the app folder (^0.3.0); Candor cannot read its code."]);
      assert.deepEqual(facts.thirdParties.map((t) => t.name), ['Mixpanel']);
      assert.deepEqual(facts.scopes.unused, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
