import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  check,
  defineRule
} from "./chunk-QXBECLOM.mjs";
import "./chunk-VRRO44KN.mjs";
import "./chunk-7MQX2RYR.mjs";
import "./chunk-FX6ZCERX.mjs";
import "./chunk-LP5P5KEG.mjs";
import "./chunk-G4VHN3IG.mjs";
import {
  endpointTypeOf,
  isInterfaceEndpoint,
  label
} from "./chunk-KEUAAFSI.mjs";
import "./chunk-ZC4EM7FW.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-2OS3UWEG.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-TQ4SKKX3.mjs";
import "./chunk-5SOEJORG.mjs";
import {
  display,
  knownString
} from "./chunk-QEXY4FWD.mjs";
import "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  check,
  defineRule,
  display,
  endpointTypeOf,
  isInterfaceEndpoint,
  knownString,
  label
};
