import type { EgressCall } from '../../facts.ts';
import { propertyName, unwrap, type Node } from '../ast.ts';
import type { FileContext } from '../context.ts';
import { isConnectScript, otherSiteScript } from '../inline-scripts.ts';
import { HOLE } from '../string-marks.ts';
import { isHoles } from '../call-args.ts';
import { startsAtProductBase } from '../product-base.ts';

/** `document`'s methods that hand back an element of the page, or make one. */
const ELEMENT_FINDERS = new Set(['getElementById', 'querySelector', 'createElement']);

/**
 * `frame.src = url`, `el.setAttribute('src', url)` and `form.action = url` on an element of the page (`document.getElementById(...)`,
 * `querySelector(...)`, `createElement('iframe')`, `new Image()`, `document.forms[...]`, a React ref's `current`): the browser loads the address, or posts the form to it, on
 * the app's behalf (code that names `document` runs in a browser). An address the page builds of what it reads at run time (a macro's parameter, its own URL's query) goes to a
 * host the user chooses, which the scan cannot name; the app's own pages and Atlassian's, also those of the product's site however its base URL is read, are no egress.
 */
export function elementLoad(ctx: FileContext, element: Node, attribute: string, value: Node, at: Node): void {
  if (attribute !== 'src' && attribute !== 'action') return;
  const tag = elementTag(ctx, unwrap(element));
  if (tag === null || (attribute === 'action' && tag !== 'form' && tag !== '')) return;
  loadAddress(ctx, tag, attribute, value, at);
}

/**
 * `<iframe src="https://calendar.example.com/embed?src=team" />` of JSX: as `frame.src = url`, in the browser that renders it (also a
 * server's markup). An address whose site the code does not name (`src={block.src}`) is left out: a page of the product's or the
 * app's as often as another site's. (An image's constant address is read from the markup's text, see `externalImages`.)
 */
export function jsxLoad(ctx: FileContext, element: Node): void {
  const name = element.name;
  if (name?.type !== 'JSXIdentifier' || name.name !== 'iframe') return;
  for (const attr of element.attributes as Node[]) {
    if (attr.type !== 'JSXAttribute' || attr.name?.type !== 'JSXIdentifier' || attr.name.name !== 'src' || !attr.value) continue;
    const value = attr.value.type === 'JSXExpressionContainer' ? attr.value.expression : attr.value;
    const url = value.type === 'JSXEmptyExpression' ? null : ctx.scope.strParams(value);
    if (url !== null && /^https?:\/\/[^/]/i.test(url)) loadAddress(ctx, 'iframe', 'src', value, attr, 'frontend');
  }
}

