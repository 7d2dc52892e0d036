import { propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { hasMarks } from '../string-marks.ts';

/**
 * `res.render('editor', { reactSource: 'https://unpkg.com/react@18/umd/react.production.min.js' })` of an Express app (an
 * atlassian-connect-express add-on): the view it renders and the constant values it gives the view, for the scan to find
 * where the view's template writes them (`<script src="{{reactSource}}">`, see `templateScripts`).
 * https://expressjs.com/en/api.html#res.render
 */
export function detectRenderedView(site: CallSite, ctx: FileContext): void {
  const steps = site.ref.steps;
  if (steps.length === 0 || steps.length > 2 || steps[steps.length - 1]!.name !== 'render' || ctx.facts.side !== 'backend') return;
  const [name, locals] = site.node.arguments as Node[];
  const view = name ? ctx.scope.str(name) : null;
  const object = locals ? ctx.scope.object(locals) : null;
  if (view === null || view === '' || hasMarks(view) || object === null) return;
  const values: Record<string, string> = {};
  for (const prop of object.properties as Node[]) {
    const key = prop.type === 'Property' ? propertyName(prop.key, prop.computed) : null;
    const value = key === null ? null : ctx.scope.str(unwrap(prop.value));
    if (key !== null && value !== null && value !== '' && !hasMarks(value)) values[key] = value;
  }
  if (Object.keys(values).length > 0) (ctx.facts.renderedViews ??= []).push({ view, values });
}
