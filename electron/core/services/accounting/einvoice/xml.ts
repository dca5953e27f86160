import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EInvoiceRefused } from './types';

/**
 * A namespace-free view of an XML document. Prefixes differ between producers (rsm:/ram:, cbc:/cac:,
 * default namespaces), so elements are matched by local name only. Every element is kept as a list,
 * text stays text (no number guessing: "0010" and "1.50" must reach us unchanged).
 */
export type XmlNode = { [name: string]: unknown };

const TEXT = '#text';
const ATTR = '@_';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  removeNSPrefix: true,
  textNodeName: TEXT,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export interface XmlRoot {
  /** Local name of the root element. */
  name: string;
  /** Namespace URI of the root element, null when it has none. */
  namespace: string | null;
  node: XmlNode;
}

/** The root element's namespace, read from its start tag (the parser drops xmlns declarations with prefixes). */
function rootNamespace(body: string): string | null {
  const start = /<(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(body.replace(/<!--[\s\S]*?-->/g, ''));
  if (!start) return null;
  const prefix = start[1];
  const attributes = start[2] ?? '';
  const name = prefix === undefined ? 'xmlns' : `xmlns:${prefix.replace(/[.-]/g, '\\$&')}`;
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes)?.[2] ?? null;
}

/** Parses XML text; refuses it when not well-formed or when it declares a DOCTYPE (no entity expansion games). */
export function parseXml(text: string): XmlRoot {
  const body = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(body)) throw new EInvoiceRefused('einvoice.malformedXml', { problem: 'doctype' });
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new EInvoiceRefused('einvoice.malformedXml', { problem: valid.err.msg, line: valid.err.line });
  }
  const document = parser.parse(body) as XmlNode;
  const roots = Object.keys(document).filter((key) => !key.startsWith('?') && key !== TEXT);
  const name = roots[0];
  if (roots.length !== 1 || name === undefined) throw new EInvoiceRefused('einvoice.malformedXml', { problem: 'root' });
  return { name, namespace: rootNamespace(body), node: asNode(asList(document[name])[0]) };
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function asNode(value: unknown): XmlNode {
  if (value !== null && typeof value === 'object') return value as XmlNode;
  return { [TEXT]: value === undefined || value === null ? '' : String(value) };
}

/** Every child element with this local name. */
export function all(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node) return [];
  return asList(node[name]).map(asNode);
}

/** The first element along a path of local names. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) {
    current = all(current, name)[0];
    if (!current) return undefined;
  }
  return current;
}

/** Every element at the end of a path (all branches). */
export function allAt(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let current = node ? [node] : [];
  for (const name of path) current = current.flatMap((n) => all(n, name));
  return current;
}

/** Trimmed text of the element along the path; null when absent or empty. */
export function text(node: XmlNode | undefined, ...path: string[]): string | null {
  const target = at(node, ...path);
  const value = target?.[TEXT];
  if (value === undefined || value === null) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

export function attr(node: XmlNode | undefined, name: string): string | null {
  const value = node?.[ATTR + name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Local names of the child elements. */
export function childNames(node: XmlNode | undefined): string[] {
  return node ? Object.keys(node).filter((key) => key !== TEXT && !key.startsWith(ATTR)) : [];
}
