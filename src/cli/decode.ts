/** Bytes → text, refusing what is not text. */
export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; code: string; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { ok: true, text: new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes.subarray(2)), warnings: [] };
  }
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) return { ok: false, code: "binary", message: "binary file (NUL bytes), not text" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: utf8.decode(body), warnings: [] };
  } catch {
    const text = utf8Lenient.decode(body);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    return { ok: true, text, warnings: [`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`] };
  }
}
