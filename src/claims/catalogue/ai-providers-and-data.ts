import type { DataKind } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { firstLine, followingLines, gap, NOT, phrase } from '../phrases.ts';
import { vendorCalls } from '../sent.ts';
import { names, vendorsNamedIn } from '../vendor-names.ts';

type Params = { providers?: string[]; data?: string[]; to?: string[] };

/** "We send the following data to OpenAI when …": the list is what goes to that provider, not a list of the providers used. */
const TO = /\bthe\s+following\s+(?:data|information)\s+to\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)/;

/**
 * Identifiers a statement's list may name. Prompts, images and page content are all "data the
 * user works on" to the scan, and one statement often has a list per screen, so only identifiers
 * sent without being listed decide the claim.
 */
const IDENTIFIERS: Array<[RegExp, DataKind]> = [
  [/\baccount\s*ids?\b|\buser\s*ids?\b|\bidentifiers?\b/i, 'account-id'],
  [/\be-?mails?\b/i, 'email'],
  [/\b(?:display\s+|user(?:'s)?\s+|full\s+)names?\b/i, 'display-name'],
];
const ALWAYS: DataKind[] = ['literal', 'other', 'secret', 'resolver-payload', 'product-content'];
/** "No AI services are used", "The app does not use any AI": no provider at all. */
// "No AI features.", as a table row's topic denied ("| AI features | Not used |") reads.
const NO_AI = phrase`^no\s+(?:generative\s+)?(?:AI|LLM)\s+(?:services?|providers?|models?|features?)[.!]?$|\bno\s+(?:generative\s+)?(?:AI|LLM)\s+(?:services?|providers?|models?|features?)\s+(?:are\s+|is\s+)?(?:used|involved)\b|\bno\s+(?=[^.;!?]{0,80}?\b(?:AI|LLMs?|large\s+language\s+models?)\b)[^.;!?]{0,80}?\s+(?:are|is)\s+(?:used|involved)\b|${NOT}${gap(20)}\buses?\s+(?:any\s+)?(?:generative\s+)?(?:AI|LLMs?)\b(?!${gap(30)}\b(?:train|training)\b)`;
/** "We send the summary and description to Anthropic": the data and the provider in one sentence. */
const INLINE = /\b(?:sends?|pass(?:es)?|forwards?|shares?)\s+([^.;!?]{3,120}?)\s+to\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)/i;
/** "The prompt contains the issue summary and description only": what goes to the AI provider. */
const PROMPT = phrase`\b(?:the\s+|our\s+|each\s+)?prompts?\s+(?:we\s+send\s+)?(?:only\s+)?(?:contains?|includes?|consists?\s+of|(?:is|are)\s+(?:built|made)\s+(?:up\s+)?(?:from|of))\s+(?=\S)`;
const NEGATED = new RegExp(String.raw`${NOT}[^.;!?]{0,30}$`, 'i');
const END = /^(?:no\s+(?:more|other)\s+data|nothing\s+else|we\s+send\s+the\s+following)\b/i;

export default defineClaim<Params>({
  id: 'ai-providers-and-data',
  title: 'AI providers and the data sent to them',
  description:
    'The app sends data only to the AI providers the statement names, and no identifier (account ID, email, name) unless its list of data sent names it. Providers come from the vendor catalogue (category ai); what is sent is read from HTTP calls to a provider\'s API and from calls through its SDK (`openai.chat.completions.create(…)`); when the code shows neither, the data part is unverified. "No AI services are used" names none: verified when the code shows no AI provider. "We send the following data:" is this claim when the sentence names AI, or when the heading or title line just above it does ("AI processing details"). "We send the following data to OpenAI:" lists what goes to that provider alone, and is no list of the providers used.',
  decidedBy: 'code',
  phrasings: [
    phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\b${gap(80)}\b(?:AI|LLM|model|generation|chat|assistant)\b`,
    phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\s+to\s+(?:the\s+)?[A-Z]`,
    phrase`\b(?:send|share|pass|forward)s?\b${gap(60)}\bto\s+(?:the\s+|our\s+)?(?:AI|LLM)\s*(?:providers?|vendors?|models?|services?)?\b`,
    phrase`\b(?:AI|LLM)\s+(?:features?\s+|processing\s+)?(?:uses?|is\s+powered\s+by|are\s+powered\s+by|providers?\s+(?:is|are))\b`,
    phrase`\b(?:only|sole)\s+(?:AI|LLM)\s+(?:providers?|vendors?|services?|models?)\b`,
    NO_AI,
    phrase`\b(?:sends?|pass(?:es)?|forwards?|shares?)\b${gap(120)}\bto\s+(?:the\s+)?[A-Z]`,
    PROMPT,
  ],
  inContext: {
    phrasings: [phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\b`],
    context: /\b(?:AI|LLM|GPT|models?|prompts?|generation|assistant|OpenAI|Gemini|Claude)\b/i,
  },
  params: (sentence, match) => {
    const head = firstLine(sentence);
    if (NO_AI.test(head)) return { providers: [] };
    const prompt = PROMPT.exec(head);
    if (prompt && !NEGATED.test(head.slice(0, prompt.index))) return { data: [head.slice(prompt.index + prompt[0].length)] };
    const inline = INLINE.exec(head);
    const inlineAi = inline && !NEGATED.test(head.slice(0, inline.index)) ? vendorsNamedIn(inline[2]!).filter((v) => v.category === 'ai') : [];
    if (inline && inlineAi.length > 0 && !/\bthe\s+following\b/i.test(inline[1]!)) return { to: inlineAi.map((v) => v.name), data: [inline[1]!] };
    const ai = vendorsNamedIn(head).filter((v) => v.category === 'ai');
    const to = TO.exec(head);
    const toAi = to ? ai.filter((v) => names(to[1]!, v)) : [];
    // "We send the following data to your mail server:" is no AI list: "to …" makes one only when it names an AI provider.
    if (/\bto\s+(?:the\s+)?\w$/i.test(match[0]) && toAi.length === 0) return null;
    const data: string[] = [];
    for (const line of followingLines(sentence)) {
      if (END.test(line)) break;
      data.push(line);
    }
    const out: Params = {};
    if (toAi.length > 0) out.to = toAi.map((v) => v.name);
    else if (ai.length > 0) out.providers = ai.map((v) => v.name);
    if (data.length > 0) out.data = data;
    return Object.keys(out).length > 0 ? out : null;
  },
  examples: [
    'We send the following data during Skyline page generation (AI generation screen):',
    'Our AI features use OpenAI and Anthropic.',
    'We send the following data to OpenAI when a digest is generated:',
  ],
  messages: {
    verified: 'AI use matches the statement: {{providers}}.',
    noAi: 'The code shows no AI provider; Candor cannot check what is sent.',
    none: 'The code shows no AI provider.',
    unlisted: 'The app uses {{providers}}, which the statement does not name ({{where}}).',
    unlistedData: 'A call to {{provider}} carries {{kinds}}, which the statement does not list ({{where}}).',
    sdkOnly: 'The app uses {{providers}}, but Candor finds no call that sends it data ({{where}}).',
  },
  verify(params, { facts }) {
    const ai = facts.thirdParties.filter((p) => p.category === 'ai');
    if (ai.length === 0) return Array.isArray(params.providers) && params.providers.length === 0 ? outcome('verified', 'none') : outcome('unverified', 'noAi');
    const stated = Array.isArray(params.providers) ? params.providers.map(String) : null;
    if (stated) {
      const unlisted = ai.filter((p) => !stated.some((s) => names(s, { id: p.vendor, name: p.name })));
      if (unlisted.length > 0) {
        // The calls to an unnamed provider first, then where the code imports it; package.json last.
        const evidence = unlisted.flatMap((p) => [
          ...vendorCalls(facts).filter((c) => c.vendor === p.vendor).map((c) => c.evidence),
          ...p.via.filter((v) => v.kind !== 'dependency').map((v) => v.evidence),
          ...p.via.filter((v) => v.kind === 'dependency').map((v) => v.evidence),
        ]);
        return outcome('contradicted', 'unlisted', evidence, { providers: unlisted.map((p) => p.name).join(', '), where: places(evidence) });
      }
    }
    const providers = ai.map((p) => p.name).join(', ');
    const to = Array.isArray(params.to) ? params.to.map(String) : null;
    const calls = vendorCalls(facts).filter((c) => c.category === 'ai' && (!to || to.some((t) => names(t, { id: c.vendor, name: c.name }))));
    if (Array.isArray(params.data)) {
      const allowed = new Set<DataKind>(ALWAYS);
      for (const item of params.data.map(String)) for (const [re, kind] of IDENTIFIERS) if (re.test(item)) allowed.add(kind);
      for (const call of calls) {
        const extra = call.carries.filter((k) => !allowed.has(k));
        if (extra.length > 0) {
          return outcome('contradicted', 'unlistedData', [call.evidence], { provider: call.name, kinds: extra.join(', '), where: places([call.evidence]) });
        }
      }
      if (calls.length === 0) {
        const evidence = ai.flatMap((p) => p.via.map((v) => v.evidence));
        return outcome('unverified', 'sdkOnly', evidence, { providers, where: places(evidence) });
      }
    }
    return outcome('verified', 'verified', [...calls.map((c) => c.evidence), ...ai.flatMap((p) => p.via.map((v) => v.evidence))], { providers });
  },
});
