import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-3SBHB4Y7.js";
import "./chunk-K4TCFZKQ.js";
import "./chunk-K3SLLKKB.js";
import "./chunk-PCZGUHCX.js";
import "./chunk-TCEKX3PA.js";
import "./chunk-4SVGLYMN.js";
import {
  display,
  knownString
} from "./chunk-6UCDO5DJ.js";
import "./chunk-GOS2ZUCQ.js";
import "./chunk-2DMHTQHH.js";
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
