// The layout says which code runs where (README "Layout", issue 16 point 5): lib/ is pure,
// components/ take props and reach neither storage nor messages, and test fakes live under
// tests/. Read from each file's syntax tree, so words in comments and strings do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'tests']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sources(path);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

/** Every module a file imports (static, dynamic, re-exports, type-only), and every `browser.x` / `chrome.x` it uses. */
function uses(path: string): { imports: string[]; apis: string[] } {
  const file = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const apis: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      imports.push(node.arguments[0].text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      imports.push(node.argument.literal.text);
    }
    const left = ts.isPropertyAccessExpression(node) ? node.expression : ts.isQualifiedName(node) ? node.left : undefined;
    if (left && ts.isIdentifier(left) && /^(browser|chrome)$/.test(left.text)) apis.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { imports, apis };
}

/** What a file in `dir` must not import, as `path: module` lines; and its uses of extension APIs. */
function breaches(dir: string, forbidden: RegExp): string[] {
  return sources(dir)
    .filter((f) => !isTest(f))
    .flatMap((f) => {
      const { imports, apis } = uses(f);
      return [...imports.filter((m) => forbidden.test(m)), ...apis].map((what) => `${f}: ${what}`);
    });
}

/** The extension's runtime, its storage and its messaging: utils/, WXT, the polyfill. */
const RUNTIME = /(^|\/)utils\/|^wxt($|\/)|^#imports$|^webextension-polyfill$|^@wxt-dev\//;

describe('which code runs where', () => {
  it('finds the imports and API calls it checks (the check itself)', () => {
    const { imports, apis } = uses('entrypoints/content/content-main.ts');
    expect(imports).toEqual(expect.arrayContaining(['wxt/browser', '@/utils/settings', '@/lib/messages']));
    expect(apis).toContain('browser.runtime');
    expect(sources('lib').length).toBeGreaterThan(20);
    expect(sources('components').length).toBeGreaterThan(20);
  });

  it('lib/ is pure: no utils/, WXT, polyfill or extension API', () => {
    expect(breaches('lib', RUNTIME)).toEqual([]);
  });

  it('components/ take props: no storage or messaging (utils/, WXT, polyfill, extension APIs)', () => {
    expect(breaches('components', RUNTIME)).toEqual([]);
  });

  it('test fakes and helpers live under tests/, not beside the code they stand in for', () => {
    const testOnly = /^(vitest|wxt\/testing|@testing-library\/|happy-dom|fast-check)(\/|$)/;
    const outside = ['lib', 'utils', 'components', 'entrypoints', 'scripts']
      .flatMap(sources)
      .filter((f) => !isTest(f))
      .filter((f) => /(^|[/-])(fakes?|mocks?|stubs?)([./-]|$)/i.test(f) || uses(f).imports.some((m) => testOnly.test(m)));
    expect(outside).toEqual([]);
  });
});
