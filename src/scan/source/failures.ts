import { propertyName, unwrap, type Node } from './ast.ts';
import { isAnswerField } from './answers.ts';

const STATUS = new Set(['status', 'statusCode', 'status_code']);
const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '===': '===', '==': '==', '!==': '!==', '!=': '!=' };

/**
 * The responses an `if` test says failed in its consequent and in its alternate: by their status (`ok`, `status`),
 * or because the answer is missing from them (`!data.choices`), which says nothing of what else the value holds.
 */
export interface Failed {
  consequent: FailedResponse[];
  alternate: FailedResponse[];
}

export interface FailedResponse {
  node: Node;
  byStatus: boolean;
}

const NONE: Failed = { consequent: [], alternate: [] };

/**
 * Reads a test of a response: `!res.ok`, `res.ok === false`, `res.status !== 200`, `res.status > 299`,
 * `res.status >= 400` fail in the consequent; `res.ok`, `res.status === 200`, `res.status < 300` in the
 * alternate; `!data.choices`, `!data.choices[0].message.content` say the response holds no answer.
 */
export function failedResponses(test: Node): Failed {
  const node = unwrap(test);
  switch (node.type) {
    case 'UnaryExpression': {
      if (node.operator !== '!') return NONE;
      const arg = unwrap(node.argument);
      const root = answerRoot(arg);
      if (root) return { consequent: [{ node: root, byStatus: false }], alternate: [] };
      const inner = failedResponses(arg);
      return { consequent: inner.alternate, alternate: inner.consequent };
    }
    case 'MemberExpression':
      return propertyName(node.property, node.computed) === 'ok' ? { consequent: [], alternate: [status(node.object)] } : NONE;
    case 'BinaryExpression':
      return compared(node);
    case 'LogicalExpression': {
      const left = failedResponses(node.left);
      const right = failedResponses(node.right);
      return { consequent: [...left.consequent, ...right.consequent], alternate: node.operator === '||' ? [...left.alternate, ...right.alternate] : [] };
    }
    default:
      return NONE;
  }
}

/** `res.status !== 200`, `res.ok === false`, `400 <= res.status`. */
function compared(node: Node): Failed {
  let op = node.operator as string;
  let member = unwrap(node.left);
  let value = unwrap(node.right);
  if (member.type !== 'MemberExpression') {
    [member, value] = [value, member];
    op = FLIP[op] ?? op;
  }
  if (member.type !== 'MemberExpression' || value.type !== 'Literal') return NONE;
  const name = propertyName(member.property, member.computed);
  const object = status(member.object);
  if (name === 'ok' && typeof value.value === 'boolean') {
    const equal = op === '===' || op === '==';
    if (!equal && op !== '!==' && op !== '!=') return NONE;
    return equal === value.value ? { consequent: [], alternate: [object] } : { consequent: [object], alternate: [] };
  }
  if (!name || !STATUS.has(name) || typeof value.value !== 'number') return NONE;
  const v = value.value;
  const ok = v >= 200 && v < 300;
  switch (op) {
    case '===': case '==':
      return ok ? { consequent: [], alternate: [object] } : v >= 400 ? { consequent: [object], alternate: [] } : NONE;
    case '!==': case '!=':
      return ok ? { consequent: [object], alternate: [] } : NONE;
    case '>': case '>=':
      return (op === '>' ? v + 1 : v) >= 300 ? { consequent: [object], alternate: [] } : NONE;
    case '<': case '<=': {
      const max = op === '<' ? v - 1 : v;
      return max >= 200 && max < 300 ? { consequent: [], alternate: [object] } : max < 200 ? { consequent: [object], alternate: [] } : NONE;
    }
    default:
      return NONE;
  }
}

function status(node: Node): FailedResponse {
  return { node, byStatus: true };
}

/** `data.choices`, `data.choices[0].message.content`: the value a missing answer field is read from (`data`). */
function answerRoot(node: Node): Node | null {
  let found = false;
  let at = node;
  while (at.type === 'MemberExpression') {
    const name = propertyName(at.property, at.computed);
    if (name !== null && isAnswerField(name)) found = true;
    at = unwrap(at.object);
  }
  return found && at.type === 'Identifier' ? at : null;
}
