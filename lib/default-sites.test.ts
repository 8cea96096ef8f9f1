import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, DEFAULT_SITES, isDefaultSite, siteListCovers } from './default-sites';

describe('default sites', () => {
  it('lists about fifty news domains, each as a subdomain-covering match pattern', () => {
    expect(DEFAULT_SITES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(DEFAULT_SITES).size).toBe(DEFAULT_SITES.length);
    expect(DEFAULT_MATCHES).toContain('*://*.lesoir.be/*');
  });

  it.each([
    ['lesoir.be', true],
    ['www.lesoir.be', true],
    ['edition.cnn.com', false],
    ['www.bbc.co.uk', true],
    ['notlesoir.be', false],
    ['lesoir.be.evil.com', false],
    ['WWW.TIJD.BE.', true],
  ])('%s → %s', (host, expected) => {
    expect(isDefaultSite(host)).toBe(expected);
  });
});

describe('siteListCovers', () => {
  it.each([
    [['lesoir.be'], 'lesoir.be', true],
    [['lesoir.be'], 'www.lesoir.be', true],
    [['lesoir.be'], 'plus.lesoir.be.', true],
    [['lesoir.be'], 'notlesoir.be', false],
    [['plus.lesoir.be'], 'www.lesoir.be', false],
    [[], 'lesoir.be', false],
  ])('%j covers %s: %s', (sites, host, expected) => {
    expect(siteListCovers(sites, host)).toBe(expected);
  });
});
