/**
 * Every document `generate` writes, in a hand-written list: its id (`--only`), how it is built,
 * whether it is a statement (read back by Candor's claim catalogue before it is written), and
 * when it does not apply to an app.
 */
import { buildDataSecurityStatement } from '../render/documents/data-security-statement.ts';
import { buildIncidentCommunication } from '../render/documents/incident-communication.ts';
import { buildPrivacyPolicy } from '../render/documents/privacy-policy.ts';
import { buildSecurityProgram } from '../render/documents/security-program.ts';
import { buildSecurityStatement } from '../render/documents/security-statement.ts';
import type { DocumentInput } from '../render/documents/input.ts';
import type { DocumentKind, DocumentModel } from '../render/documents/model.ts';
import type { Needs } from '../render/documents/needs.ts';
import { readManifestExtras } from '../render/marketplace/manifest-extras.ts';
import { answerQuestionnaire } from '../render/marketplace/questionnaire.ts';
import { buildQuestionnaireSheet, questionnaireJson } from '../render/marketplace/questionnaire-sheet.ts';
import { buildTrustAnswers } from '../render/marketplace/trust-info.ts';
import { buildTrustSheet } from '../render/marketplace/trust-sheet.ts';

export interface Built {
  model: DocumentModel;
  /** A statement a vendor publishes: read back and verified before it is written. */
  statement: boolean;
  /** JSON files in place of the model's JSON (Marketplace answers are API bodies). */
  json?: Array<{ name: string; content: string }>;
}

export interface Builder {
  kind: DocumentKind;
  title: string;
  /** Why the document does not apply to this app, or undefined. */
  skip?: (input: DocumentInput) => string | undefined;
  build(input: DocumentInput, needs: Needs): Built;
}

export const BUILDERS: readonly Builder[] = [
  { kind: 'statement', title: 'data security and privacy statement', build: (input, needs) => ({ model: buildDataSecurityStatement(input, needs), statement: true }) },
  { kind: 'incident', title: 'incident communication policy', build: (input, needs) => ({ model: buildIncidentCommunication(input, needs), statement: true }) },
  { kind: 'privacy', title: 'privacy policy', build: (input, needs) => ({ model: buildPrivacyPolicy(input, needs), statement: true }) },
  { kind: 'security', title: 'security statement', build: (input, needs) => ({ model: buildSecurityStatement(input, needs), statement: true }) },
  { kind: 'program', title: 'security program statement', build: (input, needs) => ({ model: buildSecurityProgram(input, needs), statement: true }) },
  {
    kind: 'marketplace', title: 'Marketplace Privacy & Security answers',
    build(input, needs) {
      const answers = buildTrustAnswers(input);
      return {
        model: buildTrustSheet(input, needs, answers), statement: false,
        json: [
          { name: 'marketplace-privacy-security.json', content: `${JSON.stringify(answers.body, null, 2)}\n` },
          { name: 'marketplace-privacy-security.evidence.json', content: `${JSON.stringify({ evidence: answers.evidence, open: answers.open }, null, 2)}\n` },
        ],
      };
    },
  },
  {
    kind: 'questionnaire', title: 'Forge app security questionnaire',
    skip: ({ facts }) => (facts.app.platform === 'connect' ? 'a Connect app: the Forge app security questionnaire does not apply' : undefined),
    build(input, needs) {
      const answers = answerQuestionnaire(input, readManifestExtras(input.dir, input.facts));
      return { model: buildQuestionnaireSheet(input, needs, answers), statement: false, json: [{ name: 'forge-security-questionnaire.json', content: questionnaireJson(input, answers) }] };
    },
  },
];

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['statement', 'incident', 'privacy', 'security', 'program', 'marketplace', 'questionnaire'];
