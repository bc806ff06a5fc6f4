/**
 * The provider part of `--emit ts`, the TypeScript counterpart of the wmimofck skeleton:
 *  - in the generated module: `empty<X>()` value factories, the block table the runtime's
 *    WmiProvider works from (with each item's type as plain data, embedded classes described once
 *    in a `$shape_<X>` constant), and `<Stem>ProviderBase` with one typed handler per data block
 *    (query, set), per method and per event (fire);
 *  - `<stem>.provider.ts`, the implementation a person edits: created once, never overwritten.
 */
import type { BlockLayout, ElementType, LayoutItem, LayoutSet } from "@mofkit/layout";

export type BlockNamer = (b: BlockLayout) => string;

/** The data and event blocks a provider registers, with their methods' parameter blocks. */
interface ProviderClass {
  block: BlockLayout;
  name: string;
  methods: { name: string; id: number; input: BlockLayout | null; output: BlockLayout | null }[];
  query: string;
  set: string;
  fire: string;
  handlers: Map<string, string>;
}

/** `wmisamp.mof` → `Wmisamp`; `my-driver.mof` → `MyDriver`. */
export function providerStem(firstInput: string | undefined): string {
  const base = (firstInput ?? "wmidata")
    .replace(/\\/g, "/")
    .split("/")
    .pop()!
    .replace(/\.[^.]*$/, "");
  const words = base.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(pascal) ? pascal : `Wmi${pascal}`;
}

/** `thermal.mof` → `thermal.provider.ts`. */
export function defaultProviderFileName(firstInput: string | undefined): string {
  const base = (firstInput ?? "wmidata").replace(/\\/g, "/").split("/").pop()!;
  return `${base.replace(/\.[^.]*$/, "") || "wmidata"}.provider.ts`;
}

// Members of WmiProvider a generated handler must not shadow.
const RESERVED = [
  "blocks",
  "guidList",
  "device",
  "options",
  "queryBlock",
  "setBlock",
  "executeMethod",
  "functionControl",
  "readOnly",
  "eventsEnabled",
  "fire",
  "answer",
  "queryWmiRegInfo",
  "queryWmiDataBlock",
  "setWmiDataBlock",
  "setWmiDataItem",
  "executeWmiMethod",
  "wmiFunctionControl",
  "constructor",
];

function providerClasses(layouts: LayoutSet, nameOf: BlockNamer): ProviderClass[] {
  const taken = new Set(RESERVED);
  const claim = (name: string) => {
    let n = name;
    for (let k = 2; taken.has(n); k++) n = `${name}_${k}`;
    taken.add(n);
    return n;
  };
  return layouts.blocks
    .filter((b) => (b.kind === "data" || b.kind === "event") && b.guid && !b.incomplete)
    .map((block) => {
      const name = nameOf(block);
      const methods = new Map<string, ProviderClass["methods"][number]>();
      for (const m of layouts.blocks) {
        if (!m.method || m.methodId === null || m.namespace !== block.namespace || m.className !== block.className)
          continue;
        const entry = methods.get(m.method) ?? { name: m.method, id: m.methodId, input: null, output: null };
        if (m.incomplete) continue;
        if (m.kind === "method-in") entry.input = m;
        else entry.output = m;
        methods.set(m.method, entry);
      }
      const handlers = new Map<string, string>();
      for (const m of methods.values()) handlers.set(m.name, claim(`${name}_${m.name}`));
      return {
        block,
        name,
        methods: [...methods.values()],
        query: claim(`query${name}`),
        set: claim(`set${name}`),
        fire: claim(`fire${name}`),
        handlers,
      };
    });
}

function emptyElement(el: ElementType, nameOf: BlockNamer): string {
  switch (el.kind) {
    case "scalar":
      if (el.type === "boolean") return "false";
      if (el.type === "char16") return '"\\0"';
      if (el.type === "uint64" || el.type === "sint64") return "0n";
      return "0";
    case "datetime":
      return 'wmiDatetime("00000000000000.000000:000")';
    case "string":
      return '""';
    case "object":
      return el.layout ? `empty${nameOf(el.layout)}()` : "{}";
  }
}

function emptyItem(item: LayoutItem, nameOf: BlockNamer): string {
  const el = emptyElement(item.element, nameOf);
  if (item.array.kind === "scalar") return el;
  if (item.array.kind === "variable") return "[]";
  return `Array.from({ length: ${item.array.count} }, () => ${el})`;
}

