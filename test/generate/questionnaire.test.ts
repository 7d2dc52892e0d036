/** The Forge app security questionnaire, pre-filled: all 31 prompts, answers with evidence, signals, open questions. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { generateFrom } from '../../src/generate/index.ts';
import { loadProfile } from '../../src/profile/load.ts';
import type { QuestionAnswer } from '../../src/render/marketplace/questionnaire.ts';
import { DATE, EXAMPLES, FIXTURES, factsOf, fileOf, generateIn } from './helpers.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

interface Output {
  summary: { questions: number; asked: number; answered: number; raised: { fail: string[]; warning: string[] } };
  answers: QuestionAnswer[];
  open: Array<{ id: string }>;
}

async function questionnaire(dir: string): Promise<Output> {
  const result = await generateIn(dir, { documents: ['questionnaire'], formats: ['json', 'md'] });
  return JSON.parse(fileOf(result, 'forge-security-questionnaire.json')) as Output;
}

const row = (a: QuestionAnswer) => `${a.id} ${Array.isArray(a.answer) ? a.answer.join(' + ') : String(a.answer)} ${a.basis}${a.asked ? '' : ' not-asked'}${a.raises ? ' RAISES' : ''} ${a.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`.trim();

test('an app that trips signals: each answer, basis, signal and evidence', async () => {
  const { summary, answers, open } = await questionnaire(path.join(FIXTURES, 'forge-questionnaire'));
  assert.deepEqual(answers.map(row), [
    '1 Yes code manifest.yml:5',
    '1a null vendor src/index.js:15',
    '2 Yes code manifest.yml:25',
    '2a null vendor manifest.yml:25',
    '2b null vendor manifest.yml:25',
    '3 null vendor src/index.js:15',
    '4 Yes code manifest.yml:14',
    '4a null vendor manifest.yml:14',
    '5 Yes code manifest.yml:11',
    '5a null vendor manifest.yml:11',
    '6 Yes code manifest.yml:35 manifest.yml:36 manifest.yml:26 manifest.yml:25',
    '6a Yes code RAISES manifest.yml:35',
    '6b No code RAISES manifest.yml:36 src/index.js:18',
    '6c null vendor',
    '6d null vendor',
    '6d-i null vendor',
    '7 No code RAISES manifest.yml:30',
    '8 Yes code RAISES src/index.js:17',
    '9 null vendor',
    '9a null vendor',
    '10 Yes profile candor.yaml:11',
    '11 null vendor src/index.js:10',
    '12 Yes code manifest.yml:39',
    '12a Yes code src/index.js:10',
    '12a-i Not Applicable code not-asked',
    '13 No code',
    '14 Yes profile candor.yaml:11',
    '14a Software composition analysis (SCA) + Static application security testing (SAST) profile candor.yaml:10',
    '15 Yes profile candor.yaml:10',
    '16 null vendor',
    '17 null vendor',
  ]);
  assert.deepEqual(summary, { questions: 31, asked: 30, answered: 16, raised: { fail: ['6b'], warning: ['6a', '7', '8'] } });
  assert.deepEqual(open.map((q) => q.id), ['1a', '2a', '2b', '3', '4a', '5a', '6c', '6d', '6d-i', '9', '9a', '11', '16', '17']);
  assert.equal(answers.find((a) => a.id === '6b')!.signal, 'fail');
});

test('a sub-question is not asked when its parent is answered the other way', async () => {
  const { answers, summary } = await questionnaire(path.join(EXAMPLES, 'handoff-for-jira'));
  const byId = new Map(answers.map((a) => [a.id, a]));
  assert.equal(byId.get('2')!.answer, 'No');
  assert.deepEqual([byId.get('2a')!.asked, byId.get('2a')!.answer, byId.get('2a')!.note], [false, 'Not Applicable', 'Not asked: question 2 is answered No.']);
  assert.equal(byId.get('6d-i')!.note, 'Not asked: question 6d is not asked.');
  // The weekly job reads display names as the app: a person decides whether that needs a permission check.
  assert.equal(byId.get('1a')!.answer, null);
  assert.deepEqual(byId.get('1a')!.evidence.map((e) => `${e.file}:${e.line}`), ['src/jira.js:43']);
  assert.deepEqual(summary.raised, { fail: [], warning: [] });
});

test('the questionnaire is skipped for a Connect app', async () => {
  const result = await generateIn(path.join(EXAMPLES, 'skyline'), { documents: ['questionnaire'] });
  assert.deepEqual(result.files, []);
  assert.deepEqual(result.skipped, [{ document: 'questionnaire', reason: 'a Connect app: the Forge app security questionnaire does not apply' }]);
});

test('the sheet lists the questions for the vendor', async () => {
  const result = await generateIn(path.join(FIXTURES, 'forge-questionnaire'), { documents: ['questionnaire'], formats: ['md'] });
  const md = fileOf(result, 'forge-security-questionnaire.md');
  assert.match(md, /16 of 30 questions asked are answered; 14 need the vendor's answer\./);
  assert.match(md, /Answers that raise their signal: 6a \(warning\), 6b \(fail\), 7 \(warning\), 8 \(warning\)\./);
  assert.match(md, /\| 6b\. Are all communications with the remote host encrypted with TLS 1\.2 or above\? \| No \| fail \(raised\) \| from the code \| manifest\.yml:36; src\/index\.js:18; An egress address or call uses http:\/\/\. \|/);
  assert.match(md, /## Questions for the Vendor\n\n- 1a\. Does the app use asUser\(\) where applicable/);
});

test('without the app folder, the manifest-only answers are left to the vendor rather than guessed', async () => {
  const dir = path.join(FIXTURES, 'forge-questionnaire');
  const result = await generateFrom(await factsOf(dir), loadProfile(dir), { date: DATE, documents: ['questionnaire'], formats: ['json'] });
  const { answers } = JSON.parse(result.files[0]!.content) as Output;
  const byId = new Map(answers.map((a) => [a.id, a]));
  assert.deepEqual([byId.get('5')!.answer, byId.get('5')!.basis, byId.get('5')!.note], [null, 'vendor', 'Candor could not read the manifest for this answer.']);
  assert.equal(byId.get('12')!.answer, null);
});

test('a requester chosen at run time may be asApp(): the vendor confirms its calls', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': panelManifest('read:jira-work'),
    'src/index.js': [
      "import Resolver from '@forge/resolver';",
      "import api, { route } from '@forge/api';",
      'const resolver = new Resolver();',
      "resolver.define('issue', async ({ payload }) => {",
      '  const requester = payload.shared ? api.asApp() : api.asUser();',
      '  const res = await requester.requestJira(route`/rest/api/3/issue/${payload.key}`);',
      '  return res.json();',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n'),
  });
  const result = await generateFrom(facts, loadProfile(path.join(FIXTURES, 'forge-questionnaire')), { date: DATE, documents: ['questionnaire'], formats: ['json'] });
  const byId = new Map((JSON.parse(result.files[0]!.content) as Output).answers.map((a) => [a.id, a]));
  for (const id of ['1a', '3']) {
    assert.deepEqual([byId.get(id)!.answer, byId.get(id)!.basis, byId.get(id)!.evidence.map((e) => `${e.file}:${e.line}`)], [null, 'vendor', ['src/index.js:6']], id);
  }
  assert.match(byId.get('1a')!.note ?? '', /or a requester chosen at run time/);
});
