import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { detectFormat, loadStatement, readStatement } from '../../src/statement/read.ts';
import { splitSentences } from '../../src/statement/sentences.ts';
import { positionAt, type Statement } from '../../src/statement/types.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'statement');
const read = (name: string) => readStatement(name, fs.readFileSync(path.join(fixtures, name)));
const brief = (st: Statement) => st.blocks.map((b) => `${b.line} ${b.kind}${b.header ? ` [${b.header}]` : ''} ${b.text}`);
const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

test('seed 000: headings, and the flattened "Area / Current behavior" table as rows with cells', () => {
  const st = read('seed-000-data-security-statement.txt');
  assert.equal(st.format, 'text');
  assert.deepEqual(brief(st).slice(12, 21), [
    '22 heading 3. Data Handling',
    '24 table-row Area Current behavior',
    '24 table-cell Area',
    '24 table-cell Current behavior',
    '25 table-row Customer content storage The app does not store customer content outside Atlassian systems.',
    '25 table-cell [Area] Customer content storage',
    '25 table-cell [Current behavior] The app does not store customer content outside Atlassian systems.',
    '26 table-row External backend The current app version does not use an external backend service.',
    '26 table-cell [Area] External backend',
  ]);
  const backend = st.sentences.find((s) => s.label === 'External backend');
  assert.deepEqual(backend, {
    text: 'The current app version does not use an external backend service.', line: 26, column: 18,
    section: 'Data Handling', label: 'External backend', block: 21, offset: 0,
  });
  assert.equal(st.sentences.filter((s) => s.section === 'Data Handling').length, 6);
});

test('seed 001: bullet items and the template section', () => {
  const st = read('seed-001-incident-communication.txt');
  const items = st.blocks.filter((b) => b.kind === 'list-item' && b.section === 'Communication Principles').map((b) => `${b.line}:${b.column} ${b.text}`);
  assert.deepEqual(items, ['20:5 Be honest', '21:5 Be thorough', '22:5 Do not hide the practical impact', '23:5 Do not imply certainty where facts are still under investigation', '24:5 Tell customers what they need to do, if anything']);
  const template = st.blocks.find((b) => b.line === 49)!;
  assert.deepEqual(template.sections, ['Security Incident Communication', 'Customer-Facing Incident Template']);
});

test('seed 002: numbered headings nest, "- " items, sentences keep versions and ids whole', () => {
  const st = read('seed-002-security-program.txt');
  const heading = st.blocks.find((b) => b.text === '5.3 Handoff for Jira — Data Handling')!;
  assert.equal(heading.level, 2);
  assert.deepEqual(heading.sections, ['Third-Party Integrations']);
  const runtime = st.sentences.find((s) => s.line === 78)!;
  assert.equal(runtime.text, 'Runtime: nodejs24.x on arm64, 256 MB memory — fully managed and sandboxed by Atlassian Forge');
  assert.equal(runtime.section, 'Handoff for Jira — Data Handling');
  assert.equal(st.blocks.find((b) => b.line === 71)!.kind, 'paragraph');
  assert.equal(st.blocks.find((b) => b.line === 14)!.text, 'Data in Transit: TLS 1.3 encryption for all data transmission');
});

