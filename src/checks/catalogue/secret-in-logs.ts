import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'secret-in-logs',
  title: 'Secret in logs',
  severity: 'error',
  description:
    'Error: a back-end log call receives a secret (a value read with `getSecret`, an environment variable named like a key or ' +
    'token, the whole environment (`console.log(process.env)`), a variable named `token`, `password`, `apiKey`\u2026). Anyone who can read the app\'s logs can then use the credential; ' +
    'question 8 of the security questionnaire asks exactly this.',
  fix: 'Remove the secret from the log call (log whether it is set, never its value), then rotate the credential if the code was deployed. ' +
    'For an access log, leave out or redact the token: a `url` token of your own (`morgan.token(\'url\', \u2026)`) that drops the `jwt` query parameter, pino-http\'s `redact` for `req.headers.authorization`; leave the request\'s body out (express-bunyan-logger\'s `excludes: [\'body\']`).',
  messages: {
    logged: 'This `{{logger}}.{{level}}` call logs a secret.',
    access: 'This `{{logger}}` access log writes every request\'s {{fields}}, and so the secret the product or Forge sends (the Connect JWT, the Forge Invocation Token, the shared secret of Connect\'s `installed` callback).',
  },
  run({ facts }) {
    return facts.logs
      .filter((log) => log.side === 'backend' && log.carries.includes('secret'))
      .map((log) => log.access
        ? { messageId: 'access', data: { logger: log.logger, fields: tokenFields(log.access) }, evidence: log.evidence }
        : { messageId: 'logged', data: { logger: log.logger, level: log.level }, evidence: log.evidence });
  },
};

const SECRET_FIELDS: Record<string, string> = { url: 'URL', headers: 'headers', body: 'body' };

/** The fields of an access log that carry a secret: the URL (`?jwt=...`), the headers (`Authorization`), the body (`sharedSecret`). */
function tokenFields(fields: string[]): string {
  const words = fields.flatMap((f) => SECRET_FIELDS[f] ?? []);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}` : words.join('');
}

export default check;
