import { reachableHosts } from '../../claims/hosts.ts';
import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'unresolved-egress',
  title: 'Egress to a host Candor could not resolve',
  severity: 'note',
  description:
    'Note: a `fetch`, HTTP client or `invokeRemote` call whose host Candor could not work out from the code (it comes from an ' +
    'environment variable, a stored setting or a function argument). Candor cannot tell whether the manifest allows it or ' +
    'whether the statement lists it, so claims about egress stay unverified until someone checks.',
  fix: 'Check where the URL comes from: make sure the host is declared in `permissions.external` and listed in your statement, or write the base URL as a constant in the code so Candor can follow it.',
  messages: {
    unresolved: 'Candor could not resolve the host of this `{{client}}` call: check that the manifest allows it and that your statement lists it.',
    unresolvedUrl: 'Candor could not resolve the host of this `{{client}}` call to `{{url}}`: check that the manifest allows it and that your statement lists it.',
    bounded: 'Candor could not resolve the host of this `{{client}}` call; the manifest lets it reach only {{hosts}}: check that your statement lists where its data goes.',
  },
  run({ facts }) {
    // One helper's fetch called for a GET, a POST and a PUT is one call in the code: one note for it.
    const seen = new Set<string>();
    const once = facts.egress.unresolved.filter((c) => {
      const key = `${c.evidence.file}:${c.evidence.line}:${c.evidence.column}:${c.url ?? ''}`;
      return !seen.has(key) && seen.add(key);
    });
    return once.map((call) => {
      // A Forge fetch reaches only what the manifest declares for its side.
      const hosts = reachableHosts(facts, call);
      if (hosts) return { messageId: 'bounded', data: { client: call.client, hosts: hosts.map((h) => `\`${h}\``).join(', ') }, evidence: call.evidence };
      return call.url
        ? { messageId: 'unresolvedUrl', data: { client: call.client, url: call.url }, evidence: call.evidence }
        : { messageId: 'unresolved', data: { client: call.client }, evidence: call.evidence };
    });
  },
};

export default check;
