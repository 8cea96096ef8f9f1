import { buildExtension } from './build';

// Builds the extension once for the whole browser tier, so tests drive what ships.
export default function setup(): void {
  buildExtension('chrome-mv3');
}