test('seed 004: questions become headings; one line per paragraph when lines are long', () => {
  const st = read('seed-004-security-statement.txt');
  assert.deepEqual(st.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.line} ${b.text}`), [
    '1 Security Statement', '51 Does the app support Data Residency?', '59 Does the app have a data backup?',
  ]);
  assert.equal(st.blocks.find((b) => b.line === 12)!.text, "Confluence macro data (customer's Confluence instance)");
  assert.deepEqual(st.sentences.filter((s) => s.line === 64).map((s) => s.text), [
    'Feel free to contact us at [email protected].', "We'll answer any questions in detail.", 'We recognize that security and data privacy are the key aspects for our customers.',
  ]);
});

test('sentences split sensibly', () => {
  assert.deepEqual(sentences('We use TLS 1.2 or higher, e.g. for the API. Data is encrypted, i.e. at rest. Done!'), [
    'We use TLS 1.2 or higher, e.g. for the API.', 'Data is encrypted, i.e. at rest.', 'Done!',
  ]);
  assert.deepEqual(sentences('Acme Inc. Germany hosts it. Mail security@acme.example.com or see https://acme.example/sec.html. Next.'), [
    'Acme Inc. Germany hosts it.', 'Mail security@acme.example.com or see https://acme.example/sec.html.', 'Next.',
  ]);
  assert.deepEqual(sentences('Products [Jira, Confluence, etc.]. We (as processor. Really.) act. Version 2.1. Then'), [
    'Products [Jira, Confluence, etc.].', 'We (as processor. Really.) act.', 'Version 2.1.', 'Then',
  ]);
  assert.deepEqual(sentences('Line one\nLine two. Three?'), ['Line one', 'Line two.', 'Three?']);
  // blocks glued without a space, and a country's abbreviation at the end of a sentence
  assert.deepEqual(sentences('Nothing is kept.Logs hold no content. See app.Config or node.JS, v2.Beta.'), ['Nothing is kept.', 'Logs hold no content.', 'See app.Config or node.JS, v2.Beta.']);
  assert.deepEqual(sentences('Servers are in the U.S. We keep no e-mails. The U.S. Government cloud is not used.'), [
    'Servers are in the U.S.', 'We keep no e-mails.', 'The U.S. Government cloud is not used.',
  ]);
  // "No." answering a question ends a sentence; "No. 12" is a number
  assert.deepEqual(sentences('No. Nothing leaves Atlassian. See clause No. 12 and nos. 3-4.'), ['No.', 'Nothing leaves Atlassian.', 'See clause No. 12 and nos. 3-4.']);
});

test('Markdown: headings, tables with column headers, emphasis and links stripped, code skipped', () => {
  const st = read('security-statement.md');
  assert.equal(st.format, 'markdown');
  assert.deepEqual(brief(st), [
    '1 heading Handoff for Jira — Security Statement',
    '3 paragraph Last updated: 16 February 2026',
    "5 paragraph Handoff for Jira is built on Atlassian Forge. All app data is stored in Forge KV Storage; no data leaves Atlassian's cloud infrastructure (see the Forge data residency page).",
    '9 heading Permissions',
    '11 table-row Scope | Purpose',
    '11 table-cell Scope',
    '11 table-cell Purpose',
    '13 table-row read:jira-work | Read Jira issues for queue browsing.',
    '13 table-cell [Scope] read:jira-work',
    '13 table-cell [Purpose] Read Jira issues for queue browsing.',
    '14 table-row write:jira-work | Post handoff comments only; the app does not edit issues.',
    '14 table-cell [Scope] write:jira-work',
    '14 table-cell [Purpose] Post handoff comments only; the app does not edit issues.',
    '15 table-row storage:app | Read and write Forge KV Storage.',
    '15 table-cell [Scope] storage:app',
    '15 table-cell [Purpose] Read and write Forge KV Storage.',
    '17 heading Security program',
    '19 list-item Annual penetration test by a third party 1',
    '20 list-item SOC 2 Type II',
    '21 list-item Findings are tracked to closure in [tracking system].',
    '22 list-item Incidents are reported to {{company_name}} within 72 hours.',
    '24 paragraph Security contact: security@example.com',
    '30 heading Data residency',
    '33 paragraph Data Residency is supported out of the box. See our policy and snake_case_names stay.',
  ]);
  assert.deepEqual(st.blocks[2]!.links, [{ text: 'Forge data residency page', url: 'https://developer.atlassian.com/platform/forge/data-residency/' }]);
  // A sentence from the second source line of a paragraph keeps that line.
  const sentence = st.sentences.find((s) => s.text.startsWith('All app data'))!;
  assert.deepEqual([sentence.line, sentence.column], [5, 51]);
  const purpose = st.sentences.find((s) => s.label === 'write:jira-work')!;
  assert.deepEqual([purpose.text, purpose.line, purpose.column], ['Post handoff comments only; the app does not edit issues.', 14, 23]);
});

test('HTML: scripts, styles, comments and hidden elements skipped; entities, tables, links, Cloudflare e-mail', () => {
  const st = read('security-statement.html');
  assert.equal(st.format, 'html');
  assert.deepEqual(brief(st), [
    '11 heading Security Statement',
    '12 paragraph We process only the minimal data required to provide the functionality. We follow Atlassian’s requirements, e.g. the Forge platform rules.',
    '15 heading Where we store the data',
    '17 table-row Data | Where | Residency',
    '17 table-cell Data',
    '17 table-cell Where',
    '17 table-cell Residency',
    '19 table-row Skyline page text | Confluence macro data | Follows Atlassian',
    '19 table-cell [Data] Skyline page text',
    '19 table-cell [Where] Confluence macro data',
    '19 table-cell [Residency] Follows Atlassian',
    '20 table-row AI prompt | Supabase | eu-west-1 (Dublin, Ireland)',
    '20 table-cell [Data] AI prompt',
    '20 table-cell [Where] Supabase',
    '20 table-cell [Residency] eu-west-1 (Dublin, Ireland)',
    '23 heading Contact',
    '24 paragraph Feel free to contact us at support@example.com.\nWe answer within [e.g. 2 business days].',
    '26 list-item Reports go to <your company> security team.',
    '28 list-item Nested paragraph in an item.',
  ]);
  const contact = st.blocks.find((b) => b.line === 24)!;
  assert.deepEqual(contact.links, [{ text: 'support@example.com', url: 'mailto:support@example.com' }]);
  const follow = st.sentences.find((s) => s.text.startsWith('We follow'))!;
  assert.deepEqual([follow.line, follow.column], [13, 4]);
  assert.deepEqual(positionAt(st.blocks[1]!, st.blocks[1]!.text.indexOf('Forge platform')), { line: 14, column: 62 });
});

test('format from the file name, else from the content', () => {
  assert.equal(detectFormat('policy.htm', 'plain words'), 'html');
  assert.equal(detectFormat('policy.markdown', '<p>x</p>'), 'markdown');
  assert.equal(detectFormat('statement', '<!doctype html><p>x</p>'), 'html');
  assert.equal(detectFormat('statement', '# Security\n\nText'), 'markdown');
  assert.equal(detectFormat('statement', 'Security\n\nWe do not store data.'), 'text');
});

test('hostile input: control characters, invalid UTF-8, unclosed markup, huge lines', () => {
  const ctrl = readStatement('x.txt', 'Hello\u0000\u0007 world\u202e evil\u200b.\r\nNext line\rthird');
  assert.deepEqual(ctrl.blocks.map((b) => [b.line, b.text]), [[1, 'Hello world evil.'], [2, 'Next line'], [3, 'third']]);

  const bytes = new Uint8Array([0x48, 0x69, 0xff, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65, 0x2e]);
  const invalid = readStatement('x.txt', bytes);
  assert.equal(invalid.blocks[0]!.text, 'Hi\ufffd there.');
  assert.deepEqual(invalid.diagnostics.map((d) => [d.code, d.severity]), [['parse-error', 'warning']]);

  const unclosed = readStatement('x.html', '<p>Before</p><script>document.write("<p>[TBD]</p>")');
  assert.deepEqual(unclosed.blocks.map((b) => b.text), ['Before']);
  const nested = readStatement('x.html', `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}<p a="x>y">after &bogus; &#0; &#x1F600;</p>`);
  assert.deepEqual(nested.blocks.map((b) => b.text), ['deep', 'after &bogus; \ufffd 😀']);
  const lt = readStatement('x.html', 'a < b and c <d> e');
  assert.deepEqual(lt.blocks.map((b) => b.text), ['a < b and c e']);

  const huge = readStatement('x.md', `${'word [x] *a* '.repeat(100_000)}\n${'['.repeat(100_000)}\n${'<'.repeat(100_000)}`);
  assert.equal(huge.blocks[0]!.text.length, 100_000);
  assert.deepEqual(huge.diagnostics.map((d) => d.code), ['huge-file', 'long-sentence']);
});

