import { dataText } from '../../checks/words.ts';
import { gained, sensitive } from '../carried.ts';
import type { Aspect } from '../types.ts';

/**
 * Back-end log calls that carry End-User Data or secrets (browser console calls stay in the user's
 * browser). A call is named by its file and its text, so it matches when lines move.
 */
const aspect: Aspect = {
  id: 'log-leaks',
  title: 'End-User Data in logs',
  messages: {
    added: 'A new `{{logger}}.{{level}}` call logs {{data}}: "no End-User Data in logs" no longer holds; fix the log call or update the statement.',
    removed: 'A `{{logger}}.{{level}}` call that logged {{data}} is gone: review what the statement says about logs.',
    gained: 'This `{{logger}}.{{level}}` call now logs {{data}}: fix the log call or update the statement.',
  },
  items: (facts) =>
    facts.logs
      .filter((l) => l.side === 'backend' && sensitive(l.carries).length > 0)
      .map((l) => ({
        id: `${l.evidence.file} ${l.evidence.excerpt.replace(/\s+/g, ' ')}`,
        subject: `${l.logger}.${l.level} in ${l.evidence.file}`,
        carries: l.carries,
        data: { logger: l.logger, level: l.level },
        evidence: [l.evidence],
      })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: { ...item.data!, data: dataText(sensitive(item.carries)) } }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: { ...item.data!, data: dataText(sensitive(item.carries)) } }),
  changed(before, after) {
    const more = gained(before.carries, after.carries);
    return more.length ? { severity: 'statement-update', messageId: 'gained', data: { ...after.data!, data: dataText(more) } } : null;
  },
};

export default aspect;
