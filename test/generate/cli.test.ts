/** `candor generate` as a user runs it: the files it writes, what it skips, its usage errors, then `candor check` on the output. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../cli/run-cli.ts';
import { EXAMPLES, tempDir } from './helpers.ts';

test('writes the chosen documents and formats, and the statements pass candor check --statement', () => {
  const out = tempDir('cli');
  const app = path.join(EXAMPLES, 'campaign-operations-playbook');
  const { status, stdout, stderr } = runCli(['generate', app, '--out', out, '--only', 'statement,incident', '--format', 'md,html']);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(stdout, [
    `Wrote 4 files to ${out}:`,
    '  data-security-statement.md',
    '  data-security-statement.html',
    '  incident-communication.md',
    '  incident-communication.html',
    '',
  ].join('\n'));
  // `.candor-files.json` records what Candor wrote, so a later run replaces those files and no one else's.
  assert.deepEqual(fs.readdirSync(out).sort(), ['.candor-files.json', 'data-security-statement.html', 'data-security-statement.md', 'incident-communication.html', 'incident-communication.md']);

  const checked = runCli(['check', app, '--format', 'json', ...fs.readdirSync(out).filter((f) => !f.startsWith('.')).flatMap((f) => ['--statement', path.join(out, f)])]);
  assert.equal(checked.status, 0, checked.stdout);
  const run = JSON.parse(checked.stdout) as { sources: Array<{ kind: string; summary: { contradicted: number; unfilled: number; verified: number } }> };
  const statements = run.sources.filter((s) => s.kind === 'statement');
  assert.equal(statements.length, 4);
  for (const s of statements) assert.deepEqual([s.summary.contradicted, s.summary.unfilled, s.summary.verified > 0], [0, 0, true]);
});

test('says which documents do not apply', () => {
  const out = tempDir('cli-skip');
  const { status, stdout } = runCli(['generate', path.join(EXAMPLES, 'skyline'), '--out', out, '--only', 'questionnaire']);
  assert.equal(status, 0);
  assert.equal(stdout, `Nothing to write to ${out}.\nSkipped the questionnaire document: a Connect app: the Forge app security questionnaire does not apply.\n`);
});

test('usage errors exit 2 with one line', () => {
  const app = path.join(EXAMPLES, 'skyline');
  const cases: Array<[string[], RegExp]> = [
    [['generate', app], /^candor: generate needs a folder to write to: --out DIR\n/],
    [['generate', app, '--out', 'x', '--format', 'pdf'], /^candor: --format takes a comma-separated list of md, html, json, confluence; not pdf\n/],
    [['generate', app, '--out', 'x', '--only', 'statement,faq'], /^candor: --only takes a comma-separated list of statement, incident, privacy, security, program, marketplace, questionnaire; not faq\n/],
  ];
  for (const [args, message] of cases) {
    const { status, stderr } = runCli(args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, message);
  }
});

test('never replaces a file in --out that it did not write, or that was edited since, unless --force says so', () => {
  const out = tempDir('cli-overwrite');
  const app = path.join(EXAMPLES, 'campaign-operations-playbook');
  const args = ['generate', app, '--out', out, '--only', 'statement', '--format', 'md,html'];
  const mine = path.join(out, 'data-security-statement.md');
  fs.writeFileSync(mine, 'Our own statement, written by hand.\n');
  const refused = runCli(args);
  assert.equal(refused.status, 2);
  assert.equal(refused.stderr, `candor: ${mine} already exists, and Candor did not write it (or it was edited since); nothing was written. Written by an older Candor, which kept no .candor-files.json? Check it and pass --force once. Move it away, write to another folder, or pass --force to replace it.\n`);
  assert.deepEqual(fs.readdirSync(out), ['data-security-statement.md'], 'nothing written, not even the other files');
  assert.equal(fs.readFileSync(mine, 'utf8'), 'Our own statement, written by hand.\n');

  assert.equal(runCli([...args, '--force']).status, 0);
  assert.match(fs.readFileSync(mine, 'utf8'), /^# Data Security and Privacy Statement/);
  assert.equal(runCli(args).status, 0, 'its own files, as it wrote them, are replaced');
  fs.appendFileSync(mine, 'A paragraph added by hand.\n');
  assert.equal(runCli(args).status, 2, 'an edit since is kept');
  assert.match(fs.readFileSync(mine, 'utf8'), /A paragraph added by hand\.\n$/);
});

test('in a folder with no record of what it wrote (an older Candor kept none), replaces its own files by their mark, and stops at any other', () => {
  const out = tempDir('cli-unrecorded');
  const app = path.join(EXAMPLES, 'campaign-operations-playbook');
  const args = ['generate', app, '--out', out, '--only', 'statement', '--format', 'md,html,json'];
  assert.equal(runCli(args).status, 0);
  const names = ['data-security-statement.md', 'data-security-statement.html', 'data-security-statement.json'];
  // What an older Candor wrote differs (another date, other wording) and has no record beside it.
  fs.rmSync(path.join(out, '.candor-files.json'));
  for (const name of names) fs.appendFileSync(path.join(out, name), ' ');
  assert.equal(runCli(args).status, 0, 'its marked files are replaced');
  assert.equal(fs.readFileSync(path.join(out, names[0]!), 'utf8').endsWith(' '), false);

  fs.rmSync(path.join(out, '.candor-files.json'));
  const mine = path.join(out, names[0]!);
  fs.writeFileSync(mine, fs.readFileSync(mine, 'utf8').replace('<!-- Generated by Candor -->', ''));
  const refused = runCli(args);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /^candor: .*data-security-statement\.md already exists, .*Written by an older Candor, which kept no \.candor-files\.json\? Check it and pass --force once\./);
  assert.equal(fs.existsSync(path.join(out, '.candor-files.json')), false, 'nothing written');
});
