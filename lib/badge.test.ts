import { describe, expect, it } from 'vitest';
import type { ReportedMention, ScanReport, TabResult } from './messages';
import { BADGE_ACTIVE, BADGE_GREY, badgeFor, toTabResult } from './badge';

const mention = (id: number, topic: ReportedMention['topic']): ReportedMention => ({
  id, topic, alias: topic, why: 'exact alias', excerpt: `… ${topic} …`,
});
const report = (mentions: ReportedMention[], paused = false): ScanReport => ({
  type: 'scan-report', url: 'https://www.lesoir.be/a', paused, mentions,
});
const result = (total: number, paused = false, hidden = false): TabResult => ({ url: 'https://x.be/', paused, hidden, byTopic: {}, total, scans: 1 });

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
    const r = toTabResult({ 0: report(mentions) }, 1);
    expect(Object.fromEntries(Object.entries(r.byTopic).map(([k, ms]) => [k, ms!.map((m) => m.id)]))).toEqual(ids);
    expect(r.total).toBe(total);
    expect(r.url).toBe('https://www.lesoir.be/a');
  });

  it('keeps the paused flag', () => {
    expect(toTabResult({ 0: report([], true) }, 1).paused).toBe(true);
  });

  it('keeps the hidden flag', () => {
    expect(toTabResult({ 0: { ...report([mention(0, 'vsse')]), hidden: true } }, 1)).toMatchObject({ hidden: true, total: 1 });
  });

  it('counts the mentions of every frame, each with its frame, and takes the tab’s URL from the top frame', () => {
    const frame = { ...report([mention(0, 'vsse'), mention(1, 'cainiao')]), url: 'https://www.lesoir.be/frame' };
    const r = toTabResult({ 3: frame, 0: report([mention(0, 'vsse')]) }, 4);
    expect(r).toMatchObject({ url: 'https://www.lesoir.be/a', total: 3, scans: 4 });
    expect(r.byTopic.vsse!.map((m) => [m.frameId, m.id])).toEqual([[0, 0], [3, 0]]);
    expect(r.byTopic.cainiao!.map((m) => [m.frameId, m.id])).toEqual([[3, 1]]);
  });
});

describe('badgeFor: one rule for every state', () => {
  it.each([
    ['no result', undefined, '', BADGE_ACTIVE, 'active'],
    ['null result', null, '', BADGE_ACTIVE, 'active'],
    ['nothing found: no badge', result(0), '', BADGE_ACTIVE, 'active'],
    ['one mention', result(1), '1', BADGE_ACTIVE, 'active'],
    ['many mentions (first-only marking counts them all)', result(42), '42', BADGE_ACTIVE, 'active'],
    ['the most that fits', result(999), '999', BADGE_ACTIVE, 'active'],
    ['more than fits', result(1000), '999+', BADGE_ACTIVE, 'active'],
    ['marks hidden on this tab: the count, grey', result(6, false, true), '6', BADGE_GREY, 'active'],
    ['hidden with nothing found: no badge', result(0, false, true), '', BADGE_GREY, 'active'],
    ['paused: II and the greyed icon', result(0, true), 'II', BADGE_GREY, 'paused'],
    ['paused wins over a count and hidden marks', result(5, true, true), 'II', BADGE_GREY, 'paused'],
  ] as const)('%s', (_, r, text, color, icon) => {
    expect(badgeFor(r)).toEqual({ text, color, icon });
  });
});
