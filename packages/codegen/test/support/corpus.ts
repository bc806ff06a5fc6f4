/** Paths into the shared corpus (../shared/corpus beside the repository) used by the codegen tests. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const mofCorpus = join(fileURLToPath(new URL("../../../../", import.meta.url)), "../shared/corpus/mof");
export const wmisampPath = join(mofCorpus, "microsoft__Windows-driver-samples/wmi/wmisamp/wmisamp.mof");
