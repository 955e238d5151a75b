import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-GUYPW6HR.js";
import "./chunk-6OT53A4C.js";
import "./chunk-6UCDO5DJ.js";
import "./chunk-GOS2ZUCQ.js";
import "./chunk-I7GECNTR.js";
import "./chunk-GTRBZQRG.js";
import "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
