/** Shape of `src/data/generated/scope-table.json`, shared by its generator and its reader. */

/** Product family whose REST APIs share one path space: Jira (platform, Software, JSM), Confluence (v1, v2), Bitbucket. */
export type Family = 'jira' | 'confluence' | 'bitbucket';

export interface TableSource {
  id: string;
  family: Family;
  /**
   * Path of the OpenAPI document, relative to the folder holding the repository (`shared/atlassian/openapi/...`),
   * or of a supplement, relative to the repository (`src/data/...`).
   */
  file: string;
  sha256: string;
  title: string | null;
  version: string | null;
  /** Prefix put before the document's paths, from `servers[0].url` or `basePath`. */
  prefix: string;
  /** Operations the source added to the table (a supplement's operations that a stored document has are left out). */
  operations: number;
}

/** Rarely present details of an operation. */
export interface RowExtra {
  /** The granular set comes from `state: "Beta"` entries (Jira platform, JSM, Confluence v1). */
  beta?: 1;
  /** Further alternative scope sets (indexes into `scopeSets`), each also sufficient. */
  alt?: number[];
  /** Scopes the operation accepts but does not require yet (index into `scopeSets`). */
  opt?: number;
  /** The document gives no OAuth information for the operation. */
  unknown?: 1;
}

export const TABLE_FIELDS = ['source', 'method', 'path', 'operationId', 'classic', 'granular', 'connect', 'extra'] as const;

/** `[source, method, path, operationId, classic, granular, connect, extra?]`; scope sets are indexes into `scopeSets`. */
export type OperationRow =
  | [number, string, string, string | null, number | null, number | null, string | null]
  | [number, string, string, string | null, number | null, number | null, string | null, RowExtra];

export interface ScopeTableFile {
  generator: string;
  notice: string;
  sources: TableSource[];
  fields: string[];
  scopeSets: string[][];
  ops: OperationRow[];
}
