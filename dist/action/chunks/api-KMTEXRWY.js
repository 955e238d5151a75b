import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule,
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-PDBMWJEF.js";
import "./chunk-TAJWY7KY.js";
import "./chunk-E2AWUERE.js";
import "./chunk-SAJFF53O.js";
import "./chunk-TCEKX3PA.js";
import "./chunk-4SVGLYMN.js";
import {
  display,
  knownString
} from "./chunk-K5I5QEWV.js";
import "./chunk-6IHTGIUU.js";
import "./chunk-RQLVDXO4.js";
import "./chunk-YS2MB7KC.js";
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
