import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-WKUF44FO.mjs";
import "./chunk-H3DLUQLU.mjs";
import "./chunk-2OS3UWEG.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-TQ4SKKX3.mjs";
import "./chunk-5SOEJORG.mjs";
import "./chunk-QEXY4FWD.mjs";
import "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
