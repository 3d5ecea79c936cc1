export * from "./block.js";
export * from "./parts.js";
export * from "./warning.js";
export * from "./article.js";
export { deriveViews, type BlockViews } from "./views.js";
