import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.ts';
import { buildHostile, buildShowcase, tempDir } from './build-sites.ts';

let tmp: string;
let showcase: Awaited<ReturnType<typeof buildShowcase>>;
let hostile: Awaited<ReturnType<typeof buildHostile>>;
const read = (out: string, rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

describe('candor site', () => {
  before(async () => {
    tmp = tempDir();
    showcase = await buildShowcase(tmp);
    hostile = await buildHostile(tmp);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes an index, a page, the documents and JSON per app', () => {
    const { files, apps } = showcase.result;
    assert.deepEqual(apps.map((a) => a.slug), ['issue-notes', 'handoff-for-jira', 'skyline', 'campaign-operations-playbook-for-confluence']);
    assert.deepEqual(files.filter((f) => f.startsWith('apps/issue-notes/')).sort(), [
      'apps/issue-notes/data-security-statement.html', 'apps/issue-notes/incident-communication.html', 'apps/issue-notes/index.html',
      'apps/issue-notes/privacy-policy.html', 'apps/issue-notes/security-program.html', 'apps/issue-notes/security-statement.html',
      'apps/issue-notes/trust.json',
    ]);
    assert.deepEqual(showcase.result.warnings, []);
    const index = read(showcase.out, 'index.html');
    for (const name of ['Issue Notes', 'Handoff for Jira', 'Skyline', 'Campaign Operations Playbook for Confluence']) assert.ok(index.includes(`>${name}</a></h3>`), name);
  });

  it('shows sub-processors, permissions with their reasons, policy and the change history', () => {
    const page = read(showcase.out, 'apps/issue-notes/index.html');
    for (const id of ['overview', 'data', 'subprocessors', 'permissions', 'residency', 'security', 'changes', 'documents']) assert.ok(page.includes(`<section class="panel" id="${id}"`), id);
    assert.ok(page.includes('<th scope="row" role="rowheader"><code>write:jira-work</code></th><td role="cell" data-label="Why the app needs it">Post each note as a comment on the issue</td>'));
    assert.ok(page.includes('<a href="https://openai.com/">OpenAI</a>'));
    assert.ok(page.includes('We notify affected customers within 72 hours of confirming an incident that affects their data.'));
    assert.ok(page.includes('<h3>Version 1.1.0</h3>'));
    assert.ok(page.includes('<span class="chg chg-added">Added</span> <span class="aspect">Permissions:</span> scope write:jira-work'));
    assert.ok(page.includes('<p>No data-handling changes.</p>'), 'release 1.0.1 only moved code');
    assert.ok(page.includes('<p>First recorded release.</p>'));
  });

  it('publishes trust.json with the facts summary, the profile and the history', () => {
    const json = JSON.parse(read(showcase.out, 'apps/issue-notes/trust.json'));
    assert.equal(json.schema, 'candor/trust-center-app@1');
    assert.deepEqual(json.facts.scopes, [
      { scope: 'read:jira-work', purpose: 'Read the issue summary shown above the notes', used: true },
      { scope: 'write:jira-work', purpose: 'Post each note as a comment on the issue', used: true },
      { scope: 'storage:app', purpose: 'Keep notes in Forge key-value storage', used: true },
    ]);
    assert.deepEqual(json.facts.egress.hosts, ['api.openai.com']);
    assert.equal(json.facts.endUserDataInLogs, true);
    assert.equal(json.profile.vendor.name, 'Northwind Labs');
    assert.deepEqual(json.history.map((h: { version: string; changes: unknown[] | null }) => [h.version, h.changes?.length ?? null]), [['1.1.0', 14], ['1.0.1', 0], ['1.0.0', null]]);
  });

  it('renders hostile profile text and code as text: no markup, script or template syntax survives', () => {
    const pages = hostile.result.files.filter((f) => f.endsWith('.html'));
    assert.equal(pages.length, 8, 'index, two app pages, and the five documents of the markup-only app');
    for (const rel of pages) {
      const text = read(hostile.out, rel);
      assert.equal(/<script/i.test(text), false, `${rel}: <script`);
      assert.equal(/<img/i.test(text), false, `${rel}: <img`);
      // Attribute names only: every value this renderer writes is double-quoted.
      const tags = (text.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
      assert.deepEqual(tags.filter((tag) => /\son\w+\s*=/i.test(tag)), [], `${rel}: event handler attribute`);
      assert.equal(/href="javascript:/i.test(text), false, `${rel}: javascript: link`);
      assert.equal(text.includes('{{'), false, `${rel}: {{ reaches the page`);
    }
    const page = read(hostile.out, 'apps/script-window-pwned-1-script-img-src-x-onerror-win/index.html');
    assert.ok(page.includes('<h1>&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&#123;&#123;constructor'));
  });

  it('leaves out a document generate refuses, and says why', () => {
    assert.ok(hostile.result.warnings.some((w) => /the statement document is left out of the site\. Cannot generate: a document would say something untrue or unfilled/.test(w)));
  });

  it('needs --out and app folders (CLI)', () => {
    assert.equal(runCli(['site', 'examples/skyline']).status, 2);
    assert.equal(runCli(['site', '--out', path.join(tmp, 'x')]).status, 2);
    const { status, stdout } = runCli(['site', 'examples/campaign-operations-playbook', '--out', path.join(tmp, 'cli-site')]);
    assert.equal(status, 0);
    assert.match(stdout, /^Campaign Operations Playbook for Confluence: .*apps\/campaign-operations-playbook-for-confluence\/index\.html$/m);
  });

  it('keeps a page of the user\'s own in --out and writes nothing, unless --force says to replace it (CLI)', () => {
    const out = path.join(tmp, 'own-site');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), '<h1>Our own home page</h1>\n');
    const args = ['site', 'examples/campaign-operations-playbook', '--out', out];
    const refused = runCli(args);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /^candor: .*own-site\/index\.html already exists, and Candor did not write it \(or it was edited since\); nothing was written\./);
    assert.deepEqual(fs.readdirSync(out), ['index.html']);
    assert.equal(read(out, 'index.html'), '<h1>Our own home page</h1>\n');
    assert.equal(runCli([...args, '--force']).status, 0);
    assert.match(read(out, 'index.html'), /^<!doctype html>/);
    assert.equal(runCli(args).status, 0, 'the pages it wrote itself are replaced');
  });
});
