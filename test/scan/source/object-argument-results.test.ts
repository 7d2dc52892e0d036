import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFiles } from './analyze.ts';

const store = [
  'export async function putObject({ bucket, key, body }) {',
  '  await client.upload(bucket, key, body);',
  '  return `s3://${bucket}/${key}`;',
  '}',
  'export async function echo({ key, body }) {',
  '  return `${key}: ${body}`;',
  '}',
].join('\n');

const caller = [
  "import api, { route } from '@forge/api';",
  "import { putObject, echo } from './store';",
  'export async function run(accountId) {',
  '  const user = await (await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`)).json();',
  "  const location = await putObject({ bucket: 'exports', key: 'users.csv', body: user.emailAddress });",
  '  console.info(`Uploaded to ${location}`);',
  "  const line = await echo({ key: 'k', body: user.emailAddress });",
  '  console.info(line);',
  '}',
].join('\n');

describe("what an app function's result holds of an object literal it is passed", () => {
  it('only the properties its destructured parameter returns: a location built from the bucket and key holds no e-mail', () => {
    const [, run] = analyzeFiles({ 'src/store.js': store, 'src/run.js': caller });
    assert.deepEqual(run!.logs.map((l) => [l.evidence.line, l.carries]), [[6, ['other']], [8, ['email']]]);
  });
});
