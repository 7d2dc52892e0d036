import { parseSync } from 'oxc-parser';

/**
 * Ajv's validate functions as parenthesised function expressions (`const validate12 = (function validate12(...) {...});`),
 * which V8 compiles with the module, not on their first call. Node's compile cache keeps a module's code as it is right
 * after compiling it, so only then are they in it: a declared function is compiled again from its source by every run
 * that calls it (the root and a page module are about 100 KB of source each). `export const validate = validateN;` comes
 * before the function it names, so it moves to the end; any other statement naming a validate function before it is
 * defined would read it before it is set, and stops the build.
 */
export function eagerFunctions(code: string, key: string): string {
  const { program, errors } = parseSync(`${key}.js`, code);
  if (errors.length > 0) throw new Error(`${key}: Ajv's code does not parse: ${errors[0]!.message}`);
  const eager = new Set<string>();
  for (const stmt of program.body) if (stmt.type === 'FunctionDeclaration' && stmt.id && /^validate\d+$/.test(stmt.id.name)) eager.add(stmt.id.name);
  let out = '';
  let at = 0;
  const moved: string[] = [];
  const defined = new Set<string>();
  for (const stmt of program.body) {
    out += code.slice(at, stmt.start);
    at = stmt.end;
    const text = code.slice(stmt.start, stmt.end);
    if (stmt.type === 'FunctionDeclaration' && stmt.id && eager.has(stmt.id.name)) {
      out += `const ${stmt.id.name} = (${text});`;
      defined.add(stmt.id.name);
      continue;
    }
    if (/^export const validate = validate\d+;$/.test(text)) {
      moved.push(text);
      continue;
    }
    const early = stmt.type === 'FunctionDeclaration' ? [] : [...text.matchAll(/\bvalidate\d+\b/g)].map((m) => m[0]).filter((name) => eager.has(name) && !defined.has(name));
    if (early.length > 0) throw new Error(`${key}: ${early[0]} is named before it is defined: ${text.slice(0, 80)}`);
    out += text;
  }
  return `${out}${code.slice(at)}\n${moved.join('\n')}\n`;
}