/** The blocks whose parameter or data items the block table describes: provider classes and their methods' blocks. */
function describedBlocks(classes: ProviderClass[]): BlockLayout[] {
  return classes.flatMap((c) => [c.block, ...c.methods.flatMap((m) => [m.input, m.output])]).filter((b) => b !== null);
}

/** The embedded classes those blocks reach, each once, every one after the classes it embeds. */
function embeddedShapes(classes: ProviderClass[]): BlockLayout[] {
  const seen = new Set<string>();
  const list: BlockLayout[] = [];
  const visit = (items: readonly LayoutItem[]) => {
    for (const i of items) {
      const inner = i.element.kind === "object" ? i.element.layout : null;
      if (!inner || seen.has(inner.key)) continue;
      seen.add(inner.key);
      visit(inner.items);
      list.push(inner);
    }
  };
  for (const b of describedBlocks(classes)) visit(b.items);
  return list;
}

const shapeConst = (b: BlockLayout, nameOf: BlockNamer) => `$shape_${nameOf(b)}`;

/** An item's type as the runtime's ShapeItem fields (`shape: …, array: …`), the same data blocksFromLayouts builds. */
function shapeFields(item: LayoutItem, nameOf: BlockNamer): string {
  const el = item.element;
  let shape: string;
  if (el.kind === "scalar") shape = `{ kind: "scalar", type: ${JSON.stringify(el.type)} }`;
  else if (el.kind === "string")
    shape = el.maxLen === null ? `{ kind: "string" }` : `{ kind: "string", maxLen: ${el.maxLen} }`;
  else if (el.kind === "datetime") shape = `{ kind: "datetime" }`;
  else
    shape = `{ kind: "object", className: ${JSON.stringify(el.className)}, items: ${el.layout ? shapeConst(el.layout, nameOf) : "[]"} }`;
  const a = item.array;
  const array =
    a.kind === "fixed"
      ? `, array: { fixed: ${a.count} }`
      : a.kind === "variable"
        ? `, array: { sizeIs: ${JSON.stringify(a.sizeIs)} }`
        : "";
  return `shape: ${shape}${array}`;
}

function shapeItems(b: BlockLayout | null, nameOf: BlockNamer): string {
  const items = b?.items.map((i) => `{ name: ${JSON.stringify(i.name)}, ${shapeFields(i, nameOf)} }`) ?? [];
  return `[${items.join(", ")}]`;
}

/** `emptyX()`: a value of every block with a codec, all zeros, empty strings and empty variable arrays. */
export function emitEmptyFactories(blocks: BlockLayout[], nameOf: BlockNamer): string {
  const out: string[] = [];
  const done = new Set<string>();
  for (const b of blocks) {
    const name = nameOf(b);
    if (b.incomplete || done.has(name)) continue;
    done.add(name);
    const fields = b.items.map((i) => `${i.name}: ${emptyItem(i, nameOf)},`).join(" ");
    const what = b.kind === "method-in" ? "input of" : b.kind === "method-out" ? "output of" : "";
    out.push(`/** ${what ? `The ${what} ${b.name}` : `A ${b.name}`} with every item zero or empty. */`);
    out.push(`export function empty${name}(): ${name} { return { ${fields} }; }`);
  }
  return out.join("\n");
}

