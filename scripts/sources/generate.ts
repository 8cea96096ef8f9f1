// npm run sources: rewrites data/sources.json from ../shared/dossier/sources.json, keeping
// only the sources data/facts.json cites. Run it after adding a note that cites a new source.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Fact } from '../../lib/types';
import { buildSources, type DossierSource } from './build-sources';

const ROOT = resolve(import.meta.dirname, '../..');
const DOSSIER_PATH = resolve(ROOT, '../shared/dossier/sources.json');

if (process.argv.includes('--help')) {
  console.log('usage: npm run sources   (rewrites data/sources.json from ../shared/dossier/sources.json)');
  process.exit(0);
}
const dossier: DossierSource[] = JSON.parse(readFileSync(DOSSIER_PATH, 'utf8'));
const facts: Fact[] = JSON.parse(readFileSync(resolve(ROOT, 'data/facts.json'), 'utf8'));
const sources = buildSources(dossier, new Set(facts.flatMap((f) => f.sources)));
writeFileSync(resolve(ROOT, 'data/sources.json'), JSON.stringify(sources, null, 2) + '\n');
console.log(`data/sources.json: ${sources.length} sources`);
