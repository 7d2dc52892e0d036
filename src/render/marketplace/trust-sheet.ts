/** The Privacy & Security answers as a readable sheet: each question, its answer, and where the answer comes from. */
import { appName, longDate, type DocumentInput } from '../documents/input.ts';
import { code, compact, list, p, section, type DocumentModel, type Rich, type Section } from '../documents/model.ts';
import type { Needs } from '../documents/needs.ts';
import { describeEvidence } from './evidence.ts';
import type { TrustAnswers } from './trust-info.ts';

const SECTIONS: Array<[string, string]> = [
  ['dataAccessAndStorage', 'Data access and storage'],
  ['thirdPartyInformation', 'Third-party information'],
  ['logDetails', 'Logs'],
  ['dataResidency', 'Data residency'],
  ['dataRetention', 'Data retention'],
  ['privacy', 'Privacy'],
  ['security', 'Security'],
];

export function buildTrustSheet(input: DocumentInput, needs: Needs, answers: TrustAnswers): DocumentModel {
  const name = appName(input, needs);
  const key = input.profile.app?.key ?? input.facts.app.key;
  const sections: Section[] = SECTIONS.map(([id, title]) => {
    const rows = Object.entries(answers.evidence)
      .filter(([path]) => path.startsWith(`${id}.`))
      .map(([path, record]): Rich[] => [
        [record.question],
        [answerText(valueAt(answers.body.appTrustInformation, path))],
        [record.basis === 'profile' ? 'declared in profile' : record.basis === 'code' ? 'from the code' : 'code and profile'],
        [record.evidence.length > 0 ? record.evidence.map(describeEvidence).join('; ') : 'nothing in the code', ...(record.note ? [` (${record.note})`] : [])],
      ]);
    return section(title, rows.length > 0 ? [{ type: 'table', caption: title, columns: ['Question', 'Answer', 'Basis', 'Evidence'], rows }] : []);
  });
  const open = answers.open.map((q): Rich => [q.question, ' (', code(q.path), `): ${q.why}`]);
  return {
    kind: 'marketplace', slug: 'marketplace-privacy-security', title: 'Marketplace Privacy & Security Answers', lang: 'en',
    summary: `Answers for the Privacy & Security tab of ${name}'s Marketplace listing, each with its evidence, prepared on ${longDate(input.date)}.`,
    fields: [{ label: 'App', value: [name] }, ...(key ? [{ label: 'App key', value: [code(key)] }] : [])],
    intro: [
      p('marketplace-privacy-security.json next to this sheet is the request body for ', code('PUT /rest/2/addons/{addonKey}/privacy-and-security'), ', which saves a draft of the tab; publish it from the partner portal or with ', code('PUT \u2026/privacy-and-security/publish'), '. Every answer below names its evidence: a line of the app\'s code, or the line of the trust profile that declares it.'),
    ],
    numbered: false,
    sections: compact([...sections, section('Questions Candor Cannot Answer', open.length > 0 ? [p('Add these to the trust profile, or answer them in the form:'), list(open)] : [p('None: every question has an answer.')])]),
  };
}

function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

function answerText(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (value === 'NOT_APPLICABLE') return 'Not applicable';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map((v) => (typeof v === 'object' && v !== null ? party(v as Record<string, unknown>) : String(v))).join('; ');
  }
  if (value !== null && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    return min === max ? `${min} days` : `${min} to ${max} days`;
  }
  return String(value).replace(/\n/g, '; ');
}

function party(v: Record<string, unknown>): string {
  const countries = Array.isArray(v['thirdPartyCountries']) ? (v['thirdPartyCountries'] as string[]).join(', ') : '';
  return `${String(v['name'])}${v['purpose'] ? `: ${String(v['purpose'])}` : ''}${countries ? ` (${countries})` : ''}`;
}
