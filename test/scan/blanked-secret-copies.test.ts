import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const scan = async (lines: string[]): Promise<{ exposed: number[]; logged: number[] }> => {
  const source = [
    "import Resolver from '@forge/resolver';",
    "import { kvs } from '@forge/kvs';",
    'const resolver = new Resolver();',
    ...lines,
    'export const handler = resolver.getDefinitions();',
  ].join('\n');
  const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': source });
  return {
    exposed: (facts.exposedSecrets ?? []).map((s) => s.evidence.line),
    logged: facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line),
  };
};

describe('a copy of a secret read back with the secret blanked', () => {
  it('holds none of it when a property after the spread blanks a secret-looking field, flat or nested', async () => {
    assert.deepEqual(await scan([
      "const read = async () => JSON.parse(await kvs.getSecret('settings'));",
      'const strip = (settings) => ({ ...settings, auth: { email: settings.auth.email, token: "" } });',
      "resolver.define('flat', async () => {",
      '  const settings = await read();',
      "  const safe = { ...settings, apiToken: '' };",
      '  console.log(safe);',
      '  return safe;',
      '});',
      "resolver.define('nested', async () => {",
      '  const safe = strip(await read());',
      '  console.log(safe);',
      '  return safe;',
      '});',
    ]), { exposed: [], logged: [] });
  });

  it('holds none of it once `delete` takes the secret-looking field out of the copy', async () => {
    assert.deepEqual(await scan([
      "const read = async () => JSON.parse(await kvs.getSecret('settings'));",
      "resolver.define('deleted', async () => {",
      '  const copy = { ...(await read()) };',
      '  delete copy.token;',
      '  console.log(copy);',
      '  return copy;',
      '});',
    ]), { exposed: [], logged: [] });
  });

  it('keeps it when nothing after the spread names a secret, or the field is given the secret again', async () => {
    assert.deepEqual(await scan([
      "const read = async () => JSON.parse(await kvs.getSecret('settings'));",
      "resolver.define('note', async () => {",
      "  const safe = { ...(await read()), note: '' };",
      '  console.log(safe);', // 7
      '  return safe;', // 8
      '});',
      "resolver.define('again', async () => {",
      '  const settings = await read();',
      '  const copy = { ...settings, token: settings.token };',
      '  console.log(copy);', // 13
      '  return copy;', // 14
      '});',
    ]), { exposed: [8, 14], logged: [7, 13] });
  });
});
