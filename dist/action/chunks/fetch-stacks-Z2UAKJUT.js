import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  stackUri
} from "./chunk-3VTAK7LM.js";
import "./chunk-QVXUJ2S4.js";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/engine/load/live/aws-errors.ts
function describeAwsError(e, action, what) {
  const error = e;
  const name = error.name ?? "";
  const message = oneLine(error.message ?? String(e));
  const code = error.code ?? e.cause?.code ?? "";
  if (name === "CredentialsProviderError" || /Could not load credentials|Unable to locate credentials/i.test(message)) {
    return "no AWS credentials found: set them as the SDK reads them (AWS_PROFILE or --profile, AWS_ACCESS_KEY_ID, SSO, a container or instance role)";
  }
  if (/ExpiredToken|TokenRefreshRequired|RequestExpired/i.test(name) || /token .*expired|expired token/i.test(message)) {
    return `the AWS credentials have expired (${action} on ${what}): log in again (aws sso login) or refresh them`;
  }
  if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(name) || error.$metadata?.httpStatusCode === 403) {
    return `access denied: ${action} on ${what} is not allowed for these credentials (${message})`;
  }
  if (name === "ValidationError" && /does not exist/i.test(message)) return `no such stack: ${what} (${message})`;
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH"].includes(code) || /ECONNREFUSED|ENOTFOUND|getaddrinfo|socket hang up/i.test(message)) {
    return `the CloudFormation endpoint cannot be reached (${action} on ${what}: ${code || message})`;
  }
  if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(name)) return `throttled by AWS after the SDK's retries (${action} on ${what})`;
  return `${action} on ${what} failed: ${name ? `${name}: ` : ""}${message}`;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}

// src/engine/load/live/fetch-stacks.ts
var ACTIVE = [
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "UPDATE_ROLLBACK_COMPLETE",
  "IMPORT_COMPLETE",
  "IMPORT_ROLLBACK_COMPLETE",
  "ROLLBACK_COMPLETE",
  "UPDATE_IN_PROGRESS",
  "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
  "UPDATE_ROLLBACK_IN_PROGRESS",
  "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
  "REVIEW_IN_PROGRESS"
];
async function fetchStacks(options) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const sdk = await import("./dist-es-DYRCJOFV.js");
  const regions = options.regions.length > 0 ? options.regions : [void 0];
  const stacks = [];
  const problems = [];
  const limit = pLimit(options.concurrency ?? 8);
  for (const wanted of regions) {
    const client = new sdk.CloudFormationClient({
      ...wanted ? { region: wanted } : {},
      ...options.profile ? { profile: options.profile } : {},
      ...options.endpointUrl ? { endpoint: options.endpointUrl } : {},
      ...options.roleArn ? { credentials: await assumed(options.roleArn, wanted, options.profile, options.endpointUrl) } : {},
      retryMode: "adaptive",
      maxAttempts: 6
    });
    let region;
    try {
      region = await client.config.region();
    } catch (e) {
      problems.push({ file: "AWS region", message: `no AWS region: pass --region or set AWS_REGION (${e.message})` });
      continue;
    }
    stacks.push(...await readRegion(client, sdk, region, options, limit, problems));
    client.destroy();
  }
  return { stacks, problems };
}
async function readRegion(client, sdk, region, options, limit, problems) {
  const names = options.allStacks ? await listActive(client, sdk, region, problems) : [...new Set(options.stacks)];
  if (names === void 0) return [];
  const exports = names.length > 0 ? await listExports(client, sdk, region, problems) : /* @__PURE__ */ new Map();
  if (exports === void 0) return [];
  let done = 0;
  const read = await Promise.all(
    names.map(
      (name) => limit(async () => {
        const stack = await readStack(client, sdk, region, name, exports).catch((e) => {
          problems.push({ file: stackUri(region, name), message: describeAwsError(e, actionOf(e), `stack ${name} in ${region}`) });
          return void 0;
        });
        options.onProgress?.(++done, names.length);
        return stack;
      })
    )
  );
  return read.flatMap((s) => s ? [s] : []);
}
function actionOf(e) {
  return e.action ?? "cloudformation:GetTemplate";
}
async function call(action, run) {
  try {
    return await run();
  } catch (e) {
    if (e !== null && typeof e === "object") Object.assign(e, { action });
    throw e;
  }
}
async function readStack(client, sdk, region, name, exports) {
  const described = await call("cloudformation:DescribeStacks", () => client.send(new sdk.DescribeStacksCommand({ StackName: name })));
  const stack = described.Stacks?.[0];
  if (!stack) throw Object.assign(new Error(`Stack with id ${name} does not exist`), { name: "ValidationError", action: "cloudformation:DescribeStacks" });
  const template = await call(
    "cloudformation:GetTemplate",
    () => client.send(new sdk.GetTemplateCommand({ StackName: stack.StackId ?? name, TemplateStage: "Processed" }))
  );
  const body = template.TemplateBody ?? (await call("cloudformation:GetTemplate", () => client.send(new sdk.GetTemplateCommand({ StackName: stack.StackId ?? name, TemplateStage: "Original" })))).TemplateBody ?? "";
  const parameters = new Map(
    (stack.Parameters ?? []).flatMap((p) => p.ParameterKey ? [[p.ParameterKey, p.ResolvedValue ?? p.ParameterValue ?? ""]] : [])
  );
  return { uri: stackUri(region, stack.StackName ?? name), region, name: stack.StackName ?? name, stackId: stack.StackId ?? "", body, parameters, exports };
}
async function listActive(client, sdk, region, problems) {
  const names = [];
  try {
    for await (const page of sdk.paginateListStacks({ client }, { StackStatusFilter: [...ACTIVE] })) {
      for (const s of page.StackSummaries ?? []) if (s.StackName && !names.includes(s.StackName)) names.push(s.StackName);
    }
  } catch (e) {
    problems.push({ file: `cloudformation://${region}`, message: describeAwsError(e, "cloudformation:ListStacks", `the stacks of ${region}`) });
    return void 0;
  }
  return names;
}
async function listExports(client, sdk, region, problems) {
  const exports = /* @__PURE__ */ new Map();
  try {
    for await (const page of sdk.paginateListExports({ client }, {})) {
      for (const x of page.Exports ?? []) if (x.Name !== void 0 && x.Value !== void 0) exports.set(x.Name, x.Value);
    }
  } catch (e) {
    problems.push({ file: `cloudformation://${region}`, message: describeAwsError(e, "cloudformation:ListExports", `the exports of ${region}`) });
    return void 0;
  }
  return exports;
}
async function assumed(roleArn, region, profile, endpoint) {
  const { fromTemporaryCredentials, fromIni } = await import("./dist-es-B44UBWJG.js");
  return fromTemporaryCredentials({
    params: { RoleArn: roleArn, RoleSessionName: "endpoint-guard" },
    ...profile ? { masterCredentials: fromIni({ profile }) } : {},
    // An emulator (--endpoint-url) answers STS on the same address.
    clientConfig: { ...region ? { region } : {}, ...endpoint ? { endpoint } : {} }
  });
}
export {
  fetchStacks
};
