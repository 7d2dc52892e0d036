import type { Aspect } from '../types.ts';

/** Runtime dependencies (dev dependencies do not ship, the app's own workspace packages are its code); seed 000 section 7 asks for dependency changes to be reviewed. */
const aspect: Aspect = {
  id: 'dependencies',
  title: 'Dependencies',
  messages: {
    added: 'New dependency `{{name}}`{{at}}: review it before release.',
    removed: 'Dependency `{{name}}` removed.',
    changed: 'Dependency `{{name}}` changed from {{was}} to {{now}}.',
  },
  items: (facts) =>
    facts.packages.dependencies
      .filter((d) => !d.dev && d.local === undefined)
      .map((d) => ({
        id: d.name, subject: `dependency ${d.name}`, value: d.version ?? 'any version',
        data: { name: d.name, at: d.version ? ` ${d.version}` : '' }, evidence: [d.evidence],
      })),
  added: (item) => ({ severity: 'review', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'info', messageId: 'removed', data: item.data! }),
  changed: (before, after) =>
    before.value === after.value ? null : { severity: 'info', messageId: 'changed', data: { name: after.id, was: before.value ?? '', now: after.value ?? '' } },
};

export default aspect;
