/**
 * What the provider commands share: loading the provider module, registering it with a fresh WMI
 * service simulator, naming its classes, methods and instances, and turning every failure into a
 * coded error with the exit code of the other commands (1: the request failed; 2: usage, or the
 * provider could not be loaded or registered).
 */
import { existsSync } from "node:fs";
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import {
  STATUS_WMI_INSTANCE_NOT_FOUND,
  STATUS_WMI_READ_ONLY,
  WMIREG_FLAG_EVENT_ONLY_GUID,
  WMIREG_FLAG_EXPENSIVE,
  WMIREG_FLAG_INSTANCE_BASENAME,
  WMIREG_FLAG_INSTANCE_LIST,
  WMIREG_FLAG_INSTANCE_PDO,
  WMIREG_FLAG_TRACED_GUID,
  WmiDevice,
  WmiService,
  WmiServiceError,
  normalizeGuid,
  type Arch,
  type ProviderBlock,
  type ProviderMethod,
  type RegGuid,
  type RegInfo,
  type WmiLibContext,
} from "@mofkit/runtime";
import { loadProvider, ProviderLoadError } from "../load-provider.js";
import type { CommandIo } from "./check.js";
import { NameError, ValueError } from "./provider-values.js";
import { renderTable } from "./provider-output.js";

/** The provider commands' io: `interrupt` stands in for Ctrl-C (tests; the process's SIGINT otherwise). */
export interface ProviderIo extends CommandIo {
  interrupt?: AbortSignal;
}

/** A failure ready to print: code, message, notes, exit code, and the error behind it (for MOFKIT_DEBUG). */
export class Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: 1 | 2,
    readonly notes: readonly string[] = [],
    readonly original?: unknown,
  ) {
    super(message);
    this.name = "Failure";
  }

  static of(d: Diagnostic, exitCode: 1 | 2, notes: readonly string[] = [], original?: unknown): Failure {
    return new Failure(d.code, d.message, exitCode, notes, original);
  }
}

export interface Session {
  service: WmiService;
  context: WmiLibContext;
  regInfo: RegInfo;
}

/** A registered block the command addresses. */
export interface Target {
  /** The class name, or the GUID when the provider describes no block for it. */
  name: string;
  guid: string;
  block: ProviderBlock | null;
  reg: RegGuid;
  event: boolean;
}

export interface SessionOptions {
  provider: string;
  arch: Arch;
  trace: boolean;
  verbose: boolean;
}

/** Loads the module and registers its provider (REGINFO_EX) with a new simulator. */
export async function openSession(options: SessionOptions, io: CommandIo): Promise<Session> {
  const file = options.provider;
  if (!existsSync(file))
    throw Failure.of(createDiagnostic(codes.fileNotFound, { path: file, reason: "no such file" }), 2);
  let context: WmiLibContext;
  try {
    context = await loadProvider(file);
  } catch (e) {
    if (!(e instanceof ProviderLoadError)) throw e;
    const d = createDiagnostic(codes.providerLoadFailed, { path: file, reason: e.reason });
    throw Failure.of(d, 2, [], e.cause ?? e);
  }
  // Trace blocks are separated by a blank line: each is several lines of annotated hex.
  const trace = options.trace ? (text: string) => io.stderr.write(`${text}\n\n`) : undefined;
  const service = new WmiService({ trace });
  const device = new WmiDevice({ providerId: 1, arch: options.arch });
  let regInfo: RegInfo;
  try {
    regInfo = service.register(device, context);
  } catch (e) {
    if (e instanceof WmiServiceError) throw new Failure(e.code, e.message, 2, [], e);
    const d = createDiagnostic(codes.providerFailed, {
      request: "its registration (IRP_MN_REGINFO_EX)",
      detail: errorText(e),
    });
    throw Failure.of(d, 2, [], e);
  }
  const session = { service, context, regInfo };
  if (options.verbose) io.stderr.write(describeRegistration(session, file, options.arch));
  return session;
}

