import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-SBPQNTIK.mjs";
import "./chunk-5DAOS2YO.mjs";
export default require_picomatch();
