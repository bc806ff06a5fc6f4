/**
 * MOF integer literals inside strings (ValueMap entries, object-path keys): decimal, `0x` hex,
 * leading-zero octal and `b`-suffixed binary, each with an optional sign (mof-language.md §2.7.1).
 */
export function parseMofInteger(text: string): bigint | undefined {
  const m = /^([+-]?)(?:(0[xX][0-9a-fA-F]+)|([01]+[bB])|(0[0-7]+)|(0|[1-9][0-9]*))$/.exec(text.trim());
  if (!m) return undefined;
  const [, sign, hex, bin, oct, dec] = m;
  let v: bigint;
  if (hex) v = BigInt(hex);
  else if (bin) v = BigInt(`0b${bin.slice(0, -1)}`);
  else if (oct) v = BigInt(`0o${oct.slice(1)}`);
  else v = BigInt(dec);
  return sign === "-" ? -v : v;
}
