/** The table an SQL statement names first: `INSERT INTO notes`, `UPDATE notes`, `SELECT … FROM notes`, `CREATE TABLE notes`. */
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
 * The column each bound parameter of an `INSERT … (columns) VALUES (…)` or an `UPDATE … SET column = ?` is written to, by the
 * parameter's place (`?` in order, `$1`, `$2`); null in a place that writes no column (a `WHERE`'s). Null when the statement
 * is neither, or its values are not plain parameters and constants.
 */
export function boundColumns(text: string): Array<string | null> | null {
  const out: Array<string | null> = [];
  let next = 0;
  const place = (token: string): number => (token === '?' ? next++ : Number(token.slice(1)) - 1);
  const insert = /^\s*(?:INSERT|REPLACE)\s+INTO\s+\S+\s*\(([^()]*)\)\s*VALUES\s*\(((?:[^()]|\(\))*)\)([\s\S]*)$/i.exec(text);
  if (insert) {
    const columns = insert[1]!.split(',').map(columnName);
    const values = insert[2]!.split(',');
    if (columns.length !== values.length || columns.some((c) => c === null)) return null;
    values.forEach((value, i) => {
      const token = /^\s*(\?|\$\d+)\s*$/.exec(value)?.[1];
      if (token !== undefined) out[place(token)] = columns[i]!;
    });
    for (const m of insert[3]!.matchAll(/\?|\$\d+/g)) out[place(m[0])] ??= null;
    return out;
  }
  const update = /^\s*UPDATE\s+\S+\s+SET\s+([\s\S]*?)(\sWHERE\s[\s\S]*)?$/i.exec(text);
  if (!update) return null;
  for (const assignment of update[1]!.split(',')) {
    const m = /^\s*([`"]?[\w.]+[`"]?)\s*=\s*(\?|\$\d+)\s*$/.exec(assignment);
    if (m) out[place(m[2]!)] = columnName(m[1]!);
    else for (const p of assignment.matchAll(/\?|\$\d+/g)) out[place(p[0])] ??= null;
  }
  for (const m of (update[2] ?? '').matchAll(/\?|\$\d+/g)) out[place(m[0])] ??= null;
  return out;
}
