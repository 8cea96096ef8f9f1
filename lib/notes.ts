// The bundled notes and their sources, typed. Imported by every layer that shows notes.
import factsJson from '../data/facts.json';
import sourcesJson from '../data/sources.json';
import type { Fact, Source } from './types';

export const FACTS = factsJson as Fact[];
export const SOURCES = sourcesJson as Source[];

const SOURCES_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

export function sourceById(id: string): Source | undefined {
  return SOURCES_BY_ID.get(id);
}
