// What a store and a browser read before anything runs: the built manifest's icons and
// its name, description and shortcut names in the browser's language (public/_locales).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_MESSAGES } from '@/entrypoints/background/commands';
import { ICON_SIZES } from '@/lib/icons';
import { buildExtension } from '../e2e/build';
import { ROOT } from '../e2e/harness';
import { pngSize } from '../png-size';

const LOCALES = ['en', 'fr', 'nl'];

let dir: string;
let manifest: Record<string, any>;
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
/** The manifest's value for `field` as the browser shows it in `lang`. */
const localized = (value: string, lang: string) => value.replace(/^__MSG_(\w+)__$/, (_, key) => messages(lang)[key]?.message ?? `missing ${key}`);

beforeAll(() => {
  dir = buildExtension('chrome-mv3');
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}, 120_000);

describe('built Chrome manifest', () => {
  it.each(ICON_SIZES)('has a %i px PNG icon of exactly that size, for the extension and the toolbar button', (size) => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(pngSize(join(dir, icons[size]))).toEqual({ width: size, height: size });
    }
  });

  it('ships a greyed icon of every size for paused sites', () => {
    for (const size of ICON_SIZES) expect(pngSize(join(dir, `icon/paused-${size}.png`))).toEqual({ width: size, height: size });
  });

  it('names English as the default locale and ships English, French and Dutch', () => {
    expect(manifest.default_locale).toBe('en');
    for (const lang of LOCALES) expect(existsSync(join(dir, '_locales', lang, 'messages.json'))).toBe(true);
  });

  it('has a different description in each language, within the 132 characters Chrome allows', () => {
    const descriptions = LOCALES.map((lang) => localized(manifest.description, lang));
    expect(new Set(descriptions).size).toBe(3);
    for (const d of descriptions) expect(d.length).toBeLessThanOrEqual(132);
    expect(descriptions[1]).toMatch(/Sûreté de l'État/);
    expect(descriptions[2]).toMatch(/Staatsveiligheid/);
  });

  it('lists a shortcut for every command the background answers, hiding the marks included', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.keys(COMMAND_MESSAGES).sort());
    expect(manifest.commands['toggle-marks'].suggested_key).toBeTruthy();
  });

  it('takes the name, the description and every shortcut name from the locales, all three having each message', () => {
    const texts = [manifest.name, manifest.description, ...Object.values(manifest.commands).map((c: any) => c.description)];
    for (const text of texts) expect(text).toMatch(/^__MSG_\w+__$/);
    const keys = Object.keys(messages('en')).sort();
    for (const lang of LOCALES) {
      expect(Object.keys(messages(lang)).sort()).toEqual(keys);
      for (const text of texts) expect(localized(text, lang)).not.toMatch(/^missing/);
    }
  });
});

describe('built bundles', () => {
  it('hold no development build: no JSX source locations, no absolute path of the machine that built them', () => {
    const bundles = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .map((e) => join(e.parentPath, e.name));
    const leaky = bundles.filter((f) => {
      const code = readFileSync(f, 'utf8');
      return code.includes('fileName:') || code.includes(ROOT);
    });
    expect(leaky.map((f) => f.slice(dir.length + 1))).toEqual([]);
  });
});
