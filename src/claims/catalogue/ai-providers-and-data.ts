import type { DataKind, Evidence, ThirdParty } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { reachableHosts } from '../hosts.ts';
import { EXAMPLES, firstLine, followingLines, gap, NOT, phrase, PURPOSE } from '../phrases.ts';
import { vendorCalls } from '../sent.ts';
import { names, vendorsNamedIn } from '../vendor-names.ts';

/** `any`: a denial of all AI ("No AI services are used"), Atlassian's own models too; "no third-party AI" is not one. */
/** `only`: the data listed is all that is sent ("Only the issue summary is sent to OpenAI"); `withheld`: fields of the product's content denied to AI ("We never send comments to the AI model"). */
type Params = { providers?: string[]; data?: string[]; to?: string[]; any?: boolean; only?: boolean; withheld?: string[] };

/** "We send the following data to OpenAI when ...": the list is what goes to that provider, not a list of the providers used. */
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
/** What a call may carry of the product's content, field by field unknown to the scan. */
const CONTENT: ReadonlySet<DataKind> = new Set(['product-content', 'resolver-payload', 'other']);
/** AI services outside Atlassian, as a denial names them: "external AI services", "any third-party LLM providers", "any AI service" (all of them, so the external ones too). */
// "to AI services", with no article, is every one ("to the AI provider" is the app's own: OWN_AI).
// "to any third-party AI": the kind of AI alone, once a word says whose.
const AI_SERVICES = String.raw`(?:(?:(?:any\s+)?(?:external\s+|outside\s+|third[- ]party\s+)|any\s+)?(?:AI|LLM)(?:\s+or\s+(?:AI|LLM))?\s+(?:services|providers|models|vendors|APIs|service|provider|model|vendor|API)\b|(?:any\s+)?(?:external|outside|third[- ]party)\s+(?:AI|LLMs?)(?![\w-]))`;
/** "No AI services are used", "The app does not use any AI": no provider at all. */
// "No AI features.", as a table row's topic denied ("| AI features | Not used |") reads; "No AI." alone or opening a run of denials ("No AI, no tracking.").
/** AI by its names: "AI", "LLMs", "artificial intelligence", "machine-learning". */
const AI_WORDS = String.raw`(?:AI|LLMs?|artificial\s+intelligence|machine[- ]learning)`;
/** "No AI is used to train models on your data", "... does not use AI for training": a denial of training (no-ai-training's), not of AI. */
const NOT_TRAINING = String.raw`(?!${gap(30)}\b(?:train|training)\b)`;
// "No remotes, no egress, no AI.": a run of denials that ends in AI denies it as a whole.
const NO_AI = phrase`^no\s+(?:generative\s+)?(?:AI|LLM)\s+(?:services?|providers?|models?|features?)[.!]?$|^(?:[^.;!?:]{1,40}:\s*)?no\s+[\w-]+(?:\s*,\s*no\s+[\w-]+)*\s*,\s*(?:and\s+)?no\s+(?:generative\s+)?(?:AI|LLMs?)\s*[.!]?$|^no\s+(?:generative\s+)?(?:AI|LLMs?)\s*(?:[.!]?$|[,.;]\s*no\s)|\bno\s+(?:generative\s+)?${AI_WORDS}\s+(?:services?|providers?|models?|features?)\s+(?:are\s+|is\s+)?(?:used|involved)\b${NOT_TRAINING}|\bno\s+(?=[^.;!?]{0,80}?\b(?:AI|LLMs?|large\s+language\s+models?)\b)[^.;!?]{0,80}?\s+(?:are|is)\s+(?:used|involved)\b${NOT_TRAINING}|${NOT}${gap(20)}\buses?\s+(?:any\s+|an?\s+)?(?:(?:external|outside|third[- ]party)\s+)?(?:generative\s+)?${AI_WORDS}(?![\w-])${NOT_TRAINING}|\buses?\s+no\s+(?:(?:external|outside|third[- ]party)\s+)?(?:generative\s+)?${AI_WORDS}(?![\w-])${NOT_TRAINING}|${NOT}${gap(20)}\b(?:call|contact|connect\s+to)s?\s+(?:any\s+|an?\s+)?(?:external\s+|third[- ]party\s+)?(?:AI|LLM)(?:\s+or\s+(?:AI|LLM))?\s+(?:services?|providers?|models?|vendors?|APIs?)\b`;
/** "No data is sent to external AI services", "We never pass page content to any third-party LLM providers": data denied to AI outside Atlassian. */
/** The app's own AI provider, named by its role: "the AI provider", "our LLM service"; one is used, so a denial of data to it names no provider. */
const OWN_AI = String.raw`(?:the|our|its)\s+(?:AI|LLM)\s+(?:services?|providers?|models?|vendors?|APIs?)\b`;
const DENIED_TO_AI = phrase`\bno\s+(?:[\w-]+\s+){0,2}?(?:data|information|content)\s+(?:is|are)\s+(?:ever\s+)?(?:sent|passed|forwarded|shared|transmitted)\s+to\s+(?:${AI_SERVICES}|${OWN_AI})|(?:${NOT}|\bnothing\b)${gap(30)}\b(?:sen[dt]|shared?|pass(?:ed)?|forward(?:ed)?|transmit(?:ted)?)s?\b${gap(60)}\bto\s+(?:an?\s+(?=(?:external\s+|outside\s+|third[- ]party\s+)?(?:AI|LLM)\b))?(?:${AI_SERVICES}|${OWN_AI})`;
/** Personal data denied to AI, which says what is not sent, not that no AI is used: "No personal data is sent to external AI services". */
const PERSONAL = /\b(?:personal|personally\s+identifiable|identifying|identifiable|PII|user[- ]identifying)\b/i;
/**
 * A denial that leaves room for some data or some sending: "No other data ..." (after the data it sent), "... sensitive data ...",
 * "... for training" (no-ai-training's topic), "... without your consent", "... unless you turn it on".
 */
