/** Worker thread for `validateManifest`: loads the validator at once, then answers `{ id, doc }` messages. */
import { parentPort } from 'node:worker_threads';
import { loadValidator, validateManifestSync } from './manifest-schema.ts';

try {
  // Loading the 9 MB module and V8's compile of its first call take ~0.6 s; do both before any request.
  loadValidator().validate({ app: { id: 'ari:cloud:ecosystem::app/warm-up', runtime: { name: 'nodejs24.x' } }, modules: {} });
} catch {
  // validateManifestSync reports the failure with each request.
}
parentPort?.on('message', ({ id, doc }: { id: number; doc: unknown }) => {
  parentPort?.postMessage({ id, issues: validateManifestSync(doc) });
});
