import crypto from 'node:crypto';

/** The hash of a file's bytes, as the analysis cache keys them. */
export function contentHash(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('base64');
}
