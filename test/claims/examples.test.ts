/**
 * The acceptance of the claims against the bundled example apps: each seed statement next to its
 * app gives no false "contradicted", and a drifted copy of the app gives the contradiction at the
 * drifted line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import { check as checkApp } from '../../src/check/index.ts';
import { scan } from '../../src/scan/index.ts';
import { readStatement } from '../../src/statement/read.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-claims-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

async function check(appDir: string, statement: string, section?: string) {
  const file = path.join(EXAMPLES, statement);
  const recognised = recogniseClaims(readStatement(statement, fs.readFileSync(file, 'utf8')), section ? { section } : {});
  const results = verifyClaims(recognised, { facts: await scan(appDir), profile: null });
  const verdicts = (verdict: string) => results.filter((r) => r.verdict === verdict).map((r) => `${r.source.line} ${r.claim}`);
  const contradicted = results.filter((r) => r.verdict === 'contradicted').map((r) => `${r.source.line} ${r.claim} @ ${r.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`);
  return { verdicts, contradicted };
}

/** A copy of an example with literal edits: [file, text (or pattern) to find, replacement]. */
function drift(example: string, edits: Array<[string, string | RegExp, string]>): string {
  const dir = path.join(work, `${example}-${fs.readdirSync(work).length}`);
  fs.cpSync(path.join(EXAMPLES, example), dir, { recursive: true });
  for (const [file, find, replace] of edits) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.ok(typeof find === 'string' ? text.includes(find) : find.test(text), `${file} no longer contains ${String(find)}`);
    fs.writeFileSync(path.join(dir, file), text.replace(find, replace));
  }
  return dir;
}

const COP = 'campaign-operations-playbook';
const SEED_000 = `${COP}/statements/data-security-and-privacy.txt`;
const SEED_001 = `${COP}/statements/incident-communication.txt`;

describe('seed statements against their example apps', () => {
  it('000 against the Campaign Operations Playbook', async () => {
    const { verdicts, contradicted } = await check(path.join(EXAMPLES, COP), SEED_000);
    assert.deepEqual(contradicted, []);
    assert.deepEqual(verdicts('verified'), [
      '12 no-customer-content-outside-atlassian', '12 no-external-backend', '12 no-write-scopes', '20 no-content-create-edit-delete',
      '25 no-customer-content-outside-atlassian', '26 no-external-backend', '27 no-egress', '27 no-remotes', '28 no-end-user-data-in-logs',
      '30 no-pats-or-shared-secrets', '34 no-read-scopes', '34 no-write-scopes',
    ]);
    assert.deepEqual(verdicts('organisational'), ['48 support-hours', '54 reviewed-before-release', '60 certifications']);
  });

  it('001 against the Campaign Operations Playbook', async () => {
    const { verdicts, contradicted } = await check(path.join(EXAMPLES, COP), SEED_001);
    assert.deepEqual(contradicted, []);
    assert.deepEqual(verdicts('verified'), ['71 no-egress', '71 no-external-backend', '71 no-read-scopes', '71 no-write-scopes']);
  });

  it('002, section Handoff for Jira: the one true contradiction is the reporting scope', async () => {
    const { verdicts, contradicted } = await check(path.join(EXAMPLES, 'handoff-for-jira'), 'handoff-for-jira/statements/security-policy.txt', 'Handoff for Jira');
    // "Only four scopes" and weekly reporting cannot both hold: privacy.reportPersonalData needs a fifth
    // scope, report:personal-data (examples/handoff-for-jira/EXPECTED.md), so the weekly report fails.
    assert.deepEqual(contradicted, ['76 personal-data-reporting @ src/privacy.js:64']);
    assert.deepEqual(verdicts('verified'), [
      '68 no-external-backend', '69 no-egress', '69 only-forge-kv', '70 exact-scopes', '72 no-content-create-edit-delete',
      '77 licensing-enforced', '78 runtime', '79 app-id',
    ]);
  });

  it('002, section Bulk Page Cloner', async () => {
    const { verdicts, contradicted } = await check(path.join(EXAMPLES, 'bulk-page-cloner'), 'bulk-page-cloner/statements/security-policy.txt', 'Bulk Page Cloner');
    assert.deepEqual(contradicted, []);
    assert.deepEqual(verdicts('verified'), [
      '81 no-external-backend', '82 no-page-content-stored', '83 exact-scopes', '87 no-customer-content-outside-atlassian',
      '87 no-personal-data-stored', '88 licensing-enforced',
    ]);
  });

  it('004 against Skyline', async () => {
    const { verdicts, contradicted } = await check(path.join(EXAMPLES, 'skyline'), 'skyline/statements/security-statement.txt');
    assert.deepEqual(contradicted, []);
    // What the Stripe, Gemini and OpenAI SDK calls carry decides the payment and AI sentences.
    assert.deepEqual(verdicts('verified'), ['22 payment-processor-no-identifiers', '24 ai-providers-and-data', '27 ai-providers-and-data', '36 third-parties-exactly', '57 exact-scopes']);
    assert.deepEqual(verdicts('unverified'), ['53 data-residency-supported', '56 data-region']);
  });
});

