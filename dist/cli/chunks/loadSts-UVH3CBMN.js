import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-2RDMC37P.js";
import "./chunk-K2J6VXFL.js";
import "./chunk-DANSWJQI.js";
import "./chunk-4HVFNAQU.js";
import "./chunk-37A25S3O.js";
import "./chunk-JFDW23JW.js";
import "./chunk-WCTRVEVW.js";
import "./chunk-7PK2GSOA.js";
import "./chunk-MERCH3IO.js";
import "./chunk-QE7PYLR4.js";
import "./chunk-CSZNGVR3.js";
import "./chunk-QVXUJ2S4.js";
export {
  AssumeRoleCommand,
  STSClient
};
