import data from '../data/host-regions.json' with { type: 'json' };

export type Area = 'EU' | 'US';

const compile = (list: typeof data.hosts) => list.map((h) => ({ re: new RegExp(h.pattern, 'i'), area: h.area as Area, name: h.name }));
const HOSTS = compile(data.hosts);
const REGIONS = compile(data.regions);

/** The area a host's name fixes (`s3.eu-central-1.amazonaws.com`: an AWS EU region), or null when its name says nothing of it. */
export function hostRegion(host: string): { area: Area; name: string } | null {
  const found = HOSTS.find((h) => h.re.test(host));
  return found ? { area: found.area, name: found.name } : null;
}

/** The area an SDK client's region fixes: a region's code (`us-east-1`) or its endpoint's host (`o1.ingest.de.sentry.io`). */
export function clientRegion(region: string): { area: Area; name: string } | null {
  const found = REGIONS.find((r) => r.re.test(region));
  return found ? { area: found.area, name: found.name } : hostRegion(region);
}