test('a flattened table needs noun-phrase labels: ordinary sentences under a short line stay paragraphs', () => {
  const st = readStatement('x.txt', 'Data Storage\nData is stored in Atlassian Cloud.\nBackups are handled by Atlassian.\n');
  assert.deepEqual(st.blocks.map((b) => `${b.kind} ${b.text}`), [
    'heading Data Storage', 'paragraph Data is stored in Atlassian Cloud.', 'paragraph Backups are handled by Atlassian.',
  ]);
});

test('loadStatement reads a file and reports one that cannot be read', () => {
  const st = loadStatement(path.join(fixtures, 'seed-000-data-security-statement.txt'), 'statement.txt');
  assert.equal(st.file, 'statement.txt');
  assert.equal(st.blocks[0]!.text, 'Data Security and Privacy Statement');
  const missing = loadStatement(path.join(fixtures, 'no-such-file.html'), 'no-such-file.html');
  assert.deepEqual([missing.format, missing.blocks, missing.diagnostics.map((d) => d.code)], ['html', [], ['unreadable']]);
});

test('Markdown: script and style blocks are code, not text', () => {
  const text = [
    '# Privacy', '', '<script>', 'track("We do not store personal data.");', '</script>', '',
    '<style type="text/css">.claim::after { content: "No data leaves Atlassian." }</style>', '',
    'We keep page titles only.', '',
  ].join('\n');
  assert.deepEqual(brief(readStatement('privacy.md', text)), ['1 heading Privacy', '9 paragraph We keep page titles only.']);
});

