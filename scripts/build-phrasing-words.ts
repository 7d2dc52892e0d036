/**
 * Reads the words each phrasing of the claim catalogue cannot match without (`src/claims/required-words.ts`)
 * once, into `generated/claims/phrasing-words.json`, so a check does not read 400 patterns' sources on every run.
 * Runs from the `prepare` script on `npm install` / `npm ci`, after the manifest validator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLAIMS } from '../src/claims/registry.ts';
import { filtersOf, PHRASING_WORDS_FILE } from '../src/claims/required-words.ts';

const patterns = CLAIMS.flatMap((claim) => [...claim.phrasings, ...(claim.inContext?.phrasings ?? [])]);
const filters = filtersOf(patterns);
fs.mkdirSync(path.dirname(PHRASING_WORDS_FILE), { recursive: true });
fs.writeFileSync(PHRASING_WORDS_FILE, `${JSON.stringify(filters)}\n`);
console.log(`${path.relative(process.cwd(), PHRASING_WORDS_FILE)}: the words of ${Object.keys(filters).length} phrasings`);
