import data from '../data/residency-realms.json' with { type: 'json' };
import type { RemoteFact } from '../scan/facts.ts';
import type { Area } from './host-regions.ts';

/** Atlassian's data residency locations, as a Forge remote's `baseUrl` map keys them (src/data/residency-realms.json). */
const REALMS = data.realms.map((r) => ({ key: r.key, area: r.area as Area | null, re: new RegExp(String.raw`(?<![\w-])(?:the\s+)?(?:${r.names.replace(/ /g, String.raw`\s+`)})(?![\w-])`) }));

/** Any location's name, as a regex source ("EU|European Union|...|Japanese"). */
export const REALM_NAMES = data.realms.map((r) => r.names.replace(/ /g, String.raw`\s+`)).join('|');

/** The locations a sentence names ("the EU and US realms", "Sites pinned to Australia"), as `baseUrl` keys; "IN" and "CA" only in capitals. */
export function realmsNamed(text: string): string[] {
  return REALMS.filter((r) => r.re.test(text)).map((r) => r.key);
}

/** The area a location is in, null for one outside the areas Candor decides (Australia, Japan...). */
export const realmArea = (key: string): Area | null => REALMS.find((r) => r.key === key)?.area ?? null;

/** A remote's addresses by location (`baseUrl: { default, EU, US }`), without `default`; null when its base URL is one for every site. */
export function realmUrls(remote: RemoteFact): Map<string, string> | null {
  if (typeof remote.baseUrl === 'string') return null;
  const urls = new Map(Object.entries(remote.baseUrl).filter(([key]) => key !== 'default'));
  return urls.size > 0 ? urls : null;
}

/** A remote's address for every site (`default` of a map, a Connect app's `baseUrl` beside its `regionBaseUrls`). */
export const remoteUrl = (remote: RemoteFact): string => (typeof remote.baseUrl === 'string' ? remote.baseUrl : (remote.baseUrl.default ?? Object.values(remote.baseUrl)[0] ?? ''));
