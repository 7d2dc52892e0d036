import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, readFixture } from './fixture.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

type Row = [string, string | null, boolean, string | null];

async function dependencies(name: string): Promise<{ rows: Row[]; manifests: string[]; lockfile: unknown }> {
  const { packages } = await readFixture(name);
  return { rows: packages.dependencies.map((d): Row => [d.name, d.version, d.dev, at(d.evidence)]), manifests: packages.manifests, lockfile: packages.lockfile };
}

describe('package.json files and lockfiles', () => {
  it('npm: the root and a Custom UI front end, each with its own package-lock.json', async () => {
    const { rows, manifests, lockfile } = await dependencies('forge-full');
    assert.deepEqual(manifests, ['package.json', 'static/issue-panel/package.json']);
    assert.deepEqual(lockfile, { kind: 'npm', file: 'package-lock.json' });
    assert.deepEqual(rows, [
      ['@forge/api', '5.2.1', false, 'package.json:15'],
      ['@forge/kvs', '1.0.4', false, 'package.json:16'],
      ['@forge/react', '10.10.3', false, 'package.json:17'],
      ['@forge/resolver', '1.6.9', false, 'package.json:18'],
      ['@forge/ui', '1.11.2', false, 'package.json:19'],
      ['@sentry/node', '8.42.0', false, 'package.json:20'],
      ['react', '18.3.1', false, 'package.json:21'],
      ['eslint', '8.57.1', true, 'package.json:11'],
      ['eslint-plugin-react-hooks', '4.6.2', true, 'package.json:12'],
      ['@forge/bridge', '5.3.0', false, 'static/issue-panel/package.json:7'],
      ['react', '18.3.1', false, 'static/issue-panel/package.json:8'],
      ['react-dom', '18.3.1', false, 'static/issue-panel/package.json:9'],
      ['react-scripts', '5.0.1', true, 'static/issue-panel/package.json:12'],
    ]);
  });

  it('yarn v1', async () => {
    const { rows, lockfile } = await dependencies('connect-on-forge');
    assert.deepEqual(lockfile, { kind: 'yarn', file: 'yarn.lock' });
    assert.deepEqual(rows, [
      ['@forge/react', '11.0.2', false, 'package.json:6'],
      ['@forge/resolver', '1.7.1', false, 'package.json:7'],
      ['react', '18.3.1', false, 'package.json:8'],
      ['typescript', '5.6.3', true, 'package.json:11'],
    ]);
  });

  it('yarn Berry', async () => {
    const { rows } = await dependencies('connect-app');
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [
      ['atlassian-connect-express', '11.3.0'],
      ['express', '4.21.2'],
      ['pg', '8.13.1'],
      ['sequelize', '6.37.5'],
      ['nodemon', '3.1.9'],
    ]);
  });

  it('pnpm v9', async () => {
    const { rows, lockfile } = await dependencies('connect-in-code');
    assert.deepEqual(lockfile, { kind: 'pnpm', file: 'pnpm-lock.yaml' });
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [
      ['atlassian-jwt', '2.0.3', false],
      ['express', '4.21.2', false],
      ['@types/express', '5.0.0', true],
      ['typescript', '5.6.3', true],
    ]);
  });

  it('bun.lock', async () => {
    const { rows, lockfile } = await dependencies('packages-bun');
    assert.deepEqual(lockfile, { kind: 'bun', file: 'bun.lock' });
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [
      ['@forge/api', '6.0.1', false],
      ['zod', '3.23.8', false],
      ['@types/bun', '1.1.14', true],
    ]);
  });

  it('no lockfile: the ranges as written', async () => {
    const { rows, lockfile } = await dependencies('broken-yaml');
    assert.equal(lockfile, null);
    assert.deepEqual(rows, [['@forge/ui', '1.11.2', false, 'package.json:6']]);
  });
});

describe('a package.json that does not parse', () => {
  it('is one diagnostic, at its file and line, however many readers need it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(), 'src/index.js': 'export const run = () => 1;',
      'package.json': '{\n  "name": "app",\n  "dependencies": {\n    "@forge/api": "^5.0.0"\n\n}\n',
    });
    assert.deepEqual(facts.diagnostics.map((d) => [d.severity, d.code, `${d.file}:${d.line}`, d.hint]), [
      ['error', 'json-syntax', 'package.json:7', 'Fix the JSON; its dependencies and workspaces were not read.'],
    ]);
  });
});
