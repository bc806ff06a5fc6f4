/**
 * `mofkit query|get|set|invoke|watch --provider <module> <Class> ...`: loads a provider module
 * (TypeScript or JavaScript; see load-provider.ts), registers it with the WMI service simulator of
 * @mofkit/runtime and sends it the request a WMI consumer would:
 *
 * - `query`: QUERY_ALL_DATA, every instance of a data class;
 * - `get`: QUERY_SINGLE_INSTANCE, one instance (`--instance`, default 0);
 * - `set`: reads the instance, applies `Name=value` assignments and/or `--json`, sends
 *   CHANGE_SINGLE_INSTANCE (or CHANGE_SINGLE_ITEM with `--item`), reads it again, prints both;
 * - `invoke`: EXECUTE_METHOD with the parameters given, prints the input and output parameters;
 * - `watch`: ENABLE_EVENTS, prints events as they arrive until `--count`, `--timeout` or Ctrl-C,
 *   then DISABLE_EVENTS.
 *
 * Results go to stdout as a table or JSON (`--format`); `--trace` and `--verbose` write to stderr,
 * so stdout stays one JSON document. Errors are coded (MOF5006-MOF5012 here, the simulator's
 * MOF373x for failed requests, with the NTSTATUS by name). Exit codes: 0 done, 1 the request failed
 * (an error status, a malformed answer, a provider that threw), 2 usage (unknown names, values
 * that do not fit) or a provider that cannot be loaded or registered.
 */
import { readFileSync } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import { codes, createDiagnostic } from "@mofkit/diagnostics";
import type { Arch, ServiceEvent, ServiceInstance, ShapeItem } from "@mofkit/runtime";
import type { CommandIo } from "./check.js";
import {
  Failure,
  instanceName,
  openSession,
  reportFailure,
  request,
  resolveMethod,
  resolveTarget,
  valueFailure,
  type ProviderIo,
  type Target,
} from "./provider-session.js";
import { filetimeToIso, hex, jsonDocument, jsonLine, mergeRows, renderTable, valueRows } from "./provider-output.js";
import { ValueBuilder, isPlainObject, parsePath } from "./provider-values.js";

export type { ProviderIo } from "./provider-session.js";

export const providerFormats = ["table", "json"] as const;
export const watchFormats = ["table", "json", "jsonl"] as const;

export interface ProviderArgs {
  provider: string;
  class: string;
  format: "table" | "json" | "jsonl";
  trace: boolean;
  arch: Arch;
  verbose: boolean;
}

export interface InstanceArgs extends ProviderArgs {
  instance: number;
}

export interface SetArgs extends InstanceArgs {
  assignments: string[];
  json?: string;
  item: boolean;
}

export interface InvokeArgs extends InstanceArgs {
  method: string;
  params: string[];
  json?: string;
}

export interface WatchArgs extends ProviderArgs {
  count?: number;
  timeout?: number;
}

type Schedule = (run: () => Promise<number>) => void;

const valueSyntax =
  "\n\nValues are read by the item's type: integers (decimal or 0x hex, checked against the type's range; " +
  "64-bit ones as JSON strings beyond 2^53), reals, true/false, strings as typed, char16 as one character, " +
  "datetime as 25 characters (yyyymmddhhmmss.mmmmmmsutc), arrays as JSON ([1,2]) or comma lists " +
  "(1,2), embedded objects as JSON (merged into the current one) or member by member (Origin.X=1); " +
  "Name[i]=v sets one element and " +
  "Name[length]=v appends. Names ignore case. A WmiSizeIs count left unassigned follows its array; " +
  "one that is assigned must match it.";

const exitCodes =
  "\n\nExit codes: 0 done; 1 the request failed (the NTSTATUS is printed by name) or the provider threw; " +
  "2 usage, unknown names, bad values, or a provider that cannot be loaded.";

// ---- yargs --------------------------------------------------------------------------------------

