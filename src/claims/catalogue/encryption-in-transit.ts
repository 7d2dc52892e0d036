import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'encryption-in-transit',
  title: 'Encryption in transit',
  description: 'Data is encrypted in transit (TLS, HTTPS).',
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
});
