/** Reads the durations the profile accepts (`"72 hours"`, `"4 weeks"`, `"1 business day"`). */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

export interface Duration {
  amount: number;
  unit: DurationUnit;
  /** Calendar hours; a business day counts as 24 hours, a month as 30 days, a year as 365 days. */
  hours: number;
}

const UNITS: Array<[RegExp, DurationUnit, number]> = [
  [/^(?:minutes?|mins?)$/, 'minute', 1 / 60],
  [/^(?:hours?|hrs?|h)$/, 'hour', 1],
  [/^(?:business|working) days?$/, 'business-day', 24],
  [/^(?:days?|d)$/, 'day', 24],
  [/^(?:weeks?|w)$/, 'week', 24 * 7],
  [/^months?$/, 'month', 24 * 30],
  [/^years?$/, 'year', 24 * 365],
];

export function parseDuration(value: string): Duration | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z ]+?)\s*$/i.exec(value.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const word = match[2]!.toLowerCase().replace(/\s+/g, ' ');
  for (const [re, unit, perUnit] of UNITS) if (re.test(word)) return { amount, unit, hours: amount * perUnit };
  return null;
}
