import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
} from "./chunk-STOF5TYN.mjs";
import "./chunk-K3KM4IOB.mjs";
import "./chunk-2RHOWOQO.mjs";
import "./chunk-YEB2CIGC.mjs";
import "./chunk-I5TFF66Q.mjs";
import "./chunk-53PY4OXK.mjs";
import "./chunk-KFHLMRDI.mjs";
import "./chunk-WETKIWWS.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
};
