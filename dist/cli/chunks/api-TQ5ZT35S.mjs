import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule
} from "./chunk-CSUEPOBH.mjs";
import "./chunk-QYNGZKKR.mjs";
import "./chunk-M5HLXEQZ.mjs";
import "./chunk-RXGRWDOM.mjs";
import "./chunk-7O2X3CIT.mjs";
import "./chunk-65YOGIUP.mjs";
import {
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-XHTJP7A2.mjs";
import "./chunk-6RE2PP6W.mjs";
import "./chunk-72UZFNFM.mjs";
import "./chunk-3P5SBIBK.mjs";
import "./chunk-6YD6YV4O.mjs";
import "./chunk-2SKCAMDE.mjs";
import "./chunk-POX2ISVA.mjs";
import {
  display,
  knownString
} from "./chunk-BPAGYMN5.mjs";
import "./chunk-F2ADEYOF.mjs";
import "./chunk-TUTQMF66.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  check,
  defineRule,
  display,
  endpointTypeOf,
  isInterfaceEndpoint,
  knownString,
  label
};
