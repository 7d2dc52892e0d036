import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'secret-in-logs',
  title: 'Secret in logs',
  severity: 'error',
  description:
    'Error: a back-end log call receives a secret (a value read with `getSecret`, an environment variable named like a key or ' +
    'token, a variable named `token`, `password`, `apiKey`…). Anyone who can read the app\'s logs can then use the credential; ' +
    'question 8 of the security questionnaire asks exactly this. A request logger mounted as middleware (pino-http) logs every request\'s headers unless told to redact them.',
  fix: 'Remove the secret from the log call (log whether it is set, never its value), then rotate the credential if the code was deployed.',
  messages: {
    logged: 'This `{{logger}}.{{level}}` call logs a secret.',
    requests: 'This request logger (`{{logger}}`) logs every request with its headers, the Authorization token among them.',
  },
  run({ facts }) {
    return facts.logs
      .filter((log) => log.side === 'backend' && log.carries.includes('secret'))
      .map((log) => ({ messageId: log.level === 'request' ? 'requests' : 'logged', data: { logger: log.logger, level: log.level }, evidence: log.evidence }));
  },
};

export default check;