test('plain text: a bare answer or a line with a sentence end inside is no heading', () => {
  const text = ['Is End-User Data logged? No', '', 'Do you use sub-processors?', '', 'No', '', 'Data handling', '', 'The app keeps page titles only.', ''].join('\n');
  assert.deepEqual(brief(readStatement('answers.txt', text)), [
    '1 paragraph Is End-User Data logged? No',
    '3 paragraph Do you use sub-processors?',
    '5 paragraph No',
    '7 heading Data handling',
    '9 paragraph The app keeps page titles only.',
  ]);
});

test('a sentence on a later line of a wrapped paragraph keeps its own line and column (Markdown, text, HTML)', () => {
  const where = (st: Statement) => st.sentences.map((s) => `${s.line}:${s.column} ${s.text}`);
  assert.deepEqual(where(readStatement('a.md', '# Data\n\nWe do not store personal data.\nThe app does not log End-User Data.\n')), [
    '3:1 We do not store personal data.', '4:1 The app does not log End-User Data.',
  ]);
  assert.deepEqual(where(readStatement('a.txt', 'Data\n\nWe do not store personal data.\nThe app does not log End-User Data.\n')), [
    '3:1 We do not store personal data.', '4:1 The app does not log End-User Data.',
  ]);
  assert.deepEqual(where(readStatement('a.html', '<p>We do not store personal data.\nThe app does not log End-User Data.</p>')), [
    '1:4 We do not store personal data.', '2:1 The app does not log End-User Data.',
  ]);
});

test('plain text: a title that holds a verb after a relative word is a heading; a line that opens with its subject is a sentence', () => {
  const st = readStatement('x.txt', 'Acme security\n\nWhere data is stored\n\nAll data is stored in Forge storage.\n\nData that leaves Atlassian\n\nNone.\n\nWe store no personal data\n\nWe never store e-mail addresses.\n');
  assert.deepEqual(st.blocks.map((b) => `${b.kind} ${b.text}`), [
    'heading Acme security', 'heading Where data is stored', 'paragraph All data is stored in Forge storage.', 'heading Data that leaves Atlassian',
    'paragraph None.', 'paragraph We store no personal data', 'paragraph We never store e-mail addresses.',
  ]);
});

test('Markdown: a pipe table written without its separator row is a table when its lines agree; a paragraph with pipes stays one', () => {
  const table = readStatement('s.md', 'Data | Where it is stored | How long\nIssue keys | Forge storage | until uninstall\nAccount IDs | Forge storage (your site) | 30 days\n');
  assert.deepEqual(brief(table).slice(4, 8), [
    '2 table-row Issue keys | Forge storage | until uninstall',
    '2 table-cell [Data] Issue keys',
    '2 table-cell [Where it is stored] Forge storage',
    '2 table-cell [How long] until uninstall',
  ]);
  assert.deepEqual(table.blocks.filter((b) => b.isHeader).map((b) => b.text), ['Data | Where it is stored | How long', 'Data', 'Where it is stored', 'How long']);
  // lines of different pipe counts, a first line that is a sentence, or one line alone: a paragraph
  for (const text of [
    'Data | Where it is stored | How long\nIssue keys | Forge storage\n',
    'We keep data in Forge storage. | Yes | No\nIssue keys | Forge storage | until uninstall\n',
    'Data | Where it is stored | How long\n',
    'Data | Where it is stored | How long\nIssue keys | Forge storage | until uninstall\nThe rest is a sentence.\n',
  ]) assert.deepEqual(readStatement('s.md', text).blocks.map((b) => b.kind), ['paragraph'], text);
});

