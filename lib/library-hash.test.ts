import { describe, expect, it } from 'vitest';
import { conflictHash, parseLibraryHash, topicHash, type LibraryTarget } from './library-hash';

const NOTES = new Set(['vsse-bostyn-staff', 'lgg-runway']);
const CONFLICTS = new Set(['vsse-staff-differs']);

describe('parseLibraryHash', () => {
  it.each<[string, LibraryTarget]>([
    ['', { kind: 'none' }],
    ['#', { kind: 'none' }],
    ['#vsse-bostyn-staff', { kind: 'note', id: 'vsse-bostyn-staff' }],
    ['lgg-runway', { kind: 'note', id: 'lgg-runway' }],
    ['#topic=vsse', { kind: 'topic', topic: 'vsse' }],
    ['#topic%3Dliege-airport', { kind: 'topic', topic: 'liege-airport' }],
    ['#topic=nasa', { kind: 'unknown', fragment: 'topic=nasa' }],
    ['#conflict=vsse-staff-differs', { kind: 'conflict', id: 'vsse-staff-differs' }],
    ['#conflict=lgg-runway', { kind: 'unknown', fragment: 'conflict=lgg-runway' }],
    ['#vsse-staff-differs', { kind: 'unknown', fragment: 'vsse-staff-differs' }],
    ['#no-such-note', { kind: 'unknown', fragment: 'no-such-note' }],
    ['#%E0%A4%A', { kind: 'unknown', fragment: '%E0%A4%A' }],
    ['#<img src=x onerror=alert(1)>', { kind: 'unknown', fragment: '<img src=x onerror=alert(1)>' }],
  ])('%j', (hash, expected) => {
    expect(parseLibraryHash(hash, NOTES, CONFLICTS)).toEqual(expected);
  });

  it('topicHash round-trips', () => {
    expect(parseLibraryHash(topicHash('cainiao'), NOTES)).toEqual({ kind: 'topic', topic: 'cainiao' });
    expect(parseLibraryHash(conflictHash('vsse-staff-differs'), NOTES, CONFLICTS)).toEqual({ kind: 'conflict', id: 'vsse-staff-differs' });
  });
});
