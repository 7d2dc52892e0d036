import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { readModuleAliases } from '../../src/scan/module-aliases.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('a monorepo whose modules import each other through tsconfig paths and workspace packages', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/module-aliases'));
  });

  it('follows a request helper of a workspace package to the path its caller gives', () => {
    const calls = facts.restCalls.map((c) => ({ method: c.method, path: c.path, auth: c.auth, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'GET', path: '/rest/api/3/issue/{}', auth: 'asApp', at: 'packages/jira-client/src/index.ts:4', via: null },
      { method: 'GET', path: '/rest/api/3/myself', auth: 'asUser', at: 'apps/forge/src/index.ts:13', via: 'packages/jira-client/src/index.ts:9' },
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });

  it('reads a host from a constant imported through an alias', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.host, c.carries]), [['POST', 'status.acme.example', ['account-id']]]);
    assert.deepEqual(facts.egress.unresolved, []);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('gives a logger imported as `@/lib/logger` what its callers pass, also what a package function returns, caller by caller', () => {
    // The whole issue, read with no fields named, holds its assignee, reporter and creator.
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries, at(l.via)]), [
      ['apps/forge/src/index.ts:10', ['resolver-payload'], 'apps/forge/src/lib/logger.ts:2'],
      ['apps/forge/src/index.ts:12', ['account-id', 'display-name', 'email', 'product-content'], 'apps/forge/src/lib/logger.ts:2'],
    ]);
    assert.deepEqual(facts.diagnostics, []);
  });
});

describe('readModuleAliases', () => {
  const read = (files: Record<string, string>) => readModuleAliases(Object.keys(files), (file) => files[file] ?? null);

  it('reads paths through `extends`, with comments and trailing commas, relative to baseUrl, the longest prefix first', () => {
    const { aliases, diagnostics } = read({
      'tsconfig.base.json': '{ /* base */ "compilerOptions": { "baseUrl": "src", "paths": { "@/*": ["*"], "@/lib/*": ["shared/lib/*", "lib/*",], }, }, }',
      'apps/web/tsconfig.json': '{ "extends": "../../tsconfig.base.json" } // no paths of its own',
    });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(aliases.patterns, ['@/*', '@/lib/*']);
    assert.deepEqual(aliases.candidates('apps/web/src/index.ts', '@/lib/jira'), ['src/shared/lib/jira', 'src/lib/jira']);
    assert.deepEqual(aliases.candidates('apps/web/src/index.ts', '@/config'), ['src/config']);
    assert.deepEqual(aliases.candidates('apps/web/src/index.ts', 'lodash'), []);
  });

  it('baseUrl alone: a bare specifier that starts with a folder or source file under it is the app\'s, a package is not', () => {
    const files = ['tsconfig.json', 'src/models/user.ts', 'src/app.ts', 'src/config/env.ts', 'src/styles/main.css'];
    const { aliases } = readModuleAliases(['tsconfig.json'], () => '{ "compilerOptions": { "baseUrl": "src" } }', files);
    assert.deepEqual(aliases.patterns.sort(), ['app', 'config/*', 'models/*']);
    assert.deepEqual(aliases.candidates('src/routes/users.ts', 'models/user'), ['src/models/user']);
    assert.deepEqual(aliases.candidates('src/routes/users.ts', 'express'), []);
  });

  it('resolves paths from the folder of the config that sets them when there is no baseUrl, and leaves the app for no path', () => {
    const { aliases } = read({ 'app/jsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["./src/*"], "up/*": ["../../outside/*"] } } }' });
    assert.deepEqual(aliases.candidates('app/src/a.js', '~/b'), ['app/src/b']);
    assert.deepEqual(aliases.candidates('app/src/a.js', 'up/x'), []);
    assert.deepEqual(aliases.candidates('other/a.js', '~/b'), []);
  });

  it('finds a workspace package’s source from its build entry point, and its subpaths', () => {
    const { aliases } = read({ 'packages/client/package.json': '{ "name": "@acme/client", "main": "./dist/index.js" }' });
    assert.deepEqual(aliases.patterns, ['@acme/client', '@acme/client/*']);
    assert.deepEqual(aliases.candidates('apps/x/a.ts', '@acme/client'), ['packages/client/dist/index.js', 'packages/client/src/index.js', 'packages/client/src/index', 'packages/client/index']);
    assert.deepEqual(aliases.candidates('apps/x/a.ts', '@acme/client/src/jira.js'), ['packages/client/src/jira.js', 'packages/client/src/src/jira.js']);
  });

  it('reports a config that does not parse, naming the file, and leaves a catch-all path out', () => {
    const { aliases, diagnostics } = read({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "*": ["types/*"] } }', 'lib/tsconfig.json': '{ "compilerOptions": { "paths": { "*": ["x/*"] } } }' });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.file, d.line]), [['json-syntax', 'tsconfig.json', 1]]);
    assert.deepEqual(aliases.patterns, []);
  });

  it('reports a config that does not parse at the line where it stops, and leaves a broken package.json to the package reader', () => {
    const { diagnostics } = read({ 'tsconfig.json': '{\n  "compilerOptions": {\n    "baseUrl": "."\n    "paths": {}\n  }\n}', 'package.json': '{\n  "name": "app",\n  "workspaces": ["packages/*"\n}' });
    assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`), ['tsconfig.json:4:5']);
  });
});
