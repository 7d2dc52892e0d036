import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'reviewed-before-release',
  title: 'Reviewed before release',
  description: 'Changes (dependencies, permissions, data handling) are reviewed before a release or Marketplace submission.',
  phrasings: [
    phrase`\breviewed\b${gap(40)}\bbefore\s+(?:each\s+|every\s+)?(?:release|releasing|submission|Marketplace\s+submission|deployment|deploying)\b`,
    phrase`\bsecurity\s+reviews?\b${gap(30)}\bbefore\b`,
    // "we review its scopes before every release": what is reviewed named, then the release.
    phrase`\b(?:review|check|audit)s?\s+(?:its|the\s+app's|our|the)\s+(?:scopes|permissions|dependencies|data\s+handling)\s+before\s+(?:each|every|any)\s+(?:Marketplace\s+)?(?:release|submission|deployment|version)\b`,
    // "Before every release, a second developer signs off the changes to permissions"
    phrase`\bbefore\s+(?:each|every|any)\s+(?:Marketplace\s+)?(?:release|submission|deployment|deploy)\b${gap(60)}\b(?:reviews?|reviewed|checks?|checked|signs?\s+off|approves?|approved)\b`,
    // "Each new version is checked for permission changes before we submit it to the Marketplace." (not "a page is checked for links before it is published")
    phrase`\b(?:versions?|releases?|changes?|updates?|dependenc(?:y|ies)|code|builds?)\b${gap(40)}\b(?:reviewed|checked|assessed|audited)\b${gap(80)}\bbefore\s+(?:we\s+|it\s+(?:is\s+)?|they\s+(?:are\s+)?)?(?:submit(?:ted|s)?|release[sd]?|publish(?:ed|es)?|deploy(?:ed|s)?|ship(?:ped|s)?)\b`,
    // "We review every release for security before it is published."
    phrase`\b(?:review|check|audit|assess)(?:s|ed)?\s+(?:each|every|all)\s+(?:(?:new|app)\s+)?(?:releases?|versions?|changes?|updates?|builds?)\b${gap(60)}\bbefore\s+(?:we\s+|it\s+(?:is\s+)?|they\s+(?:are\s+)?)?(?:submit(?:ted|s)?|release[sd]?|publish(?:ed|es)?|deploy(?:ed|s)?|ship(?:ped|s)?|go(?:es)?\s+(?:live|out|to\s+(?:the\s+)?(?:Atlassian\s+)?Marketplace))\b`,
  ],
  examples: [
    'The app and supporting build process are reviewed before Marketplace submission.',
  ],
});