describe('drifted copies of the examples', () => {
  it('a new read scope', async () => {
    const dir = drift(COP, [['manifest.yml', 'app:\n', 'permissions:\n  scopes:\n    - read:confluence-content.summary\napp:\n']]);
    assert.deepEqual((await check(dir, SEED_000)).contradicted, ['34 no-read-scopes @ manifest.yml:17']);
    assert.deepEqual((await check(dir, SEED_001)).contradicted, ['71 no-read-scopes @ manifest.yml:17']);
  });

  it('an analytics fetch', async () => {
    const dir = drift(COP, [['static/playbook/src/main.jsx', 'view.theme.enable();\n', "view.theme.enable();\nfetch('https://api.segment.io/v1/track', { method: 'POST', body: JSON.stringify({ event: 'opened' }) });\n"]]);
    assert.deepEqual((await check(dir, SEED_000)).contradicted, ['27 no-egress @ static/playbook/src/main.jsx:9']);
  });

  it('a page body logged and cached in KVS', async () => {
    const dir = drift('bulk-page-cloner', [
      ['src/confluence.js', "import api, { route } from '@forge/api';\n", "import api, { route } from '@forge/api';\nimport { kvs } from '@forge/kvs';\n"],
      [
        'src/confluence.js', "  return json(response, 'Reading the template page');\n",
        "  const page = await json(response, 'Reading the template page');\n  await kvs.set(`page:${contentId}`, page.body.storage.value);\n  return page;\n",
      ],
    ]);
    assert.deepEqual((await check(dir, 'bulk-page-cloner/statements/security-policy.txt', 'Bulk Page Cloner')).contradicted, ['82 no-page-content-stored @ src/confluence.js:17']);
    const logged = drift('bulk-page-cloner', [[
      'src/confluence.js', "  return json(response, 'Reading the template page');\n",
      "  const page = await json(response, 'Reading the template page');\n  console.log('template', page.body.storage.value);\n  return page;\n",
    ]]);
    assert.deepEqual((await check(logged, 'bulk-page-cloner/statements/security-policy.txt', 'Bulk Page Cloner')).contradicted, ['82 no-page-content-stored @ src/confluence.js:16']);
  });

  it('a page cached in KVS by the resolver, from a helper in another module', async () => {
    const dir = drift('bulk-page-cloner', [
      ['src/index.js', "import Resolver from '@forge/resolver';\n", "import Resolver from '@forge/resolver';\nimport { kvs } from '@forge/kvs';\n"],
      ['src/index.js', '  const body = page.body.storage.value;\n', '  const body = page.body.storage.value;\n  await kvs.set(`template:${templateId}:body`, body);\n'],
    ]);
    assert.deepEqual((await check(dir, 'bulk-page-cloner/statements/security-policy.txt', 'Bulk Page Cloner')).contradicted, ['82 no-page-content-stored @ src/index.js:51']);
  });

  it('an issue logged by a resolver contradicts the profile\'s "no End-User Data in logs"', async () => {
    const dir = drift('handoff-for-jira', [[
      'src/resolvers.js', '    const issue = await getIssue(issueKey); // also proves the user can see the issue\n',
      "    const issue = await getIssue(issueKey); // also proves the user can see the issue\n    console.log('handoff for', issue.fields.summary);\n",
    ]]);
    const run = await checkApp(dir);
    const logs = run.sources[0]!.results.filter((r) => r.claim === 'no-end-user-data-in-logs');
    assert.deepEqual(logs.map((r) => `${r.verdict} ${r.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`), ['contradicted src/resolvers.js:45']);
    assert.ok(run.findings.some((f) => f.check === 'end-user-data-in-logs' && f.evidence.line === 45));
  });

  it('an unlisted AI vendor', async () => {
    const dir = drift('skyline', [['lib/ai.js', '\n', "\nimport Anthropic from '@anthropic-ai/sdk';\n"]]);
    assert.deepEqual((await check(dir, 'skyline/statements/security-statement.txt')).contradicted, ['36 third-parties-exactly @ lib/ai.js:2']);
  });

  it('the weekly reporting trigger removed (from a copy that declares report:personal-data)', async () => {
    const statement = 'handoff-for-jira/statements/security-policy.txt';
    const withScope: [string, string, string] = ['manifest.yml', '    - storage:app\n', '    - storage:app\n    - report:personal-data\n'];
    // With the fifth scope reporting works, and "only four scopes" is what becomes false.
    assert.deepEqual((await check(drift('handoff-for-jira', [withScope]), statement, 'Handoff for Jira')).contradicted, ['70 exact-scopes @ manifest.yml:40']);
    const dir = drift('handoff-for-jira', [withScope, ['manifest.yml', /^ {2}scheduledTrigger:\n(?: {4}.*\n)+/m, '']]);
    assert.deepEqual((await check(dir, statement, 'Handoff for Jira')).contradicted, ['70 exact-scopes @ manifest.yml:34', '76 personal-data-reporting @ src/privacy.js:64']);
  });
});
