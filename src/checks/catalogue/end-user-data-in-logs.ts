import { END_USER_DATA } from '../../scan/facts.ts';
import { dataText } from '../words.ts';
import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'end-user-data-in-logs',
  title: 'End-User Data in logs',
  severity: 'error',
  description:
    'Error: a back-end log call (`console.*`, pino, winston\u2026) receives End-User Data: account IDs, emails, names, product ' +
    'content (issue, page or comment bodies) or a resolver or event payload. Forge logs are readable by the app\'s developers ' +
    'and kept outside the customer\'s control, so "we do not log End-User Data" becomes false, and question 8 of the security ' +
    'questionnaire is a yes. Log calls in Custom UI code write to the user\'s own browser console and are not reported.',
  fix: 'Log identifiers of the operation instead (issue key count, status code, error message), or remove the log call.',
  messages: {
    logged: 'This `{{logger}}.{{level}}` call logs {{data}}: End-User Data in the app\'s logs.',
    access: 'This `{{logger}}` access log writes {{data}} with every request (in the token the product or Forge sends, or the body of a webhook): End-User Data in the app\'s logs.',
  },
  run({ facts }) {
    return facts.logs.flatMap((log) => {
      if (log.side !== 'backend') return [];
      const kinds = END_USER_DATA.filter((k) => log.carries.includes(k));
      if (kinds.length === 0) return [];
      return [log.access
        ? { messageId: 'access', data: { logger: log.logger, data: dataText(kinds) }, evidence: log.evidence }
        : { messageId: 'logged', data: { logger: log.logger, level: log.level, data: dataText(kinds) }, evidence: log.evidence }];
    });
  },
};

export default check;
