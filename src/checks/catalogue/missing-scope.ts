import type { ScopeNeed } from '../../scan/facts.ts';
import { firstAndRest, groupBy } from '../group.ts';
import type { CheckDefinition } from '../types.ts';
import { codeList } from '../words.ts';

const WHAT: Record<ScopeNeed['reason'], string> = {
  'rest-call': 'This REST call',
  storage: 'This storage call',
  trigger: 'This trigger',
  'personal-data-reporting': 'This personal data reporting call',
  module: 'This module',
};

/** The scan reports one scope of the set it chose; `alternatives` is another full set that would do instead. */
const key = (need: ScopeNeed) => [need.scope, ...(need.alternatives ?? [])].join(' ');

const check: CheckDefinition = {
  id: 'missing-scope',
  title: 'Missing scope',
  severity: 'error',
  description:
    'Error: a REST call, storage call, trigger or module needs a scope the manifest (or Connect descriptor) does not declare, ' +
    'so the app fails at run time with 401 or 403. The needed scopes come from the scan (Atlassian\'s OpenAPI documents per ' +
    'operation); places that need the same scope are reported once, with the others as related locations.',
  fix: 'Add the scope to `permissions.scopes` in manifest.yml (or `scopes` in atlassian-connect.json), then redeploy; a new scope needs the app to be upgraded on each site.',
  messages: {
    missing: '{{what}} needs `{{scope}}`, which the app does not declare: it fails at run time (401 or 403).',
    missingOr: '{{what}} needs `{{scope}}` (or instead {{alternatives}}), which the app does not declare: it fails at run time (401 or 403).',
    missingMany: '{{count}} places need `{{scope}}`, which the app does not declare: they fail at run time (401 or 403).',
    missingManyOr: '{{count}} places need `{{scope}}` (or instead {{alternatives}}), which the app does not declare: they fail at run time (401 or 403).',
  },
  run({ facts }) {
    return [...groupBy(facts.scopes.missing, key).values()].map((needs) => {
      const [first] = needs as [ScopeNeed];
      const alternatives = first.alternatives ?? [];
      return {
        messageId: `${needs.length === 1 ? 'missing' : 'missingMany'}${alternatives.length > 0 ? 'Or' : ''}`,
        data: { scope: first.scope, alternatives: codeList(alternatives), what: WHAT[first.reason], count: needs.length },
        ...firstAndRest(needs.map((n) => n.evidence)),
      };
    });
  },
};

export default check;
