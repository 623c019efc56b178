// LinkedIn ids: activity and comment urns, found in data-urn / data-id (classic), in componentkey or
// in data-view-tracking-scope (newer DOM, whose JSON carries byte arrays), and their embedded times.

const POST_URN = /urn:li:(?:activity|ugcPost|share):\d+/;
const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(?:activity|ugcPost|share):\d+,\d+\)/;

export type UrnKind = 'post' | 'comment';

/** The strings an element's tracking scope holds: the raw attribute and any decoded byte arrays. */
function trackingStrings(raw: string): string[] {
  const out = [raw];
  try {
    const walk = (v: unknown): void => {
      if (Array.isArray(v) && v.length > 0 && v.every((b) => typeof b === 'number' && b >= 0 && b < 256)) {
        out.push(new TextDecoder().decode(new Uint8Array(v as number[])));
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(raw));
  } catch {
    // Not JSON: the raw attribute is searched as it is.
  }
  return out;
}

/** The first urn of `kind` carried by the element's own id attributes. */
export function urnOnElement(el: Element, kind: UrnKind): string {
  const re = kind === 'post' ? POST_URN : COMMENT_URN;
  for (const name of ['data-urn', 'data-id', 'componentkey']) {
    const m = re.exec(el.getAttribute(name) ?? '');
    if (m) return m[0];
  }
  for (const s of trackingStrings(el.getAttribute('data-view-tracking-scope') ?? '')) {
    const m = re.exec(s);
    if (m) return m[0];
  }
  return '';
}

/** The post urn a comment urn belongs to: urn:li:comment:(activity:1,2) → urn:li:activity:1. */
export function postUrnOfComment(commentUrn: string): string {
  const m = /^urn:li:comment:\((?:urn:li:)?(\w+):(\d+),/.exec(commentUrn);
  return m ? `urn:li:${m[1]}:${m[2]}` : '';
}

/** LinkedIn ids are time-ordered: the top 41 bits are milliseconds since 1970. ISO time, or ''. */
export function timeOfUrn(urn: string): string {
  const id = /(\d{15,})\)?$/.exec(urn)?.[1];
  if (!id) return '';
  const ms = Number(BigInt(id) >> 22n);
  return ms > Date.UTC(2010, 0) && ms < Date.UTC(2100, 0) ? new Date(ms).toISOString() : '';
}
