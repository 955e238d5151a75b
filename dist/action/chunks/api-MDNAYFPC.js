import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-XFUM4QVK.js";
import "./chunk-SZEGE6JS.js";
import "./chunk-43L5SLUU.js";
import "./chunk-SAJFF53O.js";
import "./chunk-TCEKX3PA.js";
import "./chunk-4SVGLYMN.js";
import {
  display,
  knownString
} from "./chunk-I2NUAZV7.js";
import "./chunk-CI3HPRT4.js";
import "./chunk-RQLVDXO4.js";
import "./chunk-5P23WAGW.js";
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
