/**
 * Hostile text in the profile (markup, script, CDATA ends, template syntax, `javascript:` URLs)
 * comes out inert in every format: shown as text, never as markup, script or link.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { renderDocumentConfluence } from '../../src/render/confluence.ts';
import { renderDocumentMarkdown } from '../../src/render/documents/markdown.ts';
import type { DocumentModel } from '../../src/render/documents/model.ts';
import { GENERATED_COMMENT } from '../../src/render/generated-mark.ts';
import { renderDocumentHtml } from '../../src/render/html/document.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/render/html/page.ts';
import { FIXTURES, generateIn } from './helpers.ts';
import { xmlProblems } from './xml.ts';

const HOSTILE = '<script>alert(1)</script> {{constructor.constructor("alert(2)")()}} <img src=x onerror=alert(3)> ]]> &amp;';

/** Every tag in an HTML document, with its attributes. */
function tags(html: string): Array<{ name: string; attrs: Array<[string, string]> }> {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''] as [string, string]),
  }));
}

/** Inert: no script, no event handler, no element that loads something, links only to http(s) or mailto. */
function assertInert(html: string, where: string): void {
  for (const tag of tags(html)) {
    assert.ok(!['script', 'img', 'iframe', 'svg', 'object', 'embed', 'link', 'base', 'form', 'input', 'video', 'audio', 'source'].includes(tag.name), `${where}: <${tag.name}>`);
    for (const [name, value] of tag.attrs) {
      assert.ok(!name.startsWith('on'), `${where}: <${tag.name} ${name}>`);
      assert.ok(!['src', 'srcset', 'action', 'formaction', 'background', 'poster'].includes(name), `${where}: <${tag.name} ${name}>`);
      if (name === 'href') assert.match(value, /^(?:https?:\/\/|mailto:)/, `${where}: href ${value}`);
      if (name === 'style') assert.fail(`${where}: inline style attribute on <${tag.name}>`);
    }
  }
  assert.equal((html.match(/<style>/g) ?? []).length, (html.match(/<\/head>/g) ?? []).length, `${where}: a <style> besides the page's own`);
  assert.ok(!html.includes('{{'), `${where}: {{ left for a template engine`);
}

const model: DocumentModel = {
  kind: 'statement', slug: 'hostile', title: `Title ${HOSTILE}`, lang: 'en', summary: `Summary ${HOSTILE}`, numbered: true,
  fields: [{ label: `Label ${HOSTILE}`, value: [HOSTILE] }],
  intro: [{ type: 'paragraph', content: [HOSTILE, { code: HOSTILE }, { strong: HOSTILE }] }],
  sections: [{
    title: `Section ${HOSTILE}`,
    blocks: [
      { type: 'paragraph', content: [{ text: 'click', href: 'javascript:alert(4)' }, ' ', { text: 'data', href: 'data:text/html,<script>alert(5)</script>' }, ' ', { text: 'ok', href: 'https://example.com/?q="><script>alert(6)</script>' }] },
      { type: 'list', ordered: false, items: [[HOSTILE], ['# not a heading'], ['1. not a list']] },
      { type: 'table', caption: HOSTILE, columns: [HOSTILE, 'b'], rows: [[[HOSTILE], ['a | b']]] },
      { type: 'template', lines: [[HOSTILE]] },
    ],
  }],
};

test('the HTML renderer escapes every text and drops links that are not http(s) or mailto', () => {
  const html = renderDocumentHtml(model);
  assertInert(html, 'hostile model');
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123;constructor.constructor(&quot;alert(2)&quot;)()&#125;&#125;'));
  assert.ok(html.includes('click (javascript:alert(4))'), 'a javascript: link is shown as text');
  assert.ok(html.includes('<a href="https://example.com/?q=%22%3E%3Cscript%3Ealert(6)%3C/script%3E">ok</a>'));
  assert.ok(html.includes('&amp;amp;'), 'an entity the vendor wrote stays text');
});

test('the Confluence renderer escapes every text and stays well-formed XML', () => {
  const xml = renderDocumentConfluence(model);
  assert.deepEqual(xmlProblems(xml), []);
  assertInert(xml, 'hostile model (Confluence)');
  assert.ok(!xml.includes(']]>'));
});

/** Markdown outside code spans and link destinations, where a `<` would be raw HTML. */
// Candor's own mark, a comment at the end, is no text of the vendor's.
const prose = (md: string): string => md.replace(GENERATED_COMMENT, '').replace(/(`+)[^`]*?\1/g, '').replace(/\]\(<[^>\n]*>\)/g, ']()');

test('the Markdown renderer escapes markup, links and line-start syntax', () => {
  const md = renderDocumentMarkdown(model);
  assert.ok(!prose(md).includes('<'), 'no raw HTML');
  assert.ok(!md.includes('](javascript:') && !md.includes('](<javascript:') && !md.includes('](<data:'), 'no javascript: or data: link');
  assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt; \\{\\{constructor.constructor("alert(2)")()\\}\\}'));
  assert.ok(md.includes('&amp;amp;'), 'an entity the vendor wrote stays text');
  assert.ok(md.includes('- \\# not a heading'));
  assert.ok(md.includes('- 1\\. not a list'));
  assert.ok(md.includes('a \\| b'));
});

test('documents generated from a hostile profile are inert in HTML and well-formed in Confluence', async () => {
  const result = await generateIn(path.join(FIXTURES, 'hostile-profile'), { formats: ['html', 'confluence', 'md'] });
  assert.equal(result.files.length, 21);
  for (const file of result.files) {
    if (file.format === 'html') assertInert(file.content, file.path);
    if (file.format === 'confluence') {
      assert.deepEqual(xmlProblems(file.content), [], file.path);
      assertInert(file.content, file.path);
    }
    if (file.format === 'md') assert.ok(!prose(file.content).includes('<'), file.path);
  }
  const statement = result.files.find((f) => f.path === 'data-security-statement.html')!.content;
  assert.ok(statement.includes('&lt;script&gt;alert(&#39;vendor&#39;)&lt;/script&gt;Evil &amp; Co'));
  assert.ok(statement.includes('Notes &lt;img src=x onerror=alert(1)&gt; for Jira'));
  assert.ok(statement.includes('<a href="https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E">'));
});
