import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-AZFPVK7I.mjs";
import "./chunk-JVM5FNXN.mjs";
import "./chunk-LGMU7KXG.mjs";
import "./chunk-7XKOSLVW.mjs";
import "./chunk-BQT6XXSL.mjs";
import "./chunk-2RHOWOQO.mjs";
import "./chunk-YEB2CIGC.mjs";
import "./chunk-I5TFF66Q.mjs";
import "./chunk-53PY4OXK.mjs";
import "./chunk-KFHLMRDI.mjs";
import "./chunk-WETKIWWS.mjs";
import "./chunk-5DAOS2YO.mjs";
export {
  AssumeRoleCommand,
  STSClient
};
