/** Each format's contract: Confluence storage parses as XML, HTML is accessible and self-contained, JSON is the model. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, generateIn } from './helpers.ts';
import { xmlProblems } from './xml.ts';

const EXAMPLE_DIRS = ['campaign-operations-playbook', 'handoff-for-jira', 'bulk-page-cloner', 'skyline'];

test('every Confluence storage document of every example is well-formed XML with only ac: macros', async () => {
  for (const example of EXAMPLE_DIRS) {
    const result = await generateIn(path.join(EXAMPLES, example), { formats: ['confluence'] });
    assert.ok(result.files.length >= 6);
    for (const file of result.files) {
      assert.deepEqual(xmlProblems(file.content), [], `${example}/${file.path}`);
      const prefixed = new Set([...file.content.matchAll(/<\/?([a-z]+):/g)].map((m) => m[1]));
      assert.deepEqual([...prefixed].filter((p) => p !== 'ac'), [], `${example}/${file.path}`);
      assert.ok(file.content.startsWith('<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>'), file.path);
      assert.doesNotMatch(file.content, /<h[4-6]/, 'sections start at h1 under the page title');
    }
  }
});

test('the XML check itself finds broken markup', () => {
  assert.deepEqual(xmlProblems('<p>a &nbsp; b</p>'), ['bad entity "&nbsp;" at 5']);
  assert.deepEqual(xmlProblems('<p><b>x</p></b>'), ['</p> closes <b> at 7', '</b> closes <p> at 11']);
  assert.deepEqual(xmlProblems('<x:y/>'), ['undeclared namespace prefix x at 0']);
  assert.deepEqual(xmlProblems('<p a="1" a="2">'), ['duplicate attribute a at 0', 'unclosed elements: p']);
});

test('HTML pages declare their language, keep heading order, label tables and load nothing', async () => {
  const result = await generateIn(path.join(EXAMPLES, 'skyline'), { formats: ['html'] });
  for (const file of result.files) {
    const html = file.content;
    assert.match(html, /^<!doctype html>\n<html lang="en">/, file.path);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    assert.equal(levels.filter((l) => l === 1).length, 1, `${file.path}: one h1`);
    assert.equal(levels[0], 1, file.path);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `${file.path}: h${levels[i]} after h${levels[i - 1]}`);
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      assert.match(table, /<caption>[^<]+<\/caption>/, file.path);
      assert.match(table, /<thead><tr>(?:<th scope="col">[^<]*<\/th>)+<\/tr><\/thead>/, file.path);
    }
    assert.doesNotMatch(html, /<(?:script|link|img|iframe|object|embed)\b|\bsrc=|url\(|@import/i, `${file.path} loads nothing`);
  }
});

test('the JSON format is the document model the other formats are rendered from', async () => {
  const result = await generateIn(path.join(EXAMPLES, 'bulk-page-cloner'), { documents: ['statement'], formats: ['json', 'md'] });
  const model = JSON.parse(result.files.find((f) => f.format === 'json')!.content) as { schema: string; generated: { date: string }; kind: string; sections: Array<{ title: string }> };
  assert.equal(model.schema, 'candor/document@1');
  assert.deepEqual(model.generated, { date: '2026-04-21' });
  assert.equal(model.kind, 'statement');
  const md = result.files.find((f) => f.format === 'md')!.content;
  model.sections.forEach((s, i) => assert.ok(md.includes(`## ${i + 1}. ${s.title}`), s.title));
});
