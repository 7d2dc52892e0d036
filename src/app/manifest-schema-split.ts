/**
 * The manifest check from the split validators `scripts/build-manifest-validator.ts` generates: one
 * for everything but the contents of `modules`, one per module type, loaded on first use. Put
 * together they report exactly the errors, in the same order, that the whole schema's validator
 * reports, so a manifest pays only for the module types it declares.
 */
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { isObject } from '../utils/is-object.ts';

/** Written by `scripts/build-manifest-validator.ts` (the `prepare` script). */
export const GENERATED_DIR = path.resolve(import.meta.dirname, '../../generated/manifest');
export const GENERATED_INDEX = path.join(GENERATED_DIR, 'index.json');

/** `generated/manifest/index.json`. Paths are relative to it. */
export interface SplitIndex {
  forgeManifestVersion: string;
  /** The manifest's top-level properties in schema order, the order Ajv checks them in. */
  rootProperties: string[];
  /** Validates everything but the contents of `modules`. */
  root: string;
  /** Module type -> the file that validates `modules[type]`, in schema order. */
  modules: Record<string, string>;
}

/** Where the data sits in the document; Ajv passes this to a `$ref`'d validator. */
export interface ValidateOptions {
  instancePath?: string;
  parentData?: unknown;
  parentDataProperty?: string | number;
  rootData?: unknown;
}

export type Validate = ((data: unknown, options?: ValidateOptions) => boolean) & { errors?: ErrorObject[] | null };

/** What a generated file exports. */
export interface SplitModule {
  forgeManifestVersion?: string;
  validate: Validate;
  /** Present when the schema part reaches `$ref: "#"`: the whole-manifest check to call there. */
  useManifestRoot?: (validate: Validate) => void;
}

/** Error path of the emptied `ModuleSchema` (inlined in the root part) and of the real one (its own function). */
const STUB_TYPE_PATH = '#/definitions/ModuleSchema/type';
const MODULES_TYPE_PATH = '#/type';

/** The whole-manifest check, with the same signature and `errors` as Ajv's validator of the whole schema. */
export function splitValidator(index: SplitIndex, load: (file: string) => SplitModule): Validate {
  const modulesAt = index.rootProperties.indexOf('modules');
  const loaded = new Map<string, Validate>();
  const validatorIn = (file: string): Validate => {
    let validate = loaded.get(file);
    if (!validate) {
      const mod = load(file);
      mod.useManifestRoot?.(whole);
      validate = mod.validate;
      loaded.set(file, validate);
    }
    return validate;
  };

  const whole: Validate = (data, options = {}) => {
    const at = options.instancePath ?? '';
    const root = validatorIn(index.root);
    const errors = root(data, options) ? [] : [...(root.errors ?? [])];
    for (const error of errors) {
      if (error.instancePath === `${at}/modules` && error.schemaPath === STUB_TYPE_PATH) error.schemaPath = MODULES_TYPE_PATH;
    }
    const modules = isObject(data) ? data.modules : undefined;
    if (isObject(modules)) {
      const found: ErrorObject[] = [];
      const place: ValidateOptions = { instancePath: `${at}/modules`, parentData: data, parentDataProperty: 'modules', rootData: options.rootData ?? data };
      for (const [type, file] of Object.entries(index.modules)) {
        if (modules[type] === undefined) continue;
        const validate = validatorIn(file);
        if (!validate(modules, place)) found.push(...(validate.errors ?? []));
      }
      // Ajv checks the top-level properties in schema order: `modules` errors go after those of the ones before it.
      const after = errors.findIndex((error) => rank(error.instancePath, at, index.rootProperties) > modulesAt);
      errors.splice(after === -1 ? errors.length : after, 0, ...found);
    }
    whole.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return whole;
}


/** Which top-level property an error is under: its index in schema order, -1 for the object itself. */
function rank(instancePath: string, at: string, properties: readonly string[]): number {
  const rest = instancePath.slice(at.length);
  if (rest === '') return -1;
  const key = rest.split('/')[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  return properties.indexOf(key);
}
