import { dataText } from '../../checks/words.ts';
import { carriesChanged, sensitive } from '../carried.ts';
import type { Aspect } from '../types.ts';

/** What is written where: backend + key (template, entity or table) + write, with what flows into it. */
const aspect: Aspect = {
  id: 'stored-data',
  title: 'Stored data',
  messages: {
    sensitive: 'The app now stores {{data}} in {{backend}} under `{{key}}`: the statement must say this data is kept, where and for how long.',
    added: 'The app now writes `{{key}}` to {{backend}}.',
    removed: 'The app no longer writes `{{key}}` to {{backend}}.',
    gained: 'Writes of `{{key}}` to {{backend}} now carry {{data}}: the statement must say this data is kept.',
    lost: 'Writes of `{{key}}` to {{backend}} no longer carry {{data}}.',
  },
  items: (facts) =>
    facts.storage
      .filter((s) => s.op === 'write')
      .map((s) => {
        const key = s.key ?? '(dynamic key)';
        return { id: `${s.backend} ${key}`, subject: `${s.backend} ${key}`, carries: s.carries, data: { backend: s.backend, key }, evidence: [s.evidence] };
      }),
  added(item) {
    const kinds = sensitive(item.carries);
    return kinds.length
      ? { severity: 'statement-update', messageId: 'sensitive', data: { ...item.data!, data: dataText(kinds) } }
      : { severity: 'review', messageId: 'added', data: item.data! };
  },
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
  changed: (before, after) => carriesChanged(before, after),
};

export default aspect;
