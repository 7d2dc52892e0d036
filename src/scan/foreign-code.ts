import { isAppCode } from './app-code.ts';
import type { Diagnostic, Platform } from './facts.ts';

/** Source files of languages Candor does not read, by extension: the back end of many Connect apps. */
const LANGUAGES: Record<string, string> = {
  java: 'Java', kt: 'Kotlin', scala: 'Scala', groovy: 'Groovy', clj: 'Clojure', py: 'Python', rb: 'Ruby', php: 'PHP',
  go: 'Go', rs: 'Rust', cs: 'C#', fs: 'F#', hs: 'Haskell', ex: 'Elixir', exs: 'Elixir', erl: 'Erlang',
};
/** Packaging and build scripts, not the app's run-time code. */
const BUILD_FILES = /(?:^|\/)(?:setup|conftest|noxfile|fabfile|Setup|build)\.[a-z]+$/;

/**
 * A Connect app's back end may be written in another language (Java, Python, Haskell...), its JavaScript only the pages' scripts:
 * Candor does not read that code, so the product calls it makes are not seen. One warning naming the first file of each
 * language; the Connect scopes are then unchecked rather than unused. Forge functions run JavaScript only.
 */
export function foreignCode(platform: Platform | null, paths: readonly string[]): Diagnostic[] {
  if (platform === 'forge') return [];
  const first = new Map<string, string>();
  for (const file of paths) {
    const ext = file.slice(file.lastIndexOf('.') + 1);
    const language = Object.hasOwn(LANGUAGES, ext) ? LANGUAGES[ext]! : null;
    if (language === null || first.has(language) || !isAppCode(file) || BUILD_FILES.test(file)) continue;
    first.set(language, file);
  }
  // No descriptor file: a back end in another language may build its descriptor in code (Python's flask_atlassian_connect does).
  if (platform === null) {
    return [...first].map(([language, file]): Diagnostic => ({
      severity: 'warning', code: 'foreign-code', file,
      message: `The folder holds ${language} code (${file}) that Candor does not read: a Connect descriptor that code builds, and what the code does, are not in the facts.`,
      hint: 'Save the descriptor the app serves as atlassian-connect.json in the folder and scan again; check what that code does by hand.',
    }));
  }
  return [...first].map(([language, file]): Diagnostic => ({
    severity: 'warning', code: 'foreign-code', file,
    message: `The app holds ${language} code (${file}) that Candor does not read: the product calls, storage and egress of that code are not in the facts.`,
    hint: 'Connect scopes are reported unchecked rather than unused; check what that code does by hand.',
  }));
}
