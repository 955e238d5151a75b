import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
} from "./chunk-6KVOS5QN.js";
import "./chunk-EMO7FXP2.js";
import "./chunk-JFDW23JW.js";
import "./chunk-WCTRVEVW.js";
import "./chunk-7PK2GSOA.js";
import "./chunk-MERCH3IO.js";
import "./chunk-QE7PYLR4.js";
import "./chunk-CSZNGVR3.js";
import "./chunk-QVXUJ2S4.js";
export {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
};
