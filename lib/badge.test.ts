import { describe, expect, it } from 'vitest';
import type { ReportedMention, ScanReport, TabResult } from './messages';
import { BADGE_ACTIVE, BADGE_PAUSED, badgeFor, toTabResult } from './badge';

const mention = (id: number, topic: ReportedMention['topic']): ReportedMention => ({
  id, topic, alias: topic, why: 'exact alias', excerpt: `… ${topic} …`,
});
const report = (mentions: ReportedMention[], paused = false): ScanReport => ({
  type: 'scan-report', url: 'https://www.lesoir.be/a', paused, mentions,
});
const result = (total: number, paused = false): TabResult => ({ url: 'https://x.be/', paused, byTopic: {}, total });

describe('toTabResult', () => {
  it.each([
    ['no mentions', [], {}, 0],
    ['one topic', [mention(0, 'vsse')], { vsse: [0] }, 1],
    [
      'groups by topic, keeping page order',
      [mention(0, 'cainiao'), mention(1, 'vsse'), mention(2, 'cainiao')],
      { cainiao: [0, 2], vsse: [1] },
      3,
    ],
  ])('%s', (_, mentions, ids, total) => {
    const r = toTabResult(report(mentions));
    expect(Object.fromEntries(Object.entries(r.byTopic).map(([k, ms]) => [k, ms!.map((m) => m.id)]))).toEqual(ids);
    expect(r.total).toBe(total);
    expect(r.url).toBe('https://www.lesoir.be/a');
  });

  it('keeps the paused flag', () => {
    expect(toTabResult(report([], true)).paused).toBe(true);
  });
});

describe('badgeFor', () => {
  it.each([
    ['no result', undefined, '', BADGE_ACTIVE],
    ['null result', null, '', BADGE_ACTIVE],
    ['nothing found', result(0), '', BADGE_ACTIVE],
    ['one mention', result(1), '1', BADGE_ACTIVE],
    ['many mentions', result(42), '42', BADGE_ACTIVE],
    ['the most that fits', result(999), '999', BADGE_ACTIVE],
    ['more than fits', result(1000), '999+', BADGE_ACTIVE],
    ['paused', result(0, true), 'II', BADGE_PAUSED],
    ['paused wins over a count', result(5, true), 'II', BADGE_PAUSED],
  ])('%s', (_, r, text, color) => {
    expect(badgeFor(r)).toEqual({ text, color });
  });
});
