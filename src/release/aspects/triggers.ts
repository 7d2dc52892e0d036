import type { Aspect } from '../types.ts';

/** Triggers by kind and key; a new web trigger is a new way in from outside. */
const aspect: Aspect = {
  id: 'triggers',
  title: 'Triggers',
  messages: {
    web: 'New web trigger `{{key}}`: a URL anyone holding it can call; review what it accepts and whether it can send data out.',
    added: 'New {{kind}} trigger `{{key}}`{{what}}.',
    removed: 'The {{kind}} trigger `{{key}}` is gone.',
    changed: 'The {{kind}} trigger `{{key}}` now {{what}} (was {{was}}).',
  },
  items: (facts) =>
    facts.triggers.map((t) => {
      const what = t.events.length ? `on ${[...t.events].sort().join(', ')}` : t.interval ? `every ${t.interval}` : t.response ? `with a ${t.response} response` : '';
      return {
        id: `${t.kind} ${t.key}`, subject: `${t.kind} trigger ${t.key}`, value: what,
        data: { kind: t.kind, key: t.key, what: what ? ` ${what}` : '', web: t.kind === 'web' ? 1 : 0 },
        evidence: [t.evidence],
      };
    }),
  added: (item) => (item.data!.web ? { severity: 'review', messageId: 'web', data: item.data! } : { severity: 'info', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'info', messageId: 'removed', data: item.data! }),
  changed: (before, after) =>
    before.value === after.value ? null : { severity: 'info', messageId: 'changed', data: { ...after.data!, what: after.value || 'has no events', was: before.value || 'none' } },
};

export default aspect;
