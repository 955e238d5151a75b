import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-JKDWTZZM.js";
import "./chunk-IS3AIQYS.js";
import "./chunk-I2NUAZV7.js";
import "./chunk-CI3HPRT4.js";
import "./chunk-RQLVDXO4.js";
import "./chunk-5P23WAGW.js";
import "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
