/**
 * Two manifest facts the questionnaire needs that the scan's facts do not carry yet: display
 * conditions on modules (question 5) and external auth providers (question 12). Read from the
 * manifest with the same YAML reader the scan uses, with their lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { YamlFile } from '../../app/yaml-locate.ts';
import type { Evidence, Facts } from '../../scan/facts.ts';

export interface ManifestExtras {
  displayConditions: Evidence[];
  authProviders: Array<{ key: string; evidence: Evidence }>;
}

/** Null when the manifest cannot be read (no app folder given, or the file is gone). */
export function readManifestExtras(dir: string | undefined, facts: Facts): ManifestExtras | null {
  const out: ManifestExtras = { displayConditions: [], authProviders: [] };
  if (!facts.app.manifest) return facts.app.platform === 'forge' ? null : out;
  if (!dir) return null;
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, facts.app.manifest), 'utf8');
  } catch {
    return null;
  }
  const yaml = new YamlFile(facts.app.manifest, text);
  const value = yaml.value as Record<string, unknown> | null;
  if (!value || typeof value !== 'object') return out;
  const walk = (node: unknown, at: Array<string | number>) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'displayConditions') out.displayConditions.push(yaml.evidence([...at, key]));
        else walk(child, [...at, key]);
      }
    }
  };
  walk(value['modules'], ['modules']);
  const providers = (value['providers'] as { auth?: unknown } | undefined)?.auth;
  if (Array.isArray(providers)) {
    providers.forEach((provider, i) => {
      const key = (provider as { key?: unknown } | null)?.key;
      out.authProviders.push({ key: typeof key === 'string' ? key : `providers.auth[${i}]`, evidence: yaml.evidence(['providers', 'auth', i]) });
    });
  }
  return out;
}

