import type { Aspect } from '../types.ts';

const KIND: Record<string, string> = { 'account-id': 'account IDs', email: 'email addresses', 'display-name': 'user names', 'ip-address': 'IP addresses', 'phone-number': 'phone numbers' };
const ACTION: Record<string, string> = { read: 'reads', stored: 'stores', sent: 'sends', logged: 'logs' };

/** Personal data uses by kind, action and target (backend or host). */
const aspect: Aspect = {
  id: 'personal-data',
  title: 'Personal data',
  messages: {
    added: 'The app now {{action}} {{kind}}{{where}}: the statement and privacy policy must cover it.',
    read: 'The app now reads {{kind}}{{where}}.',
    removed: 'The app no longer {{action}} {{kind}}{{where}}: review the statement and privacy policy.',
  },
  items: (facts) =>
    facts.personalData.uses.map((u) => ({
      id: `${u.kind} ${u.action} ${u.target ?? ''}`.trim(),
      subject: `${u.kind} ${u.action}${u.target ? ` (${u.target})` : ''}`,
      data: { kind: KIND[u.kind] ?? u.kind, action: ACTION[u.action] ?? u.action, where: u.target ? ` (${u.target})` : '', read: u.action === 'read' ? 1 : 0 },
      evidence: [u.evidence],
    })),
  added: (item) =>
    item.data!.read ? { severity: 'review', messageId: 'read', data: item.data! } : { severity: 'statement-update', messageId: 'added', data: item.data! },
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
