import type { Diagnostic } from '../scan/facts.ts';
import { list, record, text } from './values.ts';
import type { YamlFile } from './yaml-locate.ts';

/**
 * `services`: Forge Containers, services the app runs on Atlassian's infrastructure from container images, in any language,
 * that call out through a sidecar as the app. Candor does not read an image's code, so one warning per service.
 * https://developer.atlassian.com/platform/forge/containers-reference/ref-manifest/, .../managing-service/, .../ref-api/
 */
export function containerServices(yaml: YamlFile, manifest: Record<string, unknown>): Diagnostic[] {
  return list(manifest.services).flatMap((entry, i): Diagnostic[] => {
    const key = text(record(entry)?.key);
    if (key === null) return [];
    const at = yaml.evidence(['services', i]);
    return [{
      severity: 'warning', code: 'foreign-code', file: at.file, line: at.line, column: at.column, path: `services[${i}]`,
      message: `The app runs the container service '${key}' (Forge Containers): Candor does not read the code of its image, so the product calls, storage and egress it makes are not in the facts.`,
      hint: 'The service runs on Atlassian\'s infrastructure; scopes are reported unchecked rather than unused. Check by hand what its code stores and where it sends data.',
    }];
  });
}
