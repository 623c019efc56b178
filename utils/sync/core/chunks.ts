// A field too large for one sync cell travels as several: the field itself holds a marker
// (`['tact:chunks', n]`) and `name.0`…`name.(n-1)` hold slices of its JSON text, all written with the
// same timestamp, so a record valid locally always fits the wire's per-field cap (LIMITS.valueChars).
// Last-writer-wins keeps a split value whole: a later write of any slice also rewrote the marker.
import type { Cell, JsonValue } from './protocol';
import { LIMITS } from './protocol';

const MARK = 'tact:chunks';

/** The cells for one field's value: itself when it fits, else a marker and its slices. */
export function splitField(name: string, value: JsonValue, hlc: string, max = LIMITS.valueChars): Record<string, Cell> {
  const json = JSON.stringify(value);
  if (json.length <= max) return { [name]: { value, hlc } };
  const pieces = sliceText(json, max);
  const out: Record<string, Cell> = { [name]: { value: [MARK, pieces.length], hlc } };
  pieces.forEach((piece, i) => (out[`${name}.${i}`] = { value: piece, hlc }));
  return out;
}

/**
 * The cells of a change, oversized ones split: an outbox written by a version that did not split
 * (its change refused for good) goes through as it is now written.
 */
export function fitCells(fields: Record<string, Cell>): Record<string, Cell> {
  let out: Record<string, Cell> | undefined;
  for (const [name, cell] of Object.entries(fields)) {
    if (JSON.stringify(cell.value).length <= LIMITS.valueChars) continue;
    out ??= { ...fields };
    const split = splitField(name, cell.value, cell.hlc);
    if (cell.base) split[name] = { ...split[name]!, base: cell.base };
    Object.assign(out, split);
  }
  return out ?? fields;
}

/** The number of slices a marker announces, or undefined for an ordinary value. */
function chunkCount(v: unknown): number | undefined {
  if (!Array.isArray(v) || v.length !== 2 || v[0] !== MARK) return undefined;
  const n: unknown = v[1];
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= LIMITS.fieldsPerRecord ? n : undefined;
}

/**
 * The plain values of some cells, split values put back together. A split value whose slices are
 * missing or from another write (only a buggy client could cause it) is left out.
 */
export function joinFields(fields: Record<string, Cell>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const slices = new Set<string>();
  for (const [name, cell] of Object.entries(fields)) {
    const n = chunkCount(cell.value);
    if (n === undefined) continue;
    let text = '';
    for (let i = 0; i < n; i++) slices.add(`${name}.${i}`);
    for (let i = 0; i < n; i++) {
      const part = fields[`${name}.${i}`];
      if (!part || part.hlc !== cell.hlc || typeof part.value !== 'string') {
        text = '';
        break;
      }
      text += part.value;
    }
    try {
      if (text) out[name] = JSON.parse(text) as unknown;
    } catch {
      // Not JSON: left out, like missing slices.
    }
  }
  for (const [name, cell] of Object.entries(fields)) {
    if (slices.has(name) || chunkCount(cell.value) !== undefined) continue;
    // A stale slice of an earlier split value (longer, or since made small again): not a field.
    if (isSlice(name, fields)) continue;
    out[name] = cell.value;
  }
  return out;
}

/** `name.3` next to a field `name` (local rows have no dotted keys: slices are the only ones). */
function isSlice(name: string, fields: Record<string, Cell>): boolean {
  return /\.\d+$/.test(name) && Object.hasOwn(fields, name.slice(0, name.lastIndexOf('.')));
}

/** Cost of one UTF-16 unit inside a JSON string (quotes and backslashes doubled, controls escaped). */
function escapedLength(code: number): number {
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x20) return code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
  return 1;
}

/** Slices of `text` whose JSON strings each fit in `max`, never cutting a surrogate pair in two. */
export function sliceText(text: string, max: number): string[] {
  const budget = max - 2;
  const out: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const next = pair ? text.charCodeAt(i + 1) : 0;
    const isPair = pair && next >= 0xdc00 && next <= 0xdfff;
    const cost = isPair ? 2 : code >= 0xd800 && code <= 0xdfff ? 6 : escapedLength(code);
    if (size + cost > budget) {
      out.push(text.slice(start, i));
      start = i;
      size = 0;
    }
    size += cost;
    if (isPair) i++;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
