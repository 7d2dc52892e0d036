import type { CheckContext } from '../context.ts';
import { firstAndRest } from '../group.ts';
import { sameThirdParty } from '../third-party-match.ts';
import type { CheckDefinition } from '../types.ts';

const VIA: Record<string, string> = {
  dependency: 'a dependency', import: 'an import', egress: 'requests to its API', 'hosting-file': 'a hosting configuration file',
  'declared-egress': 'an egress entry in the manifest', 'variable-name': 'requests to a URL an environment variable named for it holds',
};

const check: CheckDefinition = {
  id: 'third-party-not-in-profile',
  title: 'Third party missing from the profile',
  severity: 'warning',
  description:
    'Warning: the code uses a third-party service (an SDK, an import, requests to its API, a hosting file) that the trust ' +
    'profile\'s `thirdParties` does not list, so the statements, sub-processor list and Privacy & Security tab generated from ' +
    'the profile leave it out. Entries match on `id`, on the name (legal suffixes aside) or on the `link` domain. Checked only ' +
    'when the profile has a `thirdParties` list (`[]` says there are none).',
  fix: 'Add the vendor to `thirdParties` in candor.yaml with its purpose, the data shared and the countries, or remove the SDK or call if the app no longer uses it.',
  messages: {
    missing: '{{name}} ({{category}}) is used through {{via}}, but the profile\'s `thirdParties` does not list it.',
  },
  run({ facts, profile }: CheckContext) {
    // No list yet (absent or TODO) is reported as unfilled by the claims, not vendor by vendor here.
    const listed = profile?.thirdParties;
    if (!listed) return [];
    return facts.thirdParties
      .filter((found) => found.via.length > 0 && !listed.some((entry) => sameThirdParty(entry, found)))
      .map((found) => ({
        messageId: 'missing',
        data: { name: found.name, category: found.category, via: VIA[found.via[0]!.kind] ?? found.via[0]!.kind },
        ...firstAndRest(found.via.map((v) => v.evidence)),
      }));
  },
};

export default check;
