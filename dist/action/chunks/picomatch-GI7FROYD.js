import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-F5GCMWHN.js";
import "./chunk-QVXUJ2S4.js";
export default require_picomatch();