function withProviderOptions<T>(y: Argv<T>, formats: readonly string[] = providerFormats) {
  return y
    .positional("class", { type: "string", demandOption: true, describe: "class name (any case) or block GUID" })
    .option("provider", {
      alias: "p",
      type: "string",
      demandOption: true,
      describe: "provider module (.ts/.js); its default export: the provider class, an instance or a factory",
    })
    .option("format", {
      alias: "f",
      choices: formats,
      default: "table",
      describe: "table (text) or json (one document; 64-bit integers as decimal strings)",
    })
    .option("trace", {
      type: "boolean",
      default: false,
      describe: "write every IRP and WNODE (request and answer) as annotated hex to stderr",
    })
    .option("arch", {
      choices: ["x64", "x86"] as const,
      default: "x64" as const,
      describe: "pointer size of the simulated device (the REGINFO layout)",
    })
    .option("verbose", {
      type: "boolean",
      default: false,
      describe: "write the registered blocks (GUIDs, flags, instance names) to stderr",
    });
}

function withInstance<T>(y: Argv<T>) {
  return y.option("instance", {
    alias: "i",
    type: "number",
    default: 0,
    describe: "static instance index",
  });
}

function withJson<T>(y: Argv<T>, what: string) {
  return y.option("json", {
    type: "string",
    describe: `${what} as a JSON object (or @file), merged before the assignments`,
  });
}

export function queryCommand(io: ProviderIo, schedule: Schedule): CommandModule {
  return {
    command: "query <class>",
    describe: "run a provider in the WMI simulator and print every instance of a data class (QUERY_ALL_DATA)",
    builder: (y: Argv) =>
      withProviderOptions(y)
        .example("$0 query -p thermal.provider.ts Contoso_ThermalReadings", "one column per instance")
        .epilog(exitCodes.trimStart()),
    handler: (args) => schedule(() => guarded(io, () => runQuery(args as unknown as ProviderArgs, io))),
  };
}

export function getCommand(io: ProviderIo, schedule: Schedule): CommandModule {
  return {
    command: "get <class>",
    describe: "print one instance of a data class (QUERY_SINGLE_INSTANCE)",
    builder: (y: Argv) =>
      withInstance(withProviderOptions(y))
        .example("$0 get -p thermal.provider.ts Contoso_ThermalReadings -i 1 -f json", "instance 1 as JSON")
        .epilog(exitCodes.trimStart()),
    handler: (args) => schedule(() => guarded(io, () => runGet(args as unknown as InstanceArgs, io))),
  };
}

export function setCommand(io: ProviderIo, schedule: Schedule): CommandModule {
  return {
    command: "set <class> [assignments..]",
    describe: "change an instance (CHANGE_SINGLE_INSTANCE) and print it before and after",
    builder: (y: Argv) =>
      withJson(withInstance(withProviderOptions(y)), "new item values")
        .positional("assignments", {
          type: "string",
          array: true,
          default: [] as string[],
          describe: "Name=value, Outer.Member=value or Name[i]=value",
        })
        .option("item", {
          type: "boolean",
          default: false,
          describe: "send the one item assigned as CHANGE_SINGLE_ITEM (items at a fixed offset)",
        })
        .example("$0 set -p thermal.provider.ts Contoso_ThermalReadings TripPoint=900", "")
        .example(`$0 set -p thermal.provider.ts Contoso_ThermalReadings --json '{"Readings":[215,230]}'`, "")
        .epilog(
          `The current instance is read first (QUERY_SINGLE_INSTANCE), the assignments applied and the result ` +
            `sent; the instance is then read again, so the table shows what the provider kept.${valueSyntax}${exitCodes}`,
        ),
    handler: (args) => schedule(() => guarded(io, () => runSet(args as unknown as SetArgs, io))),
  };
}

