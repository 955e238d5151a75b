import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule
} from "./chunk-AJAFQ63L.mjs";
import "./chunk-5MEOGQI4.mjs";
import "./chunk-N6TONYWX.mjs";
import "./chunk-SD6V3MMY.mjs";
import "./chunk-HJX5MNMY.mjs";
import "./chunk-HKM7NBTV.mjs";
import {
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-KQTJQDOT.mjs";
import "./chunk-ZC4EM7FW.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-LWSDFOT3.mjs";
import "./chunk-M6UOPZ2U.mjs";
import "./chunk-B6M6KMAD.mjs";
import "./chunk-POX2ISVA.mjs";
import {
  display,
  knownString
} from "./chunk-NPFMIT54.mjs";
import "./chunk-SOHYWI3L.mjs";
import "./chunk-BCNQYCJZ.mjs";
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
