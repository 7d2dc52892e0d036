import type { Aspect } from '../types.ts';

const aspect: Aspect = {
  id: 'scopes',
  title: 'Permissions',
  messages: {
    added: 'New permission `{{scope}}`: the statement\'s permissions section (and the profile\'s `scopes`) must say why the app needs it.',
    removed: 'Permission `{{scope}}` dropped: take it out of the statement\'s permissions.',
  },
  items: (facts) => facts.scopes.declared.map((d) => ({ id: d.scope, subject: `scope ${d.scope}`, data: { scope: d.scope }, evidence: [d.evidence] })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
