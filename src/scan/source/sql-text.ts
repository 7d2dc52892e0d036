/** The table an SQL statement names first: `INSERT INTO notes`, `UPDATE notes`, `SELECT … FROM notes`, `CREATE TABLE notes`. */
export function sqlTable(query: string): string | null {
  const m = /\b(?:INTO|UPDATE|FROM|TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?)\s+[`"]?([A-Za-z_][\w.]*)/i.exec(query);
  return m?.[1] ?? null;
}