test('plain text: a pipe table, with its separator row or without one, is read as Markdown reads it; a line with pipes alone stays a paragraph', () => {
  const bare = readStatement('s.txt', 'Data handling\n\nQuestion | Answer\nDoes the app store personal data? | No\n');
  assert.equal(bare.format, 'text');
  assert.deepEqual(brief(bare).slice(1), [
    '3 table-row Question | Answer',
    '3 table-cell Question',
    '3 table-cell Answer',
    '4 table-row Does the app store personal data? | No',
    '4 table-cell [Question] Does the app store personal data?',
    '4 table-cell [Answer] No',
  ]);
  const ruled = readStatement('s.txt', 'Intro line.\n\n| Data | Where it is stored |\n| --- | --- |\n| Settings | Forge storage |\n');
  assert.deepEqual(ruled.blocks.map((b) => b.kind), ['paragraph', 'table-row', 'table-cell', 'table-cell', 'table-row', 'table-cell', 'table-cell']);
  assert.deepEqual(readStatement('s.txt', 'We use Slack | OpenAI for summaries.\nNothing else here.\n').blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
});

test('a table whose every column header is a question: each cell answers its header, with no row label', () => {
  const st = readStatement('s.md', '| Is data encrypted at rest? | Is data logged? |\n| --- | --- |\n| Yes | No |\n');
  assert.deepEqual(st.sentences.map((s) => [s.text, s.label]), [['Yes', undefined], ['No', undefined]]);
  // A first column of names labels its row, as before.
  const named = readStatement('s.md', '| App | Does it store personal data? |\n| --- | --- |\n| Board Sync | No |\n');
  assert.deepEqual(named.sentences.map((s) => [s.text, s.label]), [['No', 'Board Sync']]);
});

test('Markdown: "4. Permissions" alone between blank lines with prose after it is a section title; a loose numbered list stays a list', () => {
  const st = readStatement('s.md', 'Intro line.\n\n4. Permissions\n\nThe app reads issues.\n\n- read:jira-work — read issues\n');
  assert.deepEqual(brief(st), ['1 paragraph Intro line.', '3 heading Permissions', '5 paragraph The app reads issues.', '7 list-item read:jira-work — read issues']);
  const steps = readStatement('s.md', '1. Install the app\n\n2. Open the settings\n\nThen save.\n');
  assert.deepEqual(steps.blocks.map((b) => b.kind), ['list-item', 'list-item', 'paragraph']);
  // A sentence is no title.
  assert.deepEqual(readStatement('s.md', '3. We never store data.\n\nMore prose.\n').blocks.map((b) => b.kind), ['list-item', 'paragraph']);
});

test('a questionnaire line: a control ID after a bare answer starts a sentence, one named in the answer\'s text does not', () => {
  assert.deepEqual(sentences('DSP-01.1 Yes. Data inventory is kept, see DSP-05 Data Inventory for details.'), ['DSP-01.1 Yes.', 'Data inventory is kept, see DSP-05 Data Inventory for details.']);
  assert.deepEqual(sentences('DSP-01.1 Yes, an inventory is kept, see DSP-05 Data Inventory for details.'), ['DSP-01.1 Yes, an inventory is kept, see DSP-05 Data Inventory for details.']);
  assert.deepEqual(sentences('DSP-04.1 Does the app store personal data? No DSP-05.1 Is data encrypted at rest? Yes'), ['DSP-04.1 Does the app store personal data?', 'No', 'DSP-05.1 Is data encrypted at rest?', 'Yes']);
  assert.deepEqual(sentences('DSP-01.1 Yes DSP-04.1 No'), ['DSP-01.1 Yes', 'DSP-04.1 No']);
  assert.deepEqual(sentences('DSP-01.1 Yes, we keep one.\nDSP-04.1 No, we store nothing.'), ['DSP-01.1 Yes, we keep one.', 'DSP-04.1 No, we store nothing.']);
});
