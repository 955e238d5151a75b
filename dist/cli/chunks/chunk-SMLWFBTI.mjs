import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/load/live/stack-uri.ts
var STACK_SCHEME = "cloudformation:";
function stackUri(region, name) {
  return `cloudformation://${encodeURIComponent(region)}/${encodeURIComponent(name)}`;
}
function isStackUri(file) {
  return file.startsWith(`${STACK_SCHEME}//`);
}

export {
  stackUri,
  isStackUri
};
