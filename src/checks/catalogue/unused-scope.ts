import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'unused-scope',
  title: 'Unused scope',
  severity: 'warning',
  description:
    'Warning: the app declares a scope that nothing in it needs (no REST call, storage, trigger, module or personal data ' +
    'reporting call; a call the app declares a whole set of scopes for, such as its classic scope, needs none of another set). Least privilege: every extra scope is data the app could read or change, is shown to admins at install, ' +
    'and is a "no" to question 7 of the Marketplace security questionnaire. The scan does not call a scope unused when a ' +
    'REST call of that product has a path it could not resolve, or when a module may use the scope in a way code does not show.',
  fix: 'Remove the scope from `permissions.scopes` (or the Connect descriptor\'s `scopes`); if code Candor cannot see needs it, keep it and say why in the profile\'s `scopes`.',
  messages: {
    unused: 'The app declares `{{scope}}`, but nothing in it needs this scope.',
  },
  run({ facts }) {
    return facts.scopes.unused.map((declared) => ({ messageId: 'unused', data: { scope: declared.scope }, evidence: declared.evidence }));
  },
};

export default check;