/** The provider block table and base class of the generated module ("" when the MOF registers no block). */
export function emitProviderBase(layouts: LayoutSet, nameOf: BlockNamer, stem: string): string {
  const classes = providerClasses(layouts, nameOf);
  if (classes.length === 0) return "";
  const base = `${stem}ProviderBase`;
  const classType = `${stem}ClassName`;
  const out: string[] = [];
  const codec = (b: BlockLayout | null) => (b ? `codecs.${nameOf(b)}` : "null");
  const embedded = new Set<string>();
  for (const e of embeddedShapes(classes)) {
    const name = shapeConst(e, nameOf);
    if (embedded.has(name)) continue;
    embedded.add(name);
    if (embedded.size === 1) out.push("", "// The members of the embedded classes the block table describes.");
    out.push(`const ${name}: readonly ShapeItem[] = ${shapeItems(e, nameOf)};`);
  }
  out.push("");
  out.push("/** The blocks a provider of this MOF registers, in guid-index order. */");
  out.push("export const providerBlocks: readonly ProviderBlock[] = [");
  for (const c of classes) {
    const items = c.block.items.map(
      (i) =>
        `{ id: ${i.id}, name: ${JSON.stringify(i.name)}, offset: ${i.offset}, size: ${i.size}, ${shapeFields(i, nameOf)} }`,
    );
    const methods = c.methods.map(
      (m) =>
        `{ name: ${JSON.stringify(m.name)}, id: ${m.id}, input: ${codec(m.input)}, output: ${codec(m.output)}, inputItems: ${shapeItems(m.input, nameOf)}, outputItems: ${shapeItems(m.output, nameOf)}${m.input ? `, emptyInput: empty${nameOf(m.input)}` : ""} }`,
    );
    out.push(
      `{ className: ${JSON.stringify(c.block.className)}, guid: ${c.name}_GUID, kind: ${JSON.stringify(c.block.kind)}, codec: codecs.${c.name}, items: [${items.join(", ")}], methods: [${methods.join(", ")}], empty: empty${c.name} },`,
    );
  }
  out.push("];");
  out.push(`/** The classes this provider serves. */`);
  out.push(`export type ${classType} = ${classes.map((c) => JSON.stringify(c.block.className)).join(" | ")};`);
  out.push("");
  out.push(
    `/**
 * The provider base for ${stem}: extend it, implement the abstract handlers, and hand an instance
 * to the WMI service simulator (or \`mofkit query --provider\`). Handlers may return a Promise; they
 * fail a request with \`throw new WmiStatusError(status)\`. Override a \`set\` handler to make a
 * block writable (the default answers STATUS_WMI_READ_ONLY), and \`functionControl\` to learn when
 * events or collection are enabled.
 */`,
  );
  out.push(`export abstract class ${base} extends WmiProvider<${classType}> {`);
  out.push(`constructor(options: ProviderOptions<${classType}> = {}) { super(providerBlocks, options); }`);
  for (const c of classes) {
    const b = c.block;
    if (b.kind === "event") {
      out.push("");
      out.push(
        `/** Fires ${b.className} (WmiFireEvent); returns the NTSTATUS. Consumers only receive it while enabled. */`,
      );
      out.push(
        `${c.fire}(value: ${c.name}, instanceIndex = 0): number { return this.fire(${classes.indexOf(c)}, value, instanceIndex); }`,
      );
    } else {
      out.push("");
      if (b.items.length === 0) {
        // A block with methods only: WMI queries it before each method call (§4.2); nothing to report.
        out.push(`/** ${b.className} has no data items: its instances are empty. */`);
        out.push(
          `${c.query}(instanceIndex: number): ${c.name} | Promise<${c.name}> { void instanceIndex; return {}; }`,
        );
      } else {
        out.push(`/** Instance \`instanceIndex\` of ${b.className} (QUERY_ALL_DATA, QUERY_SINGLE_INSTANCE). */`);
        out.push(`abstract ${c.query}(instanceIndex: number): ${c.name} | Promise<${c.name}>;`);
      }
      out.push("");
      out.push(
        `/** Replaces instance \`instanceIndex\` of ${b.className} (CHANGE_SINGLE_INSTANCE, and CHANGE_SINGLE_ITEM on the queried value). */`,
      );
      out.push(
        `${c.set}(instanceIndex: number, value: ${c.name}): void | Promise<void> { void instanceIndex; void value; this.readOnly(); }`,
      );
    }
    for (const m of c.methods) {
      const input = m.input ? nameOf(m.input) : "Record<string, never>";
      const output = m.output ? nameOf(m.output) : "Record<string, never>";
      out.push("");
      out.push(`/** ${b.className}.${m.name} (WmiMethodId ${m.id}). */`);
      out.push(
        `abstract ${c.handlers.get(m.name)}(instanceIndex: number, input: ${input}): ${output} | Promise<${output}>;`,
      );
    }
  }
  const cases = (pick: (c: ProviderClass, i: number) => string | null) =>
    classes
      .map((c, i) => pick(c, i))
      .filter((x): x is string => x !== null)
      .join("\n");
  out.push("");
  out.push(`protected queryBlock(guidIndex: number, instanceIndex: number): unknown {
    switch (guidIndex) {
      ${cases((c, i) => (c.block.kind === "data" ? `case ${i}: return this.${c.query}(instanceIndex);` : null))}
    }
    throw new WmiStatusError(STATUS_WMI_NOT_SUPPORTED);
  }`);
  out.push("");
  out.push(`protected setBlock(guidIndex: number, instanceIndex: number, value: unknown): unknown {
    switch (guidIndex) {
      ${cases((c, i) => (c.block.kind === "data" ? `case ${i}: return this.${c.set}(instanceIndex, value as ${c.name});` : null))}
    }
    throw new WmiStatusError(STATUS_WMI_READ_ONLY);
  }`);
  const methodCases = classes.flatMap((c, i) =>
    c.methods.map((m) => {
      const input = m.input ? nameOf(m.input) : "Record<string, never>";
      return `if (guidIndex === ${i} && methodId === ${m.id}) return this.${c.handlers.get(m.name)}(instanceIndex, input as ${input});`;
    }),
  );
  out.push("");
  out.push(`protected executeMethod(guidIndex: number, methodId: number, instanceIndex: number, input: unknown): unknown {
    ${methodCases.length ? methodCases.join("\n") : "void guidIndex; void methodId; void instanceIndex; void input;"}
    throw new WmiStatusError(STATUS_WMI_ITEMID_NOT_FOUND);
  }`);
  out.push("}");
  return out.join("\n");
}

