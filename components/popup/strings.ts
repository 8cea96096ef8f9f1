// The popup's own words, in the notes languages.
import type { NoteLang } from '@/lib/types';

export interface PopupStrings {
  loading: string;
  noPage: string;
  unscannable: Record<'browser' | 'store' | 'file', string>;
  paused(host: string): string;
  resume: string;
  pause(host: string): string;
  notScanned: Record<'known' | 'other', string>;
  scan: string;
  scanning: string;
  scanFailed: string;
  nothingFound: string;
  mentions(n: number): string;
  notes: string;
  keyDates: string;
  whereOnPage: string;
  showMention: string;
}

export const STRINGS: Record<NoteLang, PopupStrings> = {
  en: {
    loading: 'Loading…',
    noPage: 'No page to look at in this window.',
    unscannable: {
      browser: 'Fact Notes cannot read browser pages such as settings, new tabs or extension pages.',
      store: 'Browsers do not let extensions read the extension store.',
      file: 'To scan files on this computer, turn on “Allow access to file URLs” for Fact Notes on the extensions page.',
    },
    paused: (host) => `Paused on ${host}: nothing is marked here.`,
    resume: 'Resume',
    pause: (host) => `Pause on ${host}`,
    notScanned: {
      known: 'This page has not been scanned yet. It may still be loading.',
      other: 'Fact Notes does not run on this site by default.',
    },
    scan: 'Scan this page',
    scanning: 'Scanning…',
    scanFailed: 'The browser did not let Fact Notes read this page. Click the Fact Notes button in the toolbar while on the page, then try again.',
    nothingFound: 'No mention of Cainiao, Liège Airport or the VSSE on this page.',
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    notes: 'Notes',
    keyDates: 'Key dates',
    whereOnPage: 'On this page',
    showMention: 'Show on the page',
  },
  fr: {
    loading: 'Chargement…',
    noPage: 'Aucune page à examiner dans cette fenêtre.',
    unscannable: {
      browser: 'Fact Notes ne peut pas lire les pages du navigateur (paramètres, nouvel onglet, extensions).',
      store: 'Les navigateurs interdisent aux extensions de lire la boutique d’extensions.',
      file: 'Pour analyser des fichiers locaux, activez « Autoriser l’accès aux URL de fichier » pour Fact Notes sur la page des extensions.',
    },
    paused: (host) => `En pause sur ${host} : rien n’est signalé ici.`,
    resume: 'Reprendre',
    pause: (host) => `Mettre en pause sur ${host}`,
    notScanned: {
      known: 'Cette page n’a pas encore été analysée. Elle est peut-être encore en cours de chargement.',
      other: 'Fact Notes ne s’exécute pas sur ce site par défaut.',
    },
    scan: 'Analyser cette page',
    scanning: 'Analyse…',
    scanFailed: 'Le navigateur n’a pas laissé Fact Notes lire cette page. Cliquez sur le bouton Fact Notes de la barre d’outils depuis la page, puis réessayez.',
    nothingFound: 'Aucune mention de Cainiao, de Liège Airport ou de la VSSE sur cette page.',
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    notes: 'Notes',
    keyDates: 'Dates clés',
    whereOnPage: 'Sur cette page',
    showMention: 'Afficher dans la page',
  },
  nl: {
    loading: 'Laden…',
    noPage: 'Geen pagina om te bekijken in dit venster.',
    unscannable: {
      browser: 'Fact Notes kan geen browserpagina’s lezen, zoals instellingen, nieuwe tabbladen of extensiepagina’s.',
      store: 'Browsers laten extensies de extensiewinkel niet lezen.',
      file: 'Om bestanden op deze computer te scannen, zet u “Toegang tot bestands-URL’s toestaan” aan voor Fact Notes op de extensiepagina.',
    },
    paused: (host) => `Gepauzeerd op ${host}: hier wordt niets gemarkeerd.`,
    resume: 'Hervatten',
    pause: (host) => `Pauzeren op ${host}`,
    notScanned: {
      known: 'Deze pagina is nog niet gescand. Misschien laadt ze nog.',
      other: 'Fact Notes werkt standaard niet op deze site.',
    },
    scan: 'Deze pagina scannen',
    scanning: 'Scannen…',
    scanFailed: 'De browser liet Fact Notes deze pagina niet lezen. Klik op de pagina op de knop van Fact Notes in de werkbalk en probeer opnieuw.',
    nothingFound: 'Geen vermelding van Cainiao, Liège Airport of de VSSE op deze pagina.',
    mentions: (n) => (n === 1 ? '1 vermelding' : `${n} vermeldingen`),
    notes: 'Notities',
    keyDates: 'Belangrijke data',
    whereOnPage: 'Op deze pagina',
    showMention: 'Tonen op de pagina',
  },
};
