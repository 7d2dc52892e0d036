import type { ScopeNeed } from '../../scan/facts.ts';
import { firstAndRest, groupBy } from '../group.ts';
import type { CheckDefinition } from '../types.ts';

const WHAT: Record<ScopeNeed['reason'], string> = {
  'rest-call': 'This REST call',
  storage: 'This storage call',
  trigger: 'This trigger',
  'personal-data-reporting': 'This personal data reporting call',
  module: 'This module',
};

/** `read:jira-work`, or `one of read:jira-work, read:issue:jira` when any of several scopes would do. */
function scopeText(need: ScopeNeed): string {
  const all = [...new Set([need.scope, ...(need.alternatives ?? [])])];
  return all.length === 1 ? `\`${all[0]}\`` : `one of ${all.map((s) => `\`${s}\``).join(', ')}`;
}

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
    missing: '{{what}} needs {{scope}}, which the app does not declare: it fails at run time (401 or 403).',
    missingMany: '{{count}} places need {{scope}}, which the app does not declare: they fail at run time (401 or 403).',
  },
  run({ facts }) {
    return [...groupBy(facts.scopes.missing, scopeText)].map(([scope, needs]) => ({
      messageId: needs.length === 1 ? 'missing' : 'missingMany',
      data: { scope, what: WHAT[needs[0]!.reason], count: needs.length },
      ...firstAndRest(needs.map((n) => n.evidence)),
    }));
  },
};

export default check;
