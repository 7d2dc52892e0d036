/** Statement cadence -> Forge `scheduledTrigger` interval (https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/). */
export const INTERVALS: Record<string, string> = { 'every five minutes': 'fiveMinute', hourly: 'hour', daily: 'day', weekly: 'week' };

/** A day of the week: "every Monday", "on Fridays" is once a week. */
export const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** One day of the week alone, not a range or a list of them ("every Monday to Friday", "on Mondays and Thursdays"), which is more than once a week. */
export const ONE_WEEKDAY = String.raw`(?:(?:every|each)\s+${WEEKDAY}\b|on\s+${WEEKDAY}s\b)(?!\s*(?:,|&|\/|[-\u2013\u2014]|\band\b|\bor\b|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*${WEEKDAY})`;

/** The cadence a sentence states, in any of its usual words: "weekly", "once a day", "every night", "every 7 days". */
const CADENCES: Array<[RegExp, string]> = [
  [/\bevery\s+(?:5|five)\s+minutes\b/i, 'every five minutes'],
  [/\bhourly\b|\b(?:once\s+an?|every|each)\s+hour\b/i, 'hourly'],
  [/\b(?:daily|nightly)\b|\b(?:once\s+a|every|each)\s+(?:day|night)\b|\bevery\s+24\s+hours\b/i, 'daily'],
  [new RegExp(String.raw`\bweekly\b|\b(?:once\s+a|every|each)\s+week\b|\bevery\s+(?:7|seven)\s+days\b|\b${ONE_WEEKDAY}`, 'i'), 'weekly'],
];

/** The first cadence the sentence states, as it is read; undefined when it states none. */
export function cadenceOf(sentence: string): string | undefined {
  return CADENCES.map(([re, word]) => ({ at: re.exec(sentence)?.index ?? Infinity, word })).sort((a, b) => a.at - b.at).find((c) => c.at < Infinity)?.word;
}
