import type { Aspect } from '../types.ts';

/** Secrets in source, named by rule, file and masked value. */
const aspect: Aspect = {
  id: 'secrets',
  title: 'Secrets in source',
  messages: {
    added: 'A new {{description}} ({{masked}}) is in the source: move it to a secret store and rotate it.',
    removed: 'The {{description}} ({{masked}}) is no longer in the source; rotate it if it was ever published.',
  },
  items: (facts) =>
    facts.secrets.map((s) => ({
      id: `${s.rule} ${s.evidence.file} ${s.masked}`, subject: `${s.description} in ${s.evidence.file}`,
      data: { description: s.description, masked: s.masked }, evidence: [s.evidence],
    })),
  added: (item) => ({ severity: 'review', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'info', messageId: 'removed', data: item.data! }),
};

export default aspect;
