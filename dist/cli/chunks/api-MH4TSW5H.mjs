import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule
} from "./chunk-D7HCIWQF.mjs";
import "./chunk-7OCHXN6O.mjs";
import "./chunk-N6TONYWX.mjs";
import "./chunk-LTQOA3U4.mjs";
import "./chunk-HJX5MNMY.mjs";
import "./chunk-HKM7NBTV.mjs";
import {
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-UXGH635G.mjs";
import "./chunk-ZC4EM7FW.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-H7TK3OPC.mjs";
import "./chunk-2KE27N4I.mjs";
import "./chunk-B6M6KMAD.mjs";
import "./chunk-POX2ISVA.mjs";
import {
  display,
  knownString
} from "./chunk-AESFLFXG.mjs";
import "./chunk-XHCXJOIG.mjs";
import "./chunk-MSLAF6VK.mjs";
import "./chunk-KVGTMRYX.mjs";
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
