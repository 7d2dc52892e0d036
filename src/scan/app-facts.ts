import { isAppCode } from './app-code.ts';
import { keepFacts } from './keep-facts.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Drops what tests, mocks, scripts and build configuration do (`isAppCode`): a Jest test's `requestJira`, a mock's
 * `storage.set`, a script's `fetch` need no scope and send nothing anywhere. Also a helper's request filled in from a
 * test's call of it, which is shown at the test. So are the facts of the files only a developer runs (`developerFiles`).
 */
export function dropNotAppFacts(files: readonly FileFacts[], developer: ReadonlySet<string> = new Set()): void {
  const known = new Map<string, boolean>();
  const app = (file: string): boolean => {
    let is = known.get(file);
    if (is === undefined) known.set(file, (is = isAppCode(file) && !developer.has(file)));
    return is;
  };
  for (const f of files) keepFacts(f, (e) => app(e.file));
}
