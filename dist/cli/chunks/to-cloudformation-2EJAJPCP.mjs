import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
} from "./chunk-5YA4MXQX.mjs";
import "./chunk-G625QHUZ.mjs";
import "./chunk-2OS3UWEG.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-CMPXVSZB.mjs";
import "./chunk-4OHZHNCC.mjs";
import "./chunk-QEXY4FWD.mjs";
import "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  resourcesToCloudFormation,
  terraformPlanToCloudFormation
};
