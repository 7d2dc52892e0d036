import { resolveImportedConstants } from '../../../src/scan/constants.ts';
import { resolveClients } from '../../../src/scan/clients.ts';
import { resolveFlows } from '../../../src/scan/flows/flows.ts';
import { handlerExports } from '../../../src/scan/handlers.ts';
import { CallGraph } from '../../../src/scan/link.ts';
import { linkSdkCalls } from '../../../src/scan/sdk-calls.ts';
import { analyzeFile } from '../../../src/scan/source/analyze-file.ts';
import { collectPersonalData } from '../../../src/scan/source/detectors/personal-data.ts';
import type { FileFacts } from '../../../src/scan/source/file-facts.ts';

/** Analyses snippets as files of one app, as the scan does: per file, then across files. */
export function analyzeFiles(files: Record<string, string>, handlers: string[] = []): FileFacts[] {
  const facts = Object.entries(files).map(([file, text]) => analyzeFile({ file, text, side: 'backend' }));
  const graph = new CallGraph(facts);
  resolveImportedConstants(facts, graph);
  linkSdkCalls(facts, graph);
  const named = handlers.map((h) => ({ file: h.split('#')[0]!, exportName: h.split('#')[1]! }));
  const clients = resolveClients(facts, graph);
  resolveFlows(facts, graph, handlerExports(facts, named, graph), clients);
  for (const f of facts) collectPersonalData(f);
  return facts;
}

/** Analyses a snippet as one file of an app. */
export function analyze(code: string, file = 'src/index.js', handlers: string[] = []): FileFacts {
  return analyzeFiles({ [file]: code }, handlers)[0]!;
}
