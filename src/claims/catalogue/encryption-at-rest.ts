import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'encryption-at-rest',
  title: 'Encryption at rest',
  description: 'Stored data is encrypted (AES-256, disk encryption), by the vendor or by the platform the data lives on.',
  phrasings: [
    phrase`\bencrypt\w*\b${gap(50)}\bat\s+rest\b`,
    phrase`\bat\s+rest\b${gap(50)}\bencrypt`,
    phrase`\bAES[- ]?256\b`,
    phrase`\b(?:disk|database)\s+encryption\b`,
    phrase`\bencrypted\s+database\b`,
  ],
  examples: [
    'Data at Rest: AES-256 encryption for stored data',
    'All data at rest is encrypted using AES-256 or an equivalent industry-standard algorithm.',
  ],
});
