/** Writes schema/candor-profile.schema.json from the zod schema (src/profile/schema.ts). Run after changing it. */
import fs from 'node:fs';
import path from 'node:path';
import { profileJsonSchema } from '../src/profile/json-schema.ts';

const out = path.join(import.meta.dirname, '..', 'schema', 'candor-profile.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
