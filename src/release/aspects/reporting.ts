import type { Aspect } from '../types.ts';

/**
 * Personal Data Reporting: the API calls and the triggers that reach them. Dropping it is a
 * statement update, unlike other removals: a statement promising weekly reporting becomes untrue.
 */
const aspect: Aspect = {
  id: 'reporting',
  title: 'Personal data reporting',
  messages: {
    apiAdded: 'The app now calls the Personal Data Reporting API: the statement can say so.',
    apiRemoved: 'The app no longer calls the Personal Data Reporting API: a statement promising personal data reporting no longer holds.',
    triggerAdded: 'Personal data reporting now runs from the {{kind}} trigger `{{key}}`{{every}}.',
    triggerRemoved: 'Personal data reporting no longer runs from the {{kind}} trigger `{{key}}`: the reporting cadence in the statement needs an update.',
    changed: 'Personal data reporting from `{{key}}` now runs {{interval}} (was {{was}}): update the reporting cadence in the statement.',
  },
  items(facts) {
    const r = facts.personalData.reporting;
    const api = r.calls.length ? [{ id: 'api', subject: 'Personal Data Reporting API calls', data: { api: 1 }, evidence: r.calls }] : [];
    return [
      ...api,
      ...r.triggers.map((t) => ({
        id: `${t.kind} ${t.key}`, subject: `reporting trigger ${t.key}`, value: t.interval ?? 'no interval',
        data: { kind: t.kind, key: t.key, every: t.interval ? `, ${t.interval}` : '', interval: t.interval ?? 'without an interval' },
        evidence: [t.evidence],
      })),
    ];
  },
  added: (item) => ({ severity: 'review', messageId: item.data!.api ? 'apiAdded' : 'triggerAdded', data: item.data! }),
  removed: (item) => ({ severity: 'statement-update', messageId: item.data!.api ? 'apiRemoved' : 'triggerRemoved', data: item.data! }),
  changed: (before, after) =>
    before.value === after.value ? null : { severity: 'statement-update', messageId: 'changed', data: { ...after.data!, was: before.value ?? '' } },
};

export default aspect;