// "the reporter's name or any other personal data" denies all of it, the name too.
const PARTIAL = /(?<!\b(?:or|nor|and)\s+(?:any\s+)?)\b(?:other|else|additional|sensitive|private|confidential)\s+(?:[\w-]+\s+)?(?:data|information|content)\b/i;
const QUALIFIED = new RegExp(String.raw`${PURPOSE}|\b(?:without|unless|if|until|before|once|when)\b`, 'i');
/** "We send the summary and description to Anthropic": the data and the provider in one sentence. */
const INLINE = /\b(?:sends?|pass(?:es)?|forwards?|shares?)\s+([^.;!?]{3,120}?)\s+to\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)/i;
/**
 * "OpenAI gets the issue summary but no account IDs": the provider as the subject, and what it receives before what it does not;
 * not a clause that only sets a time or a condition ("Until OpenAI receives the issue summary, no answer is shown").
 */
const RECEIVES = phrase`^\s*(?!(?:until|when(?:ever)?|once|if|before|after|unless|while|since|because|as\s+soon\s+as)\b)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:only\s+)?(?:receives?|gets?|sees?)\s+(?:only\s+)?((?!(?:no|nothing|any)\b)[^.;!?,]{3,120}?)\s*,?\s+(?:but\s+)?(?:never|not|no)\b`;
/** "Only the issue summary is sent to OpenAI", "Comments are never sent to OpenAI": the data as the subject of a passive. */
// Held to "only" or denied: a plain "Issue descriptions are sent to Anthropic" lists no fields, and is left to the other phrasings.
const SENT_TO = phrase`^\s*(?:(only)\s+(?!(?:no|nothing|data)\b)([^.;!?,]{3,80}?)\s+(?:is|are)\s+(?:(only)\s+)?|(?!(?:only|no|nothing|data)\b)([^.;!?,]{3,80}?)\s+(?:is|are)\s+(only|never|not)\s+)(?:sent|passed|forwarded|shared|transmitted)\s+to\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)`;
/** A field of the product's content, which the scan knows only as content: "the issue summary", "comments", "page bodies". */
const FIELD = /\b(?:summar(?:y|ies)|descriptions?|comments?|attachments?|titles?|labels?|bod(?:y|ies)|worklogs?|custom\s+fields?|field\s+values?)\b/i;
/** The fields a denial withholds, when it names such a field and no identifier (no-identifiers-to-vendor's). */
const withheldFields = (data: string): string[] | null => (FIELD.test(data) && !IDENTIFIERS.some(([re]) => re.test(data)) ? [data.trim()] : null);
/** "The prompt contains the issue summary and description only": what goes to the AI provider. */
const PROMPT = phrase`\b(?:the\s+|our\s+|each\s+)?prompts?\s+(?:we\s+send\s+)?(?:only\s+)?(?:contains?|includes?|consists?\s+of|(?:is|are)\s+(?:built|made)\s+(?:up\s+)?(?:from|of))\s+(?=\S)`;
/**
 * A provider named as the one that does the work or receives the request: "Summaries are generated by OpenAI", "calls Anthropic's API",
 * "Prompts go to Azure OpenAI", "Questions are sent to Anthropic", "AI vendor: Mistral AI". The params keep only AI providers the catalogue knows.
 */
