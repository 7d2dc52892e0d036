import type { Aspect } from '../types.ts';

/** Where the app keeps data at all: a first use of a backend changes the statement's data-handling table. */
const aspect: Aspect = {
  id: 'storage-backends',
  title: 'Storage',
  messages: {
    added: 'The app now uses {{backend}} storage: the statement\'s data-handling table must say what is kept there, where, and for how long.',
    removed: 'The app no longer uses {{backend}} storage: review the statement\'s data-handling table.',
  },
  items: (facts) => facts.storage.map((s) => ({ id: s.backend, subject: `${s.backend} storage`, data: { backend: s.backend }, evidence: [s.evidence] })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