/** The import line the provider base needs (empty when there is no base). */
export function providerImports(layouts: LayoutSet): string {
  // The names do not matter here, only whether any embedded class is described.
  const classes = providerClasses(layouts, (b) => b.key);
  if (classes.length === 0) return "";
  const shapeItem = embeddedShapes(classes).length > 0 ? ", type ShapeItem" : "";
  return `import { STATUS_WMI_ITEMID_NOT_FOUND, STATUS_WMI_NOT_SUPPORTED, STATUS_WMI_READ_ONLY, WmiProvider, WmiStatusError, type ProviderBlock, type ProviderOptions${shapeItem} } from "@mofkit/runtime";\nexport { WmiStatusError, type FunctionKind, type ProviderOptions } from "@mofkit/runtime";`;
}

export interface ProviderFileOptions {
  /** The generated module as imported from the implementation: `./thermal.generated.js`. */
  generatedModule: string;
  stem: string;
  sources?: string[];
}

/** The implementation file: a class on the base with every abstract handler answering empty values. */
export function emitProviderImplementation(
  layouts: LayoutSet,
  nameOf: BlockNamer,
  options: ProviderFileOptions,
): string | null {
  const classes = providerClasses(layouts, nameOf);
  if (classes.length === 0) return null;
  const { stem } = options;
  const names = new Set<string>([`${stem}ProviderBase`]);
  const types = new Set<string>();
  const body: string[] = [];
  for (const c of classes) {
    if (c.block.kind === "data" && c.block.items.length > 0) {
      types.add(c.name);
      names.add(`empty${c.name}`);
      body.push("");
      body.push(`/** Instance \`instanceIndex\` of ${c.block.className}: read it from your device here. */`);
      body.push(`${c.query}(instanceIndex: number): ${c.name} { void instanceIndex; return empty${c.name}(); }`);
    }
    for (const m of c.methods) {
      const input = m.input ? nameOf(m.input) : "Record<string, never>";
      const output = m.output ? nameOf(m.output) : "Record<string, never>";
      if (m.input) types.add(input);
      if (m.output) {
        types.add(output);
        names.add(`empty${output}`);
      }
      body.push("");
      body.push(`/** ${c.block.className}.${m.name}: carry out the method here. */`);
      body.push(
        `${c.handlers.get(m.name)}(instanceIndex: number, input: ${input}): ${output} { void instanceIndex; void input; return ${m.output ? `empty${output}()` : "{}"}; }`,
      );
    }
  }
  const from = options.sources?.length ? ` for ${options.sources.join(", ")}` : "";
  return [
    `// The WMI provider${from}. Created once by \`mofkit compile --emit ts\` and never overwritten: this file is yours.`,
    `// The base class and types in ${options.generatedModule.replace(/\.js$/, ".ts")} are regenerated on every compile.`,
    `import { ${[...names].join(", ")}${[...types].map((t) => `, type ${t}`).join("")} } from "${options.generatedModule}";`,
    "",
    `export class ${stem}Provider extends ${stem}ProviderBase {`,
    ...body,
    "}",
    "",
    "/** What `mofkit query|get|set|invoke|watch --provider <this file>` instantiates. */",
    `export default ${stem}Provider;`,
    "",
  ].join("\n");
}
