export * from "./flavors.js";
export * from "./data-type.js";
export * from "./qualifier.js";
export * from "./class.js";
export * from "./instance.js";
export * from "./namespace.js";
