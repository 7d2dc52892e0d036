import { defineClaim } from '../define.ts';
import { DENIES_IDENTIFIERS, IDENTIFIER_MESSAGES, IDENTIFIERS_WITHHELD, namedVendor, PARTY_RECEIVES_NO_IDENTIFIERS, verifyNoIdentifiers } from '../identifiers.ts';

type Params = { vendor: string };

export default defineClaim<Params>({
  id: 'no-identifiers-to-vendor',
  title: 'No identifiers sent to a named vendor',
  description:
    'Calls to the vendor the sentence names (an AI provider, an e-mail or error-tracking service\u2026) carry no account ID, email or name: HTTP calls to its API and calls through its SDK (`openai.chat.completions.create({ user: accountId })` contradicts it). Unverified when the code shows neither, or when a request to a URL Candor cannot resolve carries an identifier and may reach the vendor; contradicted when the manifest lets that request reach only the vendor\'s hosts. A payment processor is the claim `payment-processor-no-identifiers`. A call made to tell the vendor who the user is (`Sentry.setUser(\u2026)`, `amplitude.setUserId(\u2026)`; src/data/identifying-sdk-calls.json) with a value Candor cannot trace leaves it unverified.',
  decidedBy: 'code',
  phrasings: [DENIES_IDENTIFIERS, PARTY_RECEIVES_NO_IDENTIFIERS, IDENTIFIERS_WITHHELD],
  params: (text) => {
    const named = namedVendor(text);
    return named && !named.payments ? { vendor: named.name } : null;
  },
  examples: ["We don't send any identifiers to OpenAI.", 'We never send account IDs or e-mails to Sentry.'],
  messages: IDENTIFIER_MESSAGES,
  verify: (params, { facts }) => verifyNoIdentifiers(String(params.vendor ?? ''), facts),
});