/** The registration as `--verbose` prints it: one row per GUID. */
function describeRegistration(s: Session, file: string, arch: Arch): string {
  const rows = s.regInfo.guids.map((g) => {
    const block = blockOf(s, g.guid);
    const names = [0, 1, 2].slice(0, Math.min(g.instanceCount, 3)).map((i) => instanceName(g, i));
    const shown = names.every((n) => n !== null) ? ` (${names.join(", ")}${g.instanceCount > 3 ? ", …" : ""})` : "";
    return [
      `  {${g.guid}}`,
      block?.className ?? "(no class)",
      block?.kind ?? "",
      `${g.instanceCount} instance${g.instanceCount === 1 ? "" : "s"}${shown}`,
      regFlagNames(g.flags),
    ];
  });
  const n = s.regInfo.guids.length;
  return `provider ${file} (${arch}, provider id 1) registered ${n} block${n === 1 ? "" : "s"}:\n${renderTable(rows)}`;
}

const regFlags: [number, string][] = [
  [WMIREG_FLAG_EXPENSIVE, "EXPENSIVE"],
  [WMIREG_FLAG_INSTANCE_LIST, "INSTANCE_LIST"],
  [WMIREG_FLAG_INSTANCE_BASENAME, "INSTANCE_BASENAME"],
  [WMIREG_FLAG_INSTANCE_PDO, "INSTANCE_PDO"],
  [WMIREG_FLAG_EVENT_ONLY_GUID, "EVENT_ONLY_GUID"],
  [WMIREG_FLAG_TRACED_GUID, "TRACED_GUID"],
];

function regFlagNames(flags: number): string {
  const names = regFlags.filter(([f]) => (flags & f) !== 0).map(([, n]) => n);
  return names.length > 0 ? names.join(" | ") : "0";
}

function blockOf(s: Session, guid: string): ProviderBlock | null {
  return s.service.blocks.find((b) => sameGuid(b.guid, guid)) ?? null;
}

/** The static name WMI gives an instance: from the list, or `<base>_<index>` (docs/providers.md); null for PDO names. */
export function instanceName(reg: RegGuid, index: number): string | null {
  if (reg.instanceNames) return reg.instanceNames[index] ?? null;
  if (reg.baseName !== null) return `${reg.baseName}_${index}`;
  return null;
}

/**
 * The block `name` (a class name in any case, or a GUID) names. `use` is what the command does
 * with it; event classes can only be watched.
 */
export function resolveTarget(s: Session, name: string, use: "query" | "get" | "set" | "invoke" | "watch"): Target {
  let guid: string | null = null;
  try {
    guid = normalizeGuid(name);
  } catch {
    guid = null;
  }
  const blocks = s.service.blocks.filter((b) => s.regInfo.guids.some((g) => sameGuid(g.guid, b.guid)));
  const block =
    guid !== null
      ? (blocks.find((b) => sameGuid(b.guid, guid!)) ?? null)
      : (blocks.find((b) => b.className.toLowerCase() === name.toLowerCase()) ?? null);
  const reg = s.regInfo.guids.find((g) => sameGuid(g.guid, block?.guid ?? guid ?? ""));
  if (!reg) {
    const served = blocks.map(
      (b) =>
        `${b.className} (${b.kind}${b.methods.length > 0 ? `; methods ${b.methods.map((m) => m.name).join(", ")}` : ""})`,
    );
    const near = closest(
      name,
      blocks.map((b) => b.className),
    );
    const known =
      (near ? `did you mean '${near}'? ` : "") +
      (served.length > 0 ? `it serves ${served.join(", ")}` : "it describes no classes (name its blocks by GUID)");
    throw Failure.of(createDiagnostic(codes.unknownProviderClass, { name, known }), 2);
  }
  const target: Target = {
    name: block?.className ?? reg.guid,
    guid: reg.guid,
    block,
    reg,
    event: block ? block.kind === "event" : (reg.flags & WMIREG_FLAG_EVENT_ONLY_GUID) !== 0,
  };
  if (target.event && use !== "watch") {
    const hint =
      use === "invoke"
        ? "it has no methods; watch its events with 'mofkit watch'"
        : `it has no instances to ${use}; watch its events with 'mofkit watch'`;
    throw Failure.of(createDiagnostic(codes.wrongClassKind, { name: target.name, kind: "an event class", hint }), 2);
  }
  return target;
}

