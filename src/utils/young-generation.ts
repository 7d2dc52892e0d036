import v8 from 'node:v8';

/**
 * Stops V8's young generation from growing past `maxMb` (both semi-spaces). V8 doubles it while much of what
 * a scan allocates survives a collection, up to 128 MB on large machines; past 16 MB the scan runs no faster
 * (measured at 16 to 64 MB) and the process only holds more memory. A node flag (`--max-semi-space-size`) would say so at start, but a
 * command cannot set its own node's flags; this flag V8 reads as it grows the space.
 */
export function capYoungGeneration(maxMb: number): void {
  if (capped) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_size >= maxMb * 1024 * 1024) {
    v8.setFlagsFromString(CAPPED_FLAGS);
    capped = true;
  }
}

/**
 * Keeps the young generation at the size it has now while `run` runs (the command printing a scan's facts: V8 would
 * double the space the scan grew, at the very end of the run, where its memory peaks), then lets it grow as before.
 */
export function holdYoungGeneration<T>(run: () => T): T {
  const held = !capped;
  if (held) {
    v8.setFlagsFromString(CAPPED_FLAGS);
    capped = true;
  }
  try {
    return run();
  } finally {
    if (held) releaseYoungGeneration();
  }
}

/** Lets V8 grow the young generation again, as it does by default, once the scan is done: a process that uses Candor as a library keeps its own heap policy. */
export function releaseYoungGeneration(): void {
  if (!capped) return;
  v8.setFlagsFromString(DEFAULT_FLAGS);
  capped = false;
}

/**
 * Runs `load` (which compiles modules) with V8's flags as they are at start. Node's compile cache keeps a module's code with a
 * hash of V8's flags and rejects it under other flags: a module first loaded while the cap is on (the parser's TypeScript
 * deserializer, the manifest's validators) would otherwise be compiled again by every run that loads it with the cap off, and
 * the other way round.
 */
export function withDefaultFlags<T>(load: () => T): T {
  if (!capped) return load();
  v8.setFlagsFromString(DEFAULT_FLAGS);
  try {
    return load();
  } finally {
    v8.setFlagsFromString(CAPPED_FLAGS);
  }
}

/** Whether the cap is on (V8 has no reader for its flags). */
export function youngGenerationCapped(): boolean {
  return capped;
}

/**
 * The young generation held, and four of V8's concurrent Maglev jobs instead of two: its worker threads compile hot functions
 * in memory the C allocator keeps once the jobs free it, 65-90 MB at the end of a 100k-line scan with two at a time, 40-65 MB
 * with four (one per worker thread of Node's four). Set with the cap, not at start: V8's code caches, Node's own modules'
 * included, are keyed by its flags.
 */
const CAPPED_FLAGS = '--semi-space-growth-factor=1 --concurrent-maglev-max-threads=4';
/** V8's defaults of the flags above. */
const DEFAULT_FLAGS = '--semi-space-growth-factor=2 --concurrent-maglev-max-threads=2';
let capped = false;
