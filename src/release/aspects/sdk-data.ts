import { dataText } from '../../checks/words.ts';
import { END_USER_DATA } from '../../scan/facts.ts';
import { vendorById } from '../../scan/vendors.ts';
import { carriesChanged } from '../carried.ts';
import type { Aspect } from '../types.ts';

/**
 * End-User Data handed to a vendor through its SDK, one item per vendor and side (`sgMail.send({ to })`,
 * `openai.chat.completions.create({ messages })`); requests to a vendor's host are the egress-calls aspect's.
 */
const aspect: Aspect = {
  id: 'sdk-data',
  title: 'End-User Data sent through vendor SDKs',
  messages: {
    added: 'The {{side}} now sends {{data}} to {{vendor}} through its SDK: the statement must say this data goes to that third party.',
    removed: 'The {{side}} no longer sends End-User Data to {{vendor}} through its SDK: review what the statement says it receives.',
    gained: 'Calls from the {{side}} through the {{vendor}} SDK now send {{data}}: the statement must say this data goes to that third party.',
    lost: 'Calls from the {{side}} through the {{vendor}} SDK no longer send {{data}}.',
  },
  // Facts written before SDK calls were scanned have none.
  items: (facts) =>
    (facts.egress.sdkCalls ?? [])
      .filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)))
      .map((c) => ({
        id: `${c.side} ${c.vendor}`,
        subject: `${c.side} data sent to ${vendorById(c.vendor)?.name ?? c.vendor}`,
        carries: c.carries.filter((k) => END_USER_DATA.includes(k)),
        data: { side: c.side === 'backend' ? 'back end' : 'browser code', vendor: vendorById(c.vendor)?.name ?? c.vendor },
        evidence: [c.evidence],
      })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: { ...item.data!, data: dataText(item.carries ?? []) } }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
  changed: (before, after) => carriesChanged(before, after),
};

export default aspect;
