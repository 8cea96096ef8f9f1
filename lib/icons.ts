// The toolbar icons' files: named by the manifest, set per tab by the background (greyed
// where the site is paused), written by scripts/icons.ts.
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Inside public/: what the manifest and setIcon name. */
export const iconFile = (size: number, paused = false) => `icon/${paused ? 'paused-' : ''}${size}.png`;
export const iconPath = (size: number, paused = false) => `public/${iconFile(size, paused)}`;
/** Every size, as the manifest (no prefix) or action.setIcon ("/": from the package root) names them. */
export const iconSet = (paused = false, prefix = ''): Record<string, string> =>
  Object.fromEntries(ICON_SIZES.map((s) => [s, prefix + iconFile(s, paused)]));
