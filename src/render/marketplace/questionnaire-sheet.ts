/** The pre-filled questionnaire as a readable sheet, and as JSON for tools. */
import { appName, longDate, type DocumentInput } from '../documents/input.ts';
import { code, compact, list, p, section, type DocumentModel, type Rich } from '../documents/model.ts';
import type { Needs } from '../documents/needs.ts';
import { describeEvidence } from './evidence.ts';
import data from './forge-questionnaire.json' with { type: 'json' };
import type { QuestionAnswer } from './questionnaire.ts';

const BASIS: Record<QuestionAnswer['basis'], string> = {
  code: 'from the code', inferred: 'inferred from the code: confirm', profile: 'declared in profile', vendor: 'needs your answer',
};

export function buildQuestionnaireSheet(input: DocumentInput, needs: Needs, answers: readonly QuestionAnswer[]): DocumentModel {
  const name = appName(input, needs);
  const categories = [...new Set(answers.map((a) => a.category))];
  const open = answers.filter((a) => a.asked && a.answer === null);
  const raised = answers.filter((a) => a.raises);
  return {
    kind: 'questionnaire', slug: 'forge-security-questionnaire', title: 'Forge App Security Questionnaire', lang: 'en',
    summary: `The Marketplace security questionnaire for ${name}, pre-filled from the app's code and trust profile on ${longDate(input.date)}. A draft to review, not an attestation: the vendor answers for every response.`,
    fields: [{ label: 'App', value: [name] }, ...(input.facts.app.id ? [{ label: 'App ID', value: [code(input.facts.app.id)] }] : [])],
    intro: [
      p(`${answers.filter((a) => a.asked && a.answer !== null).length} of ${answers.filter((a) => a.asked).length} questions asked are answered; ${open.length} need the vendor's answer. Review signals: Info needs no action, Warning brings a recommendation, Fail blocks the listing.`),
      raised.length > 0 ? p(`Answers that raise their signal: ${raised.map((a) => `${a.id} (${a.signal})`).join(', ')}.`) : p('No answer raises its review signal.'),
    ],
    numbered: false,
    sections: compact([
      ...categories.map((category) => section(category, [{
        type: 'table', caption: category, columns: ['Question', 'Answer', 'Signal', 'Basis', 'Evidence'],
        rows: answers.filter((a) => a.category === category).map((a): Rich[] => [
          [`${a.id}. ${a.question}`],
          [a.answer === null ? 'unanswered' : Array.isArray(a.answer) ? a.answer.join(', ') : a.answer],
          [`${a.signal}${a.raises ? ' (raised)' : ''}`],
          [a.asked ? BASIS[a.basis] : 'not asked'],
          [[...a.evidence.map(describeEvidence), ...(a.note ? [a.note] : [])].join('; ') || '\u2014'],
        ]),
      }])),
      section('Questions for the Vendor', open.length > 0 ? [list(open.map((a): Rich => [`${a.id}. ${a.question}`, a.note ? ` ${a.note}` : '']))] : [p('None.')]),
    ]),
  };
}

export function questionnaireJson(input: DocumentInput, answers: readonly QuestionAnswer[]): string {
  const asked = answers.filter((a) => a.asked);
  return `${JSON.stringify({
    schema: 'candor/forge-security-questionnaire@1',
    source: data.source,
    generated: { date: input.date },
    app: { id: input.facts.app.id, name: input.profile.app?.name ?? input.facts.app.name },
    summary: {
      questions: answers.length, asked: asked.length, answered: asked.filter((a) => a.answer !== null).length,
      raised: { fail: answers.filter((a) => a.raises && a.signal === 'fail').map((a) => a.id), warning: answers.filter((a) => a.raises && a.signal === 'warning').map((a) => a.id) },
    },
    answers,
    open: asked.filter((a) => a.answer === null).map((a) => ({ id: a.id, question: a.question, note: a.note ?? null })),
  }, null, 2)}\n`;
}
