/** What the documents say of an app that stores account IDs and reports them: the reporting, and nothing the code does not do with the answer. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../cli/run-cli.ts';
import { fileOf, FIXTURES, generateIn, tempDir } from './helpers.ts';

const APP = path.join(FIXTURES, 'reporting');

test('the weekly report is stated and verified, without promising to erase closed accounts or refresh updated ones', async () => {
  const md = fileOf(await generateIn(APP, { documents: ['security'], formats: ['md'] }), 'security-statement.md');
  const sentence = 'A weekly Forge scheduled trigger reports the stored account IDs to Atlassian\'s Personal Data Reporting API, which tells the app which accounts were closed or updated.';
  assert.ok(md.split('\n').includes(sentence), md);
  assert.doesNotMatch(md, /erased|refreshed/);

  const out = tempDir('reporting');
  assert.equal(runCli(['generate', APP, '--out', out, '--only', 'security', '--format', 'md']).status, 0);
  const checked = runCli(['check', APP, '--format', 'json', '--statement', path.join(out, 'security-statement.md')]);
  const run = JSON.parse(checked.stdout) as { sources: Array<{ kind: string; results: Array<{ claim: string; verdict: string }> }> };
  const reporting = run.sources.filter((s) => s.kind === 'statement').flatMap((s) => s.results).filter((r) => r.claim === 'personal-data-reporting');
  assert.deepEqual(reporting.map((r) => r.verdict), ['verified']);
});
