/** Candor as a library: each stage of the pipeline usable on its own. */
export { scan, type ScanOptions } from './scan/index.ts';
export { listFiles, type FileEntry } from './app/files.ts';
export { renderScanJson } from './render/scan-json.ts';
export * from './scan/facts.ts';
