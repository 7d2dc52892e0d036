/**
 * Snapshots of every document `candor generate` writes for one example (Handoff for Jira), in
 * every format. UPDATE_GOLDEN=1 rewrites them; review the diff like code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, FIXTURES, generateIn } from './helpers.ts';

const GOLDEN = path.join(FIXTURES, 'golden/handoff-for-jira');

test('each document for handoff-for-jira matches its golden file, in every format', async () => {
  const result = await generateIn(path.join(EXAMPLES, 'handoff-for-jira'));
  assert.deepEqual(result.skipped, []);
  const names = result.files.map((f) => f.path).sort();
  if (process.env['UPDATE_GOLDEN']) {
    fs.rmSync(GOLDEN, { recursive: true, force: true });
    fs.mkdirSync(GOLDEN, { recursive: true });
    for (const file of result.files) fs.writeFileSync(path.join(GOLDEN, file.path), file.content);
  }
  assert.deepEqual(names, fs.readdirSync(GOLDEN).sort(), 'the set of files written changed');
  assert.equal(names.length, 29);
  for (const file of result.files) {
    assert.equal(file.content, fs.readFileSync(path.join(GOLDEN, file.path), 'utf8'), `${file.path} differs; run with UPDATE_GOLDEN=1 and review the diff`);
  }
});
