/** What the app hands to third-party vendors: calls through their SDKs and requests to their hosts. */
import { hostAllowed } from '../scan/egress.ts';
import type { DataKind, EgressDeclaration, Evidence, Facts, SdkCall, VendorCategory } from '../scan/facts.ts';
import { vendorById, vendorForHost } from '../scan/vendors.ts';

export interface VendorCall {
  /** Vendor id in the catalogue, its name and category. */
  vendor: string;
  name: string;
  category: VendorCategory;
  /** `sdk` for a call through the vendor's SDK, otherwise the host of the request. */
  through: string;
  carries: DataKind[];
  evidence: Evidence;
}

/** The SDK calls of the facts (absent from facts written before they were scanned). */
export function sdkCalls(facts: Facts): SdkCall[] {
  return facts.egress.sdkCalls ?? [];
}

/** Every call that reaches a catalogued vendor: through its SDK, or a request to one of its hosts. */
export function vendorCalls(facts: Facts): VendorCall[] {
  const out: VendorCall[] = [];
  for (const call of sdkCalls(facts)) {
    const vendor = vendorById(call.vendor);
    if (vendor) out.push({ vendor: vendor.id, name: vendor.name, category: vendor.category, through: 'sdk', carries: call.carries, evidence: call.evidence });
  }
  for (const call of facts.egress.calls) {
    const vendor = call.host === null ? null : vendorForHost(call.host);
    // Facts written before requests recorded what they carry have none.
    if (vendor) out.push({ vendor: vendor.id, name: vendor.name, category: vendor.category, through: call.host!, carries: call.carries ?? [], evidence: call.evidence });
  }
  return out;
}

/** The kinds among `wanted` that some of the calls carry, in `wanted`'s order. */
export function carried(calls: ReadonlyArray<{ carries: readonly DataKind[] }>, wanted: readonly DataKind[]): DataKind[] {
  return wanted.filter((k) => calls.some((c) => c.carries.includes(k)));
}

/**
 * The calls a manifest egress entry lets out: requests to a host it allows, and calls through the SDK
 * of the vendor whose host it names (`*.posthog.com` for `posthog.capture(...)`).
 */
export function callsThrough(declared: EgressDeclaration, facts: Facts): Array<{ carries: DataKind[]; evidence: Evidence }> {
  if (declared.host === null) return [];
  const requests = facts.egress.calls.filter((c) => c.host !== null && hostAllowed(declared.host!, c.host));
  const vendor = vendorForHost(declared.host);
  const viaSdk = vendor ? sdkCalls(facts).filter((c) => c.vendor === vendor.id) : [];
  return [...requests, ...viaSdk];
}
