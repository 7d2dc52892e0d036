import type { CallGraph } from './link.ts';
import { sdkCall, sdkVendor } from './source/detectors/sdk-calls.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Calls on an object another file of the app exports become SDK calls where that file shows the
 * object is a vendor's client: `openai.chat.completions.create(…)` with `export const openai = new OpenAI()`
 * in `lib/openai.js`.
 */
export function linkSdkCalls(files: FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    for (const pending of file.sdkPending) {
      const target = graph.resolveModule(file.file, pending.module);
      const client = target ? graph.file(target)?.sdkExports.find((e) => e.name === pending.imported) : undefined;
      const vendor = client ? sdkVendor(client.module) : null;
      if (!client || !vendor) continue;
      const { side, carries, evidence } = pending;
      const call = sdkCall(vendor, client.module, [...client.api, ...pending.api], { side, carries, evidence });
      if (call) file.sdkCalls.push(call);
    }
  }
}
