// The topics as the content script carries them: only what the finder matches on.
// The "?patterns" import is cut down at build time (wxt.config.ts), so names,
// summaries and the rest stay out of every page's script; the card's UI has them.
import patterns from '@/data/topics.json?patterns';
import type { TopicPatterns } from './types';

export const TOPIC_PATTERNS = patterns as TopicPatterns[];
