import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-BMF3K34P.mjs";
import "./chunk-TQITVOTL.mjs";
import "./chunk-LWSDFOT3.mjs";
import "./chunk-M6UOPZ2U.mjs";
import "./chunk-B6M6KMAD.mjs";
import "./chunk-POX2ISVA.mjs";
import "./chunk-NPFMIT54.mjs";
import "./chunk-SOHYWI3L.mjs";
import "./chunk-BCNQYCJZ.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
