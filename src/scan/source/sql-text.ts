/** The table an SQL statement names first: `INSERT INTO notes`, `UPDATE notes`, `SELECT ... FROM notes`, `CREATE TABLE notes`. */
export function sqlTable(query: string): string | null {
  const m = /\b(?:INTO|UPDATE|FROM|TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?)\s+[`"]?([A-Za-z_][\w.]*)/i.exec(query);
  return m?.[1] ?? null;
}

/** A plain column name (`title`, `notes.title`, `"title"`), without its table. */
function columnName(text: string): string | null {
  const m = /^\s*(?:[`"]?\w+[`"]?\.)?[`"]?([A-Za-z_]\w*)[`"]?\s*$/.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The columns a `SELECT` reads, when it lists plain columns (`SELECT title, body FROM notes`); null for `*`, an expression
 * or another statement, which may read any column.
 */
export function selectedColumns(text: string): string[] | null {
  const list = /^\s*SELECT\s+(?:DISTINCT\s+)?([\s\S]*?)\s+FROM\s/i.exec(text)?.[1];
  if (list === undefined) return null;
  const columns: string[] = [];
  for (const part of list.split(',')) {
    // `title AS name`: the column read is `title`.
    const name = columnName(part.replace(/\s+AS\s+\w+\s*$/i, ''));
    if (name === null) return null;
    columns.push(name);
  }
  return columns;
}

/**
 * The column each bound parameter of an `INSERT ... (columns) VALUES (...)` or an `UPDATE ... SET column = ...` is written to, by the
 * parameter's place (`?` in order, `$1`, `$2`); null in a place that writes no column (a `WHERE`'s). A parameter in a value's
 * expression (`TRIM(?)`, `COALESCE(?, label)`, `JSON_SET(config, '$.token', ?)`, `?::jsonb`) is written to that value's column.
 * Null when the statement is neither, or a parameter's column cannot be told (another row's, an `ON CONFLICT`'s).
 */
export function boundColumns(text: string): Array<string | null> | null {
  const out: Array<string | null> = [];
  let next = 0;
  const place = (token: string): number => (token === '?' ? next++ : Number(token.slice(1)) - 1);
  const insert = /^\s*(?:INSERT|REPLACE)\s+INTO\s+\S+\s*\(([^()]*)\)\s*VALUES\s*\(([\s\S]*)$/i.exec(text);
  if (insert) {
    const columns = insert[1]!.split(',').map(columnName);
    const values = listParts(insert[2]!, true);
    if (!values || columns.length !== values.parts.length || columns.some((c) => c === null)) return null;
    values.parts.forEach((value, i) => {
      for (const token of params(value)) out[place(token)] = columns[i]!;
    });
    return params(values.rest).length > 0 ? null : out;
  }
  const update = /^\s*UPDATE\s+\S+\s+SET\s+([\s\S]*?)(\sWHERE\s[\s\S]*)?$/i.exec(text);
  const assignments = update ? listParts(update[1]!, false) : null;
  if (!assignments) return null;
  for (const assignment of assignments.parts) {
    const m = /^\s*([`"]?[\w.]+[`"]?)\s*=([\s\S]*)$/.exec(assignment);
    const column = m ? columnName(m[1]!) : null;
    const tokens = params(m ? m[2]! : assignment);
    if (column === null && tokens.length > 0) return null;
    for (const token of tokens) out[place(token)] = column;
  }
  for (const token of params(update![2] ?? '')) out[place(token)] ??= null;
  return out;
}

/** The bound parameters of an SQL text in order (`?`, `$1`), outside its quoted strings. */
function params(text: string): string[] {
  return text.replace(/'(?:[^']|'')*'/g, "''").match(/\?|\$\d+/g) ?? [];
}

/**
 * The parts of a list between its commas outside parentheses and quotes (`label, COALESCE(?, 'a,b')`); when `closed`, up to the
 * parenthesis that closes it, and the text after it. Null when its parentheses or quotes do not match.
 */
function listParts(text: string, closed: boolean): { parts: string[]; rest: string } | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    } else if (c === ')' && --depth < 0) {
      if (!closed) return null;
      parts.push(text.slice(start, i));
      return { parts, rest: text.slice(i + 1) };
    }
  }
  if (closed || depth !== 0 || quote) return null;
  parts.push(text.slice(start));
  return { parts, rest: '' };
}
