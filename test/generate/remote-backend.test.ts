/**
 * An app whose Forge remote keeps the data, receives issue events and gets a token to call Jira: what the
 * documents and the draft profile say of it, and candor check of the generated statements.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { draftProfile } from '../../src/profile/init.ts';
import { parseProfile } from '../../src/profile/load.ts';
import { runCli } from '../cli/run-cli.ts';
import { factsOf, fileOf, FIXTURES, generateIn, tempDir } from './helpers.ts';

const APP = path.join(FIXTURES, 'remote-backend');

test('the token an endpoint module asks for is the remote\'s', async () => {
  const facts = await factsOf(APP);
  assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.tokens]), [['tracker', ['appSystemToken']]]);
});

test('the security statement says the data is kept on the backend, which events the app receives and that the backend calls Jira', async () => {
  const md = fileOf(await generateIn(APP, { documents: ['security'], formats: ['md'] }), 'security-statement.md');
  assert.doesNotMatch(md, /does not store any data/);
  assert.match(md, /^The app keeps its data on its own backend outside Atlassian, at `api\.breach-tracker\.example`\.$/m);
  assert.match(md, /^The app's Forge functions make no product API calls\.$/m);
  assert.match(md, /^The app's backend at `api\.breach-tracker\.example` gets a token from Forge to call the product APIs itself, within the scopes below\.$/m);
  assert.match(md, /^The product sends the app these events: `avi:jira:created:issue` and `avi:jira:updated:issue`\.$/m);
  assert.match(md, /^The app does not create, edit or delete Jira issues\.$/m);
  assert.doesNotMatch(md, /or read Jira issues/);
});

test('questionnaire 3 asks the vendor when the remote can call the product APIs as the app', async () => {
  const json = fileOf(await generateIn(APP, { documents: ['questionnaire'], formats: ['json'] }), 'forge-security-questionnaire.json');
  const three = (JSON.parse(json) as { answers: Array<{ id: string; answer: unknown; basis: string }> }).answers.find((a) => a.id === '3')!;
  assert.deepEqual([three.answer, three.basis], [null, 'vendor']);
});

test('candor check finds no generated statement contradicted', () => {
  const out = tempDir('remote-backend');
  assert.equal(runCli(['generate', APP, '--out', out, '--format', 'md']).status, 0);
  const checked = runCli(['check', APP, '--format', 'json', '--fail-on', 'none', ...fs.readdirSync(out).filter((f) => !f.startsWith('.') && !f.startsWith('marketplace') && !f.startsWith('forge')).flatMap((f) => ['--statement', path.join(out, f)])]);
  const run = JSON.parse(checked.stdout) as { sources: Array<{ kind: string; file: string; summary: { contradicted: number } }> };
  const statements = run.sources.filter((s) => s.kind === 'statement');
  assert.equal(statements.length, 5);
  for (const s of statements) assert.equal(s.summary.contradicted, 0, s.file);
});

test('the draft profile lists the remote\'s storage and asks how data outside Atlassian is encrypted', async () => {
  const text = draftProfile(await factsOf(APP));
  const loaded = parseProfile(text);
  assert.deepEqual(loaded.diagnostics, []);
  assert.deepEqual(loaded.profile!.data, [{ category: 'account-data', storedIn: 'vendor-db', personal: true }]);
  assert.match(text, /^ {2}# remote tracker declares the storage operation at manifest\.yml:25; the code sends it account-id at src\/events\.js:5$/m);
  const todo = loaded.unfilled.map((u) => u.pathText);
  for (const field of ['security.encryptionInTransit', 'security.encryptionAtRest', 'privacy.sellsData', 'program.incident.atlassianHours']) assert.ok(todo.includes(field), field);
  assert.ok(!todo.includes('privacy.trainsModels'));
});

test('account IDs sent to a remote that stores data are personal data the app keeps', async () => {
  const md = fileOf(await generateIn(APP, { documents: ['statement'], formats: ['md'] }), 'data-security-statement.md');
  assert.match(md, /^\| Personal data \| The app stores account IDs in its own backend \(api\.breach-tracker\.example\)\. \|$/m);
});
