import { outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { externalCalls, externalDeclarations } from '../hosts.ts';
import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

/** Hosts inside the vendor's own network (localhost, private addresses, cluster names): not traffic over the internet. */
const LOCAL = /^(?:localhost|127\.|0\.0\.0\.0$|\[?::1\]?$|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|[^.]+$)|\.(?:local|internal|localhost|svc|cluster\.local)$/i;
const PLAIN = /^http:\/\//i;

export default defineOrganisational({
  id: 'encryption-in-transit',
  title: 'Encryption in transit',
  description: 'Data is encrypted in transit (TLS, HTTPS). Contradicted when the code calls, or the manifest allows, a host on the internet over plain `http://`.',
  phrasings: [
    phrase`\bencrypt\w*\b${gap(50)}\bin\s+transit\b`,
    phrase`\bin\s+transit\b${gap(50)}\b(?:encrypt|TLS)`,
    phrase`\bTLS\s*1\.[0-3]\b`,
    phrase`\bHTTPS\b(?!:\/\/)`,
    phrase`\bcertificate\s+pinning\b`,
  ],
  examples: [
    'Data in Transit: TLS 1.3 encryption for all data transmission',
  ],
  contradiction: {
    messages: { plainHttp: 'Plain HTTP, not encrypted: {{hosts}} ({{where}}).' },
    find: ({ facts }) => {
      const calls = externalCalls(facts.egress.calls).filter((c) => PLAIN.test(c.url ?? '') && !LOCAL.test(c.host!));
      const declared = externalDeclarations(facts.egress.declared).filter((d) => PLAIN.test(d.address) && d.host !== null && !LOCAL.test(d.host));
      const evidence = [...calls.map((c) => c.evidence), ...declared.map((d) => d.evidence)];
      if (evidence.length === 0) return null;
      const hosts = [...new Set([...calls.map((c) => c.host!), ...declared.map((d) => d.host!)])].join(', ');
      return outcome('contradicted', 'plainHttp', evidence, { hosts, where: places(evidence) });
    },
  },
});
