import { defineClaim, outcome, type CatalogueClaim } from './define.ts';
import { deniedAt } from './denied-commitment.ts';
import type { ClaimOutcome, MessageData, VerifyContext } from './types.ts';

interface OrganisationalSpec<P> {
  id: string;
  title: string;
  description: string;
  phrasings: RegExp[];
  examples: string[];
  /** Figures the sentence states (hours, RTO), shown in the message. */
  params?: (sentence: string, match: RegExpExecArray) => P | null;
  /** The claim is made by its denial too ("We hold no certifications"): a clause that denies its words still makes it. */
  readsDenials?: boolean;
  /** Message for the claim; holes are filled from the params. */
  message?: string;
  /**
   * What in code can prove the commitment false (a plain-HTTP call against "encrypted in transit"),
   * with its messages; null when the code shows nothing against it.
   */
  contradiction?: { messages: Record<string, string>; find: (ctx: VerifyContext, params: P) => ClaimOutcome | null };
}

/**
 * A claim about the vendor's organisation (training, certifications, backups): no code can prove
 * it, so it is recognised and listed with the verdict `organisational` - unless the code shows it false.
 */
export function defineOrganisational<P extends MessageData = MessageData>(spec: OrganisationalSpec<P>): CatalogueClaim<P> {
  const claim: CatalogueClaim<P> = defineClaim<P>({
    id: spec.id,
    title: spec.title,
    description: `${spec.description} ${spec.contradiction ? 'Otherwise organisational: no code can show it' : 'Organisational: no code can show it'}, so Candor lists it for the vendor to back with records.`,
    decidedBy: 'organisational',
    phrasings: spec.phrasings,
    examples: spec.examples,
    messages: { organisational: spec.message ?? `${spec.title}: a commitment of the organisation; keep the records that show it.`, ...spec.contradiction?.messages },
    verify: (params, ctx) => spec.contradiction?.find(ctx, params) ?? outcome('organisational', 'organisational', [], params),
  });
  // "Data is not encrypted at rest" discloses the opposite of the commitment.
  const params = spec.params ?? ((): P => ({}) as P);
  claim.params = spec.readsDenials ? params : (sentence, match) => (deniedAt(match.input, match.index) ? null : params(sentence, match));
  return claim;
}
