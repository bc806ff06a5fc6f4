export { main } from "./main.js";
export { importProviderModule, loadProvider, ProviderLoadError } from "./load-provider.js";
