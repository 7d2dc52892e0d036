import { isAtlassianHost } from '../../claims/hosts.ts';
import { dataText } from '../../checks/words.ts';
import type { EgressCall } from '../../scan/facts.ts';
import { carriesChanged, sensitive } from '../carried.ts';
import type { Aspect } from '../types.ts';

/** Requests in code, one item per host and side (back end or browser); unresolved hosts by client and URL template. */
const aspect: Aspect = {
  id: 'egress-calls',
  title: 'Egress in code',
  messages: {
    added: 'The {{side}} now sends requests to `{{host}}`{{carrying}}: the statement\'s data egress must name it and what is sent.',
    internal: 'The {{side}} now sends requests to `{{host}}`{{carrying}}.',
    unresolved: 'The {{side}} now sends a request whose host Candor cannot resolve (`{{client}}` to `{{url}}`){{carrying}}: check where it goes.',
    removed: 'The {{side}} no longer sends requests to `{{host}}`: review the statement\'s data egress.',
    removedUnresolved: 'The {{side}} no longer sends the request `{{client}}` to `{{url}}`.',
    gained: 'Requests from the {{side}} to `{{host}}` now carry {{data}}: the statement must say this data leaves for that host.',
    lost: 'Requests from the {{side}} to `{{host}}` no longer carry {{data}}.',
  },
  items: (facts) =>
    facts.egress.calls.map((c) => ({
      id: c.host ? `${c.side} ${c.host}` : `${c.side} unresolved ${c.client} ${c.url ?? '(dynamic)'}`,
      subject: c.host ? `${c.side} request to ${c.host}` : `${c.side} request to an unresolved host`,
      carries: c.carries,
      data: { side: side(c), host: c.host ?? '', client: c.client, url: c.url ?? '(dynamic)', internal: c.host && internal(c.host) ? 1 : 0 },
      evidence: [c.evidence],
    })),
  added(item) {
    const kinds = sensitive(item.carries);
    const data = { ...item.data!, carrying: kinds.length ? `, carrying ${dataText(kinds)}` : '' };
    if (!item.data!.host) return { severity: 'review', messageId: 'unresolved', data };
    if (item.data!.internal) return { severity: 'review', messageId: 'internal', data };
    return { severity: 'statement-update', messageId: 'added', data };
  },
  removed: (item) =>
    item.data!.host ? { severity: 'review', messageId: 'removed', data: item.data! } : { severity: 'info', messageId: 'removedUnresolved', data: item.data! },
  changed: (before, after) => carriesChanged(before, after, after.data!.internal ? 'review' : 'statement-update'),
};

function side(c: EgressCall): string {
  return c.side === 'backend' ? 'back end' : 'browser code';
}

/** The app itself, a Forge remote, or Atlassian: not a new party receiving data. */
function internal(host: string): boolean {
  return host === 'self' || host.startsWith('remote:') || isAtlassianHost(host);
}

export default aspect;
