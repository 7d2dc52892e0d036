/** Methods of JavaScript's own objects (arrays, strings, promises, events): a call ending in one is no client's. */
const BUILT_IN = new Set([
  'map', 'filter', 'forEach', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'includes',
  'indexOf', 'lastIndexOf', 'join', 'slice', 'splice', 'concat', 'flat', 'flatMap', 'sort', 'reverse', 'fill', 'push', 'pop', 'shift',
  'unshift', 'at', 'keys', 'values', 'entries', 'split', 'replace', 'replaceAll', 'trim', 'trimStart', 'trimEnd', 'toLowerCase',
  'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'charAt', 'charCodeAt',
  'codePointAt', 'substring', 'substr', 'match', 'matchAll', 'localeCompare', 'normalize', 'repeat', 'toString', 'toFixed',
  'toLocaleString', 'toISOString', 'toJSON', 'getTime', 'valueOf', 'then', 'catch', 'finally', 'preventDefault', 'stopPropagation',
  'json', 'text', 'test', 'exec', 'call', 'apply', 'bind', 'hasOwnProperty',
]);

/** Whether a method is one of JavaScript's own objects' (`split`, `map`, `then`): a call ending in one is no client's. */
export function isBuiltInMethod(name: string): boolean {
  return BUILT_IN.has(name);
}
