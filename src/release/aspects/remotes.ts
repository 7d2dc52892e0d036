import type { Aspect } from '../types.ts';

/** Forge remotes and the Connect base URL: an external backend that receives data. */
const aspect: Aspect = {
  id: 'remotes',
  title: 'Remotes',
  messages: {
    added: 'New remote `{{key}}` ({{hosts}}): the app now has an external backend; the statement must say what it receives and where it runs.',
    removed: 'Remote `{{key}}` ({{hosts}}) removed: a statement naming this backend needs review.',
    changed: 'Remote `{{key}}` now points at {{hosts}}: update where the statement says the backend runs.',
  },
  items: (facts) =>
    facts.egress.remotes.map((r) => {
      const hosts = [...new Set(r.hosts)].sort().join(', ') || 'no host';
      return { id: r.key, subject: `remote ${r.key}`, value: hosts, data: { key: r.key, hosts }, evidence: [r.evidence] };
    }),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
  changed: (before, after) => (before.value === after.value ? null : { severity: 'statement-update', messageId: 'changed', data: after.data! }),
};

export default aspect;
