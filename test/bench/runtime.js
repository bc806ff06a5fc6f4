// WmiLib runtime throughput: QUERY_ALL_DATA round trips (build the request WNODE, dispatch through
// wmiSystemControl to a provider that copies pre-encoded instances, complete with
// wmiCompleteRequest, decode the answer's offset table) for 1 and 1,000 instances of a mixed
// block (scalars, a string, padding), and the answer's bytes per second beside Buffer.copy of the
// same bytes. Median of several warm passes; prints figures, never fails.
import { checkProgram } from "../../packages/schema/dist/index.js";
import { createMemoryHost, loadProgram } from "../../packages/syntax/dist/index.js";
import { encodeInstance, layoutModel } from "../../packages/layout/dist/index.js";
import * as R from "../../packages/runtime/dist/index.js";

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const GUID = "6A1E0001-0000-4000-8000-00000000BE01";
const mof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, guid("{${GUID}}")]
class Bench_Mixed {
  [key, read] string InstanceName;
  [read] boolean Active;
  [WmiDataId(1), read] boolean Flag;
  [WmiDataId(2), read] uint16 Small;
  [WmiDataId(3), read] uint64 Big;
  [WmiDataId(4), read] string Name;
  [WmiDataId(5), read] uint32 Count;
};`;
const program = loadProgram(["b.mof"], createMemoryHost({ "b.mof": mof }), { dialect: "wmi" });
const block = layoutModel(checkProgram(program).model, { program }).layouts.blocks.find(
  (b) => b.className === "Bench_Mixed",
);

function run(n) {
  const parts = Array.from({ length: n }, (_, i) =>
    encodeInstance(block, { Flag: i % 2 === 0, Small: i, Big: BigInt(i) * 1000n, Name: `sensor-${i}`, Count: i }),
  );
  let need = 0;
  parts.forEach((p, k) => (need = (k > 0 ? Math.ceil(need / 8) * 8 : 0) + p.length));
  const context = {
    guidList: [{ guid: GUID, instanceCount: n, flags: 0 }],
    queryWmiDataBlock(device, irp, g, index, count, lengths, avail, buffer) {
      if (!lengths || avail < need) return R.wmiCompleteRequest(device, irp, R.STATUS_BUFFER_TOO_SMALL, need);
      let at = 0;
      for (let k = 0; k < count; k++) {
        if (k > 0) at = (at + 7) & ~7;
        buffer.set(parts[k], at);
        lengths[k] = parts[k].length;
        at += parts[k].length;
      }
      return R.wmiCompleteRequest(device, irp, R.STATUS_SUCCESS, at);
    },
  };
  const device = new R.WmiDevice({ providerId: 1, clock: () => 0n });
  const size = R.align8(60 + 8 * n) + need;
  const request = R.encodeWnodeHeader(
    { guid: GUID, flags: R.WNODE_FLAG_ALL_DATA | R.WNODE_FLAG_STATIC_INSTANCE_NAMES },
    64,
  );
  const buffer = new Uint8Array(size);
  const once = () => {
    buffer.set(request);
    const irp = new R.WmiIrp({ minor: R.IRP_MN_QUERY_ALL_DATA, providerId: 1, dataPath: GUID, buffer });
    R.wmiSystemControl(context, device, irp);
    if (irp.ioStatus.information !== size) throw new Error("bad answer");
    return R.decodeAllData(buffer).instances.length;
  };
  const iterations = Math.max(20, Math.floor(200_000 / n));
  for (let i = 0; i < iterations; i++) once();
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) once();
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  const src = Buffer.from(buffer);
  const dst = Buffer.alloc(size);
  const copyRuns = [];
  const copies = iterations * 20;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < copies; i++) src.copy(dst);
    copyRuns.push(performance.now() - t0);
  }
  const copyMs = median(copyRuns) / 20;
  const rt = iterations / (ms / 1000);
  const mbs = (size * iterations) / 1e6 / (ms / 1000);
  const copyMbs = (size * iterations) / 1e6 / (copyMs / 1000);
  console.log(
    `runtime QUERY_ALL_DATA, ${n} instance${n === 1 ? "" : "s"} of Bench_Mixed (${size}-byte WNODE): ${Math.round(rt).toLocaleString("en-US")} round trips/s, ${mbs.toFixed(1)} MB/s vs Buffer.copy ${copyMbs.toFixed(0)} MB/s (${((mbs / copyMbs) * 100).toFixed(2)}%)`,
  );
}

run(1);
run(1000);

// The typed path a provider author uses: the wmisamp example's provider (generated base class and
// codecs) answering through the service simulator, which builds the request, grows the buffer on
// WNODE_TOO_SMALL, checks the answer and decodes it with the generated codecs.
async function typed() {
  const { importProviderModule } = await import("../../packages/cli/dist/load-provider.js");
  const mod = await importProviderModule(
    new URL("../../examples/wmisamp/wmisamp.provider.ts", import.meta.url).pathname,
  );
  const service = new R.WmiService({ initialBufferSize: 4096 });
  service.register(new R.WmiDevice({ providerId: 1, clock: () => 0n }), new mod.default());
  const cases = [
    ["service.query Fabrikam_DaqChannel (4 instances)", () => service.query("Fabrikam_DaqChannel")],
    ["service.get Fabrikam_DaqStatus", () => service.get("Fabrikam_DaqStatus", 0)],
    [
      "service.invoke Fabrikam_DaqControl.Capture (12 samples)",
      () => service.invoke("Fabrikam_DaqControl", 0, "Capture", { Channel: 1, SampleCount: 12 }),
    ],
  ];
  for (const [label, call] of cases) {
    for (let i = 0; i < 2000; i++) await call();
    const runs = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      for (let i = 0; i < 5000; i++) await call();
      runs.push(performance.now() - t0);
    }
    const perSecond = 5000 / (median(runs) / 1000);
    console.log(
      `runtime ${label}: ${Math.round(perSecond).toLocaleString("en-US")} requests/s through a generated provider`,
    );
  }
}
await typed();
