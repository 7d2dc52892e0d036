/**
 * Whether a source text may nest thousands of levels deep: brackets, or what nests without them -
 * statements (`if`, `else`, `for`, `while`, `do`, `with`, labels) and expressions (`a ? b : ...`,
 * `x => y => ...`, `a = b = ...`, `new new ...`, `yield`, `class ... extends`, JSX elements). The parser
 * recurses natively on nesting and overruns a normal thread's stack (a crash, not an error) at a few
 * thousand levels, so such a file is analysed on a thread with a larger stack. Generous by design: a
 * false alarm costs a thread, a miss costs the scan.
 */
export function mayNestDeeply(text: string, limit = 1000): boolean {
  // Every level takes at least two characters (unary chains, one, the parser takes in stride), and a
  // thread of the scan takes 6,000 levels of any kind: a shorter file cannot overrun it.
  if (text.length < SAFE_LENGTH) return false;
  let depth = 0;
  // Statements nested without braces, ended by `;` unless `else` or a do-while's `while` goes on.
  let statements = 0;
  // Expressions nested without brackets, and labels; a `,` or `;` ends them.
  let expressions = 0;
  let labels = 0;
  // The counts of each enclosing bracket, restored when it closes.
  const outer: number[] = [];
  // The regex engine skips what cannot nest; the loop sees only the tokens that may.
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
    const i = m.index;
    const token = m[0];
    switch (text.charCodeAt(i)) {
      case 40: // (
      case 91: // [
      case 123: // {
        outer.push(statements, expressions, labels);
        if (++depth >= limit) return true;
        statements = expressions = labels = 0;
        break;
      case 41: // )
      case 93: // ]
      case 125: // }
        if (depth > 0) {
          depth--;
          labels = outer.pop()!;
          expressions = outer.pop()!;
          statements = outer.pop()!;
        }
        // A block that ends a statement (`if (...) { ... }` followed by the next statement) ends its ladder; `} else` goes on.
        if (text.charCodeAt(i) === 125 && startsStatement(text, i + 1)) statements = 0;
        break;
      case 59: // ;
        if (!continues(text, i + 1)) statements = 0;
        expressions = labels = 0;
        break;
      case 44: // ,
        expressions = labels = 0;
        break;
      case 58: // : - a label, or a conditional's other branch
        if (++labels >= limit) return true;
        break;
      case 63: // ? - not `?.` or `??`
        if (text.charCodeAt(i + 1) !== 46 && text.charCodeAt(i + 1) !== 63 && text.charCodeAt(i - 1) !== 63 && ++expressions >= limit) return true;
        break;
      default:
        if (STATEMENT_WORDS.has(token)) {
          if (++statements >= limit) return true;
        } else if (token === '</' || token === '/>') {
          // A JSX element closes.
          if (expressions > 0) expressions--;
        } else if (++expressions >= limit) return true;
        break;
    }
  }
  return false;
}

/** Below this length a file cannot nest deeper than the scan's threads (8 MB of stack) take. */
const SAFE_LENGTH = 12_000;
const TOKENS = /[()[\]{};?,:]|=>|<\/|\/>|<[A-Za-z>]|(?<![=!<>])=(?![=>])|\b(?:else|if|for|while|do|with|new|yield|class|extends)\b/g;
const STATEMENT_WORDS = new Set(['else', 'if', 'for', 'while', 'do', 'with']);

/** Whether the statement a `;` ends goes on: `else`, or the `while` of a `do`. */
function continues(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return isWord(text, i, 'else') || isWord(text, i, 'while');
}

/** Whether the next word after `at` begins a statement other than `else`. */
function startsStatement(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) <= 32)) i++;
  return isWordChar(text.charCodeAt(i)) && !isWord(text, i, 'else');
}

function isWord(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && !isWordChar(text.charCodeAt(at + word.length));
}

/** A character code of `[\w$]`: part of a name (NaN, past either end of a text, is not). */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}
