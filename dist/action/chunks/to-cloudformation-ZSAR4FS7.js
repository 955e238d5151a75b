import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-PMRA4CGS.js";
import "./chunk-IS3AIQYS.js";
import "./chunk-K5I5QEWV.js";
import "./chunk-6IHTGIUU.js";
import "./chunk-RQLVDXO4.js";
import "./chunk-YS2MB7KC.js";
import "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
