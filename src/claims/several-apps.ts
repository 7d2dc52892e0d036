/**
 * A statement that covers several apps may speak of each in its own clause: "Board Buddy keeps nothing, but Release Radar
 * stores release notes in Forge storage". Each clause claims for its own app, and Candor, which checks one app and
 * does not know which of the names is that app, cannot tell whose claim to check: such a sentence makes no claim the
 * code decides. Several apps as one subject ("Neither Board Buddy nor Release Radar stores any data") claim together.
 */
import { isVerb } from './frames.ts';
import { vendorsNamedIn } from './vendor-names.ts';

/** A name in title case, a few words long, with the small words names carry: "Handoff for Jira", "Q&A Board". */
const NAME = String.raw`[A-Z][a-z][\w&'-]*(?:\s+(?:(?:for|of|the|and|&)\s+)?[A-Z0-9][a-z0-9][\w&'-]*){0,4}`;
/** A name that opens a clause, then its verb's first word: at the start, after a comma or semicolon, or after a contrast. */
const OPENER = new RegExp(String.raw`(?:^|[,;:\u2014\u2013]\s*(?:(?:and|but|or|while|whereas|yet)\s+)?|\s(?:and|but|while|whereas|yet)\s+)(?:the\s+)?(${NAME})(?:\s+(?:app|add-on|plugin|macro|integration))?\s+([a-z]+(?:n't)?)\b(?!\s+(?:is|are|was|were)\b)`, 'g');
/** First words of a subject that is no app's name: a pronoun, a determiner, data, people, Atlassian and its products. */
const NOT_A_NAME = /^(?:the|this|that|these|those|our|your|its|their|all|any|each|every|both|either|neither|no|none|nothing|everything|anything|some|such|only|we|it|they|you|i|he|she|data|information|content|personal|customer|customers|user|users|end-user|admins?|atlassian|forge|jira|confluence|bitbucket|trello|statuspage|opsgenie|compass|loom)\b/i;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do', 'did', "doesn't", "don't", "didn't", 'will', "won't", 'can', 'cannot', "can't", 'never', 'only', 'also', 'just', 'still', 'neither']);

/** Whether the sentence names two or more apps, each the subject of a clause of its own. */
export function namesSeveralApps(sentence: string): boolean {
  const names = new Set<string>();
  for (const [, name, verb] of sentence.matchAll(OPENER)) {
    // A verb: one the frames read, an auxiliary, or a third person's "-s" ("posts"; "Board Buddy settings are ..." is a noun).
    if (!NOT_A_NAME.test(name!) && (AUXILIARIES.has(verb!) || isVerb(verb!) || /[^s]s$/.test(verb!))) names.add(name!);
  }
  // "... but Stripe keeps your card details": a third party the catalogue names is no app of the vendor's.
  return names.size >= 2 && [...names].filter((name) => vendorsNamedIn(name).length === 0).length >= 2;
}
