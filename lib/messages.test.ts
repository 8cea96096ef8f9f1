import { describe, expect, it } from 'vitest';
import { parseToBackground, parseToContent, parseToPage } from './messages';

const mention = { id: 0, topic: 'vsse', alias: 'VSSE', why: 'exact alias', excerpt: 'The VSSE said.' };
const report = { type: 'scan-report', url: 'https://www.lesoir.be/a', paused: false, mentions: [mention] };

describe('messages are checked on receipt', () => {
  it.each([
    ['a scan report', report, report],
    ['a report with only the fields the protocol names', { ...report, extra: 1, mentions: [{ ...mention, html: '<b>' }] }, report],
    ['a hidden report', { ...report, hidden: true }, { ...report, hidden: true }],
    ['a report with an unknown topic', { ...report, mentions: [{ ...mention, topic: 'nasa' }] }, null],
    ['a report whose mentions are not a list', { ...report, mentions: { 0: mention } }, null],
    ['a report with a text of a megabyte', { ...report, mentions: [{ ...mention, excerpt: 'x'.repeat(1e6) }] }, null],
    ['a flood of mentions', { ...report, mentions: Array(10_000).fill(mention) }, null],
    ['a report with paused as text', { ...report, paused: 'false' }, null],
    ['a notes request', { type: 'get-notes', topic: 'cainiao', paragraph: 'p', lang: 'fr' }, { type: 'get-notes', topic: 'cainiao', paragraph: 'p', lang: 'fr' }],
    ['a notes request in an unknown language', { type: 'get-notes', topic: 'cainiao', paragraph: 'p', lang: 'de' }, null],
    ['a library request', { type: 'open-library', topic: 'cainiao', x: 1 }, { type: 'open-library', topic: 'cainiao' }],
    ['a library request at a conflict of its topic', { type: 'open-library', topic: 'cainiao', conflict: 'cainiao-building-size-differs' },
      { type: 'open-library', topic: 'cainiao', conflict: 'cainiao-building-size-differs' }],
    // A conflict the page made up, or another topic's, is dropped: the library opens at the topic.
    ...[
      ['another topic’s conflict', 'vsse-staff-differs'],
      ['a conflict id we do not have', 'cainiao-made-up-differs'],
      ['a script URL for a conflict', 'javascript:alert(1)'],
      ['a hash that leaves the conflict', 'cainiao-building-size-differs#topic=vsse'],
      ['markup for a conflict', '<img src=x onerror=alert(1)>'],
      ['an inherited name for a conflict', '__proto__'],
      ['a conflict as a list', ['cainiao-building-size-differs']],
      ['a conflict as an object', { toString: () => 'cainiao-building-size-differs' }],
      ['a conflict of a megabyte', 'x'.repeat(1e6)],
    ].map(([what, conflict]): [string, unknown, unknown] => [`a library request with ${what}`, { type: 'open-library', topic: 'cainiao', conflict }, { type: 'open-library', topic: 'cainiao' }]),
    ['a library request for an unknown topic, with a conflict', { type: 'open-library', topic: 'nasa', conflict: 'cainiao-building-size-differs' }, null],
    ['a tab result request', { type: 'get-tab-result', tabId: 7 }, { type: 'get-tab-result', tabId: 7 }],
    ['a tab result request for a made-up tab', { type: 'get-tab-result', tabId: -1 }, null],
    ['a question whether the marks are hidden', { type: 'get-marks-hidden', hidden: true }, { type: 'get-marks-hidden' }],
    ['a message for a content script', { type: 'step-mention', step: 1 }, null],
    ['an unknown type', { type: 'format-disk' }, null],
    ['not an object', 'scan-report', null],
    ['null', null, null],
  ])('for the background: %s', (_, raw, expected) => {
    expect(parseToBackground(raw)).toEqual(expected);
  });

  it.each([
    ['a step', { type: 'step-mention', step: -1 }, { type: 'step-mention', step: -1 }],
    ['a step of two', { type: 'step-mention', step: 2 }, null],
    ['a mention to show', { type: 'scroll-to-mention', id: 3 }, { type: 'scroll-to-mention', id: 3 }],
    ['a mention of no index', { type: 'scroll-to-mention', id: 1.5 }, null],
    ['a ping', { type: 'ping', x: 1 }, { type: 'ping' }],
    ['a question whether the marks are hidden', { type: 'get-marks-hidden', tabId: 8 }, { type: 'get-marks-hidden' }],
    ['the marks’ state to set', { type: 'set-marks-hidden', hidden: false, x: 1 }, { type: 'set-marks-hidden', hidden: false }],
    ['a state that is no boolean', { type: 'set-marks-hidden', hidden: 'true' }, null],
    ['a state missing', { type: 'set-marks-hidden' }, null],
    ['a report', report, null],
  ])('for a content script: %s', (_, raw, expected) => {
    expect(parseToContent(raw)).toEqual(expected);
  });

  it.each([
    ['a tab result', { type: 'tab-result', tabId: 7, result: null }, { type: 'tab-result', tabId: 7, result: null }],
    ['a tab result without a tab', { type: 'tab-result', result: null }, null],
    ['a report', report, null],
  ])('for an extension page: %s', (_, raw, expected) => {
    expect(parseToPage(raw)).toEqual(expected);
  });
});
