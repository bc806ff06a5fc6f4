export * from "./constants.js";
export { WnodeError, normalizeGuid, guidBytes, readGuid, align8 } from "./bytes.js";
export * from "./wnode.js";
export * from "./reginfo.js";
export * from "./irp.js";
export * from "./dispatch.js";
export { annotateWnode, wnodeFlagNames } from "./trace.js";
export * from "./service.js";
export { cStaticAsserts } from "./static-asserts.js";
