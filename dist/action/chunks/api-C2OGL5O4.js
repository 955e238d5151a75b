import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-VFW3U2QD.js";
import "./chunk-RI2RHKQG.js";
import "./chunk-BB3TIODT.js";
import "./chunk-QWIDRXWF.js";
import "./chunk-UDJHY2ES.js";
import "./chunk-XXUFBW7B.js";
import {
  display,
  knownString
} from "./chunk-WXOL3IA5.js";
import "./chunk-RVU7SMPF.js";
import "./chunk-ZF22QHF3.js";
import "./chunk-3WORJXGD.js";
import "./chunk-66R5DZKV.js";
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