export function invokeCommand(io: ProviderIo, schedule: Schedule): CommandModule {
  return {
    command: "invoke <class> <method> [params..]",
    describe: "run a method (EXECUTE_METHOD) and print its input and output parameters",
    builder: (y: Argv) =>
      withJson(withInstance(withProviderOptions(y)), "input parameters")
        .positional("method", { type: "string", demandOption: true, describe: "method name (any case)" })
        .positional("params", {
          type: "string",
          array: true,
          default: [] as string[],
          describe: "input parameters: Name=value; the others are zero or empty",
        })
        .example("$0 invoke -p thermal.provider.ts Contoso_ThermalControl ReadSensor Sensor=1", "")
        .epilog(`The instance is read first (QUERY_SINGLE_INSTANCE), as WMI does.${valueSyntax}${exitCodes}`),
    handler: (args) => schedule(() => guarded(io, () => runInvoke(args as unknown as InvokeArgs, io))),
  };
}

export function watchCommand(io: ProviderIo, schedule: Schedule): CommandModule {
  return {
    command: "watch <class>",
    describe: "enable an event (ENABLE_EVENTS) and print events as the provider fires them",
    builder: (y: Argv) =>
      withProviderOptions(y, watchFormats)
        .option("count", { alias: "n", type: "number", describe: "stop after this many events" })
        .option("timeout", { alias: "t", type: "number", describe: "stop after this many seconds" })
        .example("$0 watch -p thermal.provider.ts Contoso_ThermalTrip -n 3 -t 10", "")
        .epilog(
          "Watches until --count events arrived, --timeout passed or Ctrl-C, then disables the event " +
            "(DISABLE_EVENTS). table and jsonl (one JSON object per line) print each event as it arrives; " +
            "json prints one document at the end. The provider fires events itself, typically once " +
            "its functionControl hears they were enabled.\n\nExit codes: 0 done (1 when --timeout ended the " +
            "watch before --count events arrived); 1 a request failed; 2 usage or a provider that cannot be loaded.",
        ),
    handler: (args) => schedule(() => guarded(io, () => runWatch(args as unknown as WatchArgs, io))),
  };
}

async function guarded(io: CommandIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    return reportFailure(io, e);
  }
}

// ---- the commands -------------------------------------------------------------------------------

export async function runQuery(args: ProviderArgs, io: CommandIo): Promise<number> {
  const s = await openSession(args, io);
  const t = resolveTarget(s, args.class, "query");
  const all = await request(t, `QUERY_ALL_DATA for ${t.name}`, () => s.service.query(t.guid));
  if (args.format === "json") {
    io.stdout.write(jsonDocument({ class: t.name, guid: t.guid, instances: all.map((x) => instanceJson(t, x)) }));
    return 0;
  }
  io.stdout.write(`${t.name}: ${all.length} instance${all.length === 1 ? "" : "s"}\n`);
  if (all.length === 0) return 0;
  const { names, cells } = mergeRows(all.map(displayValue));
  const header = ["item", ...all.map((x) => instanceLabel(t, x.instanceIndex))];
  io.stdout.write(renderTable([header, ...rowsOrNone(names).map((n) => [n, ...cells.map((c) => c.get(n) ?? "")])]));
  return 0;
}

export async function runGet(args: InstanceArgs, io: CommandIo): Promise<number> {
  checkInstance(args.instance);
  const s = await openSession(args, io);
  const t = resolveTarget(s, args.class, "get");
  const got = await request(t, `QUERY_SINGLE_INSTANCE for ${t.name}`, () => s.service.get(t.guid, args.instance));
  if (args.format === "json") {
    io.stdout.write(jsonDocument({ class: t.name, guid: t.guid, instance: instanceJson(t, got) }));
    return 0;
  }
  const rows = valueRows(displayValue(got));
  io.stdout.write(`${t.name}${instanceLabel(t, got.instanceIndex)}\n`);
  io.stdout.write(renderTable([["item", "value"], ...(rows.length > 0 ? rows : [["(no data items)", ""]])]));
  return 0;
}

