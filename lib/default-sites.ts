// News sites the content script runs on without asking. Each entry covers the
// bare domain and every subdomain (www., edition., …) via `*://*.domain/*`.
export const DEFAULT_SITES = [
  // Belgium
  'brusselstimes.com', 'lesoir.be', 'lalibre.be', 'rtbf.be', 'dhnet.be', 'sudinfo.be',
  'lavenir.net', 'lecho.be', 'standaard.be', 'demorgen.be', 'hln.be', 'nieuwsblad.be',
  'gva.be', 'tijd.be', 'vrt.be', 'knack.be', 'levif.be', '7sur7.be', 'belganewsagency.eu',
  // Europe-wide and international
  'politico.eu', 'euractiv.com', 'euronews.com', 'euobserver.com', 'reuters.com',
  'apnews.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'ft.com', 'bloomberg.com',
  'nytimes.com', 'wsj.com', 'cnbc.com', 'scmp.com', 'caixinglobal.com',
  // Germany, France, Netherlands
  'dw.com', 'spiegel.de', 'faz.net', 'handelsblatt.com', 'tagesschau.de',
  'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'lesechos.fr', 'france24.com',
  'nos.nl', 'nrc.nl', 'volkskrant.nl',
  // Logistics trade press
  'aircargonews.net', 'theloadstar.com',
] as const;

export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.map((d) => `*://*.${d}/*`);

/** Whether a site list (hostnames without "www.", as settings keep them) covers `host` or a parent of it. */
export function siteListCovers(sites: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => h === site || h.endsWith(`.${site}`));
}

/** True when `hostname` is one of the default sites or a subdomain of one. */
export function isDefaultSite(hostname: string): boolean {
  return siteListCovers(DEFAULT_SITES, hostname);
}
