import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a KVS query on a prefix a helper is handed', () => {
  it('queries the keys of the prefix each caller gives, also one a builder picks by a flag written as `true` or `false`', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/store.ts': [
        "import { kvs, WhereConditions } from '@forge/kvs';",
        'async function page<T>(prefix: string, cursor?: string) {',
        "  const query = kvs.query().where('key', WhereConditions.beginsWith(prefix));",
        '  return cursor === undefined ? query.getMany<T>() : query.cursor(cursor).getMany<T>();',
        '}',
        'export async function* everyValue<T>(prefix: string) {',
        '  let cursor: string | undefined;',
        '  do {',
        '    const { results, nextCursor } = await page<T>(prefix, cursor);',
        '    for (const r of results) yield r;',
        '    cursor = nextCursor;',
        '  } while (cursor !== undefined);',
        '}',
        "const draftsOf = (preview: boolean): string => (preview ? 'draft:preview:' : 'draft:live:');",
        'export async function latest(preview: boolean) {',
        '  const out = [];',
        '  for await (const { value } of everyValue(draftsOf(false))) out.push(value);',
        "  for await (const { value } of everyValue('audit:')) out.push(value);",
        '  return out;',
        '}',
        '',
      ].join('\n'),
      'src/index.ts': "import { latest } from './store';\nexport async function run() {\n  return latest(false);\n}\n",
    });
    assert.deepEqual([...new Set(facts.storage.map((s) => `${s.op} ${s.key}`))].sort(), ['query audit:{}', 'query draft:live:{}']);
  });
});