export async function runSet(args: SetArgs, io: CommandIo): Promise<number> {
  checkInstance(args.instance);
  if (args.assignments.length === 0 && args.json === undefined) usage("set: give Name=value assignments or --json");
  const s = await openSession(args, io);
  const t = resolveTarget(s, args.class, "set");
  const codec = t.block?.codec;
  if (!codec) throw noCodec(t);
  const i = args.instance;
  const before = await request(t, `QUERY_SINGLE_INSTANCE for ${t.name}`, () => s.service.get(t.guid, i));
  const builder = new ValueBuilder(
    typedItems(t.block?.items, t.name),
    isPlainObject(before.value) ? before.value : null,
    t.name,
    "data item",
  );
  const bytes = buildValue(builder, args.json, args.assignments, codec);
  if (args.item) {
    const item = singleItem(t, builder);
    const data = bytes.slice(item.offset, item.offset + item.size);
    await request(t, `CHANGE_SINGLE_ITEM for ${t.name}`, () => s.service.setItem(t.guid, i, item.id, data));
  } else await request(t, `CHANGE_SINGLE_INSTANCE for ${t.name}`, () => s.service.set(t.guid, i, bytes));
  const after = await request(t, `QUERY_SINGLE_INSTANCE for ${t.name}`, () => s.service.get(t.guid, i));
  const { names, cells } = mergeRows([displayValue(before), displayValue(after)]);
  const changed = names.filter((n) => cells[0].get(n) !== cells[1].get(n));
  const requestName = args.item ? "CHANGE_SINGLE_ITEM" : "CHANGE_SINGLE_INSTANCE";
  if (args.format === "json") {
    io.stdout.write(
      jsonDocument({
        class: t.name,
        guid: t.guid,
        index: i,
        name: instanceName(t.reg, i),
        request: requestName,
        before: before.value,
        after: after.value,
        changed,
      }),
    );
    return 0;
  }
  io.stdout.write(`${t.name}${instanceLabel(t, i)}: ${requestName}\n`);
  const rows = names.map((n) => [
    n,
    cells[0].get(n) ?? "",
    cells[1].get(n) ?? "",
    changed.includes(n) ? "changed" : "",
  ]);
  io.stdout.write(renderTable([["item", "before", "after", ""], ...rows]));
  io.stdout.write(
    changed.length > 0
      ? `${changed.length} item${changed.length === 1 ? "" : "s"} changed\n`
      : "nothing changed (the provider kept the old values)\n",
  );
  return 0;
}

export async function runInvoke(args: InvokeArgs, io: CommandIo): Promise<number> {
  checkInstance(args.instance);
  const s = await openSession(args, io);
  const t = resolveTarget(s, args.class, "invoke");
  const m = resolveMethod(t, args.method);
  const label = `${t.name}.${m.name}`;
  const builder = new ValueBuilder(typedItems(m.inputItems, label), null, label, "input parameter");
  let input: Uint8Array;
  if (m.input) input = buildValue(builder, args.json, args.params, m.input);
  else {
    // No input block: any parameter named is unknown (the builder says so with the right code).
    buildValue(builder, args.json, args.params, null);
    input = new Uint8Array(0);
  }
  const sent = m.input ? decodeOr(m.input, input, builder.value) : null;
  const out = await request(t, label, () => s.service.invoke(t.guid, args.instance, m.id, input));
  if (args.format === "json") {
    io.stdout.write(
      jsonDocument({
        class: t.name,
        guid: t.guid,
        index: args.instance,
        name: instanceName(t.reg, args.instance),
        method: m.name,
        methodId: m.id,
        input: sent,
        output: m.output ? out.value : null,
      }),
    );
    return 0;
  }
  io.stdout.write(`${t.name}${instanceLabel(t, args.instance)}: ${m.name} (WmiMethodId ${m.id})\n`);
  const rows: string[][] = [["", "parameter", "value"]];
  const inRows = sent ? valueRows(sent) : [];
  const outRows = m.output ? valueRows(out.value ?? { "(bytes)": hex(out.bytes) }) : [];
  rows.push(...(inRows.length > 0 ? inRows.map(([n, c]) => ["in", n, c]) : [["in", "(none)", ""]]));
  rows.push(...(outRows.length > 0 ? outRows.map(([n, c]) => ["out", n, c]) : [["out", "(none)", ""]]));
  io.stdout.write(renderTable(rows));
  return 0;
}

