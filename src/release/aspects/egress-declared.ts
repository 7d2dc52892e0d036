import { isAtlassianHost } from '../../claims/hosts.ts';
import type { Aspect } from '../types.ts';

/** Manifest `permissions.external.*` entries; remotes and a Connect base URL are the `remotes` aspect. */
const aspect: Aspect = {
  id: 'egress-declared',
  title: 'Declared egress',
  messages: {
    added: 'The manifest now allows {{kind}} egress to `{{address}}`: the statement\'s data egress must name it and what is sent there.',
    atlassian: 'The manifest now allows {{kind}} egress to Atlassian\'s `{{address}}`.',
    removed: 'Egress to `{{address}}` ({{kind}}) is no longer declared: take it out of the statement if it is named there.',
  },
  items: (facts) =>
    facts.egress.declared
      .filter((d) => d.kind !== 'remote')
      .map((d) => ({
        id: `${d.kind} ${d.address}`, subject: `${d.kind} egress ${d.address}`,
        data: { kind: d.kind, address: d.address, atlassian: d.host !== null && isAtlassianHost(d.host) ? 1 : 0 },
        evidence: [d.evidence],
      })),
  added: (item) =>
    item.data!.atlassian
      ? { severity: 'review', messageId: 'atlassian', data: item.data! }
      : { severity: 'statement-update', messageId: 'added', data: item.data! },
  removed: (item) => ({ severity: 'review', messageId: 'removed', data: item.data! }),
};

export default aspect;