const AGENT = phrase`\b(?:generated|drafted|written|produced|created|powered|processed|handled|summari[sz]ed|translated|answered|analy[sz]ed)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?[A-Z]|(?<!\b(?:outbound|outgoing|external|API|HTTP|network|all|the|any|no|its|our|these|those|of)\s)\bcalls?\s+(?!to\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?'s\s+(?:API|endpoint|models?)\b|\b(?:go|goes|(?:is|are)\s+(?:sent|passed|forwarded|submitted))\s+to\s+(?:the\s+)?(?!(?:our|its|the\s+app's)\s)[A-Z]|^(?:AI|LLM)\s+(?:vendors?|providers?|models?|services?)\s*:\s*(?=\S)|\b(?:we|the\s+app|it)\s+(?:are\s+|is\s+)?(?:use|uses|using|rel(?:y|ies)\s+on)\s+(?:the\s+)?[A-Z]`;
/** "OpenAI drafts the replies. No other AI provider receives your data.": the providers named before it in its paragraph are all (the sentence refers back). */
const NO_OTHER_AI = phrase`^no\s+other\s+(?:AI|LLM)\s+(?:providers?|services?|vendors?|models?)\s+(?:ever\s+)?(?:receives?|gets?|sees?|processes|is\s+used|are\s+used)\b|^(?:[\w-]+\s+){0,3}(?:not|never|\w*n't)\s+(?:(?:call|use|contact|send\s+(?:data|anything)\s+to|rely\s+on)s?\s+)any\s+other\s+(?:AI|LLM)\s+(?:providers?|services?|vendors?|models?)\b`;
/** Atlassian's own AI, which runs on the platform: "Rovo", "Atlassian Intelligence", "Forge LLMs", "`@forge/llm`". Named before "no other AI provider", it leaves no provider outside Atlassian. */
const ATLASSIAN_AI = /\b(?:Rovo|Atlassian\s+Intelligence|Forge\s+LLMs?|Atlassian(?:'s)?(?:-hosted)?\s+(?:AI|LLMs?|models?))\b|@forge\/llm\b/i;
/** A denial of AI that says whose: "no external AI services", "no AI beyond Atlassian's own models" leave Atlassian's own models out of it. */
const WHOSE_AI = /\b(?:external|outside|third[- ]party|3rd[- ]party|other|beyond|besides)\b/i;
const deniesAllAi = (head: string): boolean => !WHOSE_AI.test(head) && !ATLASSIAN_AI.test(head);
/** What may follow a denial of AI as such: more kinds of AI ("... AI or machine learning"), where ("in the app"), "at all"; nothing else. */
const AS_SUCH = /^(?:\s+(?:services?|providers?|models?|features?|tools?|APIs?))?(?:\s*(?:,\s*(?:(?:or|and|nor)\s+)?|\s(?:or|and|nor)\s+)(?:any\s+)?(?:generative\s+)?(?:AI|LLMs?|ML|artificial\s+intelligence|machine[- ]learning|large\s+language\s+models?|services?|providers?|models?|features?|tools?|APIs?|technolog(?:y|ies))(?:\s+(?:services?|providers?|models?|features?|tools?|APIs?|technolog(?:y|ies)))?)*(?:\s+(?:in|by|within)\s+(?:the|this|our|its)\s+(?:app|product|add-on|integration|plugin)|\s+at\s+all|\s+in\s+any\s+(?:way|form))*\s*(?:[.!;)]|$)/i;
/** A purpose the denial is held to that names no data: "... AI to make decisions about users", "... for hiring"; nothing the code shows. */
const PURPOSE_ONLY = /^\s*(?:in\s+order\s+)?(?:to|for)\s+(?![^.;!?]*\b(?:data|content|information|issues?|pages?|tickets?|comments?|attachments?|files?|records?|text)\b)/i;
/** A denial of AI: of AI as such (`any`, Atlassian's own models too), of AI on some data (no provider), or of AI for a purpose the code cannot show (no claim). */
function deniedAi(head: string): Params | null {
  const m = NO_AI.exec(head)!;
  const tail = head.slice(m.index + m[0].length);
  // "No AI, no tracking.": the match ends in the next denial.
  if (/[,.;]\s*no\s$/i.test(m[0]) || AS_SUCH.test(tail)) return { providers: [], ...(deniesAllAi(head) ? { any: true } : {}) };
  return PURPOSE_ONLY.test(tail) ? null : { providers: [] };
}
const NEGATED = new RegExp(String.raw`${NOT}[^.;!?]{0,30}$`, 'i');
const WITHHELD = new RegExp(String.raw`${NOT}[^.!?]{0,60}\b(?:account\s*IDs?|identifiers?|(?:user\s*|display\s+)?names?|e-?mail(?:\s+address(?:es)?)?s?)\b`, 'i');
const DENIAL = new RegExp(String.raw`${NOT}|\b(?:nothing|none|nobody|nowhere)\b`, 'i');
const END = /^(?:no\s+(?:more|other)\s+data|nothing\s+else|we\s+send\s+the\s+following)\b/i;

export default defineClaim<Params>({
  id: 'ai-providers-and-data',
  title: 'AI providers and the data sent to them',
  description:
    'The app sends data only to the AI providers the statement names, and no identifier (account ID, email, name) unless its list of data sent names it. Providers come from the vendor catalogue (category ai); what is sent is read from HTTP calls to a provider\'s API and from calls through its SDK (`openai.chat.completions.create(\u2026)`); when the code shows neither, the data part is unverified. A provider the manifest only allows (an egress entry left in it, no SDK, import or request) is no provider the app uses, unless a Forge `fetch` whose URL Candor cannot resolve may reach its host: then a statement that does not name it is unverified. "No AI services are used" and "No data is sent to external AI services" name none: verified when the code shows no AI provider; the first denies Atlassian\'s own models too (`@forge/llm`, a Rovo agent), which contradict it, while the second allows them, and so does a denial of AI on the data ("We do not use AI on your data"); a denial of AI for a purpose the code cannot show ("The app does not use AI to make decisions about users") is no claim; "No personal data is sent to external AI services" lists no identifier, and so does "The app never sends the reporter\'s name or any other personal data to the AI provider"; a denial that leaves room ("No other data \u2026", "\u2026 for training", "\u2026 without your consent") names no provider. "No other AI provider receives your data" and "The app does not call any other AI provider" name the AI providers its paragraph names before it; after Atlassian\'s own AI (Rovo, Atlassian Intelligence, Forge LLMs), none outside Atlassian. "We send the following data:" is this claim when the sentence names AI, or when the heading or title line just above it does ("AI processing details"). "We send the following data to OpenAI:" lists what goes to that provider alone, and is no list of the providers used.',
  decidedBy: 'code',
  phrasings: [
    phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\b${gap(80)}\b(?:AI|LLM|model|generation|chat|assistant)\b`,
    phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\s+to\s+(?:the\s+)?[A-Z]`,
    phrase`\b(?:send|share|pass|forward)s?\b${gap(60)}\bto\s+(?:the\s+|our\s+)?(?:AI|LLM)\s*(?:providers?|vendors?|models?|services?)?\b`,
    phrase`\b(?:AI|LLM)\s+(?:features?\s+|processing\s+)?(?:uses?|is\s+powered\s+by|are\s+powered\s+by|providers?\s+(?:is|are))\b`,
    phrase`\b(?:only|sole)\s+(?:AI|LLM)\s+(?:providers?|vendors?|services?|models?)\b`,
    NO_AI,
    DENIED_TO_AI,
    phrase`\b(?:sends?|pass(?:es)?|forwards?|shares?)\b${gap(120)}\bto\s+(?:the\s+)?[A-Z]`,
    // "We send Anthropic the page title and body": the provider as the verb's first object.
    phrase`\b(?:we|it|the\s+app)\s+(?:only\s+)?(?:sends?|pass(?:es)?|gives?)\s+(?-i:[A-Z])[\w.-]*\s+(?:the|only|our|your|each|every|a|an)\b`,
    PROMPT,
    SENT_TO,
    AGENT,
    RECEIVES,
    NO_OTHER_AI,
  ],
  inContext: {
    phrasings: [phrase`\bwe\s+send\s+the\s+following\s+(?:data|information)\b`],
    context: /\b(?:AI|LLM|GPT|models?|prompts?|generation|assistant|OpenAI|Gemini|Claude)\b/i,
  },
  params: (sentence, match) => {
    const head = firstLine(sentence);
    if (NO_AI.test(head)) return deniedAi(head);
    if (match[0] !== '' && NO_OTHER_AI.test(match[0])) {
      const before = vendorsNamedIn(head.slice(0, Math.max(0, head.length - match.input.length + match.index))).filter((v) => v.category === 'ai');
      if (QUALIFIED.test(match.input.slice(match.index))) return null;
      if (before.length > 0) return { providers: before.map((v) => v.name) };
      return ATLASSIAN_AI.test(head.slice(0, Math.max(0, head.length - match.input.length + match.index))) ? { providers: [] } : null;
    }
    const denied = DENIED_TO_AI.exec(head);
    // "We never send comments to the AI model": a field withheld, which the scan cannot tell from the rest of the content.
    const fields = denied && !QUALIFIED.test(head.slice(denied.index)) ? withheldFields(/\b(?:sen[dt]|shared?|pass(?:ed)?|forward(?:ed)?|transmit(?:ted)?)s?\s+(.+?)\s+to\s/i.exec(denied[0])?.[1] ?? '') : null;
    if (fields) return { withheld: fields };
    const passive = SENT_TO.exec(head);
    const passiveAi = passive ? vendorsNamedIn(passive[6]!).filter((v) => v.category === 'ai') : [];
    if (passive && passiveAi.length > 0) {
      const to = passiveAi.map((v) => v.name);
      if (passive[5] !== 'only' && passive[5] !== undefined) {
        const kept = withheldFields(passive[4]!);
        return kept ? { to, withheld: kept } : null;
      }
      return { to, data: [(passive[2] ?? passive[4])!], only: true };
    }
    // "... to third-party LLM providers such as OpenAI": the providers it gives as examples are denied too, not named as used.
    if (denied && !PARTIAL.test(denied[0]) && !QUALIFIED.test(head.slice(denied.index)) && !vendorsNamedIn(head.replace(EXAMPLES, '')).some((v) => v.category === 'ai')) {
      // The personal data withheld from AI: an empty list of data sent allows no identifier.
      if (PERSONAL.test(denied[0])) return { data: [] };
      return new RegExp(OWN_AI, 'i').test(denied[0]) ? null : { providers: [] };
    }
    const prompt = PROMPT.exec(head);
    if (prompt && !NEGATED.test(head.slice(0, prompt.index))) return { data: [head.slice(prompt.index + prompt[0].length)] };
    const received = RECEIVES.exec(head);
    const receiver = received ? vendorsNamedIn(received[1]!).filter((v) => v.category === 'ai') : [];
    if (receiver.length > 0) return { to: receiver.map((v) => v.name), data: [received![2]!] };
    const inline = INLINE.exec(head);
    const inlineAi = inline && !NEGATED.test(head.slice(0, inline.index)) ? vendorsNamedIn(inline[2]!).filter((v) => v.category === 'ai') : [];
    if (inline && inlineAi.length > 0 && !/\bthe\s+following\b/i.test(inline[1]!)) return { to: inlineAi.map((v) => v.name), data: [inline[1]!] };
    const ai = vendorsNamedIn(head).filter((v) => v.category === 'ai');
    // The provider right after the verb ("generated by OpenAI"), not one named elsewhere; "Nothing goes to OpenAI" names no provider the app uses.
    if (AGENT.exec(head)?.index === match.index) {
      const end = match.index + match[0].length;
      const near = vendorsNamedIn(head.slice(match.index, end + 30)).some((v) => v.category === 'ai');
      // "... calls OpenAI's API without your name" is about the identifiers withheld (no-identifiers-to-vendor).
      const withheld = WITHHELD.test(head.slice(end));
      return near && !withheld && !DENIAL.test(`${head.slice(0, match.index).split(/[.;!?]/).pop()!}${match[0]}`) ? { providers: ai.map((v) => v.name) } : null;
    }
    const to = TO.exec(head);
    const toAi = to ? ai.filter((v) => names(to[1]!, v)) : [];
    // "We send the following data to your mail server:" is no AI list: "to ..." makes one only when it names an AI provider.
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
    platformOnly: 'The code shows no AI provider outside Atlassian; its models run on the platform: {{providers}}.',
    platformAi: 'The app uses AI that Atlassian hosts: {{providers}} ({{where}}); a model on the platform is still AI.',
    unlisted: 'The app uses {{providers}}, which the statement does not name ({{where}}).',
    unlistedData: 'A call to {{provider}} carries {{kinds}}, which the statement does not list ({{where}}).',
    onlyAllowed: 'The manifest allows requests to {{providers}} ({{where}}), which the statement does not name; no call in the code names it, but one whose URL Candor cannot resolve may reach it.',
    sdkOnly: 'The app uses {{providers}}, but Candor finds no call that sends it data ({{where}}).',
    fieldsUnknown: '{{provider}} gets the product\'s content ({{where}}); Candor tells content from identifiers, not one field from another, so it cannot check {{what}}.',
    fieldsPlatform: 'The app uses {{provider}} ({{where}}); Candor does not see what it passes to the model, field by field, so it cannot check {{what}}.',
    otherProvider: 'No call in the code goes to {{to}} (a Forge remote or server may make it); the code sends data to {{providers}} ({{where}}).',
  },
  verify(params, { facts }) {
    // A provider the manifest only allows (an egress entry left from an old version, no SDK, import or request) gets
    // data only through a call Candor cannot resolve, when one can reach it.
    const onlyAllowed = (p: ThirdParty): boolean => p.via.every((v) => v.kind === 'declared-egress');
    const hosts = (p: ThirdParty): string[] => p.via.map((v) => v.detail.toLowerCase());
    const reached = (p: ThirdParty): boolean => facts.egress.unresolved.some((c) => reachableHosts(facts, c)?.some((h) => hosts(p).includes(h)) ?? true);
    const ai = facts.thirdParties.filter((p) => p.category === 'ai' && (!onlyAllowed(p) || reached(p)));
    // A model the platform runs for the app (`@forge/llm`, a Rovo agent) is Atlassian's, no provider outside it.
    const platform = (facts.llm ?? []).filter((u) => !facts.thirdParties.some((p) => p.vendor === u.vendor));
    // The scan knows what a call carries by kind (content, identifiers), not by field: "only the summary", "never comments" stay open.
    const what = params.only === true && Array.isArray(params.data) ? `that it is only ${params.data.join(', ')}` : Array.isArray(params.withheld) ? `that it leaves out ${params.withheld.join(', ')}` : null;
    const fieldsUnknown = (messageId: string, provider: string, evidence: Evidence[]) => outcome('unverified', messageId, evidence, { provider, what: what!, where: places(evidence) });
    if (ai.length === 0 && what && platform.length > 0) return fieldsUnknown('fieldsPlatform', [...new Set(platform.map((u) => u.provider))].join(', '), platform.map((u) => u.evidence));
    if (ai.length === 0 && Array.isArray(params.providers) && params.providers.length === 0) {
      // "No AI services are used" denies those too: Atlassian hosts the model, but the app uses AI.
      if (params.any === true && platform.length > 0) {
        const evidence = platform.map((u) => u.evidence);
        return outcome('contradicted', 'platformAi', evidence, { providers: [...new Set(platform.map((u) => u.provider))].join(', '), where: places(evidence) });
      }
      return platform.length > 0 ? outcome('verified', 'platformOnly', platform.map((u) => u.evidence), { providers: [...new Set(platform.map((u) => u.provider))].join(', ') }) : outcome('verified', 'none');
    }
    if (ai.length === 0) return outcome('unverified', 'noAi');
    const stated = Array.isArray(params.providers) ? params.providers.map(String) : null;
    if (stated) {
      const unlisted = ai.filter((p) => !stated.some((s) => names(s, { id: p.vendor, name: p.name })));
      if (unlisted.length > 0 && unlisted.every(onlyAllowed)) {
        const evidence = unlisted.flatMap((p) => p.via.map((v) => v.evidence));
        return outcome('unverified', 'onlyAllowed', evidence, { providers: unlisted.map((p) => p.name).join(', '), where: places(evidence) });
      }
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
      // "... sent to our remote, which forwards them to Anthropic": the provider named gets nothing the code sends itself, others do.
      const others = to ? vendorCalls(facts).filter((c) => c.category === 'ai' && !calls.includes(c)) : [];
      if (calls.length === 0 && others.length > 0) {
        const evidence = others.map((c) => c.evidence);
        return outcome('unverified', 'otherProvider', evidence, { to: to!.join(', '), providers: [...new Set(others.map((c) => c.name))].join(', '), where: places(evidence) });
      }
    }
    if ((Array.isArray(params.data) || what) && calls.length === 0) {
      const evidence = ai.flatMap((p) => p.via.map((v) => v.evidence));
      return outcome('unverified', 'sdkOnly', evidence, { providers, where: places(evidence) });
    }
    const content = what ? calls.filter((c) => c.carries.some((k) => CONTENT.has(k))) : [];
    if (content.length > 0) return fieldsUnknown('fieldsUnknown', [...new Set(content.map((c) => c.name))].join(', '), content.map((c) => c.evidence));
    return outcome('verified', 'verified', [...calls.map((c) => c.evidence), ...ai.flatMap((p) => p.via.map((v) => v.evidence))], { providers });
  },
});
