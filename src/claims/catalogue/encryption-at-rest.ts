import { defineOrganisational } from '../organisational.ts';
import { gap, NOT, phrase } from '../phrases.ts';

/** A key that signs the customer in to a service, not one that encrypts: "OpenAI key", "Anthropic API key", "LLM provider". */
const SERVICE_KEY = String.raw`\b(?:(?:API|LLM|AI|model|OpenAI|Anthropic|Gemini|Mistral|Cohere|access|licen[cs]e|SSH)\s+keys?|(?:AI|LLM|model)\s+providers?)\b`;

export default defineOrganisational({
  id: 'encryption-at-rest',
  title: 'Encryption at rest',
  description: 'Stored data is encrypted (AES-256, disk encryption), by the vendor or by the platform the data lives on, or with a key the customer holds (bring your own key, customer-managed keys in a KMS).',
  phrasings: [
    phrase`\bencrypt\w*\b${gap(50)}\bat\s+rest\b`,
    phrase`\bat\s+rest\b${gap(50)}\bencrypt`,
    phrase`\bAES[- ]?256\b`,
    phrase`\b(?:disk|database)\s+encryption\b`,
    phrase`\bencrypted\s+database\b`,
    // Keys the customer holds: "encrypted with a key held in your AWS KMS", "bring their own key (BYOK)", "customer-managed keys".
    phrase`\bencrypted\s+(?:with|using|under)\s+(?:[\w'-]+\s+){0,3}?keys?\b${gap(40)}\b(?:KMS|HSM|key\s+vault|key\s+management\s+service)\b`,
    // Not the key of an AI provider or an API the customer brings ("bring your own OpenAI key (BYOK)"), which encrypts nothing.
    phrase`(?<!${NOT}${gap(20)})(?:\b(?:bring|use)\s+(?:their|your|its)\s+own\s+(?:encryption\s+)?keys?\b|\bBYOK\b|\bcustomer[- ](?:managed|held|supplied)\s+(?:encryption\s+)?keys?\b)(?<!${SERVICE_KEY}[^.;!?]*)(?![^.;!?]*\b(?:planned|roadmap|coming|soon|later)\b)(?![^.;!?]*${SERVICE_KEY})`,
  ],
  examples: [
    'Data at Rest: AES-256 encryption for stored data',
    'All data at rest is encrypted using AES-256 or an equivalent industry-standard algorithm.',
  ],
});
