import { analyzeFile } from '../../../src/scan/source/analyze-file.ts';
import type { FileFacts } from '../../../src/scan/source/file-facts.ts';

/** Analyses a snippet as one file of an app. */
export function analyze(code: string, file = 'src/index.js', side: 'backend' | 'frontend' = 'backend'): FileFacts {
  return analyzeFile({ file, text: code, side });
}
