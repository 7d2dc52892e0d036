import type { EgressKind } from '../../scan/facts.ts';
import type { CheckDefinition } from '../types.ts';

const LIST: Record<EgressKind, string> = {
  'fetch-backend': 'fetch.backend', 'fetch-client': 'fetch.client', images: 'images', media: 'media', scripts: 'scripts',
  styles: 'styles', fonts: 'fonts', frames: 'frames', navigation: 'navigation', remote: 'remotes',
};

/** `*.com`, `*.io`, and `*.co.uk`-style second-level domains of a country: a whole top-level domain. */
const WHOLE_TLD = /^\*\.(?:[a-z0-9-]+|(?:co|com|net|org|gov|edu|ac|or|ne|go)\.[a-z]{2})$/;

const check: CheckDefinition = {
  id: 'wildcard-egress',
  title: 'Wildcard egress',
  severity: 'warning',
  description:
    'Warning: an egress entry in `permissions.external` allows any host (`*`) or a whole top-level domain (`*.com`), so the ' +
    'app may send data, or load scripts, anywhere. This is question 6a of the Marketplace security questionnaire (and FSRT\'s ' +
    '`egress.overly_broad` flag). A wildcard under one domain, such as `*.example.com`, is not reported.',
  fix: 'List the exact hosts the app talks to (e.g. `https://api.example.com`) instead of the wildcard.',
  messages: {
    anyHost: '`permissions.external.{{list}}` allows `{{address}}`: any host on the internet.',
    wholeTld: '`permissions.external.{{list}}` allows `{{address}}`: every host under `{{domain}}`.',
  },
  run({ facts }) {
    return facts.egress.wildcards.flatMap((d) => {
      const host = d.host ?? '';
      const data = { list: LIST[d.kind], address: d.address, domain: host.slice(1) };
      if (host === '*') return [{ messageId: 'anyHost', data, evidence: d.evidence }];
      if (WHOLE_TLD.test(host)) return [{ messageId: 'wholeTld', data, evidence: d.evidence }];
      return [];
    });
  },
};

export default check;