function loadAddress(ctx: FileContext, tag: string, attribute: string, value: Node, at: Node, side = ctx.facts.side): void {
  const url = ctx.scope.strParams(value);
  if (url === null || isLocalObject(value) || isNoSite(url)) return;
  // A constant relative address is the app's own page; Atlassian's scripts and pages are the platform's, also the Connect
  // JavaScript API's on the product's base URL however it is read (`xdm_e + cp + '/atlassian-connect/all.js'`).
  if (isConnectScript(url) || (!url.includes(HOLE) && (!/^(?:https?:)?\/\//i.test(url) || otherSiteScript(url) === null))) return;
  // `frame.src = context.siteUrl + '/browse/' + key`: a page of the product's own site.
  if (url.startsWith(HOLE) && startsAtProductBase(ctx.scope, value)) return;
  const carries = ctx.kindsOf([value]);
  // An address wholly made at run time is a site's only when it comes from what users or products give (a macro's parameter, the page's query).
  if (isHoles(url) && carries.every((k) => k === 'other' || k === 'literal')) return;
  const call: EgressCall = {
    client: attribute === 'action' ? 'form.action' : `${tag === '' ? 'element' : tag}.src`, method: attribute === 'action' ? null : 'GET', url: null, host: null,
    side, carries, evidence: ctx.evidence(at),
  };
  ctx.facts.egress.push(call);
  ctx.derive('egress', call, 'egress-url', [url, null]);
  // `'/embed/' + id`: the app's own page whatever the id.
  if (call.host === 'self') ctx.facts.egress.pop();
}

/** The tag of an element a name holds or an expression gives (`iframe` of `createElement('iframe')`), '' when not known; null for no element. */
function elementTag(ctx: FileContext, node: Node): string | null {
  let made = node;
  if (node.type === 'Identifier') {
    // An element given an address is still that element (`img.src = a; img.src = b`): only a name bound again is another.
    const binding = ctx.scope.lookup(node.name);
    if (!binding?.init) return null;
    made = unwrap(binding.init);
  }
  // `document.forms[0]`, `document.forms.open`.
  if (made.type === 'MemberExpression') {
    const ref = refElement(ctx, made);
    if (ref !== null) return ref;
    const forms = unwrap(made.object);
    return forms.type === 'MemberExpression' && isDocument(ctx, unwrap(forms.object)) && propertyName(forms.property, forms.computed) === 'forms' ? 'form' : null;
  }
  if (made.type === 'NewExpression') return isImage(ctx, made) ? 'img' : null;
  if (made.type !== 'CallExpression') return null;
  const callee = unwrap(made.callee);
  const finder = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  if (finder === null || !ELEMENT_FINDERS.has(finder) || !isDocument(ctx, unwrap(callee.object))) return null;
  const first = made.arguments[0] ? ctx.scope.str(made.arguments[0]) : null;
  if (finder === 'createElement') return first !== null && /^[a-z]+$/i.test(first) ? first.toLowerCase() : '';
  // `querySelector('form#open')`, `querySelector('iframe')`: the tag the selector starts with.
  return finder === 'querySelector' && first !== null ? (/^(form|iframe|img|script)\b/i.exec(first)?.[1]?.toLowerCase() ?? '') : '';
}

/** `URL.createObjectURL(blob)`, `canvas.toDataURL()`: an address of data the page holds, which loads nothing from a site. */
function isLocalObject(value: Node): boolean {
  const node = unwrap(value);
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  return name === 'createObjectURL' || name === 'toDataURL';
}

/** `data:...`, `blob:...`, `/embed/${id}`, `./img/${name}`: an address of the page's own data or of the app's own pages, whatever its holes hold. */
function isNoSite(url: string): boolean {
  return /^(?:data:|blob:|\.{0,2}\/(?!\/))/i.test(url);
}

/** `new Image()`: an image element, as `document.createElement('img')` makes. */
function isImage(ctx: FileContext, made: Node): boolean {
  const callee = unwrap(made.callee);
  return callee.type === 'Identifier' && callee.name === 'Image' && !ctx.scope.lookup('Image');
}

/**
 * `frameRef.current` of a React ref the module's JSX gives an element (`<iframe ref={frameRef} />`): that element's tag; null for
 * another member. The module's text is read only for a `.current` whose element gets an address, which is rare.
 */
function refElement(ctx: FileContext, member: Node): string | null {
  const ref = unwrap(member.object);
  if (ref.type !== 'Identifier' || propertyName(member.property, member.computed) !== 'current') return null;
  const given = new RegExp(`<(iframe|img|script|form)\\b[^<]*\\bref=\\{\\s*${ref.name.replace(/\$/g, '\\$')}\\s*\\}`).exec(ctx.mod.text);
  return given ? given[1]! : null;
}

function isDocument(ctx: FileContext, node: Node): boolean {
  if (node.type !== 'Identifier') return false;
  if (node.name === 'document') return true;
  // `var d = document; d.createElement('script')`, as vendors' loader snippets write it.
  const binding = ctx.scope.lookup(node.name);
  const init = binding?.init && !binding.grown ? unwrap(binding.init) : null;
  return init?.type === 'Identifier' && init.name === 'document';
}