type StopReason = "count" | "timeout" | "interrupt";

export async function runWatch(args: WatchArgs, io: ProviderIo): Promise<number> {
  if (args.count !== undefined && !(Number.isInteger(args.count) && args.count >= 1))
    usage(`--count: expected a whole number of events (1 or more), got ${args.count}`);
  if (args.timeout !== undefined && !(args.timeout > 0 && args.timeout <= 2147483))
    usage(`--timeout: expected seconds above 0, got ${args.timeout}`);
  const s = await openSession(args, io);
  const t = resolveTarget(s, args.class, "watch");
  const events: Record<string, unknown>[] = [];
  let done = false;
  let stop!: (reason: StopReason) => void;
  const stopped = new Promise<StopReason>((resolve) => {
    stop = (reason) => {
      done = true;
      resolve(reason);
    };
  });
  const onEvent = (e: ServiceEvent) => {
    if (done) return;
    const ev = eventJson(t, e);
    events.push(ev);
    if (args.format === "table") io.stdout.write(eventLine(t, e, events.length));
    else if (args.format === "jsonl") io.stdout.write(jsonLine({ class: t.name, ...ev }));
    if (events.length === args.count) stop("count");
  };
  const unsubscribe = await request(t, `ENABLE_EVENTS for ${t.name}`, () => s.service.subscribe(t.guid, onEvent));
  const until = [
    args.count !== undefined ? `${args.count} event${args.count === 1 ? "" : "s"}` : "",
    args.timeout !== undefined ? `${args.timeout} s` : "",
    "Ctrl-C",
  ].filter((x) => x !== "");
  if (args.format === "table") io.stderr.write(`watching ${t.name} {${t.guid}} until ${until.join(", ")}\n`);
  // Nothing else may keep the event loop alive while the provider is idle.
  const keepAlive = setInterval(() => {}, 1 << 30);
  const timer = args.timeout !== undefined ? setTimeout(() => stop("timeout"), args.timeout * 1000) : undefined;
  // `once`: a second Ctrl-C ends the process the usual way if stopping hangs.
  const onInterrupt = () => stop("interrupt");
  process.once("SIGINT", onInterrupt);
  io.interrupt?.addEventListener("abort", onInterrupt);
  if (io.interrupt?.aborted) stop("interrupt");
  let reason: StopReason;
  try {
    reason = await stopped;
  } finally {
    clearInterval(keepAlive);
    if (timer) clearTimeout(timer);
    process.off("SIGINT", onInterrupt);
    io.interrupt?.removeEventListener("abort", onInterrupt);
  }
  await request(t, `DISABLE_EVENTS for ${t.name}`, () => unsubscribe());
  await s.service.settled();
  if (args.format === "json") io.stdout.write(jsonDocument({ class: t.name, guid: t.guid, events, stopped: reason }));
  else if (args.format === "table") {
    const why = { count: "count reached", timeout: "timeout", interrupt: "interrupted" }[reason];
    io.stderr.write(`${events.length} event${events.length === 1 ? "" : "s"} (${why})\n`);
  }
  return reason === "timeout" && args.count !== undefined && events.length < args.count ? 1 : 0;
}

// ---- helpers ------------------------------------------------------------------------------------

function usage(detail: string): never {
  throw Failure.of(createDiagnostic(codes.invalidOption, { detail }), 2);
}

function checkInstance(i: number): void {
  if (!(Number.isInteger(i) && i >= 0 && i <= 0xffffffff))
    usage(`--instance: expected an instance index (0 or more), got ${i}`);
}

/**
 * The items with their types. A block table without them comes from a module generated before
 * they existed (or written by hand); values cannot be read without them.
 */
function typedItems<T extends ShapeItem>(items: readonly T[] | undefined, owner: string): readonly T[] {
  if (items && items.every((i) => i.shape)) return items;
  const detail =
    "the provider's block table does not describe the item types (a module generated by an older mofkit?): " +
    "regenerate it with 'mofkit compile --emit ts'";
  throw Failure.of(createDiagnostic(codes.invalidValue, { path: owner, detail }), 2);
}

