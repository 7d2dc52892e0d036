import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'secret-in-source',
  title: 'Secret in source',
  severity: 'error',
  description:
    'Error: a credential (API key, token, private key, password in a connection string) is written in a source or config file ' +
    'of the app. Anyone who can read the repository, the deployed bundle or a Custom UI page can use it. This is a "yes" to ' +
    'question 13 of the Marketplace security questionnaire (a Fail signal) and makes the app ineligible for Runs on Atlassian.',
  fix: 'Revoke the credential at its provider and issue a new one; keep it out of the code with `forge variables set --encrypt NAME value` (read as `process.env.NAME`) or Forge secret storage, and remove it from the repository history.',
  messages: {
    secret: '{{description}} is written here (`{{masked}}`): anyone who can read the code can use it.',
  },
  run({ facts }) {
    return facts.secrets.map((s) => ({ messageId: 'secret', data: { description: s.description, masked: s.masked }, evidence: s.evidence }));
  },
};

export default check;
