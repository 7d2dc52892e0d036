import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'policy-review',
  title: 'Policy review',
  description: 'Security policies are reviewed on a schedule.',
  phrasings: [
    phrase`\b(?:policy|policies|framework|programme|program)\b${gap(40)}\b(?:reviewed|updated)(?:\s+and\s+(?:approved|updated|signed\s+off))?(?:\s+by\s+(?:\w+\s+){0,3}?(?:management|leadership|the\s+board|\w+\s+team))?\s+(?:annually|yearly|regularly|continuously|at\s+least|every\s+(?:year|quarter|\w+\s+months)|each\s+year|twice\s+a\s+year)\b`,
    phrase`\bcontinuously\s+reviewed\b`,
  ],
  examples: [
    'This Security Policy is reviewed annually and updated as necessary to reflect changes in our security practices, regulatory requirements, and industry standards.',
  ],
});
