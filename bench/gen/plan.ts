/** The shape of a generated app: its features, each a back end plus an optional UI. */
import type { Random } from './random.ts';
import { EVENTS, FEATURE_NAMES, HOSTS, UI_MODULES, type Product } from './words.ts';

export interface Feature {
  /** kebab-case, unique in the app. */
  name: string;
  product: Product;
  /** Back-end language. */
  lang: 'js' | 'ts';
  ui: 'custom-ui' | 'ui-kit' | 'none';
  /** Front-end file extension for components. */
  uiExt: 'jsx' | 'tsx' | 'js';
  moduleType: string;
  events: string[];
  schedule: 'fiveMinute' | 'hour' | 'day' | 'week' | null;
  webtrigger: boolean;
  /** Third-party hosts this feature's back end calls. */
  hosts: string[];
  /** Share of the app's lines this feature holds. */
  weight: number;
  /** Reports account IDs to the Personal Data Reporting API from its scheduled trigger. */
  reportsPersonalData: boolean;
}

/** Features grow with the square root of the size: a 1M-line app has ~45, not ~450, modules. */
export function planFeatures(rnd: Random, lines: number): Feature[] {
  const count = Math.max(3, Math.round(Math.sqrt(lines / 500)));
  const features: Feature[] = [];
  for (let i = 0; i < count; i++) {
    const base = FEATURE_NAMES[i % FEATURE_NAMES.length] as string;
    const name = i < FEATURE_NAMES.length ? base : `${base}-${Math.floor(i / FEATURE_NAMES.length) + 1}`;
    const product: Product = rnd.chance(0.7) ? 'jira' : 'confluence';
    const ui = rnd.chance(0.65) ? 'custom-ui' : rnd.chance(0.6) ? 'ui-kit' : 'none';
    const lang = rnd.chance(0.55) ? 'ts' : 'js';
    features.push({
      name,
      product,
      lang,
      ui,
      uiExt: ui === 'ui-kit' ? 'jsx' : lang === 'ts' && rnd.chance(0.7) ? 'tsx' : rnd.chance(0.5) ? 'jsx' : 'js',
      moduleType: rnd.pick(UI_MODULES[product]),
      events: rnd.chance(0.45) ? rnd.sample(EVENTS[product], rnd.int(1, 3)) : [],
      schedule: rnd.chance(0.35) ? rnd.pick(['fiveMinute', 'hour', 'day', 'week'] as const) : null,
      webtrigger: rnd.chance(0.2),
      hosts: rnd.chance(0.75) ? rnd.sample(HOSTS.map((h) => h.host), rnd.int(1, 3)) : [],
      weight: 0.5 + rnd.next(),
      reportsPersonalData: false,
    });
  }
  // One feature holds the app's personal-data reporting job, as real apps do it once.
  const reporter = features.find((f) => f.schedule !== null) ?? features[0];
  if (reporter) {
    reporter.reportsPersonalData = true;
    reporter.schedule ??= 'week';
  }
  return features;
}
