/**
 * An app's trust page as data (`trust.json`): a summary of the facts (what the code shows, no
 * evidence excerpts), the vendor's trust profile as validated, and the release history.
 */
import { scopeViews } from '../render/documents/input.ts';
import { END_USER_DATA } from '../scan/facts.ts';
import { VERSION } from '../version.ts';
import type { SiteApp } from './app.ts';
import { highlights } from './sections/highlights.ts';

export const TRUST_JSON_SCHEMA = 'candor/trust-center-app@1';

export function trustJson(app: SiteApp, date: string): string {
  const { facts } = app;
  const summary = {
    platform: facts.app.platform, id: facts.app.id, key: facts.app.key, products: facts.app.products,
    runtime: facts.app.runtime.name, licensing: facts.app.licensing.enabled,
    scopes: scopeViews(app.input).map((v) => ({ scope: v.scope, purpose: v.purpose, used: !facts.scopes.unused.some((u) => u.scope === v.scope) })),
    egress: {
      declared: facts.egress.declared.map((d) => ({ kind: d.kind, address: d.address })),
      remotes: facts.egress.remotes.map((r) => ({ key: r.key, hosts: r.hosts })),
      hosts: [...new Set(facts.egress.calls.flatMap((c) => (c.host ? [c.host] : [])))].sort(),
    },
    thirdParties: facts.thirdParties.map((t) => ({ vendor: t.vendor, name: t.name, category: t.category, region: t.region })),
    storage: unique(facts.storage.map((s) => ({ backend: s.backend, key: s.key, op: s.op }))),
    endUserDataInLogs: facts.logs.some((l) => l.side === 'backend' && l.carries.some((k) => END_USER_DATA.includes(k))),
    personalData: {
      uses: unique(facts.personalData.uses.map((u) => ({ kind: u.kind, action: u.action, target: u.target }))),
      reporting: facts.personalData.reporting.calls.length > 0,
      reportingTriggers: facts.personalData.reporting.triggers.map((t) => ({ key: t.key, interval: t.interval })),
    },
    ai: facts.llm.map((l) => l.provider),
    verified: highlights(app.input.truths),
  };
  const data = {
    schema: TRUST_JSON_SCHEMA,
    generated: { date, tool: { name: 'candor', version: VERSION }, factsSchemaVersion: facts.schemaVersion },
    app: { name: app.name, vendor: app.vendor, slug: app.slug },
    facts: summary,
    profile: app.profile,
    history: app.history.map((h) => ({
      version: h.version, date: h.date, commit: h.commit,
      changes: h.changes?.map((c) => ({ aspect: c.aspect, change: c.change, subject: c.subject, severity: c.severity, before: c.before, after: c.after })) ?? null,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function unique<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
