// A tiny XML serializer: the e-invoices we write are small trees built in one pass, so a string builder with
// proper escaping is enough and keeps the element order under our control (the schemas are sequences).

export type XmlChild = XmlElement | null | undefined | false | '';

export interface XmlElement {
  name: string;
  attrs: Record<string, string | null | undefined>;
  /** Either text or child elements, never both: e-invoice schemas have no mixed content. */
  text: string | null;
  children: XmlElement[];
}

/** An element with child elements; null, undefined and false children are dropped (optional fields). */
export function el(name: string, ...children: (XmlChild | XmlChild[])[]): XmlElement {
  const flat = children.flat().filter((c): c is XmlElement => Boolean(c));
  return { name, attrs: {}, text: null, children: flat };
}

/** An element with attributes and child elements. */
export function elA(
  name: string,
  attrs: Record<string, string | null | undefined>,
  ...children: (XmlChild | XmlChild[])[]
): XmlElement {
  return { ...el(name, ...children), attrs };
}

/** A text element; null when the value is absent or blank, so optional fields disappear. */
export function txt(
  name: string,
  value: string | null | undefined,
  attrs: Record<string, string | null | undefined> = {},
): XmlElement | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return { name, attrs, text: value, children: [] };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes markup characters and drops the control characters XML 1.0 forbids (a pasted address may carry them). */
export function escapeXml(value: string): string {
  let out = '';
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff)
      continue;
    out += ESCAPES[c] ?? c;
  }
  return out;
}

function attrsText(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

function write(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.name}${attrsText(node.attrs)}`;
  if (node.text !== null) out.push(`${open}>${escapeXml(node.text)}</${node.name}>`);
  else if (node.children.length === 0) out.push(`${open}/>`);
  else {
    out.push(`${open}>`);
    for (const child of node.children) write(child, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

/** The document as UTF-8 XML text with its declaration, indented two spaces, ending with a newline. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