/** The method `name` (any case) of the target's class. */
export function resolveMethod(t: Target, name: string): ProviderMethod {
  const methods = t.block?.methods ?? [];
  const m = methods.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (m) return m;
  const near = closest(
    name,
    methods.map((x) => x.name),
  );
  const known =
    methods.length === 0
      ? "it has no methods"
      : `${near ? `did you mean '${near}'? ` : ""}its methods are ${methods.map((x) => x.name).join(", ")}`;
  throw Failure.of(createDiagnostic(codes.unknownMethod, { className: t.name, name, known }), 2);
}

/**
 * Runs one request of the service; a failure becomes the error to print. `what` names the request
 * for a provider that throws instead of answering.
 */
export async function request<T>(t: Target, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw requestFailure(e, t, what);
  }
}

function requestFailure(e: unknown, t: Target, what: string): Failure {
  if (e instanceof Failure) return e;
  if (e instanceof WmiServiceError) {
    const notes: string[] = [];
    const n = t.reg.instanceCount;
    if (e.status === STATUS_WMI_INSTANCE_NOT_FOUND)
      notes.push(
        `${t.name} has ${n} instance${n === 1 ? "" : "s"}${n > 0 ? `: --instance ${n === 1 ? "0" : `0 to ${n - 1}`}` : ""}`,
      );
    if (e.status === STATUS_WMI_READ_ONLY)
      notes.push(
        `the provider refuses changes to ${t.name} (a generated provider accepts them once it overrides set${t.name})`,
      );
    return new Failure(e.code, e.message, 1, notes, e);
  }
  return Failure.of(createDiagnostic(codes.providerFailed, { request: what, detail: errorText(e) }), 1, [], e);
}

/** The failure for an error thrown while building a command's values. */
export function valueFailure(e: unknown): Failure | null {
  if (e instanceof NameError) {
    const near = closest(e.wanted, e.known);
    const list = e.known.length > 0 ? `it has ${e.known.join(", ")}` : `it has none`;
    const known = (near ? `did you mean '${near}'? ` : "") + list;
    return Failure.of(
      createDiagnostic(codes.unknownProperty, { owner: e.owner, what: e.what, name: e.wanted, known }),
      2,
    );
  }
  if (e instanceof ValueError)
    return Failure.of(createDiagnostic(codes.invalidValue, { path: e.path, detail: e.detail }), 2);
  return null;
}

/** Prints a failure (any error: unexpected ones as internal errors) and returns the exit code. */
export function reportFailure(io: CommandIo, e: unknown): number {
  const f =
    e instanceof Failure
      ? e
      : (valueFailure(e) ?? Failure.of(createDiagnostic(codes.internalError, { detail: errorText(e) }), 2, [], e));
  io.stderr.write(`error ${f.code}: ${f.message}\n`);
  for (const n of f.notes) io.stderr.write(`  note: ${n}\n`);
  const original = f.original ?? (f === e ? undefined : e);
  if (io.env.MOFKIT_DEBUG && original instanceof Error) io.stderr.write(`${original.stack}\n`);
  return f.exitCode;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function sameGuid(a: string, b: string): boolean {
  try {
    return normalizeGuid(a) === normalizeGuid(b);
  } catch {
    return false;
  }
}

/** The candidate closest to `name` when it is a plausible misspelling (small edit distance, any case). */
export function closest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const a = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(a, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === null || bestDistance === 0) return null;
  // About a third of the longer name may differ, and never the whole of the shorter one.
  const longer = Math.max(a.length, best.length);
  const shorter = Math.min(a.length, best.length);
  return bestDistance <= Math.floor(longer / 3) + 1 && bestDistance < shorter ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
