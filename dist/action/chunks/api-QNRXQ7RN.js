import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-APSJUW3A.js";
import "./chunk-6TFG3CVO.js";
import "./chunk-KVI6RT4Z.js";
import "./chunk-KECIXGTJ.js";
import "./chunk-TCEKX3PA.js";
import "./chunk-4SVGLYMN.js";
import {
  display,
  knownString
} from "./chunk-6UCDO5DJ.js";
import "./chunk-GOS2ZUCQ.js";
import "./chunk-RQLVDXO4.js";
import "./chunk-GTRBZQRG.js";
import "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";
export {
  check,
  defineRule,
  display,
  endpointTypeOf,
  isInterfaceEndpoint,
  knownString,
  label
};
