/** Where the profile lacks a value a document needs, generate stops, names every field, and writes nothing. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { GenerateError } from '../../src/generate/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { FIXTURES, generateIn, tempDir } from './helpers.ts';

const APP = path.join(FIXTURES, 'incomplete-profile');

test('the privacy policy stops on an incomplete profile and lists every missing field', async () => {
  const out = path.join(tempDir('missing'), 'docs');
  const error = await generateIn(APP, { out, documents: ['privacy'] }).then(() => null, (e: unknown) => e);
  assert.ok(error instanceof GenerateError);
  assert.deepEqual(error.missing.map((m) => m.field), [
    'contacts.privacyEmail',
    'data',
    'privacy.sellsData',
    'privacy.gdpr.role',
    'privacy.gdpr.transfersOutsideEEA',
    'certifications',
    'program.incident.customerHours',
    'program.vulnerabilities.remediation',
    'deletion.afterUninstall',
  ]);
  const email = error.missing.find((m) => m.field === 'contacts.privacyEmail')!;
  assert.equal(email.todoLine, 9);
  assert.deepEqual(email.documents, ['privacy policy']);
  const data = error.missing.find((m) => m.field === 'data')!;
  assert.match(data.why, /reads product data \(src\/index\.js:9\) and writes to Forge key-value storage \(src\/index\.js:16\)/);
  assert.equal(fs.existsSync(out), false, 'nothing is written');
});

test('a field several documents need is listed once, naming each document', async () => {
  const error = await generateIn(APP, { documents: ['statement', 'incident', 'security'] }).then(() => null, (e: unknown) => e);
  assert.ok(error instanceof GenerateError);
  const hours = error.missing.find((m) => m.field === 'program.incident.customerHours');
  assert.deepEqual(hours?.documents, ['incident communication policy']);
  assert.deepEqual(error.missing.find((m) => m.field === 'data')?.documents, ['security statement']);
  assert.deepEqual(error.missing.find((m) => m.field === 'scopes.storage:app')?.documents, ['security statement']);
  assert.equal(error.missing.some((m) => m.field === 'scopes.read:jira-work'), false, 'its purpose is in the profile');
});

test('the CLI exits 2, prints each field with why and an example, and writes nothing', () => {
  const out = path.join(tempDir('missing-cli'), 'docs');
  const { status, stdout, stderr } = runCli(['generate', APP, '--out', out, '--only', 'privacy', '--format', 'md']);
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^candor: Cannot generate: candor\.yaml lacks 9 values the documents need\./);
  assert.match(stderr, /contacts\.privacyEmail\s+where privacy and data protection questions go \(still TODO at candor\.yaml:9\); needed by privacy policy\n\s+e\.g\. privacy@example\.com/);
  assert.match(stderr, /deletion\.afterUninstall\s+what happens to the data when a customer uninstalls the app/);
  assert.match(stderr, /Nothing was written\.\n$/);
  assert.equal(fs.existsSync(out), false);
});

test('without a profile every document stops and says to run candor init', async () => {
  const dir = tempDir('no-profile');
  fs.cpSync(APP, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'candor.yaml'));
  const error = await generateIn(dir, { documents: ['statement'] }).then(() => null, (e: unknown) => e);
  assert.ok(error instanceof GenerateError);
  assert.match(error.message, /there is no trust profile \(candor\.yaml\).*Run `candor init` to draft one\./);
  assert.deepEqual(error.missing.map((m) => m.field), ['app.name', 'vendor.name', 'contacts.securityEmail']);
});

test('a statement that would carry template text is not written', async () => {
  const dir = tempDir('template-text');
  fs.cpSync(path.join(FIXTURES, 'hostile-profile'), dir, { recursive: true });
  const profile = path.join(dir, 'candor.yaml');
  fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace('Issue notes </td>', 'Notes for {{customer}} </td>'));
  const error = await generateIn(dir, { documents: ['privacy'] }).then(() => null, (e: unknown) => e);
  assert.ok(error instanceof GenerateError);
  // Each place the description is shown: the data list, where it is kept, how long.
  assert.equal(error.problems.length, 3);
  for (const problem of error.problems) {
    assert.equal(problem.document, 'Privacy Policy');
    assert.match(problem.message, /^"\{\{customer\}\}" \(line \d+\) reads as unfilled template text: template variable left in/);
  }
});
