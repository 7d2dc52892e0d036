import { defineOrganisational } from '../organisational.ts';
import { gap, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'mfa',
  title: 'Multi-factor authentication',
  description: 'Staff and administrative access requires multi-factor authentication.',
  phrasings: [
    phrase`\b(?:multi|two)[- ]factor\b`,
    phrase`\bMFA\b`,
    phrase`\b2FA\b`,
    phrase`\b(?:hardware\s+security|FIDO2?|U2F|WebAuthn)\s+keys?\b`,
    // "each signing in through SSO with a hardware key"
    phrase`\b(?:sign(?:s|ing)?|log(?:s|ging)?)\s+in\b${gap(40)}\bwith\s+(?:a\s+)?hardware\s+keys?\b`,
  ],
  examples: [
    'Multi-factor authentication for all administrative access',
  ],
});
