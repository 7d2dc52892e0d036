import type { Aspect } from '../types.ts';

const aspect: Aspect = {
  id: 'llm',
  title: 'AI processing',
  messages: {
    added: 'The app now uses the AI provider {{provider}} (`{{api}}`): the statement must describe the AI processing (what is sent, retention, model training).',
    removed: 'The AI provider {{provider}} is no longer used: review the statement\'s AI processing section.',
  },
  // Snapshots taken before facts named the vendor id carry only the provider name.
  items: (facts) => facts.llm.map((l) => ({ id: l.vendor ?? l.provider, subject: `AI provider ${l.provider}`, data: { provider: l.provider, api: l.api }, evidence: [l.evidence] })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
