import type { CheckDefinition } from '../types.ts';

/** Scopes no REST call can need: an unresolved REST path says nothing about them. */
const NOT_REST = /^(storage:app|report:personal-data|read:app-system-token|read:app-user-token)$/;

const check: CheckDefinition = {
  id: 'unused-scope',
  title: 'Unused scope',
  severity: 'warning',
  description:
    'Warning: the app declares a scope that nothing in it needs (no REST call, storage, trigger, module or personal data ' +
    'reporting call). Least privilege: every extra scope is data the app could read or change, is shown to admins at install, ' +
    'and is a "no" to question 7 of the Marketplace security questionnaire. When some REST calls have a path Candor could ' +
    'not resolve, the message names them, since one of them may be the call that needs the scope.',
  fix: 'Remove the scope from `permissions.scopes` (or the Connect descriptor\'s `scopes`), or, if a dynamic call needs it, keep it and say why in the profile\'s `scopes`.',
  messages: {
    unused: 'The app declares `{{scope}}`, but nothing in it needs this scope.',
    unusedUnresolved:
      'The app declares `{{scope}}`, and no call Candor could resolve needs it; {{count}} REST call(s) with a dynamic path might (related locations): check them before removing it.',
  },
  run({ facts }) {
    const unresolved = facts.unresolvedRestCalls.map((c) => c.evidence);
    return facts.scopes.unused.map((declared) => {
      const maybe = unresolved.length > 0 && !NOT_REST.test(declared.scope);
      return maybe
        ? { messageId: 'unusedUnresolved', data: { scope: declared.scope, count: unresolved.length }, evidence: declared.evidence, related: unresolved }
        : { messageId: 'unused', data: { scope: declared.scope }, evidence: declared.evidence };
    });
  },
};

export default check;
