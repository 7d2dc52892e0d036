import type { Diagnostic, Evidence } from '../scan/facts.ts';
import type { PathSegment } from './doc-path.ts';
import { record, type Plain } from './values.ts';

/**
 * What a descriptor holds in the wrong shape, which the scan would otherwise pass over in silence: `scopes`
 * that are not a list of names, `modules` or `lifecycle` that are not objects, a `baseUrl` that is no URL.
 * https://developer.atlassian.com/cloud/jira/platform/app-descriptor/
 */
export function descriptorShapeProblems(file: string, descriptor: Plain, locate: (path: readonly PathSegment[]) => Evidence): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problem = (path: readonly PathSegment[], what: string): void => {
    const at = locate(path);
    out.push({
      severity: 'warning', code: 'descriptor-invalid', file, line: at.line, column: at.column,
      message: `${file}: ${what}.`,
      hint: 'See https://developer.atlassian.com/cloud/jira/platform/app-descriptor/',
    });
  };
  const { scopes, modules, lifecycle, baseUrl } = descriptor;
  if (scopes !== undefined && !Array.isArray(scopes)) problem(['scopes'], '`scopes` is not a list of scope names (`["READ", "WRITE"]`); no scope is read from it');
  else if (Array.isArray(scopes)) scopes.forEach((scope, i) => { if (typeof scope !== 'string') problem(['scopes', i], `\`scopes[${i}]\` is not a scope name; it is left out`); });
  if (modules !== undefined && record(modules) === null) problem(['modules'], '`modules` is not an object of module types; no module is read from it');
  if (lifecycle !== undefined && record(lifecycle) === null) problem(['lifecycle'], '`lifecycle` is not an object of callback paths; no callback is read from it');
  // `{{localBaseUrl}}`, which atlassian-connect-express fills in, is a URL once served.
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || (!baseUrl.includes('{{') && !URL.canParse(baseUrl)))) problem(['baseUrl'], '`baseUrl` is not a URL (`https://app.example.com`), so the host of the app\'s back end is not known');
  return out;
}
