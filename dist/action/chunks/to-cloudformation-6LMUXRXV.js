import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-ZB6ABQZG.js";
import "./chunk-HUZN3V5V.js";
import "./chunk-WXOL3IA5.js";
import "./chunk-RVU7SMPF.js";
import "./chunk-2UH2G3T2.js";
import "./chunk-MNKEWARX.js";
import "./chunk-3WORJXGD.js";
import "./chunk-66R5DZKV.js";
import "./chunk-QVXUJ2S4.js";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
