/**
 * Writing one output file without destroying someone else's: an existing file is replaced only
 * when it looks like what mofkit writes there (its `ours` test) or with `--force`, and always
 * atomically (a temporary file renamed over the target).
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";

export interface OutputKind {
  /** What the file is, for messages: "a binary MOF". */
  what: string;
  /** Whether the first bytes of an existing file show mofkit (or an equivalent tool) wrote it. */
  ours: (head: Uint8Array) => boolean;
}

/** Returns a diagnostic instead of writing when it must not or cannot write. */
export function writeOutputFile(
  path: string,
  data: string | Uint8Array,
  kind: OutputKind,
  force: boolean,
): Diagnostic | undefined {
  const file = resolve(path);
  try {
    if (existsSync(file)) {
      if (!statSync(file).isFile()) {
        return createDiagnostic(codes.outputNotOurs, { path, reason: "it is not a regular file" });
      }
      if (!force && !kind.ours(readHead(file))) {
        return createDiagnostic(codes.outputNotOurs, {
          path,
          reason: `it is not ${kind.what} written by mofkit (use --force to replace it)`,
        });
      }
    }
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, data);
    renameSync(temp, file);
    return undefined;
  } catch (err) {
    return createDiagnostic(codes.writeFailed, { path, reason: err instanceof Error ? err.message : String(err) });
  }
}

function readHead(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
