/** A line writer with a fixed line terminator, so every emitted file is byte-for-byte deterministic. */
export class LineWriter {
  private readonly parts: string[] = [];
  constructor(readonly newline: "\r\n" | "\n") {}
  /** Writes one line (text, then the terminator). */
  line(text = ""): void {
    this.parts.push(text, this.newline);
  }
  /** Writes text verbatim (cpp_quote text keeps its own line breaks). */
  raw(text: string): void {
    this.parts.push(text);
  }
  toString(): string {
    return this.parts.join("");
  }
}

/** C identifiers: letters, digits and `_`, not starting with a digit. */
export function isCIdentifier(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}
