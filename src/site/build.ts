/**
 * `candor site`: a static trust center for one or many apps. Layout of the output folder:
 *   index.html                      every app
 *   apps.json                       the list, as data
 *   apps/<slug>/index.html          the app's trust page
 *   apps/<slug>/<document>.html     its statements and policies, as `candor generate` writes them
 *   apps/<slug>/trust.json          facts summary, profile and release history
 */
import { loadSiteApp, type SiteApp } from './app.ts';
import { renderShell } from './layout.ts';
import { appPageBody } from './pages/app.ts';
import { indexBody } from './pages/index.ts';
import { documentBody } from './pages/document.ts';
import { trustJson } from './trust-json.ts';
import { writeFiles } from '../generate/write.ts';

export interface SiteOptions {
  out: string;
  /** ISO date (YYYY-MM-DD) the pages carry; today by default. */
  date?: string;
  /** Site title; "<vendor> Trust Center" when every app has the same vendor. */
  title?: string;
  /** Replace files in `out` that Candor did not write, or that were edited since it did (see `writeFiles`). */
  force?: boolean;
}

export interface SiteResult {
  /** Files written, relative to `out`. */
  files: string[];
  apps: Array<{ dir: string; slug: string; name: string }>;
  warnings: string[];
}

export async function buildSite(dirs: string[], options: SiteOptions): Promise<SiteResult> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const apps: SiteApp[] = [];
  for (const dir of dirs) apps.push(await loadSiteApp(dir, date));
  assignSlugs(apps);
  const vendors = [...new Set(apps.map((a) => a.vendor))];
  const vendor = vendors.length === 1 ? vendors[0]! : null;
  const siteName = options.title ?? (vendor ? `${vendor} Trust Center` : 'Trust Center');

  const files = new Map<string, string>();
  const nav = (root: string, current: 'apps' | null) => [{ text: 'All apps', href: `${root}index.html`, ...(current === 'apps' ? { current: true } : {}) }];
  files.set('index.html', renderShell({
    title: siteName, description: `Security and privacy of ${apps.map((a) => a.name).join(', ')}.`, siteName, root: '', date,
    nav: nav('', 'apps'), body: indexBody(apps, siteName, vendor), json: 'apps.json',
  }));
  files.set('apps.json', `${JSON.stringify({ schema: 'candor/trust-center@1', generated: date, apps: apps.map((a) => ({ slug: a.slug, name: a.name, vendor: a.vendor, page: `apps/${a.slug}/index.html`, data: `apps/${a.slug}/trust.json` })) }, null, 2)}\n`);
  for (const app of apps) {
    const base = `apps/${app.slug}`;
    files.set(`${base}/index.html`, renderShell({
      title: `${app.name} \u2014 ${siteName}`, description: `Security and privacy of ${app.name}: data handling, sub-processors, permissions, data residency, policy and change history.`,
      siteName, root: '../../', date, nav: nav('../../', null), body: appPageBody(app, siteName), json: 'trust.json',
    }));
    for (const doc of app.documents) {
      files.set(`${base}/${doc.slug}.html`, renderShell({
        title: `${doc.title} \u2014 ${app.name}`, description: doc.summary, siteName, root: '../../', date,
        nav: nav('../../', null), body: documentBody(app, doc, siteName), json: 'trust.json',
      }));
    }
    files.set(`${base}/trust.json`, trustJson(app, date));
  }

  writeFiles(options.out, [...files].map(([rel, content]) => ({ path: rel, content })), { force: options.force ?? false });
  return {
    files: [...files.keys()],
    apps: apps.map((a, i) => ({ dir: dirs[i]!, slug: a.slug, name: a.name })),
    warnings: apps.flatMap((a) => a.warnings),
  };
}

/** URL-safe, unique folder names from the app names. */
function assignSlugs(apps: SiteApp[]): void {
  const used = new Set<string>();
  for (const app of apps) {
    const base = app.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'app';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    app.slug = slug;
  }
}
