import { messages as coreMessages } from '../../../shared/i18n/messages';
import { en } from './en';
import { fr } from './fr';

type Tree = { [key: string]: string | readonly string[] | Tree };

/** 'errors.notFound' → { errors: { notFound } }: the core's flat catalog merged into the screens' nested one. */
export function nestKeys(flat: Record<string, string>): Tree {
  const out: Tree = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts[parts.length - 1]!] = text;
  }
  return out;
}

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      prev && typeof prev === 'object' && !Array.isArray(prev) && typeof v === 'object' && !Array.isArray(v)
        ? merge(prev as Tree, v as Tree)
        : v;
  }
  return out;
}

export const catalogs = {
  fr: merge(fr as unknown as Tree, nestKeys(coreMessages.fr)),
  en: merge(en as unknown as Tree, nestKeys(coreMessages.en)),
};

/** Every leaf key, dotted; array items count as keys too (`departments.sales.features.0`). */
export function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}
