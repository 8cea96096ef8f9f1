// The bundled topic data, typed. Imported by every layer that needs topics.
import topicsJson from '../data/topics.json';
import type { Topic } from './types';

export const TOPICS = topicsJson as Topic[];
