import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-RPDW7H4L.mjs";
import "./chunk-L4EPOPWJ.mjs";
import "./chunk-3P5SBIBK.mjs";
import "./chunk-6YD6YV4O.mjs";
import "./chunk-2SKCAMDE.mjs";
import "./chunk-POX2ISVA.mjs";
import "./chunk-BPAGYMN5.mjs";
import "./chunk-F2ADEYOF.mjs";
import "./chunk-TUTQMF66.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
