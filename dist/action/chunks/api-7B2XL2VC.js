import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-3RHCHGWY.js";
import "./chunk-2B3PRRQJ.js";
import "./chunk-YA2EHPH3.js";
import "./chunk-CNPVOVGO.js";
import "./chunk-TCEKX3PA.js";
import "./chunk-4SVGLYMN.js";
import {
  display,
  knownString
} from "./chunk-6UCDO5DJ.js";
import "./chunk-GOS2ZUCQ.js";
import "./chunk-I7GECNTR.js";
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
