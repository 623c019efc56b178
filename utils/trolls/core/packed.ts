// Byte arrays inside the committed model files: base64 of gzip. The models are JSON (bundled by the
// extension like any module), and gzip keeps the int8/4-bit arrays within the 1 MB budget. Decoding
// uses the platform's DecompressionStream (browsers and Node ≥ 18), so no library is shipped.

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = await new Response(
    new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream),
  ).arrayBuffer();
  return new Uint8Array(out);
}

/** base64(gzip(bytes)). */
export async function packBytes(bytes: Uint8Array): Promise<string> {
  return toBase64(await through(bytes, new CompressionStream('gzip')));
}

/** The bytes of a `packBytes` string; throws on a corrupt one. */
export async function unpackBytes(s: string): Promise<Uint8Array> {
  return through(fromBase64(s), new DecompressionStream('gzip'));
}
