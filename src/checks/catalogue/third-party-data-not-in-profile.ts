import { vendorCalls } from '../../claims/sent.ts';
import { END_USER_DATA } from '../../scan/facts.ts';
import { profileEvidence, type CheckContext } from '../context.ts';
import { firstAndRest } from '../group.ts';
import { sameThirdParty } from '../third-party-match.ts';
import type { CheckDefinition, CheckReport } from '../types.ts';
import { dataText } from '../words.ts';

const check: CheckDefinition = {
  id: 'third-party-data-not-in-profile',
  title: 'End-User Data sent to a third party the profile says receives none',
  severity: 'warning',
  description:
    'Warning: the trust profile lists a third party with `data: []` or `subprocessor: false`, but the code hands it End-User Data ' +
    '(account IDs, emails, names, product content, data users submit) through its SDK (`sgMail.send({ to: user.emailAddress })`) ' +
    'or in requests to its hosts. The statements and Marketplace answers generated from the profile would then say it receives ' +
    'nothing. Entries match the vendors Candor finds as for third-party-not-in-profile.',
  fix: 'List what the third party receives in its `data` (and set `subprocessor: true`), or stop sending it that data.',
  messages: {
    unlisted: 'This call sends {{data}} to {{name}}, but the profile\'s `thirdParties` entry for it says it receives no End-User Data.',
  },
  run({ facts, profile, profileSource }: CheckContext) {
    const reports: CheckReport[] = [];
    const calls = vendorCalls(facts).filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)));
    (profile?.thirdParties ?? []).forEach((entry, i) => {
      const noData = entry.subprocessor === false || (Array.isArray(entry.data) && entry.data.length === 0);
      if (!noData) return;
      const parties = facts.thirdParties.filter((p) => sameThirdParty(entry, p)).map((p) => p.vendor);
      const to = calls.filter((c) => parties.includes(c.vendor));
      if (to.length === 0) return;
      const field = entry.subprocessor === false ? 'subprocessor' : 'data';
      const { evidence, related } = firstAndRest(to.map((c) => c.evidence));
      reports.push({
        messageId: 'unlisted',
        data: { name: entry.name, data: dataText(END_USER_DATA.filter((k) => to.some((c) => c.carries.includes(k)))) },
        evidence,
        related: [...related, profileEvidence(profileSource, ['thirdParties', i, field], field === 'data' ? 'data: []' : 'subprocessor: false')],
      });
    });
    return reports;
  },
};

export default check;
