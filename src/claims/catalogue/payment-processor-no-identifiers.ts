import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { vendorCalls } from '../sent.ts';
import { names, vendorsNamedIn } from '../vendor-names.ts';

type Params = { processor: string };

const IDENTIFYING = ['account-id', 'email', 'display-name'] as const;

export default defineClaim<Params>({
  id: 'payment-processor-no-identifiers',
  title: 'No identifiers sent to the payment processor',
  description:
    'Calls to the named payment processor (Stripe, Paddle…) carry no account ID, email or name: HTTP calls to the processor\'s API and calls through its SDK (`stripe.checkout.sessions.create(…)`). Unverified when the code shows neither.',
  decidedBy: 'code',
  phrasings: [phrase`${NOT}${gap(20)}\bsend\b${gap(20)}\b(?:any\s+)?(?:identifiers?|personal\s+data|user\s+data|account\s+IDs?|e-?mails?|PII)\b${gap(20)}\bto\s+[A-Z]`],
  params: (text) => {
    const sentence = firstLine(text);
    const vendor = vendorsNamedIn(sentence).find((v) => v.category === 'payments');
    const word = /\bto\s+([A-Z][\w.-]+)/.exec(sentence)?.[1];
    const processor = vendor?.name ?? word;
    return processor ? { processor } : null;
  },
  examples: ["We don't send any identifiers to Stripe - we store payment session details in our DB (Supabase) and match them with the checkout session."],
  messages: {
    verified: 'Calls to {{processor}} carry no account ID, email or name ({{where}}).',
    notFound: 'The code shows no use of {{processor}}.',
    contradicted: 'A call to {{processor}} carries {{kinds}} ({{where}}).',
    sdkOnly: 'The app uses {{processor}} ({{where}}), but Candor finds no call that sends it data.',
  },
  verify(params, { facts }) {
    const processor = String(params.processor ?? '');
    const party = facts.thirdParties.find((p) => names(processor, { id: p.vendor, name: p.name }) || names(p.name, { id: processor.toLowerCase(), name: processor }));
    if (!party) return outcome('unverified', 'notFound', [], { processor });
    const calls = vendorCalls(facts).filter((c) => c.vendor === party.vendor);
    const leaking = calls.filter((c) => c.carries.some((k) => (IDENTIFYING as readonly string[]).includes(k)));
    if (leaking.length > 0) {
      const kinds = [...new Set(leaking.flatMap((c) => c.carries.filter((k) => (IDENTIFYING as readonly string[]).includes(k))))].join(', ');
      return outcome('contradicted', 'contradicted', leaking.map((c) => c.evidence), { processor: party.name, kinds, where: places(leaking.map((c) => c.evidence)) });
    }
    if (calls.length === 0) {
      const evidence = party.via.map((v) => v.evidence);
      return outcome('unverified', 'sdkOnly', evidence, { processor: party.name, where: places(evidence) });
    }
    return outcome('verified', 'verified', calls.map((c) => c.evidence), { processor: party.name, where: places(calls.map((c) => c.evidence)) });
  },
});
