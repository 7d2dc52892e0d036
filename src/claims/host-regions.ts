import data from '../data/host-regions.json' with { type: 'json' };
import hosting from '../data/hosting-regions.json' with { type: 'json' };

/** A place as Atlassian names its data residency locations: the EU, the United Kingdom (GB), Switzerland (CH), the US. */
export type Area = 'EU' | 'GB' | 'CH' | 'US';

const compile = (list: typeof data.hosts) => list.map((h) => ({ re: new RegExp(h.pattern, 'i'), area: h.area as Area, name: h.name }));
const HOSTS = compile(data.hosts);
const REGIONS = compile(data.regions);
/** Cloud endpoints whose name holds a region's code (`s3.eu-west-2.amazonaws.com`): the code is the first group. */
const REGION_HOSTS = data.regionHosts.map((h) => new RegExp(h.pattern, 'i'));

const regionCode = (code: string) => REGIONS.find((r) => r.re.test(code));

function inRegionHost(host: string) {
  for (const re of REGION_HOSTS) {
    const code = re.exec(host)?.[1];
    if (code) return regionCode(code);
  }
  return undefined;
}

/** The area a host's name fixes (`s3.eu-west-2.amazonaws.com`: AWS Europe (London), GB), or null when its name says nothing of it. */
export function hostRegion(host: string): { area: Area; name: string } | null {
  const found = HOSTS.find((h) => h.re.test(host)) ?? inRegionHost(host);
  return found ? { area: found.area, name: found.name } : null;
}

/** The area an SDK client's region fixes: a region's code (`us-east-1`) or its endpoint's host (`o1.ingest.de.sentry.io`). */
export function clientRegion(region: string): { area: Area; name: string } | null {
  const found = regionCode(region);
  return found ? { area: found.area, name: found.name } : hostRegion(region);
}

const HOSTING = new Map(hosting.files.map((f) => [f.vendor, f]));

/** The area a hosting vendor's region code is in (Fly.io's `fra`, Vercel's `iad1`, a cloud's `eu-west-1`; src/data/hosting-regions.json), or null. */
export function hostingRegion(vendor: string, code: string): { area: Area; name: string } | null {
  const rule = HOSTING.get(vendor);
  if (!rule) return null;
  if (rule.cloud === true) return clientRegion(code);
  const area = Object.entries(rule.areas ?? {}).find(([, codes]) => codes.includes(code))?.[0] as Area | undefined;
  return area ? { area, name: code } : null;
}
