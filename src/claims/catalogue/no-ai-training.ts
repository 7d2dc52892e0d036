import type { Evidence } from '../../scan/facts.ts';
import { vendorById, vendorForHost } from '../../scan/vendors.ts';
import { defineClaim, outcome } from '../define.ts';
import { joinWords, places } from '../evidence.ts';
import { aboutData, deniesTraining } from '../frames.ts';
import { gap, NOT, phrase } from '../phrases.ts';
import { thirdPartyEntry } from '../sent-kept.ts';
import { sdkCalls } from '../sent.ts';
import { carriesEndUserData, endUserDataSentOut, storageVendors, storingRemotes } from '../storage.ts';

/** A provider's training API: OpenAI's `fine_tuning/jobs` and `fineTuning.jobs.create`, Cohere's `finetuning`, a `train` endpoint. */
const TRAINING = /fine[-_]?tun|finetun|\btrain(?:ing)?\b|\/train/i;
const TRAIN = String.raw`(?:train|fine-?tune|improve|develop)`;

export default defineClaim({
  id: 'no-ai-training',
  title: 'Data not used to train AI models',
  description:
    'Customer data is not used to train or fine-tune AI models. Contradicted by a call to an AI provider\'s training or fine-tuning API (`openai.fineTuning.jobs.create(\u2026)`, a request to `/v1/fine_tuning/jobs`); verified when the code shows no AI provider and End-User Data neither leaves Atlassian nor reaches the vendor\'s own store or remote; an AI provider follows the profile\'s `thirdParties[].trainsOnData` (contradicted when true, organisational when false, since its terms are not code); otherwise unverified, since what a provider or the vendor\'s backend does with the data it receives is their terms, not code.',
  decidedBy: 'code',
  phrasings: [
    phrase`${NOT}${gap(40)}\bused?\b\s+(?:[\w'-]+\s+){0,3}?to\s+${TRAIN}\b${gap(40)}\b(?:models?|AI|LLMs?|machine\s+learning)\b`,
    // "Your prompts are never stored or used for training."
    phrase`${NOT}${gap(40)}\bused?\b\s+(?:[\w'-]+\s+){0,3}?for\s+(?:(?:AI|model|LLM|machine\s+learning|any)\s+)?(?:training|fine-?tuning)\b`,
    phrase`${NOT}${gap(30)}\b(?:train|fine-?tune)s?\b${gap(30)}\b(?:models?|AI|LLMs?)\b${gap(30)}\bon\b`,
    phrase`\bno\s+(?:AI\s+|model\s+)?training\s+on\b`,
    // "Model training: none."
    phrase`^(?:AI\s+|model\s+|LLM\s+)?training\s*:\s*(?:none|no|never)\b`,
  ],
  // "Customer data is not used to improve our AI", "We do not train machine learning models on customer data".
  // "Google does not keep the inputs and does not train on them": what the AI provider is sent, named as such.
  frames: (f) => (deniesTraining(f) && (aboutData(f) || /\b(?:AI|models?|LLMs?|machine\s+learning|prompts?|inputs?)\b/.test(f.text)) ? {} : null),
  examples: ['Your Jira data is never used to train AI models.', 'We do not use your data to train models.', 'Customer content is not used for AI training.'],
  messages: {
    verified: 'The code shows no AI provider, and End-User Data does not leave Atlassian: no model outside Atlassian receives it.',
    trains: 'The app calls a training API of {{providers}} ({{where}}).',
    inference: 'The app sends data to {{providers}} ({{where}}) and calls no training API; whether the provider trains on what it receives is its terms, which code cannot show: state it in candor.yaml (thirdParties[].trainsOnData).',
    providerTrains: '{{providers}} may train models on the data it is sent ({{where}}), as candor.yaml states (thirdParties[].trainsOnData: true).',
    providerNoTraining: "The app sends data to {{providers}} ({{where}}) and calls no training API; candor.yaml states that {{providers}} does not train on it (thirdParties[].trainsOnData: false), which code cannot show: keep the terms that say so.",
    elsewhere: 'The code shows no AI provider, but End-User Data goes outside Atlassian ({{where}}), where Candor cannot see what is done with it.',
  },
  verify(_params, { facts, profile }) {
    const training: Array<{ vendor: string; evidence: Evidence }> = [];
    for (const call of sdkCalls(facts)) if (vendorById(call.vendor)?.category === 'ai' && TRAINING.test(call.api)) training.push({ vendor: call.vendor, evidence: call.evidence });
    for (const call of facts.egress.calls) {
      const vendor = call.host === null ? null : vendorForHost(call.host);
      if (vendor?.category === 'ai' && TRAINING.test(call.url ?? '')) training.push({ vendor: vendor.id, evidence: call.evidence });
    }
    const nameOf = (id: string): string => vendorById(id)?.name ?? id;
    if (training.length > 0) {
      const evidence = training.map((t) => t.evidence);
      return outcome('contradicted', 'trains', evidence, { providers: joinWords([...new Set(training.map((t) => nameOf(t.vendor)))]), where: places(evidence) });
    }
    const ai = facts.thirdParties.filter((p) => p.category === 'ai');
    if (ai.length > 0) {
      const said = (p: (typeof ai)[number]) => thirdPartyEntry(profile, { id: p.vendor, name: p.name })?.trainsOnData;
      const unsaid = ai.filter((p) => said(p) === undefined);
      const training = ai.filter((p) => said(p) === true);
      const [verdict, messageId, parties] = unsaid.length > 0 ? (['unverified', 'inference', unsaid] as const)
        : training.length > 0 ? (['contradicted', 'providerTrains', training] as const) : (['organisational', 'providerNoTraining', ai] as const);
      const evidence = parties.flatMap((p) => p.via.map((v) => v.evidence));
      return outcome(verdict, messageId, evidence, { providers: joinWords(parties.map((p) => p.name)), where: places(evidence) });
    }
    // A Connect app's server, the vendor's database or remote: data kept where code cannot show its later use.
    const kept = facts.storage.filter((op) => op.backend === 'external-db' && op.op === 'write' && carriesEndUserData(op.carries)).map((op) => op.evidence);
    const out = [...endUserDataSentOut(facts).map((c) => c.evidence), ...kept, ...storingRemotes(facts).map((r) => r.evidence), ...storageVendors(facts).used.flatMap((v) => v.evidence)];
    if (out.length > 0) return outcome('unverified', 'elsewhere', out, { where: places(out) });
    return outcome('verified', 'verified');
  },
});
