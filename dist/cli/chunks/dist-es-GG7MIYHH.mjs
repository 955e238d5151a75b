import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-STOF5TYN.mjs";
import {
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-LGMU7KXG.mjs";
import {
  Sha256Node
} from "./chunk-7XKOSLVW.mjs";
import "./chunk-K3KM4IOB.mjs";
import {
  NodeHttpHandler
} from "./chunk-BQT6XXSL.mjs";
import {
  BinaryDecisionDiagram,
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  WaiterState,
  awsEndpointFunctions,
  checkExceptions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  createWaiter,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-2RHOWOQO.mjs";
import {
  DefaultIdentityProviderConfig,
  createPaginator,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin
} from "./chunk-YEB2CIGC.mjs";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-I5TFF66Q.mjs";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-53PY4OXK.mjs";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-KFHLMRDI.mjs";
import {
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-WETKIWWS.mjs";
import "./chunk-5DAOS2YO.mjs";

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudFormationHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "cloudformation",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudFormationHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudformation"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudformation/package.json
var package_default = {
  name: "@aws-sdk/client-cloudformation",
  version: "3.1178.0",
  description: "AWS SDK for JavaScript Cloudformation Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudformation",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudformation"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.2",
    "@aws-sdk/credential-provider-node": "^3.972.99",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.41.1",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudformation.{Region}.amazonaws.com", i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudformation.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudformation.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/CloudFormationServiceException.js
var CloudFormationServiceException = class _CloudFormationServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation#CloudFormationServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudFormationServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/errors.js
var InvalidOperationException = class _InvalidOperationException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidOperationException";
  name = "InvalidOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotFoundException = class _OperationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationNotFoundException";
  name = "OperationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CFNRegistryException = class _CFNRegistryException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CFNRegistryException";
  name = "CFNRegistryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CFNRegistryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CFNRegistryException.prototype);
    this.Message = opts.Message;
  }
};
var TypeNotFoundException = class _TypeNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeNotFoundException";
  name = "TypeNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var TypeConfigurationNotFoundException = class _TypeConfigurationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeConfigurationNotFoundException";
  name = "TypeConfigurationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeConfigurationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeConfigurationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TokenAlreadyExistsException = class _TokenAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TokenAlreadyExistsException";
  name = "TokenAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TokenAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TokenAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ChangeSetNotFoundException = class _ChangeSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ChangeSetNotFoundException";
  name = "ChangeSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChangeSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChangeSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientCapabilitiesException = class _InsufficientCapabilitiesException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InsufficientCapabilitiesException";
  name = "InsufficientCapabilitiesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientCapabilitiesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCapabilitiesException.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededException = class _LimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentResourcesLimitExceededException = class _ConcurrentResourcesLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ConcurrentResourcesLimitExceededException";
  name = "ConcurrentResourcesLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentResourcesLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentResourcesLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var OperationIdAlreadyExistsException = class _OperationIdAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationIdAlreadyExistsException";
  name = "OperationIdAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationIdAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationIdAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var OperationInProgressException = class _OperationInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationInProgressException";
  name = "OperationInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotFoundException = class _StackSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotFoundException";
  name = "StackSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StaleRequestException = class _StaleRequestException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StaleRequestException";
  name = "StaleRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StaleRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StaleRequestException.prototype);
    this.Message = opts.Message;
  }
};
var CreatedButModifiedException = class _CreatedButModifiedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CreatedButModifiedException";
  name = "CreatedButModifiedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CreatedButModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreatedButModifiedException.prototype);
    this.Message = opts.Message;
  }
};
var NameAlreadyExistsException = class _NameAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#NameAlreadyExistsException";
  name = "NameAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NameAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidChangeSetStatusException = class _InvalidChangeSetStatusException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidChangeSetStatusException";
  name = "InvalidChangeSetStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidChangeSetStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidChangeSetStatusException.prototype);
    this.Message = opts.Message;
  }
};
var GeneratedTemplateNotFoundException = class _GeneratedTemplateNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#GeneratedTemplateNotFoundException";
  name = "GeneratedTemplateNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "GeneratedTemplateNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GeneratedTemplateNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotEmptyException = class _StackSetNotEmptyException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotEmptyException";
  name = "StackSetNotEmptyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotEmptyException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanNotFoundException = class _ResourceScanNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanNotFoundException";
  name = "ResourceScanNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackInstanceNotFoundException = class _StackInstanceNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackInstanceNotFoundException";
  name = "StackInstanceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackInstanceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackInstanceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackRefactorNotFoundException = class _StackRefactorNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackRefactorNotFoundException";
  name = "StackRefactorNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackRefactorNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackRefactorNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var HookResultNotFoundException = class _HookResultNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#HookResultNotFoundException";
  name = "HookResultNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "HookResultNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HookResultNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackNotFoundException = class _StackNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackNotFoundException";
  name = "StackNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanInProgressException = class _ResourceScanInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanInProgressException";
  name = "ResourceScanInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidStateTransitionException = class _InvalidStateTransitionException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidStateTransitionException";
  name = "InvalidStateTransitionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidStateTransitionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateTransitionException.prototype);
    this.Message = opts.Message;
  }
};
var OperationStatusCheckFailedException = class _OperationStatusCheckFailedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationStatusCheckFailedException";
  name = "OperationStatusCheckFailedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationStatusCheckFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationStatusCheckFailedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanLimitExceededException = class _ResourceScanLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanLimitExceededException";
  name = "ResourceScanLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AC = "AfterContext";
