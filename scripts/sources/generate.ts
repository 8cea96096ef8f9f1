// npm run sources: rewrites data/sources.json from ../shared/dossier/sources.json, keeping
// only the sources data/facts.json and data/conflicts.json cite. Run it after adding a note that cites a new source.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Conflict, Fact } from '../../lib/types';
import { buildSources, citedSources, type DossierSource } from './build-sources';

const ROOT = resolve(import.meta.dirname, '../..');
const DOSSIER_PATH = resolve(ROOT, '../shared/dossier/sources.json');

if (process.argv.includes('--help')) {
  console.log('usage: npm run sources   (rewrites data/sources.json from ../shared/dossier/sources.json)');
  process.exit(0);
}
const dossier: DossierSource[] = JSON.parse(readFileSync(DOSSIER_PATH, 'utf8'));
const facts: Fact[] = JSON.parse(readFileSync(resolve(ROOT, 'data/facts.json'), 'utf8'));
const conflicts: Conflict[] = JSON.parse(readFileSync(resolve(ROOT, 'data/conflicts.json'), 'utf8'));
const sources = buildSources(dossier, citedSources(facts, conflicts));
writeFileSync(resolve(ROOT, 'data/sources.json'), JSON.stringify(sources, null, 2) + '\n');
console.log(`data/sources.json: ${sources.length} sources`);
