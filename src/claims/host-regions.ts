import data from '../data/host-regions.json' with { type: 'json' };

export type Area = 'EU' | 'US';

const HOSTS = data.hosts.map((h) => ({ re: new RegExp(h.pattern, 'i'), area: h.area as Area, name: h.name }));

/** The area a host's name fixes (`s3.eu-central-1.amazonaws.com`: an AWS EU region), or null when its name says nothing of it. */
export function hostRegion(host: string): { area: Area; name: string } | null {
  const found = HOSTS.find((h) => h.re.test(host));
  return found ? { area: found.area, name: found.name } : null;
}
