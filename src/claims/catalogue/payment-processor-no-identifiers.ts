import { defineClaim } from '../define.ts';
import { DENIES_IDENTIFIERS, IDENTIFIER_MESSAGES, IDENTIFIERS_WITHHELD, namedVendor, PARTY_RECEIVES_NO_IDENTIFIERS, verifyNoIdentifiers } from '../identifiers.ts';

type Params = { processor: string };

export default defineClaim<Params>({
  id: 'payment-processor-no-identifiers',
  title: 'No identifiers sent to the payment processor',
  description:
    'Calls to the named payment processor (Stripe, Paddle\u2026) carry no account ID, email or name: HTTP calls to the processor\'s API and calls through its SDK (`stripe.checkout.sessions.create(\u2026)`). Unverified when the code shows neither. A vendor of another kind is the claim `no-identifiers-to-vendor`.',
  decidedBy: 'code',
  phrasings: [DENIES_IDENTIFIERS, PARTY_RECEIVES_NO_IDENTIFIERS, IDENTIFIERS_WITHHELD],
  params: (text) => {
    const named = namedVendor(text);
    return named?.payments ? { processor: named.name } : null;
  },
  examples: ["We don't send any identifiers to Stripe - we store payment session details in our DB (Supabase) and match them with the checkout session."],
  messages: IDENTIFIER_MESSAGES,
  verify: (params, { facts }) => verifyNoIdentifiers(String(params.processor ?? ''), facts),
});
