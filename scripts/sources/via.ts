// Hand-written: what a reader should know about where a source's text comes from, in a few
// words per language. The dossier's `publisherNote` is a researcher's note and is never shown;
// these words are ours, chosen from it. Sources not listed show only their publisher.
import type { NoteLang } from '../../lib/types';

type Words = Record<NoteLang, string>;

const via = (name: string): Words => ({ en: `via ${name}`, fr: `via ${name}`, nl: `via ${name}` });
const BELGA = via('Belga');
const REUTERS = via('Reuters');
const XINHUA = via('Xinhua');
const TELE_MB = via('Télé MB');
const FT: Words = { en: 'Financial Times article, republished', fr: 'article du Financial Times, republié', nl: 'artikel van de Financial Times, overgenomen' };
const REPUBLISHED: Words = { en: 'republished', fr: 'republication', nl: 'overgenomen' };
const WIKIPEDIA_COPY: Words = { en: 'copy of a Wikipedia article', fr: "copie d'un article de Wikipédia", nl: 'kopie van een Wikipedia-artikel' };
const OFFICIAL: Words = { en: 'official site', fr: 'site officiel', nl: 'officiële site' };
const ENGLISH: Words = { en: 'English edition', fr: 'édition anglaise', nl: 'Engelse editie' };

export const SOURCE_VIA: Record<string, Words> = {
  S001: via('AFP'),
  S004: WIKIPEDIA_COPY,
  S007: via('Bloomberg'),
  S014: XINHUA,
  S022: BELGA,
  S025: FT,
  S033: BELGA,
  S036: { en: "Alibaba Group's own news site", fr: "site d'actualités du groupe Alibaba", nl: 'nieuwssite van de Alibaba-groep zelf' },
  S040: TELE_MB,
  S041: { en: "an Ecolo MP's own site", fr: "site personnel d'un député Ecolo", nl: 'eigen site van een Ecolo-parlementslid' },
  S047: via('RTBF'),
  S055: XINHUA,
  S060: REUTERS,
  S063: via('RTTNews'),
  S065: WIKIPEDIA_COPY,
  S066: WIKIPEDIA_COPY,
  S067: WIKIPEDIA_COPY,
  S068: WIKIPEDIA_COPY,
  S072: { en: 'Air Cargo News article, republished', fr: "article d'Air Cargo News, republié", nl: 'artikel van Air Cargo News, overgenomen' },
  S073: BELGA,
  S075: BELGA,
  S078: BELGA,
  S087: BELGA,
  S088: BELGA,
  S091: BELGA,
  S094: { en: "Liège Airport's press release", fr: 'communiqué de Liège Airport', nl: 'persbericht van Liège Airport' },
  S096: BELGA,
  S099: REPUBLISHED,
  S101: via('The Stat Trade Times'),
  S102: TELE_MB,
  S103: TELE_MB,
  S105: via("L'Echo"),
  S109: BELGA,
  S115: via('Knews'),
  S116: ENGLISH,
  S117: REUTERS,
  S119: via('Belga'),
  S122: BELGA,
  S124: BELGA,
  S125: TELE_MB,
  S130: OFFICIAL,
  S132: OFFICIAL,
  S133: WIKIPEDIA_COPY,
  S134: WIKIPEDIA_COPY,
  S138: BELGA,
  S142: OFFICIAL,
  S143: BELGA,
  S147: BELGA,
  S154: REUTERS,
  S155: REUTERS,
  S157: via('Le Vif'),
  S159: FT,
  S162: BELGA,
  S166: ENGLISH,
  S169: via('Lawfare'),
  S171: BELGA,
  S177: WIKIPEDIA_COPY,
  S181: WIKIPEDIA_COPY,
  S182: WIKIPEDIA_COPY,
};
