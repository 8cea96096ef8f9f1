// The annotated corpora `npm run eval` and the test's eval tier score by default: our
// own, then shared/corpus/dev.jsonl and seeds.jsonl when that folder is present.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED_CORPUS = join(ROOT, '../shared/corpus');
export const CORPORA = [
  join(ROOT, 'tests/corpus/own.jsonl'),
  ...(existsSync(SHARED_CORPUS) ? [join(SHARED_CORPUS, 'dev.jsonl'), join(SHARED_CORPUS, 'seeds.jsonl')] : []),
];
