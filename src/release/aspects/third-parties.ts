import type { Aspect } from '../types.ts';

const aspect: Aspect = {
  id: 'third-parties',
  title: 'Third parties',
  messages: {
    added: 'New third party {{name}} ({{category}}, {{region}}): add it to the statement\'s third parties and sub-processors with what it receives.',
    removed: 'Third party {{name}} is no longer used: take it out of the statement\'s sub-processors.',
  },
  items: (facts) =>
    facts.thirdParties.map((t) => ({
      id: t.vendor, subject: `third party ${t.name}`,
      data: { name: t.name, category: t.category, region: t.region },
      evidence: t.via.map((v) => v.evidence),
    })),
  added: (item) => ({ severity: 'statement-update', messageId: 'added', data: item.data! }),
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