function noCodec(t: Target): Failure {
  const detail = "the provider describes no codec for this block, so values cannot be encoded";
  return Failure.of(createDiagnostic(codes.invalidValue, { path: t.name, detail }), 2);
}

/** Applies `--json` and the assignments and encodes the result; value errors become coded failures. */
function buildValue(
  builder: ValueBuilder,
  json: string | undefined,
  assignments: readonly string[],
  codec: { encode(value: never): Uint8Array } | null,
): Uint8Array {
  try {
    if (json !== undefined) builder.applyJson(readJsonOption(json), json.startsWith("@") ? json.slice(1) : "--json");
    for (const a of assignments) builder.assign(a);
    return codec ? builder.encode(codec) : new Uint8Array(0);
  } catch (e) {
    throw valueFailure(e) ?? e;
  }
}

function readJsonOption(json: string): string {
  if (!json.startsWith("@")) return json;
  const path = json.slice(1);
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw Failure.of(createDiagnostic(codes.fileNotFound, { path, reason }), 2);
  }
}

/** The one top-level item `--item` sends, with its fixed place in the instance. */
function singleItem(t: Target, builder: ValueBuilder): { id: number; offset: number; size: number } {
  const top = new Set([...builder.assigned].map((p) => String(parsePath(p)?.[0] ?? p)));
  if (top.size !== 1) usage(`--item sends one data item; ${top.size} are assigned (${[...top].join(", ")})`);
  const name = [...top][0];
  const item = t.block?.items.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!item || item.offset === null || item.size === null)
    usage(
      `--item: ${t.name}.${name} has no fixed offset and size (it follows variable-length data); set it without --item`,
    );
  return { id: item.id, offset: item.offset, size: item.size };
}

function decodeOr(codec: { decode(bytes: Uint8Array): unknown }, bytes: Uint8Array, fallback: unknown): unknown {
  try {
    return codec.decode(bytes);
  } catch {
    return fallback;
  }
}

/** `[0] mofkit_0`: the index and, when WMI names it statically, the instance name. */
function instanceLabel(t: Target, index: number): string {
  const name = instanceName(t.reg, index);
  return name === null ? `[${index}]` : `[${index}] ${name}`;
}

/** What a table shows for an instance: the decoded value, or its bytes when there is no codec. */
function displayValue(x: ServiceInstance): unknown {
  return x.value ?? { "(bytes)": hex(x.bytes) };
}

function rowsOrNone(names: string[]): string[] {
  return names.length > 0 ? names : ["(no data items)"];
}

function instanceJson(t: Target, x: ServiceInstance): Record<string, unknown> {
  const r: Record<string, unknown> = {
    index: x.instanceIndex,
    name: instanceName(t.reg, x.instanceIndex),
    value: x.value,
  };
  if (x.value === null) r.bytes = hex(x.bytes);
  return r;
}

function eventJson(t: Target, e: ServiceEvent): Record<string, unknown> {
  const r: Record<string, unknown> = {
    index: e.instanceIndex,
    name: e.instanceName ?? instanceName(t.reg, e.instanceIndex),
    timeStamp: e.timeStamp,
    time: filetimeToIso(e.timeStamp),
    value: e.value,
  };
  if (e.value === null) r.bytes = hex(e.bytes);
  return r;
}

/** `#2  2025-05-01T10:00:00.000Z  Contoso_ThermalTrip[0]  Sensor=1  Reading=950` */
function eventLine(t: Target, e: ServiceEvent, n: number): string {
  const where =
    e.instanceName !== null ? `${t.name}[${JSON.stringify(e.instanceName)}]` : `${t.name}[${e.instanceIndex}]`;
  const fields = valueRows(e.value ?? { "(bytes)": hex(e.bytes) }).map(([name, cell]) => `${name}=${cell}`);
  return `${[`#${n}`, filetimeToIso(e.timeStamp), where, ...fields].join("  ")}\n`;
}
