/**
 * A GBK encoder made from the platform's own GBK decoder (every two-byte sequence decoded once and inverted), so
 * that tests can write bodies the way the quote service does without a dependency.
 */
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // not a GBK character
      }
    }
  }
  return map;
}

export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