var _ACT = "AttributeChangeType";
var _AD = "AutoDeployment";
var _AEE = "AlreadyExistsException";
var _AFT = "AccountFilterType";
var _AGR = "AccountGateResult";
var _AL = "AccountLimit";
var _ALL = "AccountLimitList";
var _ALc = "AccountLimits";
var _ALn = "AnnotationList";
var _AN = "AnnotationName";
var _ANl = "AliasName";
var _AOA = "ActivateOrganizationsAccess";
var _AOAI = "ActivateOrganizationsAccessInput";
var _AOAO = "ActivateOrganizationsAccessOutput";
var _AP = "ActualProperties";
var _AR = "AddResources";
var _ARARN = "AdministrationRoleARN";
var _AT = "ActivateType";
var _ATAC = "AcceptTermsAndConditions";
var _ATI = "ActivateTypeInput";
var _ATO = "ActivateTypeOutput";
var _AU = "AutoUpdate";
var _AUc = "AccountsUrl";
var _AV = "ActualValue";
var _AVF = "AfterValueFrom";
var _AVf = "AfterValue";
var _AVl = "AllowedValues";
var _Ac = "Accounts";
var _Acc = "Account";
var _Act = "Action";
var _Acti = "Active";
var _Al = "Alias";
var _An = "Annotation";
var _Ann = "Annotations";
var _At = "Attribute";
var _BC = "BeforeContext";
var _BDTC = "BatchDescribeTypeConfigurations";
var _BDTCE = "BatchDescribeTypeConfigurationsError";
var _BDTCEa = "BatchDescribeTypeConfigurationsErrors";
var _BDTCI = "BatchDescribeTypeConfigurationsInput";
var _BDTCO = "BatchDescribeTypeConfigurationsOutput";
var _BT = "BearerToken";
var _BV = "BeforeValue";
var _BVF = "BeforeValueFrom";
var _C = "Change";
var _CA = "CallAs";
var _CAC = "CompletedAccountsCount";
var _CAo = "ConnectionArn";
var _CAon = "ConfigurationAlias";
var _CAonf = "ConfigurationArn";
var _CBME = "CreatedButModifiedException";
var _CCS = "CreateChangeSet";
var _CCSI = "CreateChangeSetInput";
var _CCSO = "CreateChangeSetOutput";
var _CE = "CausingEntity";
var _CFNRE = "CFNRegistryException";
var _CGT = "CreateGeneratedTemplate";
var _CGTI = "CreateGeneratedTemplateInput";
var _CGTO = "CreateGeneratedTemplateOutput";
var _CM = "ConcurrencyMode";
var _COS = "CurrentOperationStatus";
var _CR = "CapabilitiesReason";
var _CRLEE = "ConcurrentResourcesLimitExceededException";
var _CRT = "ClientRequestToken";
var _CS = "ConfigurationSchema";
var _CSH = "ChangeSetHook";
var _CSHRTD = "ChangeSetHookResourceTargetDetails";
var _CSHTD = "ChangeSetHookTargetDetails";
var _CSHh = "ChangeSetHooks";
var _CSI = "ChangeSetId";
var _CSIC = "CompletedStackInstancesCount";
var _CSICa = "CancelledStackInstancesCount";
var _CSII = "CreateStackInstancesInput";
var _CSIO = "CreateStackInstancesOutput";
var _CSIr = "CreateStackInput";
var _CSIre = "CreateStackInstances";
var _CSN = "ChangeSetName";
var _CSNFE = "ChangeSetNotFoundException";
var _CSO = "CreateStackOutput";
var _CSR = "CreateStackRefactor";
var _CSRI = "CreateStackRefactorInput";
var _CSRO = "CreateStackRefactorOutput";
var _CSS = "ChangeSetSummary";
var _CSSI = "CreateStackSetInput";
var _CSSO = "CreateStackSetOutput";
var _CSSh = "ChangeSetSummaries";
var _CSSr = "CreateStackSet";
var _CST = "ChangeSetType";
var _CSh = "ChangeSource";
var _CSr = "CreateStack";
var _CT = "CreationTime";
var _CTl = "ClientToken";
var _CTr = "CreationTimestamp";
var _CUR = "ContinueUpdateRollback";
var _CURI = "ContinueUpdateRollbackInput";
var _CURO = "ContinueUpdateRollbackOutput";
var _CUS = "CancelUpdateStack";
var _CUSI = "CancelUpdateStackInput";
var _Ca = "Capabilities";
var _Cat = "Category";
var _Ch = "Changes";
var _Co = "Configuration";
var _D = "Description";
var _DAL = "DescribeAccountLimits";
var _DALI = "DescribeAccountLimitsInput";
var _DALO = "DescribeAccountLimitsOutput";
var _DC = "DeploymentConfig";
var _DCS = "DeleteChangeSet";
var _DCSH = "DescribeChangeSetHooks";
var _DCSHI = "DescribeChangeSetHooksInput";
var _DCSHO = "DescribeChangeSetHooksOutput";
var _DCSI = "DeleteChangeSetInput";
var _DCSIe = "DescribeChangeSetInput";
var _DCSO = "DeleteChangeSetOutput";
var _DCSOe = "DescribeChangeSetOutput";
var _DCSe = "DescribeChangeSet";
var _DDS = "DriftDetectionStatus";
var _DDT = "DriftDetectionTimestamp";
var _DE = "DescribeEvents";
var _DEI = "DescribeEventsInput";
var _DEO = "DescribeEventsOutput";
var _DGT = "DeleteGeneratedTemplate";
var _DGTI = "DeleteGeneratedTemplateInput";
var _DGTIe = "DescribeGeneratedTemplateInput";
var _DGTO = "DescribeGeneratedTemplateOutput";
var _DGTe = "DescribeGeneratedTemplate";
var _DI = "DriftInformation";
var _DM = "DeploymentMode";
var _DMe = "DeletionMode";
var _DO = "DependsOn";
var _DOA = "DeactivateOrganizationsAccess";
var _DOAI = "DeactivateOrganizationsAccessInput";
var _DOAIe = "DescribeOrganizationsAccessInput";
var _DOAO = "DeactivateOrganizationsAccessOutput";
var _DOAOe = "DescribeOrganizationsAccessOutput";
var _DOAe = "DescribeOrganizationsAccess";
var _DP = "DeletionPolicy";
var _DPI = "DescribePublisherInput";
var _DPO = "DescribePublisherOutput";
var _DPe = "DescribePublisher";
var _DR = "DisableRollback";
var _DRS = "DescribeResourceScan";
var _DRSI = "DescribeResourceScanInput";
var _DRSO = "DescribeResourceScanOutput";
var _DRe = "DetectionReason";
var _DS = "DetectionStatus";
var _DSD = "DetectStackDrift";
var _DSDDS = "DescribeStackDriftDetectionStatus";
var _DSDDSI = "DescribeStackDriftDetectionStatusInput";
var _DSDDSO = "DescribeStackDriftDetectionStatusOutput";
var _DSDI = "DetectStackDriftInput";
var _DSDO = "DetectStackDriftOutput";
var _DSE = "DescribeStackEvents";
var _DSEI = "DescribeStackEventsInput";
var _DSEO = "DescribeStackEventsOutput";
var _DSI = "DeleteStackInput";
var _DSIC = "DriftedStackInstancesCount";
var _DSII = "DeleteStackInstancesInput";
var _DSIIe = "DescribeStackInstanceInput";
var _DSIO = "DeleteStackInstancesOutput";
var _DSIOe = "DescribeStackInstanceOutput";
var _DSIe = "DescribeStacksInput";
var _DSIel = "DeleteStackInstances";
var _DSIes = "DescribeStackInstance";
var _DSO = "DescribeStacksOutput";
var _DSR = "DetectionStatusReason";
var _DSRC = "DriftedStackResourceCount";
var _DSRD = "DescribeStackResourceDrifts";
var _DSRDI = "DescribeStackResourceDriftsInput";
var _DSRDIe = "DetectStackResourceDriftInput";
var _DSRDO = "DescribeStackResourceDriftsOutput";
var _DSRDOe = "DetectStackResourceDriftOutput";
var _DSRDe = "DetectStackResourceDrift";
var _DSRI = "DescribeStackRefactorInput";
var _DSRIe = "DescribeStackResourceInput";
var _DSRIes = "DescribeStackResourcesInput";
var _DSRO = "DescribeStackRefactorOutput";
var _DSROe = "DescribeStackResourceOutput";
var _DSROes = "DescribeStackResourcesOutput";
var _DSRe = "DescribeStackRefactor";
var _DSRes = "DescribeStackResource";
var _DSResc = "DescribeStackResources";
var _DSRr = "DriftStatusReason";
var _DSS = "DeleteStackSet";
var _DSSD = "DetectStackSetDrift";
var _DSSDI = "DetectStackSetDriftInput";
var _DSSDO = "DetectStackSetDriftOutput";
var _DSSI = "DeleteStackSetInput";
var _DSSIe = "DescribeStackSetInput";
var _DSSO = "DeleteStackSetOutput";
var _DSSOI = "DescribeStackSetOperationInput";
var _DSSOO = "DescribeStackSetOperationOutput";
var _DSSOe = "DescribeStackSetOutput";
var _DSSOes = "DescribeStackSetOperation";
var _DSSe = "DescribeStackSet";
var _DSe = "DeprecatedStatus";
var _DSel = "DeleteStack";
var _DSes = "DescribeStacks";
var _DSet = "DetailedStatus";
var _DSr = "DriftStatus";
var _DT = "DeploymentTargets";
var _DTI = "DeactivateTypeInput";
var _DTIe = "DeregisterTypeInput";
var _DTIes = "DescribeTypeInput";
var _DTO = "DeactivateTypeOutput";
var _DTOe = "DeregisterTypeOutput";
var _DTOes = "DescribeTypeOutput";
var _DTR = "DescribeTypeRegistration";
var _DTRI = "DescribeTypeRegistrationInput";
var _DTRO = "DescribeTypeRegistrationOutput";
var _DTe = "DeclaredTransforms";
var _DTea = "DeactivateType";
var _DTel = "DeletionTime";
var _DTer = "DeregisterType";
var _DTes = "DescribeType";
var _DTi = "DifferenceType";
var _DU = "DocumentationUrl";
var _DV = "DisableValidation";
var _DVI = "DefaultVersionId";
var _DVe = "DefaultValue";
var _De = "Details";
var _Des = "Destination";
var _Det = "Detection";
var _Dr = "Drift";
var _E = "Enabled";
var _EC = "ErrorCode";
var _ECS = "ExecuteChangeSet";
var _ECSI = "ExecuteChangeSetInput";
var _ECSO = "ExecuteChangeSetOutput";
var _EF = "EventFilter";
var _EI = "EventId";
var _EM = "ErrorMessage";
var _EN = "ExportName";
var _EP = "ExpectedProperties";
var _ERA = "ExecutionRoleArn";
var _ERN = "ExecutionRoleName";
var _ERTB = "ExecutionRoleTemplateBody";
var _ERTU = "ExecutionRoleTemplateUrl";
var _ES = "ExecutionStatus";
var _ESC = "EnableStackCreation";
var _ESF = "ExecutionStatusFilter";
var _ESI = "ExportingStackId";
var _ESR = "ExecutionStatusReason";
var _ESRI = "ExecuteStackRefactorInput";
var _ESRx = "ExecuteStackRefactor";
var _ET = "EndTime";
var _ETC = "EstimateTemplateCost";
var _ETCI = "EstimateTemplateCostInput";
var _ETCO = "EstimateTemplateCostOutput";
var _ETP = "EnableTerminationProtection";
var _ETn = "EndTimestamp";
var _ETv = "EventType";
var _EV = "ExpectedValue";
var _En = "Entity";
var _Er = "Errors";
var _Ev = "Evaluation";
var _Ex = "Export";
var _Exp = "Exports";
var _F = "Filters";
var _FAC = "FailedAccountsCount";
var _FE = "FailedEvents";
var _FM = "FailureMode";
var _FR = "ForceRollback";
var _FSIC = "FailedStackInstancesCount";
var _FTC = "FailureToleranceCount";
var _FTP = "FailureTolerancePercentage";
var _Fo = "Format";
var _GGT = "GetGeneratedTemplate";
var _GGTI = "GetGeneratedTemplateInput";
var _GGTO = "GetGeneratedTemplateOutput";
var _GHR = "GetHookResult";
var _GHRI = "GetHookResultInput";
var _GHRO = "GetHookResultOutput";
var _GSP = "GetStackPolicy";
var _GSPI = "GetStackPolicyInput";
var _GSPO = "GetStackPolicyOutput";
var _GT = "GetTemplate";
var _GTI = "GeneratedTemplateId";
var _GTIe = "GetTemplateInput";
var _GTN = "GeneratedTemplateName";
var _GTNFE = "GeneratedTemplateNotFoundException";
var _GTO = "GetTemplateOutput";
var _GTS = "GetTemplateSummary";
var _GTSI = "GetTemplateSummaryInput";
var _GTSO = "GetTemplateSummaryOutput";
var _H = "Hooks";
var _HET = "HookExecutionTarget";
var _HFM = "HookFailureMode";
var _HIC = "HookInvocationCount";
var _HII = "HookInvocationId";
var _HIP = "HookInvocationPoint";
var _HR = "HookResults";
var _HRI = "HookResultId";
var _HRNFE = "HookResultNotFoundException";
var _HRS = "HookResultSummary";
var _HRSo = "HookResultSummaries";
var _HS = "HookStatus";
var _HSR = "HookStatusReason";
var _HT = "HookTarget";
var _HTo = "HookType";
var _I = "Id";
var _IA = "IsActivated";
var _IAn = "InvokedAt";
var _ICE = "InsufficientCapabilitiesException";
var _ICSSE = "InvalidChangeSetStatusException";
var _IDC = "IsDefaultConfiguration";
var _IDV = "IsDefaultVersion";
var _IER = "ImportExistingResources";
var _INS = "IncludeNestedStacks";
var _IOE = "InvalidOperationException";
var _IP = "InvocationPoint";
var _IPSIC = "InProgressStackInstancesCount";
var _IPV = "IncludePropertyValues";
var _IPd = "IdentityProvider";
var _ISSIC = "InSyncStackInstancesCount";
var _ISTE = "InvalidStateTransitionException";
var _ISTSS = "ImportStacksToStackSet";
var _ISTSSI = "ImportStacksToStackSetInput";
var _ISTSSO = "ImportStacksToStackSetOutput";
var _Im = "Imports";
var _K = "Key";
var _LC = "LoggingConfig";
var _LCS = "ListChangeSets";
var _LCSI = "ListChangeSetsInput";
var _LCSO = "ListChangeSetsOutput";
var _LCT = "LastCheckTimestamp";
var _LDB = "LogDeliveryBucket";
var _LDCT = "LastDriftCheckTimestamp";
var _LE = "ListExports";
var _LEE = "LimitExceededException";
var _LEI = "ListExportsInput";
var _LEO = "ListExportsOutput";
var _LGN = "LogGroupName";
var _LGT = "ListGeneratedTemplates";
var _LGTI = "ListGeneratedTemplatesInput";
var _LGTO = "ListGeneratedTemplatesOutput";
var _LHR = "ListHookResults";
var _LHRI = "ListHookResultsInput";
var _LHRO = "ListHookResultsOutput";
var _LI = "ListImports";
var _LIH = "LogicalIdHierarchy";
var _LII = "ListImportsInput";
var _LIO = "ListImportsOutput";
var _LO = "LastOperations";
var _LOI = "LastOperationId";
var _LPV = "LatestPublicVersion";
var _LRA = "LogRoleArn";
var _LRD = "LiveResourceDrift";
var _LRI = "LogicalResourceId";
var _LRIo = "LogicalResourceIds";
var _LRS = "ListResourceScans";
var _LRSI = "ListResourceScansInput";
var _LRSO = "ListResourceScansOutput";
var _LRSR = "ListResourceScanResources";
var _LRSRI = "ListResourceScanResourcesInput";
var _LRSRO = "ListResourceScanResourcesOutput";
var _LRSRR = "ListResourceScanRelatedResources";
var _LRSRRI = "ListResourceScanRelatedResourcesInput";
var _LRSRRO = "ListResourceScanRelatedResourcesOutput";
var _LS = "ListStacks";
var _LSI = "ListStacksInput";
var _LSII = "ListStackInstancesInput";
var _LSIO = "ListStackInstancesOutput";
var _LSIRD = "ListStackInstanceResourceDrifts";
var _LSIRDI = "ListStackInstanceResourceDriftsInput";
var _LSIRDO = "ListStackInstanceResourceDriftsOutput";
var _LSIi = "ListStackInstances";
var _LSO = "ListStacksOutput";
var _LSR = "ListStackRefactors";
var _LSRA = "ListStackRefactorActions";
var _LSRAI = "ListStackRefactorActionsInput";
var _LSRAO = "ListStackRefactorActionsOutput";
var _LSRI = "ListStackRefactorsInput";
var _LSRIi = "ListStackResourcesInput";
var _LSRO = "ListStackRefactorsOutput";
var _LSROi = "ListStackResourcesOutput";
var _LSRi = "ListStackResources";
var _LSS = "ListStackSets";
var _LSSADT = "ListStackSetAutoDeploymentTargets";
var _LSSADTI = "ListStackSetAutoDeploymentTargetsInput";
var _LSSADTO = "ListStackSetAutoDeploymentTargetsOutput";
var _LSSI = "ListStackSetsInput";
var _LSSO = "ListStackSetsOutput";
var _LSSOI = "ListStackSetOperationsInput";
var _LSSOO = "ListStackSetOperationsOutput";
var _LSSOR = "ListStackSetOperationResults";
var _LSSORI = "ListStackSetOperationResultsInput";
var _LSSORO = "ListStackSetOperationResultsOutput";
var _LSSOi = "ListStackSetOperations";
var _LT = "ListTypes";
var _LTI = "ListTypesInput";
var _LTO = "ListTypesOutput";
var _LTR = "ListTypeRegistrations";
var _LTRI = "ListTypeRegistrationsInput";
var _LTRO = "ListTypeRegistrationsOutput";
var _LTV = "ListTypeVersions";
var _LTVI = "ListTypeVersionsInput";
var _LTVO = "ListTypeVersionsOutput";
var _LU = "LastUpdated";
var _LUT = "LastUpdatedTime";
var _LUTa = "LastUpdatedTimestamp";
var _M = "Message";
var _MBS = "ManagedByStack";
var _MCC = "MaxConcurrentCount";
var _MCP = "MaxConcurrentPercentage";
var _ME = "ManagedExecution";
var _MI = "ModuleInfo";
var _MR = "MaxResults";
var _MTIM = "MonitoringTimeInMinutes";
var _MV = "MajorVersion";
var _Me = "Metadata";
var _Mo = "Mode";
var _N = "Name";
var _NAEE = "NameAlreadyExistsException";
var _NARN = "NotificationARNs";
var _NE = "NoEcho";
var _NGTN = "NewGeneratedTemplateName";
var _NOR = "NumberOfResources";
var _NT = "NextToken";
var _O = "Output";
var _OE = "OperationEvents";
var _OEp = "OperationEntry";
var _OEpe = "OperationEvent";
var _OF = "OnFailure";
var _OI = "OperationId";
var _OIAEE = "OperationIdAlreadyExistsException";
var _OIPE = "OperationInProgressException";
var _OK = "OutputKey";
var _ONFE = "OperationNotFoundException";
var _OP = "OperationPreferences";
var _ORF = "OperationResultFilter";
var _ORFp = "OperationResultFilters";
var _OS = "OperationStatus";
var _OSCFE = "OperationStatusCheckFailedException";
var _OSF = "OnStackFailure";
var _OT = "OperationType";
var _OTA = "OriginalTypeArn";
var _OTN = "OriginalTypeName";
var _OUI = "OrganizationalUnitIds";
var _OUIr = "OrganizationalUnitId";
var _OV = "OutputValue";
var _Ou = "Outputs";
var _P = "Parameters";
var _PA = "PolicyAction";
var _PAC = "PendingAccountsCount";
var _PC = "PercentageCompleted";
var _PCSI = "ParentChangeSetId";
var _PCa = "ParameterConstraints";
var _PD = "ParameterDeclaration";
var _PDC = "PreviousDeploymentContext";
var _PDa = "ParameterDeclarations";
var _PDr = "PropertyDifference";
var _PDro = "PropertyDifferences";
var _PI = "PublisherId";
var _PIa = "ParentId";
var _PIu = "PublisherIdentity";
var _PK = "ParameterKey";
var _PM = "PermissionModel";
var _PN = "PublisherName";
var _PO = "ParameterOverrides";
var _PP = "PublisherProfile";
var _PPr = "PropertyPath";
var _PRI = "PhysicalResourceId";
var _PRIC = "PhysicalResourceIdContext";
var _PRICKVP = "PhysicalResourceIdContextKeyValuePair";
var _PS = "PublisherStatus";
var _PSIC = "PendingStackInstancesCount";
var _PSr = "ProgressStatus";
var _PT = "ProvisioningType";
var _PTA = "PublicTypeArn";
var _PTI = "PublishTypeInput";
var _PTO = "PublishTypeOutput";
var _PTa = "ParameterType";
var _PTu = "PublishType";
var _PV = "PreviousValue";
var _PVN = "PublicVersionNumber";
var _PVa = "ParameterValue";
var _Pa = "Parameter";
var _Pat = "Path";
var _Pr = "Progress";
var _Pro = "Properties";
var _R = "Resources";
var _RA = "ResourceAction";
var _RAI = "RemoveAliasInput";
var _RAR = "RefreshAllResources";
var _RARN = "RoleARN";
var _RAT = "RequiredActivatedTypes";
var _RATe = "RequiredActivatedType";
var _RAe = "RemoveAlias";
var _RC = "ResourceChange";
var _RCD = "ResourceChangeDetail";
var _RCDe = "ResourceChangeDetails";
var _RCSI = "RootChangeSetId";
var _RCT = "RegionConcurrencyType";
var _RCo = "RollbackConfiguration";
var _RD = "ResourceDefinition";
var _RDIA = "ResourceDriftIgnoredAttributes";
var _RDIAe = "ResourceDriftIgnoredAttribute";
var _RDS = "ResourceDriftStatus";
var _RDe = "ResourceDetail";
var _RDes = "ResourceDefinitions";
var _RDeso = "ResourceDetails";
var _REOC = "RetainExceptOnCreate";
var _RF = "ResourcesFailed";
var _RHP = "RecordHandlerProgress";
var _RHPI = "RecordHandlerProgressInput";
var _RHPO = "RecordHandlerProgressOutput";
var _RI = "ResourceIdentifier";
var _RIS = "ResourceIdentifierSummaries";
var _RISe = "ResourceIdentifierSummary";
var _RIe = "ResourceIdentifiers";
var _RIo = "RootId";
var _RL = "RemediationLink";
var _RLe = "ResourceLocation";
var _RM = "RemediationMessage";
var _RMe = "ResourceMappings";
var _RMes = "ResourceModel";
var _RMeso = "ResourceMapping";
var _RO = "RegionOrder";
var _RP = "ResourceProperties";
var _RPI = "RegisterPublisherInput";
var _RPO = "RegisterPublisherOutput";
var _RPe = "ResourcesProcessing";
var _RPeg = "RegisterPublisher";
var _RPes = "ResourcesPending";
var _RPo = "RoleProvisioning";
var _RR = "RetainResources";
var _RRe = "ResourcesRead";
var _RRel = "RelatedResources";
var _RRem = "RemoveResources";
var _RReq = "RequiresRecreation";
var _RS = "RetainStacks";
var _RSD = "RegionalStatusDetail";
var _RSDe = "RegionalStatusDetails";
var _RSF = "RegistrationStatusFilter";
var _RSI = "ResourceScanId";
var _RSID = "RegionalStackInstancesDeployment";
var _RSIPE = "ResourceScanInProgressException";
var _RSIo = "RollbackStackInput";
var _RSLEE = "ResourceScanLimitExceededException";
var _RSNFE = "ResourceScanNotFoundException";
var _RSO = "RollbackStackOutput";
var _RSOAR = "RetainStacksOnAccountRemoval";
var _RSR = "ResourceStatusReason";
var _RSS = "ResourceScanSummaries";
var _RSSe = "ResourceScanSummary";
var _RSe = "ResourcesScanned";
var _RSeg = "RegionalStages";
var _RSes = "ResourceStatus";
var _RSeso = "ResourcesSucceeded";
var _RSo = "RollbackStack";
var _RT = "ResourceType";
var _RTD = "ResourceTargetDetails";
var _RTDe = "ResourceTargetDefinition";
var _RTI = "ResourcesToImport";
var _RTIe = "RegisterTypeInput";
var _RTIes = "ResourceToImport";
var _RTL = "RegistrationTokenList";
var _RTO = "RegisterTypeOutput";
var _RTP = "ResourceTypePrefix";
var _RTS = "ResourcesToSkip";
var _RTe = "ResourceTypes";
var _RTeg = "RegistrationToken";
var _RTegi = "RegisterType";
var _RTo = "RollbackTriggers";
var _RTol = "RollbackTrigger";
var _RV = "ResolvedValue";
var _Re = "Regions";
var _Rea = "Reason";
var _Reg = "Region";
var _Rep = "Replacement";
var _Req = "Required";
var _S = "Status";
var _SA = "StagesAvailable";
var _SAC = "SucceededAccountsCount";
var _SAI = "SetAliasInput";
var _SAe = "SetAlias";
var _SD = "StackDefinitions";
var _SDDI = "StackDriftDetectionId";
var _SDI = "StackDriftInformation";
var _SDIS = "StackDriftInformationSummary";
var _SDS = "StackDriftStatus";
var _SDt = "StackDefinition";
var _SDta = "StatusDetails";
var _SE = "StackEvents";
var _SEt = "StackEvent";
var _SF = "ScanFilters";
var _SFc = "ScanFilter";
var _SHP = "SchemaHandlerPackage";
var _SI = "StackId";
var _SIA = "StackInstanceAccount";
var _SICS = "StackInstanceComprehensiveStatus";
var _SID = "StackInstancesDeployment";
var _SIF = "StackInstanceFilter";
var _SIFt = "StackInstanceFilters";
var _SINFE = "StackInstanceNotFoundException";
var _SIR = "StackInstanceRegion";
var _SIRDS = "StackInstanceResourceDriftStatuses";
var _SIRDSt = "StackInstanceResourceDriftsSummary";
var _SIRDSta = "StackInstanceResourceDriftsSummaries";
var _SIS = "StackInstanceStatus";
var _SISt = "StackInstanceSummary";
var _SISta = "StackInstanceSummaries";
var _SIU = "StackIdsUrl";
var _SIt = "StackInstance";
var _SIta = "StackIds";
var _SL = "SeverityLevel";
var _SM = "StatusMessage";
var _SMV = "SupportedMajorVersions";
var _SN = "StackName";
var _SNFE = "StackNotFoundException";
var _SPB = "StackPolicyBody";
var _SPDUB = "StackPolicyDuringUpdateBody";
var _SPDUURL = "StackPolicyDuringUpdateURL";
var _SPURL = "StackPolicyURL";
var _SR = "StatusReason";
var _SRA = "StackRefactorActions";
var _SRAt = "StackRefactorAction";
var _SRD = "StackResourceDrifts";
var _SRDI = "StackResourceDriftInformation";
var _SRDIS = "StackResourceDriftInformationSummary";
var _SRDS = "StackResourceDriftStatus";
var _SRDSF = "StackResourceDriftStatusFilters";
var _SRDt = "StackResourceDetail";
var _SRDta = "StackResourceDrift";
var _SRE = "StaleRequestException";
var _SRI = "StackRefactorId";
var _SRIc = "ScannedResourceIdentifier";
var _SRIca = "ScannedResourceIdentifiers";
var _SRIi = "SignalResourceInput";
var _SRNFE = "StackRefactorNotFoundException";
var _SRS = "StackRefactorSummaries";
var _SRSI = "StartResourceScanInput";
var _SRSO = "StartResourceScanOutput";
var _SRSt = "StackResourceSummaries";
var _SRSta = "StackRefactorSummary";
var _SRStac = "StackResourceSummary";
var _SRStar = "StartResourceScan";
var _SRTR = "StackRefactorTagResources";
var _SRc = "ScannedResource";
var _SRca = "ScannedResources";
var _SRi = "SignalResource";
var _SRt = "StackResources";
var _SRta = "StackResource";
var _SS = "StackSet";
var _SSADTS = "StackSetAutoDeploymentTargetSummary";
var _SSADTSt = "StackSetAutoDeploymentTargetSummaries";
var _SSARN = "StackSetARN";
var _SSDDD = "StackSetDriftDetectionDetails";
var _SSF = "StackStatusFilter";
var _SSI = "StackSetId";
var _SSIC = "SucceededStackInstancesCount";
var _SSICk = "SkippedStackInstancesCount";
var _SSN = "StackSetName";
var _SSNEE = "StackSetNotEmptyException";
var _SSNFE = "StackSetNotFoundException";
var _SSO = "StackSetOperation";
var _SSOB = "StackSetOutputBucket";
var _SSOBP = "StackSetOutputBucketPath";
var _SSOP = "StackSetOperationPreferences";
var _SSORS = "StackSetOperationResultSummary";
var _SSORSt = "StackSetOperationResultSummaries";
var _SSOS = "StackSetOperationSummary";
var _SSOSD = "StackSetOperationStatusDetails";
var _SSOSt = "StackSetOperationSummaries";
var _SSP = "SetStackPolicy";
var _SSPI = "SetStackPolicyInput";
var _SSR = "StackStatusReason";
var _SSS = "StackSetSummary";
var _SSSO = "StopStackSetOperation";
var _SSSOI = "StopStackSetOperationInput";
var _SSSOO = "StopStackSetOperationOutput";
var _SSSt = "StackSetSummaries";
var _SSt = "StackSummaries";
var _SSta = "StackStatus";
var _SStac = "StackSummary";
var _ST = "StartTime";
var _STC = "SetTypeConfiguration";
var _STCI = "SetTypeConfigurationInput";
var _STCO = "SetTypeConfigurationOutput";
var _STDV = "SetTypeDefaultVersion";
var _STDVI = "SetTypeDefaultVersionInput";
var _STDVO = "SetTypeDefaultVersionOutput";
var _STF = "ScanTypeFilter";
var _STc = "ScanType";
var _SU = "SourceUrl";
var _Sc = "Schema";
var _Sco = "Scope";
var _So = "Source";
var _St = "Stacks";
var _Sta = "Stages";
var _Stac = "Stack";
var _Su = "Summaries";
var _T = "Type";
var _TA = "TypeArn";
var _TAC = "TotalAccountsCount";
var _TAEE = "TokenAlreadyExistsException";
var _TB = "TemplateBody";
var _TC = "TypeConfigurations";
var _TCA = "TypeConfigurationAlias";
var _TCAy = "TypeConfigurationArn";
var _TCD = "TypeConfigurationDetails";
var _TCDL = "TypeConfigurationDetailsList";
var _TCI = "TypeConfigurationIdentifier";
var _TCIy = "TypeConfigurationIdentifiers";
var _TCNFE = "TypeConfigurationNotFoundException";
var _TCVI = "TypeConfigurationVersionId";
var _TCe = "TemplateConfiguration";
var _TCi = "TimeCreated";
var _TD = "TargetDetails";
var _TDe = "TemplateDescription";
var _TF = "TypeFilters";
var _TH = "TypeHierarchy";
var _TI = "TargetId";
var _TIM = "TimeoutInMinutes";
var _TK = "TagKey";
var _TN = "TypeName";
var _TNA = "TypeNameAlias";
var _TNFE = "TypeNotFoundException";
var _TNP = "TypeNamePrefix";
var _TP = "TemplateParameter";
var _TPe = "TemplateProgress";
var _TPem = "TemplateParameters";
var _TR = "TagResources";
var _TS = "TemplateStage";
var _TSC = "TemplateSummaryConfig";
var _TSIC = "TotalStackInstancesCount";
var _TSe = "TemplateSummary";
var _TSem = "TemplateSummaries";
var _TSy = "TypeSummaries";
var _TSyp = "TypeSummary";
var _TT = "TargetType";
var _TTI = "TestTypeInput";
var _TTN = "TargetTypeName";
var _TTO = "TestTypeOutput";
var _TTS = "TypeTestsStatus";
var _TTSD = "TypeTestsStatusDescription";
var _TTe = "TestType";
var _TURL = "TemplateURL";
var _TURTAW = "TreatUnrecognizedResourceTypesAsWarnings";
var _TV = "TagValue";
var _TVA = "TypeVersionArn";
var _TVI = "TypeVersionId";
var _TVS = "TypeVersionSummaries";
var _TVSy = "TypeVersionSummary";
var _TW = "TotalWarnings";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Target";
var _Ti = "Timestamp";
var _Ty = "Types";
var _U = "Url";
var _UAER = "UseAdminExecutionRole";
var _UGT = "UpdateGeneratedTemplate";
var _UGTI = "UpdateGeneratedTemplateInput";
var _UGTO = "UpdateGeneratedTemplateOutput";
var _UI = "UniqueId";
var _UPT = "UsePreviousTemplate";
var _UPV = "UsePreviousValue";
var _UR = "UntagResources";
var _URP = "UpdateReplacePolicy";
var _URT = "UnrecognizedResourceTypes";
var _US = "UpdateStack";
var _USI = "UpdateStackInput";
var _USII = "UpdateStackInstancesInput";
var _USIO = "UpdateStackInstancesOutput";
var _USIp = "UpdateStackInstances";
var _USO = "UpdateStackOutput";
var _USS = "UpdateStackSet";
var _USSI = "UpdateStackSetInput";
var _USSO = "UpdateStackSetOutput";
var _UTC = "UnprocessedTypeConfigurations";
var _UTP = "UpdateTerminationProtection";
var _UTPI = "UpdateTerminationProtectionInput";
var _UTPO = "UpdateTerminationProtectionOutput";
var _V = "Value";
var _VB = "VersionBump";
var _VFM = "ValidationFailureMode";
var _VI = "VersionId";
var _VN = "ValidationName";
var _VP = "ValidationPath";
var _VS = "ValidationStatus";
var _VSR = "ValidationStatusReason";
var _VT = "ValidateTemplate";
var _VTI = "ValidateTemplateInput";
var _VTO = "ValidateTemplateOutput";
var _Va = "Values";
var _Ve = "Version";
var _Vi = "Visibility";
var _W = "Warnings";
var _WD = "WarningDetail";
var _WDa = "WarningDetails";
var _WP = "WarningProperty";
var _WPa = "WarningProperties";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation";
var n0 = "com.amazonaws.cloudformation";
var _s_registry = new TypeRegistry(_s);
var CloudFormationServiceException$ = [-3, _s, "CloudFormationServiceException", 0, [], []];
_s_registry.registerError(CloudFormationServiceException$, CloudFormationServiceException);
var n0_registry = new TypeRegistry(n0);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var CFNRegistryException$ = [
  -3,
  n0,
  _CFNRE,
  { [_aQE]: [`CFNRegistryException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CFNRegistryException$, CFNRegistryException);
var ChangeSetNotFoundException$ = [
  -3,
  n0,
  _CSNFE,
  { [_aQE]: [`ChangeSetNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChangeSetNotFoundException$, ChangeSetNotFoundException);
var ConcurrentResourcesLimitExceededException$ = [
  -3,
  n0,
  _CRLEE,
  { [_aQE]: [`ConcurrentResourcesLimitExceeded`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentResourcesLimitExceededException$, ConcurrentResourcesLimitExceededException);
var CreatedButModifiedException$ = [
  -3,
  n0,
  _CBME,
  { [_aQE]: [`CreatedButModifiedException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CreatedButModifiedException$, CreatedButModifiedException);
var GeneratedTemplateNotFoundException$ = [
  -3,
  n0,
  _GTNFE,
  { [_aQE]: [`GeneratedTemplateNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(GeneratedTemplateNotFoundException$, GeneratedTemplateNotFoundException);
var HookResultNotFoundException$ = [
  -3,
  n0,
  _HRNFE,
  { [_aQE]: [`HookResultNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(HookResultNotFoundException$, HookResultNotFoundException);
var InsufficientCapabilitiesException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InsufficientCapabilitiesException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientCapabilitiesException$, InsufficientCapabilitiesException);
var InvalidChangeSetStatusException$ = [
  -3,
  n0,
  _ICSSE,
  { [_aQE]: [`InvalidChangeSetStatus`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidChangeSetStatusException$, InvalidChangeSetStatusException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { [_aQE]: [`InvalidOperationException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidStateTransitionException$ = [
  -3,
  n0,
  _ISTE,
  { [_aQE]: [`InvalidStateTransition`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NameAlreadyExistsException$ = [
  -3,
  n0,
  _NAEE,
  { [_aQE]: [`NameAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(NameAlreadyExistsException$, NameAlreadyExistsException);
var OperationIdAlreadyExistsException$ = [
  -3,
  n0,
  _OIAEE,
  { [_aQE]: [`OperationIdAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationIdAlreadyExistsException$, OperationIdAlreadyExistsException);
var OperationInProgressException$ = [
  -3,
  n0,
  _OIPE,
  { [_aQE]: [`OperationInProgressException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationInProgressException$, OperationInProgressException);
var OperationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_aQE]: [`OperationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotFoundException$, OperationNotFoundException);
var OperationStatusCheckFailedException$ = [
  -3,
  n0,
  _OSCFE,
  { [_aQE]: [`ConditionalCheckFailed`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationStatusCheckFailedException$, OperationStatusCheckFailedException);
var ResourceScanInProgressException$ = [
  -3,
  n0,
  _RSIPE,
  { [_aQE]: [`ResourceScanInProgress`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanInProgressException$, ResourceScanInProgressException);
var ResourceScanLimitExceededException$ = [
  -3,
  n0,
  _RSLEE,
  { [_aQE]: [`ResourceScanLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanLimitExceededException$, ResourceScanLimitExceededException);
var ResourceScanNotFoundException$ = [
  -3,
  n0,
  _RSNFE,
  { [_aQE]: [`ResourceScanNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanNotFoundException$, ResourceScanNotFoundException);
var StackInstanceNotFoundException$ = [
  -3,
  n0,
  _SINFE,
  { [_aQE]: [`StackInstanceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackInstanceNotFoundException$, StackInstanceNotFoundException);
var StackNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { [_aQE]: [`StackNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackNotFoundException$, StackNotFoundException);
var StackRefactorNotFoundException$ = [
  -3,
  n0,
  _SRNFE,
  { [_aQE]: [`StackRefactorNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackRefactorNotFoundException$, StackRefactorNotFoundException);
var StackSetNotEmptyException$ = [
  -3,
  n0,
  _SSNEE,
  { [_aQE]: [`StackSetNotEmptyException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotEmptyException$, StackSetNotEmptyException);
var StackSetNotFoundException$ = [
  -3,
  n0,
  _SSNFE,
  { [_aQE]: [`StackSetNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotFoundException$, StackSetNotFoundException);
var StaleRequestException$ = [
  -3,
  n0,
  _SRE,
  { [_aQE]: [`StaleRequestException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StaleRequestException$, StaleRequestException);
var TokenAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { [_aQE]: [`TokenAlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TokenAlreadyExistsException$, TokenAlreadyExistsException);
var TypeConfigurationNotFoundException$ = [
  -3,
  n0,
  _TCNFE,
  { [_aQE]: [`TypeConfigurationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeConfigurationNotFoundException$, TypeConfigurationNotFoundException);
var TypeNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { [_aQE]: [`TypeNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeNotFoundException$, TypeNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountGateResult$ = [
  3,
  n0,
  _AGR,
  0,
  [_S, _SR],
  [0, 0]
];
var AccountLimit$ = [
  3,
  n0,
  _AL,
  0,
  [_N, _V],
  [0, 1]
];
var ActivateOrganizationsAccessInput$ = [
  3,
  n0,
  _AOAI,
  0,
  [],
  []
];
var ActivateOrganizationsAccessOutput$ = [
  3,
  n0,
  _AOAO,
  0,
  [],
  []
];
var ActivateTypeInput$ = [
  3,
  n0,
  _ATI,
  0,
  [_T, _PTA, _PI, _TN, _TNA, _AU, _LC, _ERA, _VB, _MV],
  [0, 0, 0, 0, 0, 2, () => LoggingConfig$, 0, 0, 1]
];
var ActivateTypeOutput$ = [
  3,
  n0,
  _ATO,
  0,
  [_A],
  [0]
];
var Annotation$ = [
  3,
  n0,
  _An,
  0,
  [_AN, _S, _SM, _RM, _RL, _SL],
  [0, 0, 0, 0, 0, 0]
];
var AutoDeployment$ = [
  3,
  n0,
  _AD,
  0,
  [_E, _RSOAR, _DO],
  [2, 2, 64 | 0]
];
var BatchDescribeTypeConfigurationsError$ = [
  3,
  n0,
  _BDTCE,
  0,
  [_EC, _EM, _TCI],
  [0, 0, () => TypeConfigurationIdentifier$]
];
var BatchDescribeTypeConfigurationsInput$ = [
  3,
  n0,
  _BDTCI,
  0,
  [_TCIy],
  [() => TypeConfigurationIdentifiers],
  1
];
var BatchDescribeTypeConfigurationsOutput$ = [
  3,
  n0,
  _BDTCO,
  0,
  [_Er, _UTC, _TC],
  [() => BatchDescribeTypeConfigurationsErrors, () => UnprocessedTypeConfigurations, () => TypeConfigurationDetailsList]
];
var CancelUpdateStackInput$ = [
  3,
  n0,
  _CUSI,
  0,
  [_SN, _CRT],
  [0, 0],
  1
];
var Change$ = [
  3,
  n0,
  _C,
  0,
  [_T, _HIC, _RC],
  [0, 1, () => ResourceChange$]
];
var ChangeSetHook$ = [
  3,
  n0,
  _CSH,
  0,
  [_IP, _FM, _TN, _TVI, _TCVI, _TD],
  [0, 0, 0, 0, 0, () => ChangeSetHookTargetDetails$]
];
var ChangeSetHookResourceTargetDetails$ = [
  3,
  n0,
  _CSHRTD,
  0,
  [_LRI, _RT, _RA],
  [0, 0, 0]
];
var ChangeSetHookTargetDetails$ = [
  3,
  n0,
  _CSHTD,
  0,
  [_TT, _RTD],
  [0, () => ChangeSetHookResourceTargetDetails$]
];
var ChangeSetSummary$ = [
  3,
  n0,
  _CSS,
  0,
  [_SI, _SN, _CSI, _CSN, _ES, _S, _SR, _CT, _D, _INS, _PCSI, _RCSI, _IER],
  [0, 0, 0, 0, 0, 0, 0, 4, 0, 2, 0, 0, 2]
];
var ContinueUpdateRollbackInput$ = [
  3,
  n0,
  _CURI,
  0,
  [_SN, _RARN, _RTS, _CRT, _FR],
  [0, 0, 64 | 0, 0, 2],
  1
];
var ContinueUpdateRollbackOutput$ = [
  3,
  n0,
  _CURO,
  0,
  [],
  []
];
var CreateChangeSetInput$ = [
  3,
  n0,
  _CCSI,
  0,
  [_SN, _CSN, _TB, _TURL, _UPT, _P, _Ca, _RTe, _RARN, _RCo, _NARN, _Ta, _CTl, _D, _CST, _RTI, _INS, _OSF, _IER, _DM, _DC, _DV],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 64 | 0, () => Tags, 0, 0, 0, () => ResourcesToImport, 2, 0, 2, 0, () => DeploymentConfig$, 2],
  2
];
var CreateChangeSetOutput$ = [
  3,
  n0,
  _CCSO,
  0,
  [_I, _SI],
  [0, 0]
];
var CreateGeneratedTemplateInput$ = [
  3,
  n0,
  _CGTI,
  0,
  [_GTN, _R, _SN, _TCe],
  [0, () => ResourceDefinitions, 0, () => TemplateConfiguration$],
  1
];
var CreateGeneratedTemplateOutput$ = [
  3,
  n0,
  _CGTO,
  0,
  [_GTI],
  [0]
];
var CreateStackInput$ = [
  3,
  n0,
  _CSIr,
  0,
  [_SN, _TB, _TURL, _P, _DR, _RCo, _TIM, _NARN, _Ca, _RTe, _RARN, _OF, _SPB, _SPURL, _Ta, _CRT, _ETP, _REOC, _DC, _DV],
  [0, 0, 0, () => _Parameters, 2, () => RollbackConfiguration$, 1, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Tags, 0, 2, 2, () => DeploymentConfig$, 2],
  1
];
var CreateStackInstancesInput$ = [
  3,
  n0,
  _CSII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var CreateStackInstancesOutput$ = [
  3,
  n0,
  _CSIO,
  0,
  [_OI],
  [0]
];
var CreateStackOutput$ = [
  3,
  n0,
  _CSO,
  0,
  [_SI, _OI],
  [0, 0]
];
var CreateStackRefactorInput$ = [
  3,
  n0,
  _CSRI,
  0,
  [_SD, _D, _ESC, _RMe],
  [() => StackDefinitions, 0, 2, () => ResourceMappings],
  1
];
var CreateStackRefactorOutput$ = [
  3,
  n0,
  _CSRO,
  0,
  [_SRI],
  [0],
  1
];
var CreateStackSetInput$ = [
  3,
  n0,
  _CSSI,
  0,
  [_SSN, _D, _TB, _TURL, _SI, _P, _Ca, _Ta, _ARARN, _ERN, _PM, _AD, _CA, _CRT, _ME, _ERTB, _ERTU, _SSOB],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => AutoDeployment$, 0, [0, 4], () => ManagedExecution$, 0, 0, 0],
  1
];
var CreateStackSetOutput$ = [
  3,
  n0,
  _CSSO,
  0,
  [_SSI],
  [0]
];
var DeactivateOrganizationsAccessInput$ = [
  3,
  n0,
  _DOAI,
  0,
  [],
  []
];
var DeactivateOrganizationsAccessOutput$ = [
  3,
  n0,
  _DOAO,
  0,
  [],
  []
];
var DeactivateTypeInput$ = [
  3,
  n0,
  _DTI,
  0,
  [_TN, _T, _A],
  [0, 0, 0]
];
var DeactivateTypeOutput$ = [
  3,
  n0,
  _DTO,
  0,
  [],
  []
];
var DeleteChangeSetInput$ = [
  3,
  n0,
  _DCSI,
  0,
  [_CSN, _SN],
  [0, 0],
  1
];
var DeleteChangeSetOutput$ = [
  3,
  n0,
  _DCSO,
  0,
  [],
  []
];
var DeleteGeneratedTemplateInput$ = [
  3,
  n0,
  _DGTI,
  0,
  [_GTN],
  [0],
  1
];
var DeleteStackInput$ = [
  3,
  n0,
  _DSI,
  0,
  [_SN, _RR, _RARN, _CRT, _DMe, _DC],
  [0, 64 | 0, 0, 0, 0, () => DeploymentConfig$],
  1
];
var DeleteStackInstancesInput$ = [
  3,
  n0,
  _DSII,
  0,
  [_SSN, _Re, _RS, _Ac, _DT, _OP, _OI, _CA],
  [0, 64 | 0, 2, 64 | 0, () => DeploymentTargets$, () => StackSetOperationPreferences$, [0, 4], 0],
  3
];
var DeleteStackInstancesOutput$ = [
  3,
  n0,
  _DSIO,
  0,
  [_OI],
  [0]
];
var DeleteStackSetInput$ = [
  3,
  n0,
  _DSSI,
  0,
  [_SSN, _CA],
  [0, 0],
  1
];
var DeleteStackSetOutput$ = [
  3,
  n0,
  _DSSO,
  0,
  [],
  []
];
var DeploymentConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_Mo, _DR],
  [0, 2]
];
var DeploymentTargets$ = [
  3,
  n0,
  _DT,
  0,
  [_Ac, _AUc, _OUI, _AFT],
  [64 | 0, 0, 64 | 0, 0]
];
var DeregisterTypeInput$ = [
  3,
  n0,
  _DTIe,
  0,
  [_A, _T, _TN, _VI],
  [0, 0, 0, 0]
];
var DeregisterTypeOutput$ = [
  3,
  n0,
  _DTOe,
  0,
  [],
  []
];
var DescribeAccountLimitsInput$ = [
  3,
  n0,
  _DALI,
  0,
  [_NT],
  [0]
];
var DescribeAccountLimitsOutput$ = [
  3,
  n0,
  _DALO,
  0,
  [_ALc, _NT],
  [() => AccountLimitList, 0]
];
var DescribeChangeSetHooksInput$ = [
  3,
  n0,
  _DCSHI,
  0,
  [_CSN, _SN, _NT, _LRI],
  [0, 0, 0, 0],
  1
];
var DescribeChangeSetHooksOutput$ = [
  3,
  n0,
  _DCSHO,
  0,
  [_CSI, _CSN, _H, _S, _NT, _SI, _SN],
  [0, 0, () => ChangeSetHooks, 0, 0, 0, 0]
];
var DescribeChangeSetInput$ = [
  3,
  n0,
  _DCSIe,
  0,
  [_CSN, _SN, _NT, _IPV],
  [0, 0, 0, 2],
  1
];
var DescribeChangeSetOutput$ = [
  3,
  n0,
  _DCSOe,
  0,
  [_CSN, _CSI, _SI, _SN, _D, _P, _CT, _ES, _S, _SR, _SDS, _NARN, _RCo, _Ca, _Ta, _Ch, _NT, _INS, _PCSI, _RCSI, _OSF, _IER, _DM, _DC],
  [0, 0, 0, 0, 0, () => _Parameters, 4, 0, 0, 0, 0, 64 | 0, () => RollbackConfiguration$, 64 | 0, () => Tags, () => Changes, 0, 2, 0, 0, 0, 2, 0, () => DeploymentConfig$]
];
var DescribeEventsInput$ = [
  3,
  n0,
  _DEI,
  0,
  [_SN, _CSN, _OI, _F, _NT],
  [0, 0, 0, () => EventFilter$, 0]
];
var DescribeEventsOutput$ = [
  3,
  n0,
  _DEO,
  0,
  [_OE, _NT],
  [() => OperationEvents, 0]
];
var DescribeGeneratedTemplateInput$ = [
  3,
  n0,
  _DGTIe,
  0,
  [_GTN],
  [0],
  1
];
var DescribeGeneratedTemplateOutput$ = [
  3,
  n0,
  _DGTO,
  0,
  [_GTI, _GTN, _R, _S, _SR, _CT, _LUT, _Pr, _SI, _TCe, _TW],
  [0, 0, () => ResourceDetails, 0, 0, 4, 4, () => TemplateProgress$, 0, () => TemplateConfiguration$, 1]
];
var DescribeOrganizationsAccessInput$ = [
  3,
  n0,
  _DOAIe,
  0,
  [_CA],
  [0]
];
var DescribeOrganizationsAccessOutput$ = [
  3,
  n0,
  _DOAOe,
  0,
  [_S],
  [0]
];
var DescribePublisherInput$ = [
  3,
  n0,
  _DPI,
  0,
  [_PI],
  [0]
];
var DescribePublisherOutput$ = [
  3,
  n0,
  _DPO,
  0,
  [_PI, _PS, _IPd, _PP],
  [0, 0, 0, 0]
];
var DescribeResourceScanInput$ = [
  3,
  n0,
  _DRSI,
  0,
  [_RSI],
  [0],
  1
];
var DescribeResourceScanOutput$ = [
  3,
  n0,
  _DRSO,
  0,
  [_RSI, _S, _SR, _ST, _ET, _PC, _RTe, _RSe, _RRe, _SF],
  [0, 0, 0, 4, 4, 1, 64 | 0, 1, 1, () => ScanFilters]
];
var DescribeStackDriftDetectionStatusInput$ = [
  3,
  n0,
  _DSDDSI,
  0,
  [_SDDI],
  [0],
  1
];
var DescribeStackDriftDetectionStatusOutput$ = [
  3,
  n0,
  _DSDDSO,
  0,
  [_SI, _SDDI, _DS, _Ti, _SDS, _DSR, _DSRC],
  [0, 0, 0, 4, 0, 0, 1],
  4
];
var DescribeStackEventsInput$ = [
  3,
  n0,
  _DSEI,
  0,
  [_SN, _NT],
  [0, 0],
  1
];
var DescribeStackEventsOutput$ = [
  3,
  n0,
  _DSEO,
  0,
  [_SE, _NT],
  [() => StackEvents, 0]
];
var DescribeStackInstanceInput$ = [
  3,
  n0,
  _DSIIe,
  0,
  [_SSN, _SIA, _SIR, _CA],
  [0, 0, 0, 0],
  3
];
var DescribeStackInstanceOutput$ = [
  3,
  n0,
  _DSIOe,
  0,
  [_SIt],
  [() => StackInstance$]
];
var DescribeStackRefactorInput$ = [
  3,
  n0,
  _DSRI,
  0,
  [_SRI],
  [0],
  1
];
var DescribeStackRefactorOutput$ = [
  3,
  n0,
  _DSRO,
  0,
  [_D, _SRI, _SIta, _ES, _ESR, _S, _SR],
  [0, 0, 64 | 0, 0, 0, 0, 0]
];
var DescribeStackResourceDriftsInput$ = [
  3,
  n0,
  _DSRDI,
  0,
  [_SN, _SRDSF, _NT, _MR],
  [0, 64 | 0, 0, 1],
  1
];
var DescribeStackResourceDriftsOutput$ = [
  3,
  n0,
  _DSRDO,
  0,
  [_SRD, _NT],
  [() => StackResourceDrifts, 0],
  1
];
var DescribeStackResourceInput$ = [
  3,
  n0,
  _DSRIe,
  0,
  [_SN, _LRI],
  [0, 0],
  2
];
var DescribeStackResourceOutput$ = [
  3,
  n0,
  _DSROe,
  0,
  [_SRDt],
  [() => StackResourceDetail$]
];
var DescribeStackResourcesInput$ = [
  3,
  n0,
  _DSRIes,
  0,
  [_SN, _LRI, _PRI],
  [0, 0, 0]
];
var DescribeStackResourcesOutput$ = [
  3,
  n0,
  _DSROes,
  0,
  [_SRt],
  [() => StackResources]
];
var DescribeStackSetInput$ = [
  3,
  n0,
  _DSSIe,
  0,
  [_SSN, _CA],
  [0, 0],
  1
];
var DescribeStackSetOperationInput$ = [
  3,
  n0,
  _DSSOI,
  0,
  [_SSN, _OI, _CA],
  [0, 0, 0],
  2
];
var DescribeStackSetOperationOutput$ = [
  3,
  n0,
  _DSSOO,
  0,
  [_SSO],
  [() => StackSetOperation$]
];
var DescribeStackSetOutput$ = [
  3,
  n0,
  _DSSOe,
  0,
  [_SS],
  [() => StackSet$]
];
var DescribeStacksInput$ = [
  3,
  n0,
  _DSIe,
  0,
  [_SN, _NT],
  [0, 0]
];
var DescribeStacksOutput$ = [
  3,
  n0,
  _DSO,
  0,
  [_St, _NT],
  [() => Stacks, 0]
];
var DescribeTypeInput$ = [
  3,
  n0,
  _DTIes,
  0,
  [_T, _TN, _A, _VI, _PI, _PVN],
  [0, 0, 0, 0, 0, 0]
];
var DescribeTypeOutput$ = [
  3,
  n0,
  _DTOes,
  0,
  [_A, _T, _TN, _DVI, _IDV, _TTS, _TTSD, _D, _Sc, _PT, _DSe, _LC, _RAT, _ERA, _Vi, _SU, _DU, _LU, _TCi, _CS, _PI, _OTN, _OTA, _PVN, _LPV, _IA, _AU],
  [0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, () => LoggingConfig$, () => RequiredActivatedTypes, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 2, 2]
];
var DescribeTypeRegistrationInput$ = [
  3,
  n0,
  _DTRI,
  0,
  [_RTeg],
  [0],
  1
];
var DescribeTypeRegistrationOutput$ = [
  3,
  n0,
  _DTRO,
  0,
  [_PSr, _D, _TA, _TVA],
  [0, 0, 0, 0]
];
var DetectStackDriftInput$ = [
  3,
  n0,
  _DSDI,
  0,
  [_SN, _LRIo],
  [0, 64 | 0],
  1
];
var DetectStackDriftOutput$ = [
  3,
  n0,
  _DSDO,
  0,
  [_SDDI],
  [0],
  1
];
var DetectStackResourceDriftInput$ = [
  3,
  n0,
  _DSRDIe,
  0,
  [_SN, _LRI],
  [0, 0],
  2
];
var DetectStackResourceDriftOutput$ = [
  3,
  n0,
  _DSRDOe,
  0,
  [_SRDta],
  [() => StackResourceDrift$],
  1
];
var DetectStackSetDriftInput$ = [
  3,
  n0,
  _DSSDI,
  0,
  [_SSN, _OP, _OI, _CA],
  [0, () => StackSetOperationPreferences$, [0, 4], 0],
  1
];
var DetectStackSetDriftOutput$ = [
  3,
  n0,
  _DSSDO,
  0,
  [_OI],
  [0]
];
var EstimateTemplateCostInput$ = [
  3,
  n0,
  _ETCI,
  0,
  [_TB, _TURL, _P],
  [0, 0, () => _Parameters]
];
var EstimateTemplateCostOutput$ = [
  3,
  n0,
  _ETCO,
  0,
  [_U],
  [0]
];
var EventFilter$ = [
  3,
  n0,
  _EF,
  0,
  [_FE],
  [2]
];
var ExecuteChangeSetInput$ = [
  3,
  n0,
  _ECSI,
  0,
  [_CSN, _SN, _CRT, _DR, _REOC],
  [0, 0, 0, 2, 2],
  1
];
var ExecuteChangeSetOutput$ = [
  3,
  n0,
  _ECSO,
  0,
  [],
  []
];
var ExecuteStackRefactorInput$ = [
  3,
  n0,
  _ESRI,
  0,
  [_SRI],
  [0],
  1
];
var Export$ = [
  3,
  n0,
  _Ex,
  0,
  [_ESI, _N, _V],
  [0, 0, 0]
];
var GetGeneratedTemplateInput$ = [
  3,
  n0,
  _GGTI,
  0,
  [_GTN, _Fo],
  [0, 0],
  1
];
var GetGeneratedTemplateOutput$ = [
  3,
  n0,
  _GGTO,
  0,
  [_S, _TB],
  [0, 0]
];
var GetHookResultInput$ = [
  3,
  n0,
  _GHRI,
  0,
  [_HRI],
  [0]
];
var GetHookResultOutput$ = [
  3,
  n0,
  _GHRO,
  0,
  [_HRI, _IP, _FM, _TN, _OTN, _TVI, _TCVI, _TA, _S, _HSR, _IAn, _Tar, _Ann],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, () => HookTarget$, () => AnnotationList]
];
var GetStackPolicyInput$ = [
  3,
  n0,
  _GSPI,
  0,
  [_SN],
  [0],
  1
];
var GetStackPolicyOutput$ = [
  3,
  n0,
  _GSPO,
  0,
  [_SPB],
  [0]
];
var GetTemplateInput$ = [
  3,
  n0,
  _GTIe,
  0,
  [_SN, _CSN, _TS],
  [0, 0, 0]
];
var GetTemplateOutput$ = [
  3,
  n0,
  _GTO,
  0,
  [_TB, _SA],
  [0, 64 | 0]
];
var GetTemplateSummaryInput$ = [
  3,
  n0,
  _GTSI,
  0,
  [_TB, _TURL, _SN, _SSN, _CA, _TSC],
  [0, 0, 0, 0, 0, () => TemplateSummaryConfig$]
];
var GetTemplateSummaryOutput$ = [
  3,
  n0,
  _GTSO,
  0,
  [_P, _D, _Ca, _CR, _RTe, _Ve, _Me, _DTe, _RIS, _W],
  [() => ParameterDeclarations, 0, 64 | 0, 0, 64 | 0, 0, 0, 64 | 0, () => ResourceIdentifierSummaries, () => Warnings$]
];
var HookResultSummary$ = [
  3,
  n0,
  _HRS,
  0,
  [_HRI, _IP, _FM, _TN, _TVI, _TCVI, _S, _HSR, _IAn, _TT, _TI, _TA, _HET],
  [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0]
];
var HookTarget$ = [
  3,
  n0,
  _HT,
  0,
  [_TT, _TTN, _TI, _Act],
  [0, 0, 0, 0],
  4
];
var ImportStacksToStackSetInput$ = [
  3,
  n0,
  _ISTSSI,
  0,
  [_SSN, _SIta, _SIU, _OUI, _OP, _OI, _CA],
  [0, 64 | 0, 0, 64 | 0, () => StackSetOperationPreferences$, [0, 4], 0],
  1
];
var ImportStacksToStackSetOutput$ = [
  3,
  n0,
  _ISTSSO,
  0,
  [_OI],
  [0]
];
var ListChangeSetsInput$ = [
  3,
  n0,
  _LCSI,
  0,
  [_SN, _NT],
  [0, 0],
  1
];
var ListChangeSetsOutput$ = [
  3,
  n0,
  _LCSO,
  0,
  [_Su, _NT],
  [() => ChangeSetSummaries, 0]
];
var ListExportsInput$ = [
  3,
  n0,
  _LEI,
  0,
  [_NT],
  [0]
];
var ListExportsOutput$ = [
  3,
  n0,
  _LEO,
  0,
  [_Exp, _NT],
  [() => Exports, 0]
];
var ListGeneratedTemplatesInput$ = [
  3,
  n0,
  _LGTI,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListGeneratedTemplatesOutput$ = [
  3,
  n0,
  _LGTO,
  0,
  [_Su, _NT],
  [() => TemplateSummaries, 0]
];
var ListHookResultsInput$ = [
  3,
  n0,
  _LHRI,
  0,
  [_TT, _TI, _TA, _S, _NT],
  [0, 0, 0, 0, 0]
];
var ListHookResultsOutput$ = [
  3,
  n0,
  _LHRO,
  0,
  [_TT, _TI, _HR, _NT],
  [0, 0, () => HookResultSummaries, 0]
];
var ListImportsInput$ = [
  3,
  n0,
  _LII,
  0,
  [_EN, _NT],
  [0, 0],
  1
];
var ListImportsOutput$ = [
  3,
  n0,
  _LIO,
  0,
  [_Im, _NT],
  [64 | 0, 0]
];
var ListResourceScanRelatedResourcesInput$ = [
  3,
  n0,
  _LRSRRI,
  0,
  [_RSI, _R, _NT, _MR],
  [0, () => ScannedResourceIdentifiers, 0, 1],
  2
];
var ListResourceScanRelatedResourcesOutput$ = [
  3,
  n0,
  _LRSRRO,
  0,
  [_RRel, _NT],
  [() => RelatedResources, 0]
];
var ListResourceScanResourcesInput$ = [
  3,
  n0,
  _LRSRI,
  0,
  [_RSI, _RI, _RTP, _TK, _TV, _NT, _MR],
  [0, 0, 0, 0, 0, 0, 1],
  1
];
var ListResourceScanResourcesOutput$ = [
  3,
  n0,
  _LRSRO,
  0,
  [_R, _NT],
  [() => ScannedResources, 0]
];
var ListResourceScansInput$ = [
  3,
  n0,
  _LRSI,
  0,
  [_NT, _MR, _STF],
  [0, 1, 0]
];
var ListResourceScansOutput$ = [
  3,
  n0,
  _LRSO,
  0,
  [_RSS, _NT],
  [() => ResourceScanSummaries, 0]
];
var ListStackInstanceResourceDriftsInput$ = [
  3,
  n0,
  _LSIRDI,
  0,
  [_SSN, _SIA, _SIR, _OI, _NT, _MR, _SIRDS, _CA],
  [0, 0, 0, 0, 0, 1, 64 | 0, 0],
  4
];
var ListStackInstanceResourceDriftsOutput$ = [
  3,
  n0,
  _LSIRDO,
  0,
  [_Su, _NT],
  [() => StackInstanceResourceDriftsSummaries, 0]
];
var ListStackInstancesInput$ = [
  3,
  n0,
  _LSII,
  0,
  [_SSN, _NT, _MR, _F, _SIA, _SIR, _CA],
  [0, 0, 1, () => StackInstanceFilters, 0, 0, 0],
  1
];
var ListStackInstancesOutput$ = [
  3,
  n0,
  _LSIO,
  0,
  [_Su, _NT],
  [() => StackInstanceSummaries, 0]
];
var ListStackRefactorActionsInput$ = [
  3,
  n0,
  _LSRAI,
  0,
  [_SRI, _NT, _MR],
  [0, 0, 1],
  1
];
var ListStackRefactorActionsOutput$ = [
  3,
  n0,
  _LSRAO,
  0,
  [_SRA, _NT],
  [() => StackRefactorActions, 0],
  1
];
var ListStackRefactorsInput$ = [
  3,
  n0,
  _LSRI,
  0,
  [_ESF, _NT, _MR],
  [64 | 0, 0, 1]
];
var ListStackRefactorsOutput$ = [
  3,
  n0,
  _LSRO,
  0,
  [_SRS, _NT],
  [() => StackRefactorSummaries, 0],
  1
];
var ListStackResourcesInput$ = [
  3,
  n0,
  _LSRIi,
  0,
  [_SN, _NT],
  [0, 0],
  1
];
var ListStackResourcesOutput$ = [
  3,
  n0,
  _LSROi,
  0,
  [_SRSt, _NT],
  [() => StackResourceSummaries, 0]
];
var ListStackSetAutoDeploymentTargetsInput$ = [
  3,
  n0,
  _LSSADTI,
  0,
  [_SSN, _NT, _MR, _CA],
  [0, 0, 1, 0],
  1
];
var ListStackSetAutoDeploymentTargetsOutput$ = [
  3,
  n0,
  _LSSADTO,
  0,
  [_Su, _NT],
  [() => StackSetAutoDeploymentTargetSummaries, 0]
];
var ListStackSetOperationResultsInput$ = [
  3,
  n0,
  _LSSORI,
  0,
  [_SSN, _OI, _NT, _MR, _CA, _F],
  [0, 0, 0, 1, 0, () => OperationResultFilters],
  2
];
var ListStackSetOperationResultsOutput$ = [
  3,
  n0,
  _LSSORO,
  0,
  [_Su, _NT],
  [() => StackSetOperationResultSummaries, 0]
];
var ListStackSetOperationsInput$ = [
  3,
  n0,
  _LSSOI,
  0,
  [_SSN, _NT, _MR, _CA],
  [0, 0, 1, 0],
  1
];
var ListStackSetOperationsOutput$ = [
  3,
  n0,
  _LSSOO,
  0,
  [_Su, _NT],
  [() => StackSetOperationSummaries, 0]
];
var ListStackSetsInput$ = [
  3,
  n0,
  _LSSI,
  0,
  [_NT, _MR, _S, _CA],
  [0, 1, 0, 0]
];
var ListStackSetsOutput$ = [
  3,
  n0,
  _LSSO,
  0,
  [_Su, _NT],
  [() => StackSetSummaries, 0]
];
var ListStacksInput$ = [
  3,
  n0,
  _LSI,
  0,
  [_NT, _SSF],
  [0, 64 | 0]
];
var ListStacksOutput$ = [
  3,
  n0,
  _LSO,
  0,
  [_SSt, _NT],
  [() => StackSummaries, 0]
];
var ListTypeRegistrationsInput$ = [
  3,
  n0,
  _LTRI,
  0,
  [_T, _TN, _TA, _RSF, _MR, _NT],
  [0, 0, 0, 0, 1, 0]
];
var ListTypeRegistrationsOutput$ = [
  3,
  n0,
  _LTRO,
  0,
  [_RTL, _NT],
  [64 | 0, 0]
];
var ListTypesInput$ = [
  3,
  n0,
  _LTI,
  0,
  [_Vi, _PT, _DSe, _T, _F, _MR, _NT],
  [0, 0, 0, 0, () => TypeFilters$, 1, 0]
];
var ListTypesOutput$ = [
  3,
  n0,
  _LTO,
  0,
  [_TSy, _NT],
  [() => TypeSummaries, 0]
];
var ListTypeVersionsInput$ = [
  3,
  n0,
  _LTVI,
  0,
  [_T, _TN, _A, _MR, _NT, _DSe, _PI],
  [0, 0, 0, 1, 0, 0, 0]
];
var ListTypeVersionsOutput$ = [
  3,
  n0,
  _LTVO,
  0,
  [_TVS, _NT],
  [() => TypeVersionSummaries, 0]
];
var LiveResourceDrift$ = [
  3,
  n0,
  _LRD,
  0,
  [_PV, _AV, _DDT],
  [0, 0, 4]
];
var LoggingConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_LRA, _LGN],
  [0, 0],
  2
];
var ManagedExecution$ = [
  3,
  n0,
  _ME,
  0,
  [_Acti],
  [2]
];
var ModuleInfo$ = [
  3,
  n0,
  _MI,
  0,
  [_TH, _LIH],
  [0, 0]
];
var OperationEntry$ = [
  3,
  n0,
  _OEp,
  0,
  [_OT, _OI],
  [0, 0]
];
var OperationEvent$ = [
  3,
  n0,
  _OEpe,
  0,
  [_EI, _SI, _OI, _OT, _OS, _ETv, _LRI, _PRI, _RT, _Ti, _ST, _ET, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HFM, _DSet, _VFM, _VN, _VS, _VSR, _VP],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var OperationResultFilter$ = [
  3,
  n0,
  _ORF,
  0,
  [_N, _Va],
  [0, 0]
];
var Output$ = [
  3,
  n0,
  _O,
  0,
  [_OK, _OV, _D, _EN],
  [0, 0, 0, 0]
];
var Parameter$ = [
  3,
  n0,
  _Pa,
  0,
  [_PK, _PVa, _UPV, _RV],
  [0, 0, 2, 0]
];
var ParameterConstraints$ = [
  3,
  n0,
  _PCa,
  0,
  [_AVl],
  [64 | 0]
];
var ParameterDeclaration$ = [
  3,
  n0,
  _PD,
  0,
  [_PK, _DVe, _PTa, _NE, _D, _PCa],
  [0, 0, 0, 2, 0, () => ParameterConstraints$]
];
var PhysicalResourceIdContextKeyValuePair$ = [
  3,
  n0,
  _PRICKVP,
  0,
  [_K, _V],
  [0, 0],
  2
];
var PropertyDifference$ = [
  3,
  n0,
  _PDr,
  0,
  [_PPr, _EV, _AV, _DTi],
  [0, 0, 0, 0],
  4
];
var PublishTypeInput$ = [
  3,
  n0,
  _PTI,
  0,
  [_T, _A, _TN, _PVN],
  [0, 0, 0, 0]
];
var PublishTypeOutput$ = [
  3,
  n0,
  _PTO,
  0,
  [_PTA],
  [0]
];
var RecordHandlerProgressInput$ = [
  3,
  n0,
  _RHPI,
  0,
  [_BT, _OS, _COS, _SM, _EC, _RMes, _CRT],
  [0, 0, 0, 0, 0, 0, 0],
  2
];
var RecordHandlerProgressOutput$ = [
  3,
  n0,
  _RHPO,
  0,
  [],
  []
];
var RegionalStackInstancesDeployment$ = [
  3,
  n0,
  _RSID,
  0,
  [_S, _SSIC, _FSIC, _CSIC, _PSIC, _CSICa, _SSICk, _TSIC, _PC],
  [0, 1, 1, 1, 1, 1, 1, 1, 1]
];
var RegionalStages$ = [
  3,
  n0,
  _RSeg,
  0,
  [_RSID],
  [() => RegionalStackInstancesDeployment$]
];
var RegionalStatusDetail$ = [
  3,
  n0,
  _RSD,
  0,
  [_Sta],
  [() => RegionalStages$]
];
var RegisterPublisherInput$ = [
  3,
  n0,
  _RPI,
  0,
  [_ATAC, _CAo],
  [2, 0]
];
var RegisterPublisherOutput$ = [
  3,
  n0,
  _RPO,
  0,
  [_PI],
  [0]
];
var RegisterTypeInput$ = [
  3,
  n0,
  _RTIe,
  0,
  [_TN, _SHP, _T, _LC, _ERA, _CRT],
  [0, 0, 0, () => LoggingConfig$, 0, 0],
  2
];
var RegisterTypeOutput$ = [
  3,
  n0,
  _RTO,
  0,
  [_RTeg],
  [0]
];
var RemoveAliasInput$ = [
  3,
  n0,
  _RAI,
  0,
  [_ANl],
  [0],
  1
];
var RequiredActivatedType$ = [
  3,
  n0,
  _RATe,
  0,
  [_TNA, _OTN, _PI, _SMV],
  [0, 0, 0, 64 | 1]
];
var ResourceChange$ = [
  3,
  n0,
  _RC,
  0,
  [_PA, _Act, _LRI, _PRI, _RT, _Rep, _Sco, _RDS, _RDIA, _De, _CSI, _MI, _BC, _AC, _PDC],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, () => ResourceDriftIgnoredAttributes, () => ResourceChangeDetails, 0, () => ModuleInfo$, 0, 0, 0]
];
var ResourceChangeDetail$ = [
  3,
  n0,
  _RCD,
  0,
  [_Tar, _Ev, _CSh, _CE],
  [() => ResourceTargetDefinition$, 0, 0, 0]
];
var ResourceDefinition$ = [
  3,
  n0,
  _RD,
  0,
  [_RT, _RI, _LRI],
  [0, 128 | 0, 0],
  2
];
var ResourceDetail$ = [
  3,
  n0,
  _RDe,
  0,
  [_RT, _LRI, _RI, _RSes, _RSR, _W],
  [0, 0, 128 | 0, 0, 0, () => WarningDetails]
];
var ResourceDriftIgnoredAttribute$ = [
  3,
  n0,
  _RDIAe,
  0,
  [_Pat, _Rea],
  [0, 0]
];
var ResourceIdentifierSummary$ = [
  3,
  n0,
  _RISe,
  0,
  [_RT, _LRIo, _RIe],
  [0, 64 | 0, 64 | 0]
];
var ResourceLocation$ = [
  3,
  n0,
  _RLe,
  0,
  [_SN, _LRI],
  [0, 0],
  2
];
var ResourceMapping$ = [
  3,
  n0,
  _RMeso,
  0,
  [_So, _Des],
  [() => ResourceLocation$, () => ResourceLocation$],
  2
];
var ResourceScanSummary$ = [
  3,
  n0,
  _RSSe,
  0,
  [_RSI, _S, _SR, _ST, _ET, _PC, _STc],
  [0, 0, 0, 4, 4, 1, 0]
];
var ResourceTargetDefinition$ = [
  3,
  n0,
  _RTDe,
  0,
  [_At, _N, _RReq, _Pat, _BV, _AVf, _BVF, _AVF, _Dr, _ACT],
  [0, 0, 0, 0, 0, 0, 0, 0, () => LiveResourceDrift$, 0]
];
var ResourceToImport$ = [
  3,
  n0,
  _RTIes,
  0,
  [_RT, _LRI, _RI],
  [0, 0, 128 | 0],
  3
];
var RoleProvisioning$ = [
  3,
  n0,
  _RPo,
  0,
  [_S, _SAC, _FAC, _CAC, _PAC, _PC],
  [0, 1, 1, 1, 1, 1]
];
var RollbackConfiguration$ = [
  3,
  n0,
  _RCo,
  0,
  [_RTo, _MTIM],
  [() => RollbackTriggers, 1]
];
var RollbackStackInput$ = [
  3,
  n0,
  _RSIo,
  0,
  [_SN, _RARN, _CRT, _REOC, _DC],
  [0, 0, 0, 2, () => DeploymentConfig$],
  1
];
var RollbackStackOutput$ = [
  3,
  n0,
  _RSO,
  0,
  [_SI, _OI],
  [0, 0]
];
var RollbackTrigger$ = [
  3,
  n0,
  _RTol,
  0,
  [_A, _T],
  [0, 0],
  2
];
var ScanFilter$ = [
  3,
  n0,
  _SFc,
  0,
  [_Ty],
  [64 | 0]
];
var ScannedResource$ = [
  3,
  n0,
  _SRc,
  0,
  [_RT, _RI, _MBS],
  [0, 128 | 0, 2]
];
var ScannedResourceIdentifier$ = [
  3,
  n0,
  _SRIc,
  0,
  [_RT, _RI],
  [0, 128 | 0],
  2
];
var SetAliasInput$ = [
  3,
  n0,
  _SAI,
  0,
  [_SN, _ANl],
  [0, 0],
  2
];
var SetStackPolicyInput$ = [
  3,
  n0,
  _SSPI,
  0,
  [_SN, _SPB, _SPURL],
  [0, 0, 0],
  1
];
var SetTypeConfigurationInput$ = [
  3,
  n0,
  _STCI,
  0,
  [_Co, _TA, _CAon, _TN, _T],
  [0, 0, 0, 0, 0],
  1
];
var SetTypeConfigurationOutput$ = [
  3,
  n0,
  _STCO,
  0,
  [_CAonf],
  [0]
];
var SetTypeDefaultVersionInput$ = [
  3,
  n0,
  _STDVI,
  0,
  [_A, _T, _TN, _VI],
  [0, 0, 0, 0]
];
var SetTypeDefaultVersionOutput$ = [
  3,
  n0,
  _STDVO,
  0,
  [],
  []
];
var SignalResourceInput$ = [
  3,
  n0,
  _SRIi,
  0,
  [_SN, _LRI, _UI, _S],
  [0, 0, 0, 0],
  4
];
var Stack$ = [
  3,
  n0,
  _Stac,
  0,
  [_SN, _CT, _SSta, _SI, _CSI, _D, _P, _DTel, _LUT, _RCo, _SSR, _DR, _DC, _NARN, _TIM, _Ca, _Ou, _RARN, _Ta, _ETP, _PIa, _RIo, _DI, _REOC, _DMe, _DSet, _LO, _ANl],
  [0, 4, 0, 0, 0, 0, () => _Parameters, 4, 4, () => RollbackConfiguration$, 0, 2, () => DeploymentConfig$, 64 | 0, 1, 64 | 0, () => Outputs, 0, () => Tags, 2, 0, 0, () => StackDriftInformation$, 2, 0, 0, () => LastOperations, 0],
  3
];
var StackDefinition$ = [
  3,
  n0,
  _SDt,
  0,
  [_SN, _TB, _TURL],
  [0, 0, 0]
];
var StackDriftInformation$ = [
  3,
  n0,
  _SDI,
  0,
  [_SDS, _LCT],
  [0, 4],
  1
];
var StackDriftInformationSummary$ = [
  3,
  n0,
  _SDIS,
  0,
  [_SDS, _LCT],
  [0, 4],
  1
];
var StackEvent$ = [
  3,
  n0,
  _SEt,
  0,
  [_SI, _EI, _SN, _Ti, _OI, _LRI, _PRI, _RT, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HII, _HFM, _DSet],
  [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  4
];
var StackInstance$ = [
  3,
  n0,
  _SIt,
  0,
  [_SSI, _Reg, _Acc, _SI, _PO, _S, _SIS, _SR, _OUIr, _DSr, _LDCT, _LOI],
  [0, 0, 0, 0, () => _Parameters, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 0, 4, 0]
];
var StackInstanceComprehensiveStatus$ = [
  3,
  n0,
  _SICS,
  0,
  [_DSet],
  [0]
];
var StackInstanceFilter$ = [
  3,
  n0,
  _SIF,
  0,
  [_N, _Va],
  [0, 0]
];
var StackInstanceResourceDriftsSummary$ = [
  3,
  n0,
  _SIRDSt,
  0,
  [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _PDro],
  [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, () => PropertyDifferences],
  5
];
var StackInstancesDeployment$ = [
  3,
  n0,
  _SID,
  0,
  [_S, _SSIC, _FSIC, _CSIC, _PSIC, _CSICa, _SSICk, _PC],
  [0, 1, 1, 1, 1, 1, 1, 1]
];
var StackInstanceSummary$ = [
  3,
  n0,
  _SISt,
  0,
  [_SSI, _Reg, _Acc, _SI, _S, _SR, _SIS, _OUIr, _DSr, _LDCT, _LOI],
  [0, 0, 0, 0, 0, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 4, 0]
];
var StackRefactorAction$ = [
  3,
  n0,
  _SRAt,
  0,
  [_Act, _En, _PRI, _RI, _D, _Det, _DRe, _TR, _UR, _RMeso],
  [0, 0, 0, 0, 0, 0, 0, () => StackRefactorTagResources, 64 | 0, () => ResourceMapping$]
];
var StackRefactorSummary$ = [
  3,
  n0,
  _SRSta,
  0,
  [_SRI, _D, _ES, _ESR, _S, _SR],
  [0, 0, 0, 0, 0, 0]
];
var StackResource$ = [
  3,
  n0,
  _SRta,
  0,
  [_LRI, _RT, _Ti, _RSes, _SN, _SI, _PRI, _RSR, _D, _DI, _MI],
  [0, 0, 4, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$],
  4
];
var StackResourceDetail$ = [
  3,
  n0,
  _SRDt,
  0,
  [_LRI, _RT, _LUTa, _RSes, _SN, _SI, _PRI, _RSR, _D, _Me, _DI, _MI],
  [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$],
  4
];
var StackResourceDrift$ = [
  3,
  n0,
  _SRDta,
  0,
  [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _EP, _AP, _PDro, _MI, _DSRr],
  [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, 0, 0, () => PropertyDifferences, () => ModuleInfo$, 0],
  5
];
var StackResourceDriftInformation$ = [
  3,
  n0,
  _SRDI,
  0,
  [_SRDS, _LCT],
  [0, 4],
  1
];
var StackResourceDriftInformationSummary$ = [
  3,
  n0,
  _SRDIS,
  0,
  [_SRDS, _LCT],
  [0, 4],
  1
];
var StackResourceSummary$ = [
  3,
  n0,
  _SRStac,
  0,
  [_LRI, _RT, _LUTa, _RSes, _PRI, _RSR, _DI, _MI],
  [0, 0, 4, 0, 0, 0, () => StackResourceDriftInformationSummary$, () => ModuleInfo$],
  4
];
var StackSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SSN, _SSI, _D, _S, _TB, _P, _Ca, _Ta, _SSARN, _ARARN, _ERN, _SSDDD, _AD, _PM, _OUI, _ME, _Re, _SSOBP],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => StackSetDriftDetectionDetails$, () => AutoDeployment$, 0, 64 | 0, () => ManagedExecution$, 64 | 0, 0]
];
var StackSetAutoDeploymentTargetSummary$ = [
  3,
  n0,
  _SSADTS,
  0,
  [_OUIr, _Re],
  [0, 64 | 0]
];
var StackSetDriftDetectionDetails$ = [
  3,
  n0,
  _SSDDD,
  0,
  [_DSr, _DDS, _LDCT, _TSIC, _DSIC, _ISSIC, _IPSIC, _FSIC],
  [0, 0, 4, 1, 1, 1, 1, 1]
];
var StackSetOperation$ = [
  3,
  n0,
  _SSO,
  0,
  [_OI, _SSI, _Act, _S, _OP, _RS, _ARARN, _ERN, _CTr, _ETn, _DT, _SSDDD, _SR, _SDta, _RSDe],
  [0, 0, 0, 0, () => StackSetOperationPreferences$, 2, 0, 0, 4, 4, () => DeploymentTargets$, () => StackSetDriftDetectionDetails$, 0, () => StackSetOperationStatusDetails$, () => RegionalStatusDetails]
];
var StackSetOperationPreferences$ = [
  3,
  n0,
  _SSOP,
  0,
  [_RCT, _RO, _FTC, _FTP, _MCC, _MCP, _CM],
  [0, 64 | 0, 1, 1, 1, 1, 0]
];
var StackSetOperationResultSummary$ = [
  3,
  n0,
  _SSORS,
  0,
  [_Acc, _Reg, _S, _SR, _AGR, _OUIr],
  [0, 0, 0, 0, () => AccountGateResult$, 0]
];
var StackSetOperationStatusDetails$ = [
  3,
  n0,
  _SSOSD,
  0,
  [_Sta, _TAC, _TSIC, _FSIC],
  [() => Stages$, 1, 1, 1]
];
var StackSetOperationSummary$ = [
  3,
  n0,
  _SSOS,
  0,
  [_OI, _Act, _S, _CTr, _ETn, _SR, _SDta, _OP],
  [0, 0, 0, 4, 4, 0, () => StackSetOperationStatusDetails$, () => StackSetOperationPreferences$]
];
var StackSetSummary$ = [
  3,
  n0,
  _SSS,
  0,
  [_SSN, _SSI, _D, _S, _AD, _PM, _DSr, _LDCT, _ME],
  [0, 0, 0, 0, () => AutoDeployment$, 0, 0, 4, () => ManagedExecution$]
];
var StackSummary$ = [
  3,
  n0,
  _SStac,
  0,
  [_SN, _CT, _SSta, _SI, _TDe, _LUT, _DTel, _SSR, _PIa, _RIo, _DI, _LO],
  [0, 4, 0, 0, 0, 4, 4, 0, 0, 0, () => StackDriftInformationSummary$, () => LastOperations],
  3
];
var Stages$ = [
  3,
  n0,
  _Sta,
  0,
  [_RPo, _SID],
  [() => RoleProvisioning$, () => StackInstancesDeployment$]
];
var StartResourceScanInput$ = [
  3,
  n0,
  _SRSI,
  0,
  [_CRT, _SF],
  [0, () => ScanFilters]
];
var StartResourceScanOutput$ = [
  3,
  n0,
  _SRSO,
  0,
  [_RSI],
  [0]
];
var StopStackSetOperationInput$ = [
  3,
  n0,
  _SSSOI,
  0,
  [_SSN, _OI, _CA],
  [0, 0, 0],
  2
];
var StopStackSetOperationOutput$ = [
  3,
  n0,
  _SSSOO,
  0,
  [],
  []
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var TemplateConfiguration$ = [
  3,
  n0,
  _TCe,
  0,
  [_DP, _URP],
  [0, 0]
];
var TemplateParameter$ = [
  3,
  n0,
  _TP,
  0,
  [_PK, _DVe, _NE, _D],
  [0, 0, 2, 0]
];
var TemplateProgress$ = [
  3,
  n0,
  _TPe,
  0,
  [_RSeso, _RF, _RPe, _RPes],
  [1, 1, 1, 1]
];
var TemplateSummary$ = [
  3,
  n0,
  _TSe,
  0,
  [_GTI, _GTN, _S, _SR, _CT, _LUT, _NOR],
  [0, 0, 0, 0, 4, 4, 1]
];
var TemplateSummaryConfig$ = [
  3,
  n0,
  _TSC,
  0,
  [_TURTAW],
  [2]
];
var TestTypeInput$ = [
  3,
  n0,
  _TTI,
  0,
  [_A, _T, _TN, _VI, _LDB],
  [0, 0, 0, 0, 0]
];
var TestTypeOutput$ = [
  3,
  n0,
  _TTO,
  0,
  [_TVA],
  [0]
];
var TypeConfigurationDetails$ = [
  3,
  n0,
  _TCD,
  0,
  [_A, _Al, _Co, _LU, _TA, _TN, _IDC],
  [0, 0, 0, 4, 0, 0, 2]
];
var TypeConfigurationIdentifier$ = [
  3,
  n0,
  _TCI,
  0,
  [_TA, _TCA, _TCAy, _T, _TN],
  [0, 0, 0, 0, 0]
];
var TypeFilters$ = [
  3,
  n0,
  _TF,
  0,
  [_Cat, _PI, _TNP],
  [0, 0, 0]
];
var TypeSummary$ = [
  3,
  n0,
  _TSyp,
  0,
  [_T, _TN, _DVI, _TA, _LU, _D, _PI, _OTN, _PVN, _LPV, _PIu, _PN, _IA],
  [0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 2]
];
var TypeVersionSummary$ = [
  3,
  n0,
  _TVSy,
  0,
  [_T, _TN, _VI, _IDV, _A, _TCi, _D, _PVN],
  [0, 0, 0, 2, 0, 4, 0, 0]
];
var UpdateGeneratedTemplateInput$ = [
  3,
  n0,
  _UGTI,
  0,
  [_GTN, _NGTN, _AR, _RRem, _RAR, _TCe],
  [0, 0, () => ResourceDefinitions, 64 | 0, 2, () => TemplateConfiguration$],
  1
];
var UpdateGeneratedTemplateOutput$ = [
  3,
  n0,
  _UGTO,
  0,
  [_GTI],
  [0]
];
var UpdateStackInput$ = [
  3,
  n0,
  _USI,
  0,
  [_SN, _TB, _TURL, _UPT, _SPDUB, _SPDUURL, _P, _Ca, _RTe, _RARN, _RCo, _SPB, _SPURL, _NARN, _Ta, _DR, _CRT, _REOC, _DC, _DV],
  [0, 0, 0, 2, 0, 0, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 0, 0, 64 | 0, () => Tags, 2, 0, 2, () => DeploymentConfig$, 2],
  1
];
var UpdateStackInstancesInput$ = [
  3,
  n0,
  _USII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var UpdateStackInstancesOutput$ = [
  3,
  n0,
  _USIO,
  0,
  [_OI],
  [0]
];
var UpdateStackOutput$ = [
  3,
  n0,
  _USO,
  0,
  [_SI, _OI],
  [0, 0]
];
var UpdateStackSetInput$ = [
  3,
  n0,
  _USSI,
  0,
  [_SSN, _D, _TB, _TURL, _UPT, _P, _Ca, _Ta, _OP, _ARARN, _ERN, _DT, _PM, _AD, _OI, _Ac, _Re, _CA, _ME, _ERTB, _ERTU, _UAER, _SSOB],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, () => Tags, () => StackSetOperationPreferences$, 0, 0, () => DeploymentTargets$, 0, () => AutoDeployment$, [0, 4], 64 | 0, 64 | 0, 0, () => ManagedExecution$, 0, 0, 2, 0],
  1
];
var UpdateStackSetOutput$ = [
  3,
  n0,
  _USSO,
  0,
  [_OI],
  [0]
];
var UpdateTerminationProtectionInput$ = [
  3,
  n0,
  _UTPI,
  0,
  [_ETP, _SN],
  [2, 0],
  2
];
var UpdateTerminationProtectionOutput$ = [
  3,
  n0,
  _UTPO,
  0,
  [_SI],
  [0]
];
var ValidateTemplateInput$ = [
  3,
  n0,
  _VTI,
  0,
  [_TB, _TURL],
  [0, 0]
];
var ValidateTemplateOutput$ = [
  3,
  n0,
  _VTO,
  0,
  [_P, _D, _Ca, _CR, _DTe],
  [() => TemplateParameters, 0, 64 | 0, 0, 64 | 0]
];
var WarningDetail$ = [
  3,
  n0,
  _WD,
  0,
  [_T, _Pro],
  [0, () => WarningProperties]
];
var WarningProperty$ = [
  3,
  n0,
  _WP,
  0,
  [_PPr, _Req, _D],
  [0, 2, 0]
];
var Warnings$ = [
  3,
  n0,
  _W,
  0,
  [_URT],
  [64 | 0]
];
var __Unit = "unit";
var AccountLimitList = [
  1,
  n0,
  _ALL,
  0,
  () => AccountLimit$
];
var AccountList = 64 | 0;
var AllowedValues = 64 | 0;
var AnnotationList = [
  1,
  n0,
  _ALn,
  0,
  () => Annotation$
];
var BatchDescribeTypeConfigurationsErrors = [
  1,
  n0,
  _BDTCEa,
  0,
  () => BatchDescribeTypeConfigurationsError$
];
var Capabilities = 64 | 0;
var Changes = [
  1,
  n0,
  _Ch,
  0,
  () => Change$
];
var ChangeSetHooks = [
  1,
  n0,
  _CSHh,
  0,
  () => ChangeSetHook$
];
var ChangeSetSummaries = [
  1,
  n0,
  _CSSh,
  0,
  () => ChangeSetSummary$
];
var Exports = [
  1,
  n0,
  _Exp,
  0,
  () => Export$
];
var HookResultSummaries = [
  1,
  n0,
  _HRSo,
  0,
  () => HookResultSummary$
];
var Imports = 64 | 0;
var JazzLogicalResourceIds = 64 | 0;
var LastOperations = [
  1,
  n0,
  _LO,
  0,
  () => OperationEntry$
];
var LogicalResourceIds = 64 | 0;
var NotificationARNs = 64 | 0;
var OperationEvents = [
  1,
  n0,
  _OE,
  0,
  () => OperationEvent$
];
var OperationResultFilters = [
  1,
  n0,
  _ORFp,
  0,
  () => OperationResultFilter$
];
var OrganizationalUnitIdList = 64 | 0;
var Outputs = [
  1,
  n0,
  _Ou,
  0,
  () => Output$
];
var ParameterDeclarations = [
  1,
  n0,
  _PDa,
  0,
  () => ParameterDeclaration$
];
var _Parameters = [
  1,
  n0,
  _P,
  0,
  () => Parameter$
];
var PhysicalResourceIdContext = [
  1,
  n0,
  _PRIC,
  0,
  () => PhysicalResourceIdContextKeyValuePair$
];
var PropertyDifferences = [
  1,
  n0,
  _PDro,
  0,
  () => PropertyDifference$
];
var RegionList = 64 | 0;
var RegistrationTokenList = 64 | 0;
var RelatedResources = [
  1,
  n0,
  _RRel,
  0,
  () => ScannedResource$
];
var RequiredActivatedTypes = [
  1,
  n0,
  _RAT,
  0,
  () => RequiredActivatedType$
];
var ResourceChangeDetails = [
  1,
  n0,
  _RCDe,
  0,
  () => ResourceChangeDetail$
];
var ResourceDefinitions = [
  1,
  n0,
  _RDes,
  0,
  () => ResourceDefinition$
];
var ResourceDetails = [
  1,
  n0,
  _RDeso,
  0,
  () => ResourceDetail$
];
var ResourceDriftIgnoredAttributes = [
  1,
  n0,
  _RDIA,
  0,
  () => ResourceDriftIgnoredAttribute$
];
var ResourceIdentifiers = 64 | 0;
var ResourceIdentifierSummaries = [
  1,
  n0,
  _RIS,
  0,
  () => ResourceIdentifierSummary$
];
var ResourceMappings = [
  1,
  n0,
  _RMe,
  0,
  () => ResourceMapping$
];
var ResourceScanSummaries = [
  1,
  n0,
  _RSS,
  0,
  () => ResourceScanSummary$
];
var ResourcesToImport = [
  1,
  n0,
  _RTI,
  0,
  () => ResourceToImport$
];
var ResourcesToSkip = 64 | 0;
var ResourceTypeFilters = 64 | 0;
var ResourceTypes = 64 | 0;
var RetainResources = 64 | 0;
var RollbackTriggers = [
  1,
  n0,
  _RTo,
  0,
  () => RollbackTrigger$
];
var ScanFilters = [
  1,
  n0,
  _SF,
  0,
  () => ScanFilter$
];
var ScannedResourceIdentifiers = [
  1,
  n0,
  _SRIca,
  0,
  () => ScannedResourceIdentifier$
];
var ScannedResources = [
  1,
  n0,
  _SRca,
  0,
  () => ScannedResource$
];
var Scope = 64 | 0;
var StackDefinitions = [
  1,
  n0,
  _SD,
  0,
  () => StackDefinition$
];
var StackEvents = [
  1,
  n0,
  _SE,
  0,
  () => StackEvent$
];
var StackIdList = 64 | 0;
var StackIds = 64 | 0;
var StackInstanceFilters = [
  1,
  n0,
  _SIFt,
  0,
  () => StackInstanceFilter$
];
var StackInstanceResourceDriftsSummaries = [
  1,
  n0,
  _SIRDSta,
  0,
  () => StackInstanceResourceDriftsSummary$
];
var StackInstanceSummaries = [
  1,
  n0,
  _SISta,
  0,
  () => StackInstanceSummary$
];
var StackRefactorActions = [
  1,
  n0,
  _SRA,
  0,
  () => StackRefactorAction$
];
var StackRefactorExecutionStatusFilter = 64 | 0;
var StackRefactorSummaries = [
  1,
  n0,
  _SRS,
  0,
  () => StackRefactorSummary$
];
var StackRefactorTagResources = [
  1,
  n0,
  _SRTR,
  0,
  () => Tag$
];
var StackRefactorUntagResources = 64 | 0;
var StackResourceDrifts = [
  1,
  n0,
  _SRD,
  0,
  () => StackResourceDrift$
];
var StackResourceDriftStatusFilters = 64 | 0;
var StackResources = [
  1,
  n0,
  _SRt,
  0,
  () => StackResource$
];
var StackResourceSummaries = [
  1,
  n0,
  _SRSt,
  0,
  () => StackResourceSummary$
];
var Stacks = [
  1,
  n0,
  _St,
  0,
  () => Stack$
];
var StackSetARNList = 64 | 0;
var StackSetAutoDeploymentTargetSummaries = [
  1,
  n0,
  _SSADTSt,
  0,
  () => StackSetAutoDeploymentTargetSummary$
];
var StackSetOperationResultSummaries = [
  1,
  n0,
  _SSORSt,
  0,
  () => StackSetOperationResultSummary$
];
var StackSetOperationSummaries = [
  1,
  n0,
  _SSOSt,
  0,
  () => StackSetOperationSummary$
];
var StackSetSummaries = [
  1,
  n0,
  _SSSt,
  0,
  () => StackSetSummary$
];
var StackStatusFilter = 64 | 0;
var StackSummaries = [
  1,
  n0,
  _SSt,
  0,
  () => StackSummary$
];
var StageList = 64 | 0;
var SupportedMajorVersions = 64 | 1;
var Tags = [
  1,
  n0,
  _Ta,
  0,
  () => Tag$
];
var TemplateParameters = [
  1,
  n0,
  _TPem,
  0,
  () => TemplateParameter$
];
var TemplateSummaries = [
  1,
  n0,
  _TSem,
  0,
  () => TemplateSummary$
];
var TransformsList = 64 | 0;
var TypeConfigurationDetailsList = [
  1,
  n0,
  _TCDL,
  0,
  () => TypeConfigurationDetails$
];
var TypeConfigurationIdentifiers = [
  1,
  n0,
  _TCIy,
  0,
  () => TypeConfigurationIdentifier$
];
var TypeSummaries = [
  1,
  n0,
  _TSy,
  0,
  () => TypeSummary$
];
var TypeVersionSummaries = [
  1,
  n0,
  _TVS,
  0,
  () => TypeVersionSummary$
];
var UnprocessedTypeConfigurations = [
  1,
  n0,
  _UTC,
  0,
  () => TypeConfigurationIdentifier$
];
var WarningDetails = [
  1,
  n0,
  _WDa,
  0,
  () => WarningDetail$
];
var WarningProperties = [
  1,
  n0,
  _WPa,
  0,
  () => WarningProperty$
];
var JazzResourceIdentifierProperties = 128 | 0;
var RegionalStatusDetails = [
  2,
  n0,
  _RSDe,
  0,
  0,
  () => RegionalStatusDetail$
];
var ResourceIdentifierProperties = 128 | 0;
var ActivateOrganizationsAccess$ = [
  9,
  n0,
  _AOA,
  0,
  () => ActivateOrganizationsAccessInput$,
  () => ActivateOrganizationsAccessOutput$
];
var ActivateType$ = [
  9,
  n0,
  _AT,
  2,
  () => ActivateTypeInput$,
  () => ActivateTypeOutput$
];
var BatchDescribeTypeConfigurations$ = [
  9,
  n0,
  _BDTC,
  0,
  () => BatchDescribeTypeConfigurationsInput$,
  () => BatchDescribeTypeConfigurationsOutput$
];
var CancelUpdateStack$ = [
  9,
  n0,
  _CUS,
  0,
  () => CancelUpdateStackInput$,
  () => __Unit
];
var ContinueUpdateRollback$ = [
  9,
  n0,
  _CUR,
  0,
  () => ContinueUpdateRollbackInput$,
  () => ContinueUpdateRollbackOutput$
];
var CreateChangeSet$ = [
  9,
  n0,
  _CCS,
  0,
  () => CreateChangeSetInput$,
  () => CreateChangeSetOutput$
];
var CreateGeneratedTemplate$ = [
  9,
  n0,
  _CGT,
  0,
  () => CreateGeneratedTemplateInput$,
  () => CreateGeneratedTemplateOutput$
];
var CreateStack$ = [
  9,
  n0,
  _CSr,
  0,
  () => CreateStackInput$,
  () => CreateStackOutput$
];
var CreateStackInstances$ = [
  9,
  n0,
  _CSIre,
  0,
  () => CreateStackInstancesInput$,
  () => CreateStackInstancesOutput$
];
var CreateStackRefactor$ = [
  9,
  n0,
  _CSR,
  0,
  () => CreateStackRefactorInput$,
  () => CreateStackRefactorOutput$
];
var CreateStackSet$ = [
  9,
  n0,
  _CSSr,
  0,
  () => CreateStackSetInput$,
  () => CreateStackSetOutput$
];
var DeactivateOrganizationsAccess$ = [
  9,
  n0,
  _DOA,
  0,
  () => DeactivateOrganizationsAccessInput$,
  () => DeactivateOrganizationsAccessOutput$
];
var DeactivateType$ = [
  9,
  n0,
  _DTea,
  2,
  () => DeactivateTypeInput$,
  () => DeactivateTypeOutput$
];
var DeleteChangeSet$ = [
  9,
  n0,
  _DCS,
  0,
  () => DeleteChangeSetInput$,
  () => DeleteChangeSetOutput$
];
var DeleteGeneratedTemplate$ = [
  9,
  n0,
  _DGT,
  0,
  () => DeleteGeneratedTemplateInput$,
  () => __Unit
];
var DeleteStack$ = [
  9,
  n0,
  _DSel,
  0,
  () => DeleteStackInput$,
  () => __Unit
];
var DeleteStackInstances$ = [
  9,
  n0,
  _DSIel,
  0,
  () => DeleteStackInstancesInput$,
  () => DeleteStackInstancesOutput$
];
var DeleteStackSet$ = [
  9,
  n0,
  _DSS,
  0,
  () => DeleteStackSetInput$,
  () => DeleteStackSetOutput$
];
var DeregisterType$ = [
  9,
  n0,
  _DTer,
  2,
  () => DeregisterTypeInput$,
  () => DeregisterTypeOutput$
];
var DescribeAccountLimits$ = [
  9,
  n0,
  _DAL,
  0,
  () => DescribeAccountLimitsInput$,
  () => DescribeAccountLimitsOutput$
];
var DescribeChangeSet$ = [
  9,
  n0,
  _DCSe,
  0,
  () => DescribeChangeSetInput$,
  () => DescribeChangeSetOutput$
];
var DescribeChangeSetHooks$ = [
  9,
  n0,
  _DCSH,
  0,
  () => DescribeChangeSetHooksInput$,
  () => DescribeChangeSetHooksOutput$
];
var DescribeEvents$ = [
  9,
  n0,
  _DE,
  0,
  () => DescribeEventsInput$,
  () => DescribeEventsOutput$
];
var DescribeGeneratedTemplate$ = [
  9,
  n0,
  _DGTe,
  0,
  () => DescribeGeneratedTemplateInput$,
  () => DescribeGeneratedTemplateOutput$
];
var DescribeOrganizationsAccess$ = [
  9,
  n0,
  _DOAe,
  0,
  () => DescribeOrganizationsAccessInput$,
  () => DescribeOrganizationsAccessOutput$
];
var DescribePublisher$ = [
  9,
  n0,
  _DPe,
  2,
  () => DescribePublisherInput$,
  () => DescribePublisherOutput$
];
var DescribeResourceScan$ = [
  9,
  n0,
  _DRS,
  0,
  () => DescribeResourceScanInput$,
  () => DescribeResourceScanOutput$
];
var DescribeStackDriftDetectionStatus$ = [
  9,
  n0,
  _DSDDS,
  0,
  () => DescribeStackDriftDetectionStatusInput$,
  () => DescribeStackDriftDetectionStatusOutput$
];
var DescribeStackEvents$ = [
  9,
  n0,
  _DSE,
  0,
  () => DescribeStackEventsInput$,
  () => DescribeStackEventsOutput$
];
var DescribeStackInstance$ = [
  9,
  n0,
  _DSIes,
  0,
  () => DescribeStackInstanceInput$,
  () => DescribeStackInstanceOutput$
];
var DescribeStackRefactor$ = [
  9,
  n0,
  _DSRe,
  0,
  () => DescribeStackRefactorInput$,
  () => DescribeStackRefactorOutput$
];
var DescribeStackResource$ = [
  9,
  n0,
  _DSRes,
  0,
  () => DescribeStackResourceInput$,
  () => DescribeStackResourceOutput$
];
var DescribeStackResourceDrifts$ = [
  9,
  n0,
  _DSRD,
  0,
  () => DescribeStackResourceDriftsInput$,
  () => DescribeStackResourceDriftsOutput$
];
var DescribeStackResources$ = [
  9,
  n0,
  _DSResc,
  0,
  () => DescribeStackResourcesInput$,
  () => DescribeStackResourcesOutput$
];
var DescribeStacks$ = [
  9,
  n0,
  _DSes,
  0,
  () => DescribeStacksInput$,
  () => DescribeStacksOutput$
];
var DescribeStackSet$ = [
  9,
  n0,
  _DSSe,
  0,
  () => DescribeStackSetInput$,
  () => DescribeStackSetOutput$
];
var DescribeStackSetOperation$ = [
  9,
  n0,
  _DSSOes,
  0,
  () => DescribeStackSetOperationInput$,
  () => DescribeStackSetOperationOutput$
];
var DescribeType$ = [
  9,
  n0,
  _DTes,
  2,
  () => DescribeTypeInput$,
  () => DescribeTypeOutput$
];
var DescribeTypeRegistration$ = [
  9,
  n0,
  _DTR,
  2,
  () => DescribeTypeRegistrationInput$,
  () => DescribeTypeRegistrationOutput$
];
var DetectStackDrift$ = [
  9,
  n0,
  _DSD,
  0,
  () => DetectStackDriftInput$,
  () => DetectStackDriftOutput$
];
var DetectStackResourceDrift$ = [
  9,
  n0,
  _DSRDe,
  0,
  () => DetectStackResourceDriftInput$,
  () => DetectStackResourceDriftOutput$
];
var DetectStackSetDrift$ = [
  9,
  n0,
  _DSSD,
  0,
  () => DetectStackSetDriftInput$,
  () => DetectStackSetDriftOutput$
];
var EstimateTemplateCost$ = [
  9,
  n0,
  _ETC,
  0,
  () => EstimateTemplateCostInput$,
  () => EstimateTemplateCostOutput$
];
var ExecuteChangeSet$ = [
  9,
  n0,
  _ECS,
  0,
  () => ExecuteChangeSetInput$,
  () => ExecuteChangeSetOutput$
];
var ExecuteStackRefactor$ = [
  9,
  n0,
  _ESRx,
  0,
  () => ExecuteStackRefactorInput$,
  () => __Unit
];
var GetGeneratedTemplate$ = [
  9,
  n0,
  _GGT,
  0,
  () => GetGeneratedTemplateInput$,
  () => GetGeneratedTemplateOutput$
];
var GetHookResult$ = [
  9,
  n0,
  _GHR,
  0,
  () => GetHookResultInput$,
  () => GetHookResultOutput$
];
var GetStackPolicy$ = [
  9,
  n0,
  _GSP,
  0,
  () => GetStackPolicyInput$,
  () => GetStackPolicyOutput$
];
var GetTemplate$ = [
  9,
  n0,
  _GT,
  0,
  () => GetTemplateInput$,
  () => GetTemplateOutput$
];
var GetTemplateSummary$ = [
  9,
  n0,
  _GTS,
  0,
  () => GetTemplateSummaryInput$,
  () => GetTemplateSummaryOutput$
];
var ImportStacksToStackSet$ = [
  9,
  n0,
  _ISTSS,
  0,
  () => ImportStacksToStackSetInput$,
  () => ImportStacksToStackSetOutput$
];
var ListChangeSets$ = [
  9,
  n0,
  _LCS,
  0,
  () => ListChangeSetsInput$,
  () => ListChangeSetsOutput$
];
var ListExports$ = [
  9,
  n0,
  _LE,
  0,
  () => ListExportsInput$,
  () => ListExportsOutput$
];
var ListGeneratedTemplates$ = [
  9,
  n0,
  _LGT,
  0,
  () => ListGeneratedTemplatesInput$,
  () => ListGeneratedTemplatesOutput$
];
var ListHookResults$ = [
  9,
  n0,
  _LHR,
  0,
  () => ListHookResultsInput$,
  () => ListHookResultsOutput$
];
var ListImports$ = [
  9,
  n0,
  _LI,
  0,
  () => ListImportsInput$,
  () => ListImportsOutput$
];
var ListResourceScanRelatedResources$ = [
  9,
  n0,
  _LRSRR,
  0,
  () => ListResourceScanRelatedResourcesInput$,
  () => ListResourceScanRelatedResourcesOutput$
];
var ListResourceScanResources$ = [
  9,
  n0,
  _LRSR,
  0,
  () => ListResourceScanResourcesInput$,
  () => ListResourceScanResourcesOutput$
];
var ListResourceScans$ = [
  9,
  n0,
  _LRS,
  0,
  () => ListResourceScansInput$,
  () => ListResourceScansOutput$
];
var ListStackInstanceResourceDrifts$ = [
  9,
  n0,
  _LSIRD,
  0,
  () => ListStackInstanceResourceDriftsInput$,
  () => ListStackInstanceResourceDriftsOutput$
];
var ListStackInstances$ = [
  9,
  n0,
  _LSIi,
  0,
  () => ListStackInstancesInput$,
  () => ListStackInstancesOutput$
];
var ListStackRefactorActions$ = [
  9,
  n0,
  _LSRA,
  0,
  () => ListStackRefactorActionsInput$,
  () => ListStackRefactorActionsOutput$
];
var ListStackRefactors$ = [
  9,
  n0,
  _LSR,
  0,
  () => ListStackRefactorsInput$,
  () => ListStackRefactorsOutput$
];
var ListStackResources$ = [
  9,
  n0,
  _LSRi,
  0,
  () => ListStackResourcesInput$,
  () => ListStackResourcesOutput$
];
var ListStacks$ = [
  9,
  n0,
  _LS,
  0,
  () => ListStacksInput$,
  () => ListStacksOutput$
];
var ListStackSetAutoDeploymentTargets$ = [
  9,
  n0,
  _LSSADT,
  0,
  () => ListStackSetAutoDeploymentTargetsInput$,
  () => ListStackSetAutoDeploymentTargetsOutput$
];
var ListStackSetOperationResults$ = [
  9,
  n0,
  _LSSOR,
  0,
  () => ListStackSetOperationResultsInput$,
  () => ListStackSetOperationResultsOutput$
];
var ListStackSetOperations$ = [
  9,
  n0,
  _LSSOi,
  0,
  () => ListStackSetOperationsInput$,
  () => ListStackSetOperationsOutput$
];
var ListStackSets$ = [
  9,
  n0,
  _LSS,
  0,
  () => ListStackSetsInput$,
  () => ListStackSetsOutput$
];
var ListTypeRegistrations$ = [
  9,
  n0,
  _LTR,
  2,
  () => ListTypeRegistrationsInput$,
  () => ListTypeRegistrationsOutput$
];
var ListTypes$ = [
  9,
  n0,
  _LT,
  2,
  () => ListTypesInput$,
  () => ListTypesOutput$
];
var ListTypeVersions$ = [
  9,
  n0,
  _LTV,
  2,
  () => ListTypeVersionsInput$,
  () => ListTypeVersionsOutput$
];
var PublishType$ = [
  9,
  n0,
  _PTu,
  2,
  () => PublishTypeInput$,
  () => PublishTypeOutput$
];
var RecordHandlerProgress$ = [
  9,
  n0,
  _RHP,
  2,
  () => RecordHandlerProgressInput$,
  () => RecordHandlerProgressOutput$
];
var RegisterPublisher$ = [
  9,
  n0,
  _RPeg,
  2,
  () => RegisterPublisherInput$,
  () => RegisterPublisherOutput$
];
var RegisterType$ = [
  9,
  n0,
  _RTegi,
  2,
  () => RegisterTypeInput$,
  () => RegisterTypeOutput$
];
var RemoveAlias$ = [
  9,
  n0,
  _RAe,
  0,
  () => RemoveAliasInput$,
  () => __Unit
];
var RollbackStack$ = [
  9,
  n0,
  _RSo,
  0,
  () => RollbackStackInput$,
  () => RollbackStackOutput$
];
var SetAlias$ = [
  9,
  n0,
  _SAe,
  0,
  () => SetAliasInput$,
  () => __Unit
];
var SetStackPolicy$ = [
  9,
  n0,
  _SSP,
  0,
  () => SetStackPolicyInput$,
  () => __Unit
];
var SetTypeConfiguration$ = [
  9,
  n0,
  _STC,
  0,
  () => SetTypeConfigurationInput$,
  () => SetTypeConfigurationOutput$
];
var SetTypeDefaultVersion$ = [
  9,
  n0,
  _STDV,
  2,
  () => SetTypeDefaultVersionInput$,
  () => SetTypeDefaultVersionOutput$
];
var SignalResource$ = [
  9,
  n0,
  _SRi,
  0,
  () => SignalResourceInput$,
  () => __Unit
];
var StartResourceScan$ = [
  9,
  n0,
  _SRStar,
  0,
  () => StartResourceScanInput$,
  () => StartResourceScanOutput$
];
var StopStackSetOperation$ = [
  9,
  n0,
  _SSSO,
  0,
  () => StopStackSetOperationInput$,
  () => StopStackSetOperationOutput$
];
var TestType$ = [
  9,
  n0,
  _TTe,
  2,
  () => TestTypeInput$,
  () => TestTypeOutput$
];
var UpdateGeneratedTemplate$ = [
  9,
  n0,
  _UGT,
  0,
  () => UpdateGeneratedTemplateInput$,
  () => UpdateGeneratedTemplateOutput$
];
var UpdateStack$ = [
  9,
  n0,
  _US,
  0,
  () => UpdateStackInput$,
  () => UpdateStackOutput$
];
var UpdateStackInstances$ = [
  9,
  n0,
  _USIp,
  0,
  () => UpdateStackInstancesInput$,
  () => UpdateStackInstancesOutput$
];
var UpdateStackSet$ = [
  9,
  n0,
  _USS,
  0,
  () => UpdateStackSetInput$,
  () => UpdateStackSetOutput$
];
var UpdateTerminationProtection$ = [
  9,
  n0,
  _UTP,
  0,
  () => UpdateTerminationProtectionInput$,
  () => UpdateTerminationProtectionOutput$
];
var ValidateTemplate$ = [
  9,
  n0,
  _VT,
  0,
  () => ValidateTemplateInput$,
  () => ValidateTemplateOutput$
];

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-05-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFormationHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudformation",
      errorTypeRegistries,
      xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/",
      version: "2010-05-15",
      serviceTarget: "CloudFormation"
    },
    serviceId: config?.serviceId ?? "CloudFormation",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/CloudFormationClient.js
var CloudFormationClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudFormationHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ActivateOrganizationsAccessCommand.js
var ActivateOrganizationsAccessCommand = class extends command(_ep0, _mw0, "ActivateOrganizationsAccess", ActivateOrganizationsAccess$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ActivateTypeCommand.js
var ActivateTypeCommand = class extends command(_ep0, _mw0, "ActivateType", ActivateType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/BatchDescribeTypeConfigurationsCommand.js
var BatchDescribeTypeConfigurationsCommand = class extends command(_ep0, _mw0, "BatchDescribeTypeConfigurations", BatchDescribeTypeConfigurations$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CancelUpdateStackCommand.js
var CancelUpdateStackCommand = class extends command(_ep0, _mw0, "CancelUpdateStack", CancelUpdateStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ContinueUpdateRollbackCommand.js
var ContinueUpdateRollbackCommand = class extends command(_ep0, _mw0, "ContinueUpdateRollback", ContinueUpdateRollback$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateChangeSetCommand.js
var CreateChangeSetCommand = class extends command(_ep0, _mw0, "CreateChangeSet", CreateChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateGeneratedTemplateCommand.js
var CreateGeneratedTemplateCommand = class extends command(_ep0, _mw0, "CreateGeneratedTemplate", CreateGeneratedTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateStackCommand.js
var CreateStackCommand = class extends command(_ep0, _mw0, "CreateStack", CreateStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateStackInstancesCommand.js
var CreateStackInstancesCommand = class extends command(_ep0, _mw0, "CreateStackInstances", CreateStackInstances$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateStackRefactorCommand.js
var CreateStackRefactorCommand = class extends command(_ep0, _mw0, "CreateStackRefactor", CreateStackRefactor$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateStackSetCommand.js
var CreateStackSetCommand = class extends command(_ep0, _mw0, "CreateStackSet", CreateStackSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeactivateOrganizationsAccessCommand.js
var DeactivateOrganizationsAccessCommand = class extends command(_ep0, _mw0, "DeactivateOrganizationsAccess", DeactivateOrganizationsAccess$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeactivateTypeCommand.js
var DeactivateTypeCommand = class extends command(_ep0, _mw0, "DeactivateType", DeactivateType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteChangeSetCommand.js
var DeleteChangeSetCommand = class extends command(_ep0, _mw0, "DeleteChangeSet", DeleteChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteGeneratedTemplateCommand.js
var DeleteGeneratedTemplateCommand = class extends command(_ep0, _mw0, "DeleteGeneratedTemplate", DeleteGeneratedTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteStackCommand.js
var DeleteStackCommand = class extends command(_ep0, _mw0, "DeleteStack", DeleteStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteStackInstancesCommand.js
var DeleteStackInstancesCommand = class extends command(_ep0, _mw0, "DeleteStackInstances", DeleteStackInstances$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteStackSetCommand.js
var DeleteStackSetCommand = class extends command(_ep0, _mw0, "DeleteStackSet", DeleteStackSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeregisterTypeCommand.js
var DeregisterTypeCommand = class extends command(_ep0, _mw0, "DeregisterType", DeregisterType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeAccountLimitsCommand.js
var DescribeAccountLimitsCommand = class extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeChangeSetCommand.js
var DescribeChangeSetCommand = class extends command(_ep0, _mw0, "DescribeChangeSet", DescribeChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeChangeSetHooksCommand.js
var DescribeChangeSetHooksCommand = class extends command(_ep0, _mw0, "DescribeChangeSetHooks", DescribeChangeSetHooks$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeEventsCommand.js
var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeGeneratedTemplateCommand.js
var DescribeGeneratedTemplateCommand = class extends command(_ep0, _mw0, "DescribeGeneratedTemplate", DescribeGeneratedTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeOrganizationsAccessCommand.js
var DescribeOrganizationsAccessCommand = class extends command(_ep0, _mw0, "DescribeOrganizationsAccess", DescribeOrganizationsAccess$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribePublisherCommand.js
var DescribePublisherCommand = class extends command(_ep0, _mw0, "DescribePublisher", DescribePublisher$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeResourceScanCommand.js
var DescribeResourceScanCommand = class extends command(_ep0, _mw0, "DescribeResourceScan", DescribeResourceScan$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackDriftDetectionStatusCommand.js
var DescribeStackDriftDetectionStatusCommand = class extends command(_ep0, _mw0, "DescribeStackDriftDetectionStatus", DescribeStackDriftDetectionStatus$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackEventsCommand.js
var DescribeStackEventsCommand = class extends command(_ep0, _mw0, "DescribeStackEvents", DescribeStackEvents$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackInstanceCommand.js
var DescribeStackInstanceCommand = class extends command(_ep0, _mw0, "DescribeStackInstance", DescribeStackInstance$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackRefactorCommand.js
var DescribeStackRefactorCommand = class extends command(_ep0, _mw0, "DescribeStackRefactor", DescribeStackRefactor$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackResourceCommand.js
var DescribeStackResourceCommand = class extends command(_ep0, _mw0, "DescribeStackResource", DescribeStackResource$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackResourceDriftsCommand.js
var DescribeStackResourceDriftsCommand = class extends command(_ep0, _mw0, "DescribeStackResourceDrifts", DescribeStackResourceDrifts$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackResourcesCommand.js
var DescribeStackResourcesCommand = class extends command(_ep0, _mw0, "DescribeStackResources", DescribeStackResources$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStacksCommand.js
var DescribeStacksCommand = class extends command(_ep0, _mw0, "DescribeStacks", DescribeStacks$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackSetCommand.js
var DescribeStackSetCommand = class extends command(_ep0, _mw0, "DescribeStackSet", DescribeStackSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackSetOperationCommand.js
var DescribeStackSetOperationCommand = class extends command(_ep0, _mw0, "DescribeStackSetOperation", DescribeStackSetOperation$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeTypeCommand.js
var DescribeTypeCommand = class extends command(_ep0, _mw0, "DescribeType", DescribeType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeTypeRegistrationCommand.js
var DescribeTypeRegistrationCommand = class extends command(_ep0, _mw0, "DescribeTypeRegistration", DescribeTypeRegistration$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DetectStackDriftCommand.js
var DetectStackDriftCommand = class extends command(_ep0, _mw0, "DetectStackDrift", DetectStackDrift$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DetectStackResourceDriftCommand.js
var DetectStackResourceDriftCommand = class extends command(_ep0, _mw0, "DetectStackResourceDrift", DetectStackResourceDrift$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DetectStackSetDriftCommand.js
var DetectStackSetDriftCommand = class extends command(_ep0, _mw0, "DetectStackSetDrift", DetectStackSetDrift$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/EstimateTemplateCostCommand.js
var EstimateTemplateCostCommand = class extends command(_ep0, _mw0, "EstimateTemplateCost", EstimateTemplateCost$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ExecuteChangeSetCommand.js
var ExecuteChangeSetCommand = class extends command(_ep0, _mw0, "ExecuteChangeSet", ExecuteChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ExecuteStackRefactorCommand.js
var ExecuteStackRefactorCommand = class extends command(_ep0, _mw0, "ExecuteStackRefactor", ExecuteStackRefactor$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetGeneratedTemplateCommand.js
var GetGeneratedTemplateCommand = class extends command(_ep0, _mw0, "GetGeneratedTemplate", GetGeneratedTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetHookResultCommand.js
var GetHookResultCommand = class extends command(_ep0, _mw0, "GetHookResult", GetHookResult$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetStackPolicyCommand.js
var GetStackPolicyCommand = class extends command(_ep0, _mw0, "GetStackPolicy", GetStackPolicy$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetTemplateCommand.js
var GetTemplateCommand = class extends command(_ep0, _mw0, "GetTemplate", GetTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetTemplateSummaryCommand.js
var GetTemplateSummaryCommand = class extends command(_ep0, _mw0, "GetTemplateSummary", GetTemplateSummary$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ImportStacksToStackSetCommand.js
var ImportStacksToStackSetCommand = class extends command(_ep0, _mw0, "ImportStacksToStackSet", ImportStacksToStackSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListChangeSetsCommand.js
var ListChangeSetsCommand = class extends command(_ep0, _mw0, "ListChangeSets", ListChangeSets$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListExportsCommand.js
var ListExportsCommand = class extends command(_ep0, _mw0, "ListExports", ListExports$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListGeneratedTemplatesCommand.js
var ListGeneratedTemplatesCommand = class extends command(_ep0, _mw0, "ListGeneratedTemplates", ListGeneratedTemplates$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListHookResultsCommand.js
var ListHookResultsCommand = class extends command(_ep0, _mw0, "ListHookResults", ListHookResults$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListImportsCommand.js
var ListImportsCommand = class extends command(_ep0, _mw0, "ListImports", ListImports$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListResourceScanRelatedResourcesCommand.js
var ListResourceScanRelatedResourcesCommand = class extends command(_ep0, _mw0, "ListResourceScanRelatedResources", ListResourceScanRelatedResources$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListResourceScanResourcesCommand.js
var ListResourceScanResourcesCommand = class extends command(_ep0, _mw0, "ListResourceScanResources", ListResourceScanResources$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListResourceScansCommand.js
var ListResourceScansCommand = class extends command(_ep0, _mw0, "ListResourceScans", ListResourceScans$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackInstanceResourceDriftsCommand.js
var ListStackInstanceResourceDriftsCommand = class extends command(_ep0, _mw0, "ListStackInstanceResourceDrifts", ListStackInstanceResourceDrifts$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackInstancesCommand.js
var ListStackInstancesCommand = class extends command(_ep0, _mw0, "ListStackInstances", ListStackInstances$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackRefactorActionsCommand.js
var ListStackRefactorActionsCommand = class extends command(_ep0, _mw0, "ListStackRefactorActions", ListStackRefactorActions$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackRefactorsCommand.js
var ListStackRefactorsCommand = class extends command(_ep0, _mw0, "ListStackRefactors", ListStackRefactors$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackResourcesCommand.js
var ListStackResourcesCommand = class extends command(_ep0, _mw0, "ListStackResources", ListStackResources$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStacksCommand.js
var ListStacksCommand = class extends command(_ep0, _mw0, "ListStacks", ListStacks$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackSetAutoDeploymentTargetsCommand.js
var ListStackSetAutoDeploymentTargetsCommand = class extends command(_ep0, _mw0, "ListStackSetAutoDeploymentTargets", ListStackSetAutoDeploymentTargets$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackSetOperationResultsCommand.js
var ListStackSetOperationResultsCommand = class extends command(_ep0, _mw0, "ListStackSetOperationResults", ListStackSetOperationResults$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackSetOperationsCommand.js
var ListStackSetOperationsCommand = class extends command(_ep0, _mw0, "ListStackSetOperations", ListStackSetOperations$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackSetsCommand.js
var ListStackSetsCommand = class extends command(_ep0, _mw0, "ListStackSets", ListStackSets$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListTypeRegistrationsCommand.js
var ListTypeRegistrationsCommand = class extends command(_ep0, _mw0, "ListTypeRegistrations", ListTypeRegistrations$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListTypesCommand.js
var ListTypesCommand = class extends command(_ep0, _mw0, "ListTypes", ListTypes$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListTypeVersionsCommand.js
var ListTypeVersionsCommand = class extends command(_ep0, _mw0, "ListTypeVersions", ListTypeVersions$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/PublishTypeCommand.js
var PublishTypeCommand = class extends command(_ep0, _mw0, "PublishType", PublishType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/RecordHandlerProgressCommand.js
var RecordHandlerProgressCommand = class extends command(_ep0, _mw0, "RecordHandlerProgress", RecordHandlerProgress$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/RegisterPublisherCommand.js
var RegisterPublisherCommand = class extends command(_ep0, _mw0, "RegisterPublisher", RegisterPublisher$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/RegisterTypeCommand.js
var RegisterTypeCommand = class extends command(_ep0, _mw0, "RegisterType", RegisterType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/RemoveAliasCommand.js
var RemoveAliasCommand = class extends command(_ep0, _mw0, "RemoveAlias", RemoveAlias$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/RollbackStackCommand.js
var RollbackStackCommand = class extends command(_ep0, _mw0, "RollbackStack", RollbackStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/SetAliasCommand.js
var SetAliasCommand = class extends command(_ep0, _mw0, "SetAlias", SetAlias$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/SetStackPolicyCommand.js
var SetStackPolicyCommand = class extends command(_ep0, _mw0, "SetStackPolicy", SetStackPolicy$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/SetTypeConfigurationCommand.js
var SetTypeConfigurationCommand = class extends command(_ep0, _mw0, "SetTypeConfiguration", SetTypeConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/SetTypeDefaultVersionCommand.js
var SetTypeDefaultVersionCommand = class extends command(_ep0, _mw0, "SetTypeDefaultVersion", SetTypeDefaultVersion$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/SignalResourceCommand.js
var SignalResourceCommand = class extends command(_ep0, _mw0, "SignalResource", SignalResource$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/StartResourceScanCommand.js
var StartResourceScanCommand = class extends command(_ep0, _mw0, "StartResourceScan", StartResourceScan$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/StopStackSetOperationCommand.js
var StopStackSetOperationCommand = class extends command(_ep0, _mw0, "StopStackSetOperation", StopStackSetOperation$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/TestTypeCommand.js
var TestTypeCommand = class extends command(_ep0, _mw0, "TestType", TestType$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateGeneratedTemplateCommand.js
var UpdateGeneratedTemplateCommand = class extends command(_ep0, _mw0, "UpdateGeneratedTemplate", UpdateGeneratedTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateStackCommand.js
var UpdateStackCommand = class extends command(_ep0, _mw0, "UpdateStack", UpdateStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateStackInstancesCommand.js
var UpdateStackInstancesCommand = class extends command(_ep0, _mw0, "UpdateStackInstances", UpdateStackInstances$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateStackSetCommand.js
var UpdateStackSetCommand = class extends command(_ep0, _mw0, "UpdateStackSet", UpdateStackSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateTerminationProtectionCommand.js
var UpdateTerminationProtectionCommand = class extends command(_ep0, _mw0, "UpdateTerminationProtection", UpdateTerminationProtection$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ValidateTemplateCommand.js
var ValidateTemplateCommand = class extends command(_ep0, _mw0, "ValidateTemplate", ValidateTemplate$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeAccountLimitsPaginator.js
var paginateDescribeAccountLimits = createPaginator(CloudFormationClient, DescribeAccountLimitsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeChangeSetPaginator.js
var paginateDescribeChangeSet = createPaginator(CloudFormationClient, DescribeChangeSetCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeEventsPaginator.js
var paginateDescribeEvents = createPaginator(CloudFormationClient, DescribeEventsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeStackEventsPaginator.js
var paginateDescribeStackEvents = createPaginator(CloudFormationClient, DescribeStackEventsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeStackResourceDriftsPaginator.js
var paginateDescribeStackResourceDrifts = createPaginator(CloudFormationClient, DescribeStackResourceDriftsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/DescribeStacksPaginator.js
var paginateDescribeStacks = createPaginator(CloudFormationClient, DescribeStacksCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListChangeSetsPaginator.js
var paginateListChangeSets = createPaginator(CloudFormationClient, ListChangeSetsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListExportsPaginator.js
var paginateListExports = createPaginator(CloudFormationClient, ListExportsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListGeneratedTemplatesPaginator.js
var paginateListGeneratedTemplates = createPaginator(CloudFormationClient, ListGeneratedTemplatesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListImportsPaginator.js
var paginateListImports = createPaginator(CloudFormationClient, ListImportsCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListResourceScanRelatedResourcesPaginator.js
var paginateListResourceScanRelatedResources = createPaginator(CloudFormationClient, ListResourceScanRelatedResourcesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListResourceScanResourcesPaginator.js
var paginateListResourceScanResources = createPaginator(CloudFormationClient, ListResourceScanResourcesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListResourceScansPaginator.js
var paginateListResourceScans = createPaginator(CloudFormationClient, ListResourceScansCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackInstancesPaginator.js
var paginateListStackInstances = createPaginator(CloudFormationClient, ListStackInstancesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackRefactorActionsPaginator.js
var paginateListStackRefactorActions = createPaginator(CloudFormationClient, ListStackRefactorActionsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackRefactorsPaginator.js
var paginateListStackRefactors = createPaginator(CloudFormationClient, ListStackRefactorsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackResourcesPaginator.js
var paginateListStackResources = createPaginator(CloudFormationClient, ListStackResourcesCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackSetOperationResultsPaginator.js
var paginateListStackSetOperationResults = createPaginator(CloudFormationClient, ListStackSetOperationResultsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackSetOperationsPaginator.js
var paginateListStackSetOperations = createPaginator(CloudFormationClient, ListStackSetOperationsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStackSetsPaginator.js
var paginateListStackSets = createPaginator(CloudFormationClient, ListStackSetsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListStacksPaginator.js
var paginateListStacks = createPaginator(CloudFormationClient, ListStacksCommand, "NextToken", "NextToken", "");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListTypeRegistrationsPaginator.js
var paginateListTypeRegistrations = createPaginator(CloudFormationClient, ListTypeRegistrationsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListTypesPaginator.js
var paginateListTypes = createPaginator(CloudFormationClient, ListTypesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/pagination/ListTypeVersionsPaginator.js
var paginateListTypeVersions = createPaginator(CloudFormationClient, ListTypeVersionsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForChangeSetCreateComplete.js
var checkState = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeChangeSetCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.Status;
      };
      if (returnComparator() === "CREATE_COMPLETE") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.Status;
      };
      if (returnComparator() === "FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForChangeSetCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
var waitUntilChangeSetCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackCreateComplete.js
var checkState2 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "CREATE_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_IN_PROGRESS";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_FAILED";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_IN_PROGRESS";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_FAILED";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "CREATE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "DELETE_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "DELETE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
};
var waitUntilStackCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackDeleteComplete.js
var checkState3 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "DELETE_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "DELETE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "CREATE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_IN_PROGRESS") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackDeleteComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
};
var waitUntilStackDeleteComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState3);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackExists.js
var checkState4 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    return { state: WaiterState.SUCCESS, reason };
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.RETRY, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackExists = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
};
var waitUntilStackExists = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState4);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackImportComplete.js
var checkState5 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "IMPORT_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "IMPORT_ROLLBACK_IN_PROGRESS") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "IMPORT_ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "IMPORT_ROLLBACK_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackImportComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState5);
};
var waitUntilStackImportComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState5);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackRefactorCreateComplete.js
var checkState6 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStackRefactorCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.Status;
      };
      if (returnComparator() === "CREATE_COMPLETE") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.Status;
      };
      if (returnComparator() === "CREATE_FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackRefactorCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState6);
};
var waitUntilStackRefactorCreateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 5, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState6);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackRefactorExecuteComplete.js
var checkState7 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStackRefactorCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.ExecutionStatus;
      };
      if (returnComparator() === "EXECUTE_COMPLETE") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.ExecutionStatus;
      };
      if (returnComparator() === "EXECUTE_FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.ExecutionStatus;
      };
      if (returnComparator() === "ROLLBACK_COMPLETE") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackRefactorExecuteComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState7);
};
var waitUntilStackRefactorExecuteComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 15, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState7);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackRollbackComplete.js
var checkState8 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "DELETE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackRollbackComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState8);
};
var waitUntilStackRollbackComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState8);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForStackUpdateComplete.js
var checkState9 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeStacksCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      let allStringEq_5 = returnComparator().length > 0;
      for (let element_4 of returnComparator()) {
        allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE";
      }
      if (allStringEq_5) {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        let flat_1 = [].concat(...result.Stacks);
        let projection_3 = flat_1.map((element_2) => {
          return element_2.StackStatus;
        });
        return projection_3;
      };
      for (let anyStringEq_4 of returnComparator()) {
        if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
    if (exception.name === "ValidationError") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForStackUpdateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState9);
};
var waitUntilStackUpdateComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState9);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/waiters/waitForTypeRegistrationComplete.js
var checkState10 = async (client, input) => {
  let reason;
  try {
    let result = await client.send(new DescribeTypeRegistrationCommand(input));
    reason = result;
    try {
      const returnComparator = () => {
        return result.ProgressStatus;
      };
      if (returnComparator() === "COMPLETE") {
        return { state: WaiterState.SUCCESS, reason };
      }
    } catch (e2) {
    }
    try {
      const returnComparator = () => {
        return result.ProgressStatus;
      };
      if (returnComparator() === "FAILED") {
        return { state: WaiterState.FAILURE, reason };
      }
    } catch (e2) {
    }
  } catch (exception) {
    reason = exception;
  }
  return { state: WaiterState.RETRY, reason };
};
var waitForTypeRegistrationComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  return createWaiter({ ...serviceDefaults, ...params }, input, checkState10);
};
var waitUntilTypeRegistrationComplete = async (params, input) => {
  const serviceDefaults = { minDelay: 30, maxDelay: 120 };
  const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState10);
  return checkExceptions(result);
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/CloudFormation.js
var commands = {
  ActivateOrganizationsAccessCommand,
  ActivateTypeCommand,
  BatchDescribeTypeConfigurationsCommand,
  CancelUpdateStackCommand,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  CreateGeneratedTemplateCommand,
  CreateStackCommand,
  CreateStackInstancesCommand,
  CreateStackRefactorCommand,
  CreateStackSetCommand,
  DeactivateOrganizationsAccessCommand,
  DeactivateTypeCommand,
  DeleteChangeSetCommand,
  DeleteGeneratedTemplateCommand,
  DeleteStackCommand,
  DeleteStackInstancesCommand,
  DeleteStackSetCommand,
  DeregisterTypeCommand,
  DescribeAccountLimitsCommand,
  DescribeChangeSetCommand,
  DescribeChangeSetHooksCommand,
  DescribeEventsCommand,
  DescribeGeneratedTemplateCommand,
  DescribeOrganizationsAccessCommand,
  DescribePublisherCommand,
  DescribeResourceScanCommand,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackEventsCommand,
  DescribeStackInstanceCommand,
  DescribeStackRefactorCommand,
  DescribeStackResourceCommand,
  DescribeStackResourceDriftsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  DescribeTypeCommand,
  DescribeTypeRegistrationCommand,
  DetectStackDriftCommand,
  DetectStackResourceDriftCommand,
  DetectStackSetDriftCommand,
  EstimateTemplateCostCommand,
  ExecuteChangeSetCommand,
  ExecuteStackRefactorCommand,
  GetGeneratedTemplateCommand,
  GetHookResultCommand,
  GetStackPolicyCommand,
  GetTemplateCommand,
  GetTemplateSummaryCommand,
  ImportStacksToStackSetCommand,
  ListChangeSetsCommand,
  ListExportsCommand,
  ListGeneratedTemplatesCommand,
  ListHookResultsCommand,
  ListImportsCommand,
  ListResourceScanRelatedResourcesCommand,
  ListResourceScanResourcesCommand,
  ListResourceScansCommand,
  ListStackInstanceResourceDriftsCommand,
  ListStackInstancesCommand,
  ListStackRefactorActionsCommand,
  ListStackRefactorsCommand,
  ListStackResourcesCommand,
  ListStacksCommand,
  ListStackSetAutoDeploymentTargetsCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  ListStackSetsCommand,
  ListTypeRegistrationsCommand,
  ListTypesCommand,
  ListTypeVersionsCommand,
  PublishTypeCommand,
  RecordHandlerProgressCommand,
  RegisterPublisherCommand,
  RegisterTypeCommand,
  RemoveAliasCommand,
  RollbackStackCommand,
  SetAliasCommand,
  SetStackPolicyCommand,
  SetTypeConfigurationCommand,
  SetTypeDefaultVersionCommand,
  SignalResourceCommand,
  StartResourceScanCommand,
  StopStackSetOperationCommand,
  TestTypeCommand,
  UpdateGeneratedTemplateCommand,
  UpdateStackCommand,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
  UpdateTerminationProtectionCommand,
  ValidateTemplateCommand
};
var paginators = {
  paginateDescribeAccountLimits,
  paginateDescribeChangeSet,
  paginateDescribeEvents,
  paginateDescribeStackEvents,
  paginateDescribeStackResourceDrifts,
  paginateDescribeStacks,
  paginateListChangeSets,
  paginateListExports,
  paginateListGeneratedTemplates,
  paginateListImports,
  paginateListResourceScanRelatedResources,
  paginateListResourceScanResources,
  paginateListResourceScans,
  paginateListStackInstances,
  paginateListStackRefactorActions,
  paginateListStackRefactors,
  paginateListStackResources,
  paginateListStacks,
  paginateListStackSetOperationResults,
  paginateListStackSetOperations,
  paginateListStackSets,
  paginateListTypeRegistrations,
  paginateListTypes,
  paginateListTypeVersions
};
var waiters = {
  waitUntilChangeSetCreateComplete,
  waitUntilStackRefactorCreateComplete,
  waitUntilStackRefactorExecuteComplete,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
  waitUntilStackExists,
  waitUntilStackImportComplete,
  waitUntilStackRollbackComplete,
  waitUntilStackUpdateComplete,
  waitUntilTypeRegistrationComplete
};
var CloudFormation = class extends CloudFormationClient {
};
createAggregatedClient(commands, CloudFormation, { paginators, waiters });

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/enums.js
var AccountFilterType = {
  DIFFERENCE: "DIFFERENCE",
  INTERSECTION: "INTERSECTION",
  NONE: "NONE",
  UNION: "UNION"
};
var AccountGateStatus = {
  FAILED: "FAILED",
  SKIPPED: "SKIPPED",
  SUCCEEDED: "SUCCEEDED"
};
var ThirdPartyType = {
  HOOK: "HOOK",
  MODULE: "MODULE",
  RESOURCE: "RESOURCE"
};
var VersionBump = {
  MAJOR: "MAJOR",
  MINOR: "MINOR"
};
var AfterValueFrom = {
  TEMPLATE: "TEMPLATE"
};
var AnnotationSeverityLevel = {
  CRITICAL: "CRITICAL",
  HIGH: "HIGH",
  INFORMATIONAL: "INFORMATIONAL",
  LOW: "LOW",
  MEDIUM: "MEDIUM"
};
var AnnotationStatus = {
  FAILED: "FAILED",
  PASSED: "PASSED",
  SKIPPED: "SKIPPED"
};
var AttributeChangeType = {
  Add: "Add",
  Modify: "Modify",
  Remove: "Remove",
  SyncWithActual: "SyncWithActual"
};
var BeaconStackOperationStatus = {
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  SUCCEEDED: "SUCCEEDED"
};
var BeforeValueFrom = {
  ACTUAL_STATE: "ACTUAL_STATE",
  PREVIOUS_DEPLOYMENT_STATE: "PREVIOUS_DEPLOYMENT_STATE"
};
var CallAs = {
  DELEGATED_ADMIN: "DELEGATED_ADMIN",
  SELF: "SELF"
};
var Capability = {
  CAPABILITY_AUTO_EXPAND: "CAPABILITY_AUTO_EXPAND",
  CAPABILITY_IAM: "CAPABILITY_IAM",
  CAPABILITY_NAMED_IAM: "CAPABILITY_NAMED_IAM"
};
var Category = {
  ACTIVATED: "ACTIVATED",
  AWS_TYPES: "AWS_TYPES",
  REGISTERED: "REGISTERED",
  THIRD_PARTY: "THIRD_PARTY"
};
var ChangeAction = {
  Add: "Add",
  Dynamic: "Dynamic",
  Import: "Import",
  Modify: "Modify",
  Remove: "Remove",
  SyncWithActual: "SyncWithActual"
};
var ChangeSource = {
  Automatic: "Automatic",
  DirectModification: "DirectModification",
  NoModification: "NoModification",
  ParameterReference: "ParameterReference",
  ResourceAttribute: "ResourceAttribute",
  ResourceReference: "ResourceReference"
};
var EvaluationType = {
  Dynamic: "Dynamic",
  Static: "Static"
};
var ResourceAttribute = {
  CreationPolicy: "CreationPolicy",
  DeletionPolicy: "DeletionPolicy",
  Metadata: "Metadata",
  Properties: "Properties",
  Tags: "Tags",
  UpdatePolicy: "UpdatePolicy",
  UpdateReplacePolicy: "UpdateReplacePolicy"
};
var RequiresRecreation = {
  Always: "Always",
  Conditionally: "Conditionally",
  Never: "Never"
};
var PolicyAction = {
  Delete: "Delete",
  ReplaceAndDelete: "ReplaceAndDelete",
  ReplaceAndRetain: "ReplaceAndRetain",
  ReplaceAndSnapshot: "ReplaceAndSnapshot",
  Retain: "Retain",
  Snapshot: "Snapshot"
};
var Replacement = {
  Conditional: "Conditional",
  False: "False",
  True: "True"
};
var DriftIgnoredReason = {
  MANAGED_BY_AWS: "MANAGED_BY_AWS",
  SENSITIVE_PROPERTY: "SENSITIVE_PROPERTY",
  WRITE_ONLY_PROPERTY: "WRITE_ONLY_PROPERTY"
};
var StackResourceDriftStatus = {
  DELETED: "DELETED",
  IN_SYNC: "IN_SYNC",
  MODIFIED: "MODIFIED",
  NOT_CHECKED: "NOT_CHECKED",
  UNKNOWN: "UNKNOWN",
  UNSUPPORTED: "UNSUPPORTED"
};
var ChangeType = {
  Resource: "Resource"
};
var HookFailureMode = {
  FAIL: "FAIL",
  WARN: "WARN"
};
var HookInvocationPoint = {
  PRE_PROVISION: "PRE_PROVISION"
};
var HookTargetType = {
  RESOURCE: "RESOURCE"
};
var ChangeSetHooksStatus = {
  PLANNED: "PLANNED",
  PLANNING: "PLANNING",
  UNAVAILABLE: "UNAVAILABLE"
};
var ChangeSetStatus = {
  CREATE_COMPLETE: "CREATE_COMPLETE",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  CREATE_PENDING: "CREATE_PENDING",
  DELETE_COMPLETE: "DELETE_COMPLETE",
  DELETE_FAILED: "DELETE_FAILED",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  DELETE_PENDING: "DELETE_PENDING",
  FAILED: "FAILED"
};
var ExecutionStatus = {
  AVAILABLE: "AVAILABLE",
  EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
  EXECUTE_FAILED: "EXECUTE_FAILED",
  EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
  OBSOLETE: "OBSOLETE",
  UNAVAILABLE: "UNAVAILABLE"
};
var ChangeSetType = {
  CREATE: "CREATE",
  IMPORT: "IMPORT",
  UPDATE: "UPDATE"
};
var DeploymentConfigMode = {
  EXPRESS: "EXPRESS",
  STANDARD: "STANDARD"
};
var DeploymentMode = {
  REVERT_DRIFT: "REVERT_DRIFT"
};
var OnStackFailure = {
  DELETE: "DELETE",
  DO_NOTHING: "DO_NOTHING",
  ROLLBACK: "ROLLBACK"
};
var GeneratedTemplateDeletionPolicy = {
  DELETE: "DELETE",
  RETAIN: "RETAIN"
};
var GeneratedTemplateUpdateReplacePolicy = {
  DELETE: "DELETE",
  RETAIN: "RETAIN"
};
var OnFailure = {
  DELETE: "DELETE",
  DO_NOTHING: "DO_NOTHING",
  ROLLBACK: "ROLLBACK"
};
var ConcurrencyMode = {
  SOFT_FAILURE_TOLERANCE: "SOFT_FAILURE_TOLERANCE",
  STRICT_FAILURE_TOLERANCE: "STRICT_FAILURE_TOLERANCE"
};
var RegionConcurrencyType = {
  PARALLEL: "PARALLEL",
  SEQUENTIAL: "SEQUENTIAL"
};
var PermissionModels = {
  SELF_MANAGED: "SELF_MANAGED",
  SERVICE_MANAGED: "SERVICE_MANAGED"
};
var DeletionMode = {
  FORCE_DELETE_STACK: "FORCE_DELETE_STACK",
  STANDARD: "STANDARD"
};
var RegistryType = {
  HOOK: "HOOK",
  MODULE: "MODULE",
  RESOURCE: "RESOURCE"
};
var StackDriftStatus = {
  DRIFTED: "DRIFTED",
  IN_SYNC: "IN_SYNC",
  NOT_CHECKED: "NOT_CHECKED",
  UNKNOWN: "UNKNOWN"
};
var DetailedStatus = {
  CONFIGURATION_COMPLETE: "CONFIGURATION_COMPLETE",
  VALIDATION_FAILED: "VALIDATION_FAILED"
};
var EventType = {
  HOOK_INVOCATION_ERROR: "HOOK_INVOCATION_ERROR",
  PROGRESS_EVENT: "PROGRESS_EVENT",
  PROVISIONING_ERROR: "PROVISIONING_ERROR",
  STACK_EVENT: "STACK_EVENT",
  VALIDATION_ERROR: "VALIDATION_ERROR"
};
var HookStatus = {
  HOOK_COMPLETE_FAILED: "HOOK_COMPLETE_FAILED",
  HOOK_COMPLETE_SUCCEEDED: "HOOK_COMPLETE_SUCCEEDED",
  HOOK_FAILED: "HOOK_FAILED",
  HOOK_IN_PROGRESS: "HOOK_IN_PROGRESS"
};
var OperationType = {
  CONTINUE_ROLLBACK: "CONTINUE_ROLLBACK",
  CREATE_CHANGESET: "CREATE_CHANGESET",
  CREATE_STACK: "CREATE_STACK",
  DELETE_STACK: "DELETE_STACK",
  ROLLBACK: "ROLLBACK",
  UPDATE_STACK: "UPDATE_STACK"
};
var ResourceStatus = {
  CREATE_COMPLETE: "CREATE_COMPLETE",
  CREATE_FAILED: "CREATE_FAILED",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  DELETE_COMPLETE: "DELETE_COMPLETE",
  DELETE_FAILED: "DELETE_FAILED",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  DELETE_SKIPPED: "DELETE_SKIPPED",
  EXPORT_COMPLETE: "EXPORT_COMPLETE",
  EXPORT_FAILED: "EXPORT_FAILED",
  EXPORT_IN_PROGRESS: "EXPORT_IN_PROGRESS",
  EXPORT_ROLLBACK_COMPLETE: "EXPORT_ROLLBACK_COMPLETE",
  EXPORT_ROLLBACK_FAILED: "EXPORT_ROLLBACK_FAILED",
  EXPORT_ROLLBACK_IN_PROGRESS: "EXPORT_ROLLBACK_IN_PROGRESS",
  IMPORT_COMPLETE: "IMPORT_COMPLETE",
  IMPORT_FAILED: "IMPORT_FAILED",
  IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
  IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
  IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
  IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
  ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
  ROLLBACK_FAILED: "ROLLBACK_FAILED",
  ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
  UPDATE_COMPLETE: "UPDATE_COMPLETE",
  UPDATE_FAILED: "UPDATE_FAILED",
  UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
  UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
  UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
  UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS"
};
var ValidationStatus = {
  FAILED: "FAILED",
  SKIPPED: "SKIPPED"
};
var GeneratedTemplateResourceStatus = {
  COMPLETE: "COMPLETE",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  PENDING: "PENDING"
};
var WarningType = {
  EXCLUDED_PROPERTIES: "EXCLUDED_PROPERTIES",
  EXCLUDED_RESOURCES: "EXCLUDED_RESOURCES",
  MUTUALLY_EXCLUSIVE_PROPERTIES: "MUTUALLY_EXCLUSIVE_PROPERTIES",
  MUTUALLY_EXCLUSIVE_TYPES: "MUTUALLY_EXCLUSIVE_TYPES",
  UNSUPPORTED_PROPERTIES: "UNSUPPORTED_PROPERTIES"
};
var GeneratedTemplateStatus = {
  COMPLETE: "COMPLETE",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  CREATE_PENDING: "CREATE_PENDING",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  DELETE_PENDING: "DELETE_PENDING",
  FAILED: "FAILED",
  UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
  UPDATE_PENDING: "UPDATE_PENDING"
};
var OrganizationStatus = {
  DISABLED: "DISABLED",
  DISABLED_PERMANENTLY: "DISABLED_PERMANENTLY",
  ENABLED: "ENABLED"
};
var IdentityProvider = {
  AWS_Marketplace: "AWS_Marketplace",
  Bitbucket: "Bitbucket",
  GitHub: "GitHub"
};
var PublisherStatus = {
  UNVERIFIED: "UNVERIFIED",
  VERIFIED: "VERIFIED"
};
var ResourceScanStatus = {
  COMPLETE: "COMPLETE",
  EXPIRED: "EXPIRED",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS"
};
var StackDriftDetectionStatus = {
  DETECTION_COMPLETE: "DETECTION_COMPLETE",
  DETECTION_FAILED: "DETECTION_FAILED",
  DETECTION_IN_PROGRESS: "DETECTION_IN_PROGRESS"
};
var StackInstanceDetailedStatus = {
  CANCELLED: "CANCELLED",
  FAILED: "FAILED",
  FAILED_IMPORT: "FAILED_IMPORT",
  INOPERABLE: "INOPERABLE",
  PENDING: "PENDING",
  RUNNING: "RUNNING",
  SKIPPED_SUSPENDED_ACCOUNT: "SKIPPED_SUSPENDED_ACCOUNT",
  SUCCEEDED: "SUCCEEDED"
};
var StackInstanceStatus = {
  CURRENT: "CURRENT",
  INOPERABLE: "INOPERABLE",
  OUTDATED: "OUTDATED"
};
var StackRefactorExecutionStatus = {
  AVAILABLE: "AVAILABLE",
  EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
  EXECUTE_FAILED: "EXECUTE_FAILED",
  EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
  OBSOLETE: "OBSOLETE",
  ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
  ROLLBACK_FAILED: "ROLLBACK_FAILED",
  ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
  UNAVAILABLE: "UNAVAILABLE"
};
var StackRefactorStatus = {
  CREATE_COMPLETE: "CREATE_COMPLETE",
  CREATE_FAILED: "CREATE_FAILED",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  DELETE_COMPLETE: "DELETE_COMPLETE",
  DELETE_FAILED: "DELETE_FAILED",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
};
var DifferenceType = {
  ADD: "ADD",
  NOT_EQUAL: "NOT_EQUAL",
  REMOVE: "REMOVE"
};
var StackStatus = {
  CREATE_COMPLETE: "CREATE_COMPLETE",
  CREATE_FAILED: "CREATE_FAILED",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  DELETE_COMPLETE: "DELETE_COMPLETE",
  DELETE_FAILED: "DELETE_FAILED",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  IMPORT_COMPLETE: "IMPORT_COMPLETE",
  IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
  IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
  IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
  IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
  REVIEW_IN_PROGRESS: "REVIEW_IN_PROGRESS",
  ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
  ROLLBACK_FAILED: "ROLLBACK_FAILED",
  ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
  UPDATE_COMPLETE: "UPDATE_COMPLETE",
  UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
  UPDATE_FAILED: "UPDATE_FAILED",
  UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
  UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
  UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
  UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
  UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS"
};
var StackSetDriftDetectionStatus = {
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
  STOPPED: "STOPPED"
};
var StackSetDriftStatus = {
  DRIFTED: "DRIFTED",
  IN_SYNC: "IN_SYNC",
  NOT_CHECKED: "NOT_CHECKED"
};
var StackSetStatus = {
  ACTIVE: "ACTIVE",
  DELETED: "DELETED"
};
var StackSetOperationAction = {
  CREATE: "CREATE",
  DELETE: "DELETE",
  DETECT_DRIFT: "DETECT_DRIFT",
  UPDATE: "UPDATE"
};
var StageStatus = {
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  NOT_APPLICABLE: "NOT_APPLICABLE",
  NOT_STARTED: "NOT_STARTED",
  PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
  PENDING: "PENDING",
  SUCCEEDED: "SUCCEEDED"
};
var StackSetOperationStatus = {
  FAILED: "FAILED",
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  STOPPED: "STOPPED",
  STOPPING: "STOPPING",
  SUCCEEDED: "SUCCEEDED"
};
var DeprecatedStatus = {
  DEPRECATED: "DEPRECATED",
  LIVE: "LIVE"
};
var ProvisioningType = {
  FULLY_MUTABLE: "FULLY_MUTABLE",
  IMMUTABLE: "IMMUTABLE",
  NON_PROVISIONABLE: "NON_PROVISIONABLE"
};
var TypeTestsStatus = {
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  NOT_TESTED: "NOT_TESTED",
  PASSED: "PASSED"
};
var Visibility = {
  PRIVATE: "PRIVATE",
  PUBLIC: "PUBLIC"
};
var RegistrationStatus = {
  COMPLETE: "COMPLETE",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS"
};
var TemplateFormat = {
  JSON: "JSON",
  YAML: "YAML"
};
var HookTargetAction = {
  CREATE: "CREATE",
  DELETE: "DELETE",
  IMPORT: "IMPORT",
  UPDATE: "UPDATE"
};
var TemplateStage = {
  Original: "Original",
  Processed: "Processed"
};
var ListHookResultsTargetType = {
  CHANGE_SET: "CHANGE_SET",
  CLOUD_CONTROL: "CLOUD_CONTROL",
  RESOURCE: "RESOURCE",
  STACK: "STACK"
};
var ScanType = {
  FULL: "FULL",
  PARTIAL: "PARTIAL"
};
var StackInstanceFilterName = {
  DETAILED_STATUS: "DETAILED_STATUS",
  DRIFT_STATUS: "DRIFT_STATUS",
  LAST_OPERATION_ID: "LAST_OPERATION_ID"
};
var StackRefactorActionType = {
  CREATE: "CREATE",
  MOVE: "MOVE"
};
var StackRefactorDetection = {
  AUTO: "AUTO",
  MANUAL: "MANUAL"
};
var StackRefactorActionEntity = {
  RESOURCE: "RESOURCE",
  STACK: "STACK"
};
var OperationResultFilterName = {
  OPERATION_RESULT_STATUS: "OPERATION_RESULT_STATUS"
};
var StackSetOperationResultStatus = {
  CANCELLED: "CANCELLED",
  FAILED: "FAILED",
  PENDING: "PENDING",
  RUNNING: "RUNNING",
  SUCCEEDED: "SUCCEEDED"
};
var OperationStatus = {
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  PENDING: "PENDING",
  SUCCESS: "SUCCESS"
};
var HandlerErrorCode = {
  AccessDenied: "AccessDenied",
  AlreadyExists: "AlreadyExists",
  GeneralServiceException: "GeneralServiceException",
  HandlerInternalFailure: "HandlerInternalFailure",
  InternalFailure: "InternalFailure",
  InvalidCredentials: "InvalidCredentials",
  InvalidRequest: "InvalidRequest",
  InvalidTypeConfiguration: "InvalidTypeConfiguration",
  NetworkFailure: "NetworkFailure",
  NonCompliant: "NonCompliant",
  NotFound: "NotFound",
  NotUpdatable: "NotUpdatable",
  ResourceConflict: "ResourceConflict",
  ServiceInternalError: "ServiceInternalError",
  ServiceLimitExceeded: "ServiceLimitExceeded",
  ServiceTimeout: "NotStabilized",
  Throttling: "Throttling",
  Unknown: "Unknown",
  UnsupportedTarget: "UnsupportedTarget"
};
var ResourceSignalStatus = {
  FAILURE: "FAILURE",
  SUCCESS: "SUCCESS"
};
export {
  Command as $Command,
  AccountFilterType,
  AccountGateResult$,
  AccountGateStatus,
  AccountLimit$,
  ActivateOrganizationsAccess$,
  ActivateOrganizationsAccessCommand,
  ActivateOrganizationsAccessInput$,
  ActivateOrganizationsAccessOutput$,
  ActivateType$,
  ActivateTypeCommand,
  ActivateTypeInput$,
  ActivateTypeOutput$,
  AfterValueFrom,
  AlreadyExistsException,
  AlreadyExistsException$,
  Annotation$,
  AnnotationSeverityLevel,
  AnnotationStatus,
  AttributeChangeType,
  AutoDeployment$,
  BatchDescribeTypeConfigurations$,
  BatchDescribeTypeConfigurationsCommand,
  BatchDescribeTypeConfigurationsError$,
  BatchDescribeTypeConfigurationsInput$,
  BatchDescribeTypeConfigurationsOutput$,
  BeaconStackOperationStatus,
  BeforeValueFrom,
  CFNRegistryException,
  CFNRegistryException$,
  CallAs,
  CancelUpdateStack$,
  CancelUpdateStackCommand,
  CancelUpdateStackInput$,
  Capability,
  Category,
  Change$,
  ChangeAction,
  ChangeSetHook$,
  ChangeSetHookResourceTargetDetails$,
  ChangeSetHookTargetDetails$,
  ChangeSetHooksStatus,
  ChangeSetNotFoundException,
  ChangeSetNotFoundException$,
  ChangeSetStatus,
  ChangeSetSummary$,
  ChangeSetType,
  ChangeSource,
  ChangeType,
  CloudFormation,
  CloudFormationClient,
  CloudFormationServiceException,
  CloudFormationServiceException$,
  ConcurrencyMode,
  ConcurrentResourcesLimitExceededException,
  ConcurrentResourcesLimitExceededException$,
  ContinueUpdateRollback$,
  ContinueUpdateRollbackCommand,
  ContinueUpdateRollbackInput$,
  ContinueUpdateRollbackOutput$,
  CreateChangeSet$,
  CreateChangeSetCommand,
  CreateChangeSetInput$,
  CreateChangeSetOutput$,
  CreateGeneratedTemplate$,
  CreateGeneratedTemplateCommand,
  CreateGeneratedTemplateInput$,
  CreateGeneratedTemplateOutput$,
  CreateStack$,
  CreateStackCommand,
  CreateStackInput$,
  CreateStackInstances$,
  CreateStackInstancesCommand,
  CreateStackInstancesInput$,
  CreateStackInstancesOutput$,
  CreateStackOutput$,
  CreateStackRefactor$,
  CreateStackRefactorCommand,
  CreateStackRefactorInput$,
  CreateStackRefactorOutput$,
  CreateStackSet$,
  CreateStackSetCommand,
  CreateStackSetInput$,
  CreateStackSetOutput$,
  CreatedButModifiedException,
  CreatedButModifiedException$,
  DeactivateOrganizationsAccess$,
  DeactivateOrganizationsAccessCommand,
  DeactivateOrganizationsAccessInput$,
  DeactivateOrganizationsAccessOutput$,
  DeactivateType$,
  DeactivateTypeCommand,
  DeactivateTypeInput$,
  DeactivateTypeOutput$,
  DeleteChangeSet$,
  DeleteChangeSetCommand,
  DeleteChangeSetInput$,
  DeleteChangeSetOutput$,
  DeleteGeneratedTemplate$,
  DeleteGeneratedTemplateCommand,
  DeleteGeneratedTemplateInput$,
  DeleteStack$,
  DeleteStackCommand,
  DeleteStackInput$,
  DeleteStackInstances$,
  DeleteStackInstancesCommand,
  DeleteStackInstancesInput$,
  DeleteStackInstancesOutput$,
  DeleteStackSet$,
  DeleteStackSetCommand,
  DeleteStackSetInput$,
  DeleteStackSetOutput$,
  DeletionMode,
  DeploymentConfig$,
  DeploymentConfigMode,
  DeploymentMode,
  DeploymentTargets$,
  DeprecatedStatus,
  DeregisterType$,
  DeregisterTypeCommand,
  DeregisterTypeInput$,
  DeregisterTypeOutput$,
  DescribeAccountLimits$,
  DescribeAccountLimitsCommand,
  DescribeAccountLimitsInput$,
  DescribeAccountLimitsOutput$,
  DescribeChangeSet$,
  DescribeChangeSetCommand,
  DescribeChangeSetHooks$,
  DescribeChangeSetHooksCommand,
  DescribeChangeSetHooksInput$,
  DescribeChangeSetHooksOutput$,
  DescribeChangeSetInput$,
  DescribeChangeSetOutput$,
  DescribeEvents$,
  DescribeEventsCommand,
  DescribeEventsInput$,
  DescribeEventsOutput$,
  DescribeGeneratedTemplate$,
  DescribeGeneratedTemplateCommand,
  DescribeGeneratedTemplateInput$,
  DescribeGeneratedTemplateOutput$,
  DescribeOrganizationsAccess$,
  DescribeOrganizationsAccessCommand,
  DescribeOrganizationsAccessInput$,
  DescribeOrganizationsAccessOutput$,
  DescribePublisher$,
  DescribePublisherCommand,
  DescribePublisherInput$,
  DescribePublisherOutput$,
  DescribeResourceScan$,
  DescribeResourceScanCommand,
  DescribeResourceScanInput$,
  DescribeResourceScanOutput$,
  DescribeStackDriftDetectionStatus$,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackDriftDetectionStatusInput$,
  DescribeStackDriftDetectionStatusOutput$,
  DescribeStackEvents$,
  DescribeStackEventsCommand,
  DescribeStackEventsInput$,
  DescribeStackEventsOutput$,
  DescribeStackInstance$,
  DescribeStackInstanceCommand,
  DescribeStackInstanceInput$,
  DescribeStackInstanceOutput$,
  DescribeStackRefactor$,
  DescribeStackRefactorCommand,
  DescribeStackRefactorInput$,
  DescribeStackRefactorOutput$,
  DescribeStackResource$,
  DescribeStackResourceCommand,
  DescribeStackResourceDrifts$,
  DescribeStackResourceDriftsCommand,
  DescribeStackResourceDriftsInput$,
  DescribeStackResourceDriftsOutput$,
  DescribeStackResourceInput$,
  DescribeStackResourceOutput$,
  DescribeStackResources$,
  DescribeStackResourcesCommand,
  DescribeStackResourcesInput$,
  DescribeStackResourcesOutput$,
  DescribeStackSet$,
  DescribeStackSetCommand,
  DescribeStackSetInput$,
  DescribeStackSetOperation$,
  DescribeStackSetOperationCommand,
  DescribeStackSetOperationInput$,
  DescribeStackSetOperationOutput$,
  DescribeStackSetOutput$,
  DescribeStacks$,
  DescribeStacksCommand,
  DescribeStacksInput$,
  DescribeStacksOutput$,
  DescribeType$,
  DescribeTypeCommand,
  DescribeTypeInput$,
  DescribeTypeOutput$,
  DescribeTypeRegistration$,
  DescribeTypeRegistrationCommand,
  DescribeTypeRegistrationInput$,
  DescribeTypeRegistrationOutput$,
  DetailedStatus,
  DetectStackDrift$,
  DetectStackDriftCommand,
  DetectStackDriftInput$,
  DetectStackDriftOutput$,
  DetectStackResourceDrift$,
  DetectStackResourceDriftCommand,
  DetectStackResourceDriftInput$,
  DetectStackResourceDriftOutput$,
  DetectStackSetDrift$,
  DetectStackSetDriftCommand,
  DetectStackSetDriftInput$,
  DetectStackSetDriftOutput$,
  DifferenceType,
  DriftIgnoredReason,
  EstimateTemplateCost$,
  EstimateTemplateCostCommand,
  EstimateTemplateCostInput$,
  EstimateTemplateCostOutput$,
  EvaluationType,
  EventFilter$,
  EventType,
  ExecuteChangeSet$,
  ExecuteChangeSetCommand,
  ExecuteChangeSetInput$,
  ExecuteChangeSetOutput$,
  ExecuteStackRefactor$,
  ExecuteStackRefactorCommand,
  ExecuteStackRefactorInput$,
  ExecutionStatus,
  Export$,
  GeneratedTemplateDeletionPolicy,
  GeneratedTemplateNotFoundException,
  GeneratedTemplateNotFoundException$,
  GeneratedTemplateResourceStatus,
  GeneratedTemplateStatus,
  GeneratedTemplateUpdateReplacePolicy,
  GetGeneratedTemplate$,
  GetGeneratedTemplateCommand,
  GetGeneratedTemplateInput$,
  GetGeneratedTemplateOutput$,
  GetHookResult$,
  GetHookResultCommand,
  GetHookResultInput$,
  GetHookResultOutput$,
  GetStackPolicy$,
  GetStackPolicyCommand,
  GetStackPolicyInput$,
  GetStackPolicyOutput$,
  GetTemplate$,
  GetTemplateCommand,
  GetTemplateInput$,
  GetTemplateOutput$,
  GetTemplateSummary$,
  GetTemplateSummaryCommand,
  GetTemplateSummaryInput$,
  GetTemplateSummaryOutput$,
  HandlerErrorCode,
  HookFailureMode,
  HookInvocationPoint,
  HookResultNotFoundException,
  HookResultNotFoundException$,
  HookResultSummary$,
  HookStatus,
  HookTarget$,
  HookTargetAction,
  HookTargetType,
  IdentityProvider,
  ImportStacksToStackSet$,
  ImportStacksToStackSetCommand,
  ImportStacksToStackSetInput$,
  ImportStacksToStackSetOutput$,
  InsufficientCapabilitiesException,
  InsufficientCapabilitiesException$,
  InvalidChangeSetStatusException,
  InvalidChangeSetStatusException$,
  InvalidOperationException,
  InvalidOperationException$,
  InvalidStateTransitionException,
  InvalidStateTransitionException$,
  LimitExceededException,
  LimitExceededException$,
  ListChangeSets$,
  ListChangeSetsCommand,
  ListChangeSetsInput$,
  ListChangeSetsOutput$,
  ListExports$,
  ListExportsCommand,
  ListExportsInput$,
  ListExportsOutput$,
  ListGeneratedTemplates$,
  ListGeneratedTemplatesCommand,
  ListGeneratedTemplatesInput$,
  ListGeneratedTemplatesOutput$,
  ListHookResults$,
  ListHookResultsCommand,
  ListHookResultsInput$,
  ListHookResultsOutput$,
  ListHookResultsTargetType,
  ListImports$,
  ListImportsCommand,
  ListImportsInput$,
  ListImportsOutput$,
  ListResourceScanRelatedResources$,
  ListResourceScanRelatedResourcesCommand,
  ListResourceScanRelatedResourcesInput$,
  ListResourceScanRelatedResourcesOutput$,
  ListResourceScanResources$,
  ListResourceScanResourcesCommand,
  ListResourceScanResourcesInput$,
  ListResourceScanResourcesOutput$,
  ListResourceScans$,
  ListResourceScansCommand,
  ListResourceScansInput$,
  ListResourceScansOutput$,
  ListStackInstanceResourceDrifts$,
  ListStackInstanceResourceDriftsCommand,
  ListStackInstanceResourceDriftsInput$,
  ListStackInstanceResourceDriftsOutput$,
  ListStackInstances$,
  ListStackInstancesCommand,
  ListStackInstancesInput$,
  ListStackInstancesOutput$,
  ListStackRefactorActions$,
  ListStackRefactorActionsCommand,
  ListStackRefactorActionsInput$,
  ListStackRefactorActionsOutput$,
  ListStackRefactors$,
  ListStackRefactorsCommand,
  ListStackRefactorsInput$,
  ListStackRefactorsOutput$,
  ListStackResources$,
  ListStackResourcesCommand,
  ListStackResourcesInput$,
  ListStackResourcesOutput$,
  ListStackSetAutoDeploymentTargets$,
  ListStackSetAutoDeploymentTargetsCommand,
  ListStackSetAutoDeploymentTargetsInput$,
  ListStackSetAutoDeploymentTargetsOutput$,
  ListStackSetOperationResults$,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationResultsInput$,
  ListStackSetOperationResultsOutput$,
  ListStackSetOperations$,
  ListStackSetOperationsCommand,
  ListStackSetOperationsInput$,
  ListStackSetOperationsOutput$,
  ListStackSets$,
  ListStackSetsCommand,
  ListStackSetsInput$,
  ListStackSetsOutput$,
  ListStacks$,
  ListStacksCommand,
  ListStacksInput$,
  ListStacksOutput$,
  ListTypeRegistrations$,
  ListTypeRegistrationsCommand,
  ListTypeRegistrationsInput$,
  ListTypeRegistrationsOutput$,
  ListTypeVersions$,
  ListTypeVersionsCommand,
  ListTypeVersionsInput$,
  ListTypeVersionsOutput$,
  ListTypes$,
  ListTypesCommand,
  ListTypesInput$,
  ListTypesOutput$,
  LiveResourceDrift$,
  LoggingConfig$,
  ManagedExecution$,
  ModuleInfo$,
  NameAlreadyExistsException,
  NameAlreadyExistsException$,
  OnFailure,
  OnStackFailure,
  OperationEntry$,
  OperationEvent$,
  OperationIdAlreadyExistsException,
  OperationIdAlreadyExistsException$,
  OperationInProgressException,
  OperationInProgressException$,
  OperationNotFoundException,
  OperationNotFoundException$,
  OperationResultFilter$,
  OperationResultFilterName,
  OperationStatus,
  OperationStatusCheckFailedException,
  OperationStatusCheckFailedException$,
  OperationType,
  OrganizationStatus,
  Output$,
  Parameter$,
  ParameterConstraints$,
  ParameterDeclaration$,
  PermissionModels,
  PhysicalResourceIdContextKeyValuePair$,
  PolicyAction,
  PropertyDifference$,
  ProvisioningType,
  PublishType$,
  PublishTypeCommand,
  PublishTypeInput$,
  PublishTypeOutput$,
  PublisherStatus,
  RecordHandlerProgress$,
  RecordHandlerProgressCommand,
  RecordHandlerProgressInput$,
  RecordHandlerProgressOutput$,
  RegionConcurrencyType,
  RegionalStackInstancesDeployment$,
  RegionalStages$,
  RegionalStatusDetail$,
  RegisterPublisher$,
  RegisterPublisherCommand,
  RegisterPublisherInput$,
  RegisterPublisherOutput$,
  RegisterType$,
  RegisterTypeCommand,
  RegisterTypeInput$,
  RegisterTypeOutput$,
  RegistrationStatus,
  RegistryType,
  RemoveAlias$,
  RemoveAliasCommand,
  RemoveAliasInput$,
  Replacement,
  RequiredActivatedType$,
  RequiresRecreation,
  ResourceAttribute,
  ResourceChange$,
  ResourceChangeDetail$,
  ResourceDefinition$,
  ResourceDetail$,
  ResourceDriftIgnoredAttribute$,
  ResourceIdentifierSummary$,
  ResourceLocation$,
  ResourceMapping$,
  ResourceScanInProgressException,
  ResourceScanInProgressException$,
  ResourceScanLimitExceededException,
  ResourceScanLimitExceededException$,
  ResourceScanNotFoundException,
  ResourceScanNotFoundException$,
  ResourceScanStatus,
  ResourceScanSummary$,
  ResourceSignalStatus,
  ResourceStatus,
  ResourceTargetDefinition$,
  ResourceToImport$,
  RoleProvisioning$,
  RollbackConfiguration$,
  RollbackStack$,
  RollbackStackCommand,
  RollbackStackInput$,
  RollbackStackOutput$,
  RollbackTrigger$,
  ScanFilter$,
  ScanType,
  ScannedResource$,
  ScannedResourceIdentifier$,
  SetAlias$,
  SetAliasCommand,
  SetAliasInput$,
  SetStackPolicy$,
  SetStackPolicyCommand,
  SetStackPolicyInput$,
  SetTypeConfiguration$,
  SetTypeConfigurationCommand,
  SetTypeConfigurationInput$,
  SetTypeConfigurationOutput$,
  SetTypeDefaultVersion$,
  SetTypeDefaultVersionCommand,
  SetTypeDefaultVersionInput$,
  SetTypeDefaultVersionOutput$,
  SignalResource$,
  SignalResourceCommand,
  SignalResourceInput$,
  Stack$,
  StackDefinition$,
  StackDriftDetectionStatus,
  StackDriftInformation$,
  StackDriftInformationSummary$,
  StackDriftStatus,
  StackEvent$,
  StackInstance$,
  StackInstanceComprehensiveStatus$,
  StackInstanceDetailedStatus,
  StackInstanceFilter$,
  StackInstanceFilterName,
  StackInstanceNotFoundException,
  StackInstanceNotFoundException$,
  StackInstanceResourceDriftsSummary$,
  StackInstanceStatus,
  StackInstanceSummary$,
  StackInstancesDeployment$,
  StackNotFoundException,
  StackNotFoundException$,
  StackRefactorAction$,
  StackRefactorActionEntity,
  StackRefactorActionType,
  StackRefactorDetection,
  StackRefactorExecutionStatus,
  StackRefactorNotFoundException,
  StackRefactorNotFoundException$,
  StackRefactorStatus,
  StackRefactorSummary$,
  StackResource$,
  StackResourceDetail$,
  StackResourceDrift$,
  StackResourceDriftInformation$,
  StackResourceDriftInformationSummary$,
  StackResourceDriftStatus,
  StackResourceSummary$,
  StackSet$,
  StackSetAutoDeploymentTargetSummary$,
  StackSetDriftDetectionDetails$,
  StackSetDriftDetectionStatus,
  StackSetDriftStatus,
  StackSetNotEmptyException,
  StackSetNotEmptyException$,
  StackSetNotFoundException,
  StackSetNotFoundException$,
  StackSetOperation$,
  StackSetOperationAction,
  StackSetOperationPreferences$,
  StackSetOperationResultStatus,
  StackSetOperationResultSummary$,
  StackSetOperationStatus,
  StackSetOperationStatusDetails$,
  StackSetOperationSummary$,
  StackSetStatus,
  StackSetSummary$,
  StackStatus,
  StackSummary$,
  StageStatus,
  Stages$,
  StaleRequestException,
  StaleRequestException$,
  StartResourceScan$,
  StartResourceScanCommand,
  StartResourceScanInput$,
  StartResourceScanOutput$,
  StopStackSetOperation$,
  StopStackSetOperationCommand,
  StopStackSetOperationInput$,
  StopStackSetOperationOutput$,
  Tag$,
  TemplateConfiguration$,
  TemplateFormat,
  TemplateParameter$,
  TemplateProgress$,
  TemplateStage,
  TemplateSummary$,
  TemplateSummaryConfig$,
  TestType$,
  TestTypeCommand,
  TestTypeInput$,
  TestTypeOutput$,
  ThirdPartyType,
  TokenAlreadyExistsException,
  TokenAlreadyExistsException$,
  TypeConfigurationDetails$,
  TypeConfigurationIdentifier$,
  TypeConfigurationNotFoundException,
  TypeConfigurationNotFoundException$,
  TypeFilters$,
  TypeNotFoundException,
  TypeNotFoundException$,
  TypeSummary$,
  TypeTestsStatus,
  TypeVersionSummary$,
  UpdateGeneratedTemplate$,
  UpdateGeneratedTemplateCommand,
  UpdateGeneratedTemplateInput$,
  UpdateGeneratedTemplateOutput$,
  UpdateStack$,
  UpdateStackCommand,
  UpdateStackInput$,
  UpdateStackInstances$,
  UpdateStackInstancesCommand,
  UpdateStackInstancesInput$,
  UpdateStackInstancesOutput$,
  UpdateStackOutput$,
  UpdateStackSet$,
  UpdateStackSetCommand,
  UpdateStackSetInput$,
  UpdateStackSetOutput$,
  UpdateTerminationProtection$,
  UpdateTerminationProtectionCommand,
  UpdateTerminationProtectionInput$,
  UpdateTerminationProtectionOutput$,
  ValidateTemplate$,
  ValidateTemplateCommand,
  ValidateTemplateInput$,
  ValidateTemplateOutput$,
  ValidationStatus,
  VersionBump,
  Visibility,
  WarningDetail$,
  WarningProperty$,
  WarningType,
  Warnings$,
  Client as __Client,
  errorTypeRegistries,
  paginateDescribeAccountLimits,
  paginateDescribeChangeSet,
  paginateDescribeEvents,
  paginateDescribeStackEvents,
  paginateDescribeStackResourceDrifts,
  paginateDescribeStacks,
  paginateListChangeSets,
  paginateListExports,
  paginateListGeneratedTemplates,
  paginateListImports,
  paginateListResourceScanRelatedResources,
  paginateListResourceScanResources,
  paginateListResourceScans,
  paginateListStackInstances,
  paginateListStackRefactorActions,
  paginateListStackRefactors,
  paginateListStackResources,
  paginateListStackSetOperationResults,
  paginateListStackSetOperations,
  paginateListStackSets,
  paginateListStacks,
  paginateListTypeRegistrations,
  paginateListTypeVersions,
  paginateListTypes,
  waitForChangeSetCreateComplete,
  waitForStackCreateComplete,
  waitForStackDeleteComplete,
  waitForStackExists,
  waitForStackImportComplete,
  waitForStackRefactorCreateComplete,
  waitForStackRefactorExecuteComplete,
  waitForStackRollbackComplete,
  waitForStackUpdateComplete,
  waitForTypeRegistrationComplete,
  waitUntilChangeSetCreateComplete,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
  waitUntilStackExists,
  waitUntilStackImportComplete,
  waitUntilStackRefactorCreateComplete,
  waitUntilStackRefactorExecuteComplete,
  waitUntilStackRollbackComplete,
  waitUntilStackUpdateComplete,
  waitUntilTypeRegistrationComplete
};
