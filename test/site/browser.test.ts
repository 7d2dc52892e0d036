/**
 * The trust center in a real browser (Debian's Chromium through playwright-core): screenshots at
 * desktop and phone widths into test-results/site/, an axe-core accessibility check, and the
 * hostile profile: no script runs, no dialog opens, nothing is requested from anywhere else.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserMissing, launch, screenshot, VIEWPORTS } from './browser.ts';
import { buildHostile, buildShowcase, ROOT, tempDir } from './build-sites.ts';
import { serve } from './serve.ts';

const SHOTS = path.join(ROOT, 'test-results/site');
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const skip = browserMissing();

let tmp: string;
let browser: Browser;
let showcase: { url: string; close(): Promise<void>; pages: string[] };
let hostile: { url: string; close(): Promise<void>; pages: string[] };

/** Every request a page makes that is not to the local server. */
function trackOutside(page: Page, base: string): string[] {
  const outside: string[] = [];
  void page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

interface AxeResult { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }

describe('trust center in Chromium', { skip: skip ?? false }, () => {
  before(async () => {
    tmp = tempDir();
    fs.mkdirSync(SHOTS, { recursive: true });
    const site = await buildShowcase(tmp);
    const bad = await buildHostile(tmp);
    showcase = { ...(await serve(site.out)), pages: site.result.files.filter((f) => f.endsWith('.html')) };
    hostile = { ...(await serve(bad.out)), pages: bad.result.files.filter((f) => f.endsWith('.html')) };
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await showcase?.close();
    await hostile?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`lays out every page at ${name} width (${viewport.width}px) with nothing wider than the screen`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const outside = trackOutside(page, showcase.url);
      for (const rel of showcase.pages) {
        await page.goto(showcase.url + rel);
        await screenshot(page, path.join(SHOTS, `${rel.replace(/\//g, '_').replace(/\.html$/, '')}-${name}.png`));
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        assert.equal(overflow, 0, `${rel} is wider than ${viewport.width}px`);
      }
      assert.deepEqual(outside, []);
      await context.close();
    });
  }

  it('passes the axe-core accessibility rules (WCAG 2 A/AA and best practices) on every page', async () => {
    // axe is injected by the test; the pages themselves forbid scripts, so CSP is bypassed here only.
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const rel of showcase.pages) {
      await page.goto(showcase.url + rel);
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })")) as AxeResult;
      for (const v of result.violations) found.push(`${rel}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    assert.deepEqual(found, []);
    await context.close();
  });

  it('hides navigation when printed and keeps every section', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${showcase.url}apps/issue-notes/index.html`);
    await screenshot(page, path.join(SHOTS, 'apps_issue-notes_index-print.png'));
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.toc')).display"), 'none');
    assert.equal(await page.evaluate("[...document.querySelectorAll('section.panel')].filter((s) => s.offsetHeight > 0).length"), 8);
    await context.close();
  });

  for (const csp of [true, false]) {
    it(`runs no script from a hostile profile and requests nothing outside${csp ? '' : ', even with the Content-Security-Policy removed'}`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const outside: string[] = [];
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (!url.startsWith(hostile.url)) {
          outside.push(url);
          return route.abort();
        }
        if (csp || !url.endsWith('.html')) return route.continue();
        // Escaping alone must hold: serve the page without its CSP meta tag.
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        assert.equal(body.includes('Content-Security-Policy'), false);
        return route.fulfill({ response, body });
      });
      for (const [i, rel] of hostile.pages.entries()) {
        await page.goto(hostile.url + rel);
        await screenshot(page, path.join(SHOTS, `hostile-${i}-${path.basename(rel, '.html')}${csp ? '' : '-no-csp'}.png`));
        assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined', `${rel}: a payload ran`);
        assert.equal(await page.evaluate("document.querySelectorAll('script, iframe, object, embed, img, [onerror], [onclick], [onload]').length"), 0, `${rel}: an element came from the payload`);
        assert.equal(await page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length"), 0, `${rel}: javascript: link`);
        assert.ok(((await page.evaluate('document.body.innerText')) as string).includes('<script>window.__pwned=1</script>'), `${rel}: the payload is not shown as text`);
      }
      assert.deepEqual(dialogs, []);
      assert.deepEqual(outside, []);
      await context.close();
    });
  }
});
