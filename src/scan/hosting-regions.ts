import { LineIndex } from '../utils/lines.ts';
import type { Evidence } from './facts.ts';
import data from '../data/hosting-regions.json' with { type: 'json' };

const RULES = data.files.map((f) => ({ ...f, re: new RegExp(f.pattern, 'gm') }));

/**
 * The regions a hosting file deploys the app to, each with where the file names it: Fly.io's `primary_region = "fra"`, Vercel's
 * `"regions": ["fra1"]`, render.yaml's `region: frankfurt`, serverless.yml's `provider.region` (src/data/hosting-regions.json).
 */
export function hostingRegions(vendor: string, file: string, text: string): Array<{ code: string; evidence: Evidence }> {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const rule = RULES.find((r) => r.vendor === vendor && r.paths.includes(name));
  if (!rule) return [];
  const lines = new LineIndex(text);
  const out: Array<{ code: string; evidence: Evidence }> = [];
  for (const m of text.matchAll(rule.re)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const codes = rule.list === true ? [...m[1]!.matchAll(/["']([\w-]+)["']/g)].map((c) => ({ code: c[1]!, at: at + c.index + 1 })) : [{ code: m[1]!, at }];
    for (const { code, at: offset } of codes) out.push({ code, evidence: lines.evidence(file, offset) });
  }
  return out;
}
