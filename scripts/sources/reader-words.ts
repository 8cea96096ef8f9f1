// Hand-written, kept when data/sources.json is regenerated: where a source's text comes from,
// in a few words per language, for sources whose dossier `publisherNote` names a wire agency or
// the original outlet (the note itself is a researcher's note and is never shown); and the few
// dossier titles that describe a page rather than quote it, which readers must not take for a
// headline. Sources not listed show their publisher and title as the dossier has them.
import type { NoteLang } from '../../lib/types';

type Words = Record<NoteLang, string>;

const via = (name: string): Words => ({ en: `via ${name}`, fr: `via ${name}`, nl: `via ${name}` });
const BELGA = via('Belga');
const REUTERS = via('Reuters');
const XINHUA = via('Xinhua');
const TELE_MB = via('Télé MB');
const FT: Words = { en: 'Financial Times article, republished', fr: 'article du Financial Times, republié', nl: 'artikel van de Financial Times, overgenomen' };
const WIKIPEDIA_COPY: Words = { en: 'copy of a Wikipedia article', fr: "copie d'un article de Wikipédia", nl: 'kopie van een Wikipedia-artikel' };
const COPY: Words = { en: 'copy on another site', fr: 'copie sur un autre site', nl: 'kopie op een andere site' };
const citing = (name: string): Words => ({ en: `citing ${name}`, fr: `citant ${name}`, nl: `op basis van ${name}` });

export const SOURCE_VIA: Record<string, Words> = {
  S001: via('AFP'),
  S004: WIKIPEDIA_COPY,
  S007: via('Bloomberg'),
  S014: XINHUA,
  S022: BELGA,
  S025: FT,
  S033: BELGA,
  S034: COPY,
  S040: TELE_MB,
  S047: via('RTBF'),
  S055: XINHUA,
  S058: via('Oxford Business Law Blog'),
  S060: REUTERS,
  S063: via('RTTNews'),
  S065: WIKIPEDIA_COPY,
  S066: WIKIPEDIA_COPY,
  S067: WIKIPEDIA_COPY,
  S068: COPY,
  S072: { en: 'Air Cargo News article, republished', fr: "article d'Air Cargo News, republié", nl: 'artikel van Air Cargo News, overgenomen' },
  S073: BELGA,
  S075: BELGA,
  S078: BELGA,
  S087: BELGA,
  S088: BELGA,
  S091: BELGA,
  S094: { en: "Liège Airport's press release", fr: 'communiqué de Liège Airport', nl: 'persbericht van Liège Airport' },
  S096: BELGA,
  S101: citing('The Stat Trade Times'),
  S102: TELE_MB,
  S103: TELE_MB,
  S105: via("L'Echo"),
  S109: BELGA,
  S115: via('Knews'),
  S117: citing('Reuters'),
  S119: { en: 'via Belga and SudPresse', fr: 'via Belga et SudPresse', nl: 'via Belga en SudPresse' },
  S122: BELGA,
  S124: BELGA,
  S125: TELE_MB,
  S129: COPY,
  S133: COPY,
  S134: COPY,
  S136: COPY,
  S138: BELGA,
  S143: BELGA,
  S147: BELGA,
  S154: REUTERS,
  S155: REUTERS,
  S157: via('Le Vif'),
  S159: FT,
  S161: { en: 'editorial', fr: 'éditorial', nl: 'hoofdcommentaar' },
  S162: BELGA,
  S169: via('Lawfare'),
  S171: BELGA,
  S177: WIKIPEDIA_COPY,
  S178: { en: 'an older version of the article', fr: "une ancienne version de l'article", nl: 'een oudere versie van het artikel' },
};

/** Dossier titles that describe the page (or carry a note) rather than quote it: the words a
 * reader may see instead, or null to show the publisher and the site's domain. */
export const TITLE_FIXES: Record<string, string | null> = {
  S005: null, // "Cainiao logistics series, part 1": a description
  S013: null, // "Tag page: Belgium"
  S057: null, // "SAMR fine on Alibaba": a description
  S067: 'リエージュ空港', // the English in brackets was a translation note
  S070: 'Frachthub Liège', // "(report 2021)" was a note
  S142: null, // "(page) Standing Committee I assignments"
  S161: null, // "China Daily editorial on VSSE/Alibaba": a description
};

/** Publisher fields that hold more than the outlet's name. */
export const PUBLISHER_FIXES: Record<string, string> = {
  S161: 'China Daily', // "China Daily editorial": the kind of text goes to its words above
  S177: 'osmarks.net', // "Wikipedia (EN) 2020-08 snapshot via osmarks.net": the copy's site; what it copies goes to its words above
};
