import { profileEvidence, type CheckContext } from '../context.ts';
import { sameThirdParty } from '../third-party-match.ts';
import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'profile-third-party-not-in-code',
  title: 'Profile third party not found in the code',
  severity: 'note',
  description:
    'Note: the trust profile lists a third party that Candor no longer finds in the code (no SDK, import, request or hosting ' +
    'file). It may have been removed, and the statements still name it; or the app shares data with it outside the code ' +
    '(a support desk, a payment page), which Candor cannot see. Points at the profile entry.',
  fix: 'Remove the entry from `thirdParties` in candor.yaml if the app no longer uses it; keep it if the vendor receives data by other means.',
  messages: {
    notFound: 'The profile lists {{name}} as a third party, but Candor finds no use of it in the code.',
  },
  run({ facts, profile, profileSource }: CheckContext) {
    return (profile?.thirdParties ?? []).flatMap((entry, index) => {
      if (facts.thirdParties.some((found) => sameThirdParty(entry, found))) return [];
      const evidence = profileEvidence(profileSource, ['thirdParties', index, 'name'], `name: ${entry.name}`);
      return [{ messageId: 'notFound', data: { name: entry.name }, evidence }];
    });
  },
};

export default check;
