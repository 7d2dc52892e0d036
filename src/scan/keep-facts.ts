import type { Evidence } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';

/** Keeps the file's requests, egress, SDK calls, storage, logs, reports, personal data and resolver answers shown where `keep` holds. */
export function keepFacts(f: FileFacts, keep: (e: Evidence) => boolean): void {
  f.restCalls = f.restCalls.filter((c) => keep(c.evidence));
  f.restBodies = f.restBodies.filter((b) => keep(b.call.evidence));
  f.egress = f.egress.filter((c) => keep(c.evidence));
  f.sdkCalls = f.sdkCalls.filter((c) => keep(c.evidence));
  f.storage = f.storage.filter((op) => keep(op.evidence));
  f.logs = f.logs.filter((l) => keep(l.evidence));
  f.reporting = f.reporting.filter(keep);
  f.personalData = f.personalData.filter((u) => keep(u.evidence));
  if (f.resolverAnswers) f.resolverAnswers = f.resolverAnswers.filter((a) => keep(a.evidence));
}
