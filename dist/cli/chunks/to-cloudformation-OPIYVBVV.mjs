import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-X7HEW2XO.mjs";
import "./chunk-TQITVOTL.mjs";
import "./chunk-H7TK3OPC.mjs";
import "./chunk-2KE27N4I.mjs";
import "./chunk-B6M6KMAD.mjs";
import "./chunk-POX2ISVA.mjs";
import "./chunk-AESFLFXG.mjs";
import "./chunk-XHCXJOIG.mjs";
import "./chunk-MSLAF6VK.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
