import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  AssumeRole$,
  AssumeRoleCommand,
  AssumeRoleRequest$,
  AssumeRoleResponse$,
  AssumeRoleWithWebIdentity$,
  AssumeRoleWithWebIdentityCommand,
  AssumeRoleWithWebIdentityRequest$,
  AssumeRoleWithWebIdentityResponse$,
  AssumedRoleUser$,
  Credentials$,
  ExpiredTokenException,
  ExpiredTokenException$,
  IDPCommunicationErrorException,
  IDPCommunicationErrorException$,
  IDPRejectedClaimException,
  IDPRejectedClaimException$,
  InvalidContextAssertionException,
  InvalidContextAssertionException$,
  InvalidIdentityTokenException,
  InvalidIdentityTokenException$,
  MalformedPolicyDocumentException,
  MalformedPolicyDocumentException$,
  OriginIdentity$,
  PackedPolicyTooLargeException,
  PackedPolicyTooLargeException$,
  PolicyDescriptorType$,
  ProvidedContext$,
  RegionDisabledException,
  RegionDisabledException$,
  STS,
  STSClient,
  STSServiceException,
  STSServiceException$,
  Tag$,
  TransactionContext$,
  TrustedIdentityPropagationContext$,
  decorateDefaultCredentialProvider,
  errorTypeRegistries,
  getDefaultRoleAssumer,
  getDefaultRoleAssumerWithWebIdentity
} from "./chunk-2RDMC37P.js";
import "./chunk-K2J6VXFL.js";
import "./chunk-DANSWJQI.js";
import "./chunk-4HVFNAQU.js";
import "./chunk-37A25S3O.js";
import {
  Client,
  Command
} from "./chunk-JFDW23JW.js";
import "./chunk-WCTRVEVW.js";
import "./chunk-7PK2GSOA.js";
import "./chunk-MERCH3IO.js";
import "./chunk-QE7PYLR4.js";
import "./chunk-CSZNGVR3.js";
import "./chunk-QVXUJ2S4.js";
export {
  Command as $Command,
  AssumeRole$,
  AssumeRoleCommand,
  AssumeRoleRequest$,
  AssumeRoleResponse$,
  AssumeRoleWithWebIdentity$,
  AssumeRoleWithWebIdentityCommand,
  AssumeRoleWithWebIdentityRequest$,
  AssumeRoleWithWebIdentityResponse$,
  AssumedRoleUser$,
  Credentials$,
  ExpiredTokenException,
  ExpiredTokenException$,
  IDPCommunicationErrorException,
  IDPCommunicationErrorException$,
  IDPRejectedClaimException,
  IDPRejectedClaimException$,
  InvalidContextAssertionException,
  InvalidContextAssertionException$,
  InvalidIdentityTokenException,
  InvalidIdentityTokenException$,
  MalformedPolicyDocumentException,
  MalformedPolicyDocumentException$,
  OriginIdentity$,
  PackedPolicyTooLargeException,
  PackedPolicyTooLargeException$,
  PolicyDescriptorType$,
  ProvidedContext$,
  RegionDisabledException,
  RegionDisabledException$,
  STS,
  STSClient,
  STSServiceException,
  STSServiceException$,
  Tag$,
  TransactionContext$,
  TrustedIdentityPropagationContext$,
  Client as __Client,
  decorateDefaultCredentialProvider,
  errorTypeRegistries,
  getDefaultRoleAssumer,
  getDefaultRoleAssumerWithWebIdentity
};
