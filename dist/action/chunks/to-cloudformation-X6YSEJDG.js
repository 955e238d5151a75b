import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-NQ2WSZUR.js";
import "./chunk-KBET43YG.js";
import "./chunk-WXOL3IA5.js";
import "./chunk-RVU7SMPF.js";
import "./chunk-ZF22QHF3.js";
import "./chunk-3WORJXGD.js";
import "./chunk-66R5DZKV.js";
import "./chunk-QVXUJ2S4.js";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
