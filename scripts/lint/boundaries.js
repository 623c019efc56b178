// ESLint rule "tact/boundaries": which layer of the house may import which (docs/ARCHITECTURE.md).
// A file's layer comes from its path; an import is resolved to a path and checked against ALLOWED.
// Pure cores import only pure code and no browser-bound package; lower layers never import upper ones.
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PURE_PLATFORM_FILES = new Set(['ids.ts', 'item.ts', 'hosts.ts', 'limits.ts', 'descriptor-data.ts']);
const SHARED_LAYERS = new Set(['shared', 'text', 'i18n', 'platforms', 'db', 'messaging', 'overlay', 'background']);

/** The layer of a project file, or null for files outside the checked tree. */
export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const [top, second, third] = rel.split('/');
  const base = path.posix.basename(rel);
  if (top === 'entrypoints') return 'entry';
  if (top === 'components') return 'ui';
  if (top === 'server') return 'server';
  if (top !== 'utils' || !second) return null;
  if (second === 'shared' || second === 'text' || second === 'i18n') return 'pure';
  // Strings are data: every capability's and layer's messages*.ts is pure.
  if (/^messages(-[\w-]+)?\.ts$/.test(base)) return 'pure';
  if (second === 'platforms')
    return PURE_PLATFORM_FILES.has(base) && !third?.includes('/') && rel.split('/').length === 3 ? 'pure' : 'platform';
  if (SHARED_LAYERS.has(second)) return second === 'overlay' ? 'page' : second;
  // A capability folder: utils/<capability>/...
  if (third === 'core') return 'pure';
  if (third === 'page') return 'page';
  if (third === 'ui') return 'ui';
  if (/^messages(-[\w-]+)?\.ts$/.test(base)) return 'pure';
  if (/^(routes|[\w-]+-routes)\.ts$/.test(base)) return 'messaging';
  if (/^(repo|[\w-]+-repo)\.ts$/.test(base)) return 'db';
  return 'background';
}

/** What each layer may import (besides itself and packages). */
export const ALLOWED = {
  pure: ['pure'],
  messaging: ['pure', 'messaging'],
  db: ['pure', 'db'],
  platform: ['pure', 'platform'],
  page: ['pure', 'messaging', 'platform', 'page'],
  background: ['pure', 'messaging', 'db', 'background'],
  ui: ['pure', 'messaging', 'db', 'ui'],
  server: ['pure', 'server'],
  entry: ['pure', 'messaging', 'db', 'platform', 'page', 'background', 'ui'],
};

const BROWSER_PACKAGES = /^(dexie|preact|wxt|@wxt-dev\/|webextension-polyfill|node:)/;
const UI_PACKAGES = /^preact/;
const FORBIDDEN_PACKAGES = {
  pure: BROWSER_PACKAGES,
  messaging: /^(dexie|preact)/,
  db: UI_PACKAGES,
  platform: /^(dexie|preact)/,
  page: /^(dexie|preact)/,
  background: UI_PACKAGES,
};

function resolveFile(base) {
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (existsSync(c)) return c;
  return base;
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Layer boundaries of the house (docs/ARCHITECTURE.md)' },
    schema: [],
    messages: {
      layer: 'A {{from}} file may not import {{to}} code ({{spec}}): see docs/ARCHITECTURE.md, "What may import what".',
      pkg: 'A {{from}} file may not import the package "{{spec}}" (browser-bound or UI code).',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        const forbidden = FORBIDDEN_PACKAGES[from];
        if (forbidden?.test(spec)) context.report({ node, messageId: 'pkg', data: { from, spec } });
        return;
      }
      const to = layerOf(resolveFile(path.resolve(path.dirname(file), spec)));
      if (!to || to === from || ALLOWED[from].includes(to)) return;
      context.report({ node, messageId: 'layer', data: { from, to, spec } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      TSImportType: (node) => {
        const lit = node.argument?.literal ?? node.argument;
        if (lit?.type === 'Literal') check(node, lit.value);
      },
    };
  },
};

export default { rules: { boundaries } };
