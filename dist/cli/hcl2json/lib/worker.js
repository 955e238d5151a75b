import { createRequire as __egRequire } from 'node:module'; import { fileURLToPath as __egPath } from 'node:url'; import { dirname as __egDirname } from 'node:path'; const require = __egRequire(import.meta.url); const __dirname = __egDirname(__egPath(import.meta.url));
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports) {
    "use strict";
    exports.fromCallback = function(fn) {
      return Object.defineProperty(function(...args) {
        if (typeof args[args.length - 1] === "function") fn.apply(this, args);
        else {
          return new Promise((resolve, reject) => {
            args.push((err, res) => err != null ? reject(err) : resolve(res));
            fn.apply(this, args);
          });
        }
      }, "name", { value: fn.name });
    };
    exports.fromPromise = function(fn) {
      return Object.defineProperty(function(...args) {
        const cb = args[args.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args);
        else {
          args.pop();
          fn.apply(this, args).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs2) {
      if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs2);
      }
      if (!fs2.lutimes) {
        patchLutimes(fs2);
      }
      fs2.chown = chownFix(fs2.chown);
      fs2.fchown = chownFix(fs2.fchown);
      fs2.lchown = chownFix(fs2.lchown);
      fs2.chmod = chmodFix(fs2.chmod);
      fs2.fchmod = chmodFix(fs2.fchmod);
      fs2.lchmod = chmodFix(fs2.lchmod);
      fs2.chownSync = chownFixSync(fs2.chownSync);
      fs2.fchownSync = chownFixSync(fs2.fchownSync);
      fs2.lchownSync = chownFixSync(fs2.lchownSync);
      fs2.chmodSync = chmodFixSync(fs2.chmodSync);
      fs2.fchmodSync = chmodFixSync(fs2.fchmodSync);
      fs2.lchmodSync = chmodFixSync(fs2.lchmodSync);
      fs2.stat = statFix(fs2.stat);
      fs2.fstat = statFix(fs2.fstat);
      fs2.lstat = statFix(fs2.lstat);
      fs2.statSync = statFixSync(fs2.statSync);
      fs2.fstatSync = statFixSync(fs2.fstatSync);
      fs2.lstatSync = statFixSync(fs2.lstatSync);
      if (fs2.chmod && !fs2.lchmod) {
        fs2.lchmod = function(path, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchmodSync = function() {
        };
      }
      if (fs2.chown && !fs2.lchown) {
        fs2.lchown = function(path, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs2.rename = typeof fs2.rename !== "function" ? fs2.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs2.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
          return rename;
        })(fs2.rename);
      }
      fs2.read = typeof fs2.read !== "function" ? fs2.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs2.read);
      fs2.readSync = typeof fs2.readSync !== "function" ? fs2.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs2, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs2.readSync);
      function patchLchmod(fs3) {
        fs3.lchmod = function(path, mode, callback) {
          fs3.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs3.fchmod(fd, mode, function(err2) {
                fs3.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs3.lchmodSync = function(path, mode) {
          var fd = fs3.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs3.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs3.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs3.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs3) {
        if (constants.hasOwnProperty("O_SYMLINK") && fs3.futimes) {
          fs3.lutimes = function(path, at, mt, cb) {
            fs3.open(path, constants.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs3.futimes(fd, at, mt, function(er2) {
                fs3.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs3.lutimesSync = function(path, at, mt) {
            var fd = fs3.openSync(path, constants.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs3.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs3.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs3.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs3.futimes) {
          fs3.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs3.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs2, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs2, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs2, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs2, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs2, target, options, callback) : orig.call(fs2, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs2, target, options) : orig.call(fs2, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs2) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self = this;
        this.path = path;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs2.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path, options);
        Stream.call(this);
        this.path = path;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs2.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs2 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
      previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs2[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs2, queue);
      fs2.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs2, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs2.close);
      fs2.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs2, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs2.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs2[gracefulQueue]);
          __require("assert").equal(fs2[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs2[gracefulQueue]);
    }
    module.exports = patch(clone(fs2));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs2.__patched) {
      module.exports = patch(fs2);
      fs2.__patched = true;
    }
    function patch(fs3) {
      polyfills(fs3);
      fs3.gracefulify = patch;
      fs3.createReadStream = createReadStream;
      fs3.createWriteStream = createWriteStream;
      var fs$readFile = fs3.readFile;
      fs3.readFile = readFile;
      function readFile(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs3.writeFile;
      fs3.writeFile = writeFile;
      function writeFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs3.appendFile;
      if (fs$appendFile)
        fs3.appendFile = appendFile;
      function appendFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs3.copyFile;
      if (fs$copyFile)
        fs3.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs3.readdir;
      fs3.readdir = readdir;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, options2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path, options, cb);
        function fs$readdirCallback(path2, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path2, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs3);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs3.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs3.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs3, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs3, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs3, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs3, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path, options) {
        return new fs3.ReadStream(path, options);
      }
      function createWriteStream(path, options) {
        return new fs3.WriteStream(path, options);
      }
      var fs$open = fs3.open;
      fs3.open = open;
      function open(path, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path, flags, mode, cb);
        function go$open(path2, flags2, mode2, cb2, startTime) {
          return fs$open(path2, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs3;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs2[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs2[gracefulQueue].length; ++i) {
        if (fs2[gracefulQueue][i].length > 2) {
          fs2[gracefulQueue][i][3] = now;
          fs2[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs2[gracefulQueue].length === 0)
        return;
      var elem = fs2[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs2[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/fs-extra/lib/fs/index.js
var require_fs = __commonJS({
  "node_modules/fs-extra/lib/fs/index.js"(exports) {
    "use strict";
    var u = require_universalify().fromCallback;
    var fs2 = require_graceful_fs();
    var api = [
      "access",
      "appendFile",
      "chmod",
      "chown",
      "close",
      "copyFile",
      "cp",
      "fchmod",
      "fchown",
      "fdatasync",
      "fstat",
      "fsync",
      "ftruncate",
      "futimes",
      "glob",
      "lchmod",
      "lchown",
      "lutimes",
      "link",
      "lstat",
      "mkdir",
      "mkdtemp",
      "open",
      "opendir",
      "readdir",
      "readFile",
      "readlink",
      "realpath",
      "rename",
      "rm",
      "rmdir",
      "stat",
      "statfs",
      "symlink",
      "truncate",
      "unlink",
      "utimes",
      "writeFile"
    ].filter((key) => {
      return typeof fs2[key] === "function";
    });
    Object.assign(exports, fs2);
    api.forEach((method) => {
      exports[method] = u(fs2[method]);
    });
    exports.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs2.exists(filename, callback);
      }
      return new Promise((resolve) => {
        return fs2.exists(filename, resolve);
      });
    };
    exports.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs2.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve, reject) => {
        fs2.read(fd, buffer, offset, length, position, (err, bytesRead, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports.write = function(fd, buffer, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs2.write(fd, buffer, ...args);
      }
      return new Promise((resolve, reject) => {
        fs2.write(fd, buffer, ...args, (err, bytesWritten, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports.readv = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs2.readv(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs2.readv(fd, buffers, ...args, (err, bytesRead, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports.writev = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs2.writev(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs2.writev(fd, buffers, ...args, (err, bytesWritten, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs2.realpath.native === "function") {
      exports.realpath.native = u(fs2.realpath.native);
    } else {
      process.emitWarning(
        "fs.realpath.native is not a function. Is fs being monkey-patched?",
        "Warning",
        "fs-extra-WARN0003"
      );
    }
  }
});

// node_modules/fs-extra/lib/mkdirs/utils.js
var require_utils = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports, module) {
    "use strict";
    var path = __require("path");
    module.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/make-dir.js
var require_make_dir = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var { checkPath } = require_utils();
    var getMode = (options) => {
      const defaults = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults, ...options }.mode;
    };
    module.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs2.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs2.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir = u(_makeDir);
    module.exports = {
      mkdirs: makeDir,
      mkdirsSync: makeDirSync,
      // alias
      mkdirp: makeDir,
      mkdirpSync: makeDirSync,
      ensureDir: makeDir,
      ensureDirSync: makeDirSync
    };
  }
});

// node_modules/fs-extra/lib/path-exists/index.js
var require_path_exists = __commonJS({
  "node_modules/fs-extra/lib/path-exists/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    function pathExists(path) {
      return fs2.access(path).then(() => true).catch(() => false);
    }
    module.exports = {
      pathExists: u(pathExists),
      pathExistsSync: fs2.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var u = require_universalify().fromPromise;
    async function utimesMillis(path, atime, mtime) {
      const fd = await fs2.open(path, "r+");
      let closeErr = null;
      try {
        await fs2.futimes(fd, atime, mtime);
      } finally {
        try {
          await fs2.close(fd);
        } catch (e) {
          closeErr = e;
        }
      }
      if (closeErr) {
        throw closeErr;
      }
    }
    function utimesMillisSync(path, atime, mtime) {
      const fd = fs2.openSync(path, "r+");
      fs2.futimesSync(fd, atime, mtime);
      return fs2.closeSync(fd);
    }
    module.exports = {
      utimesMillis: u(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var u = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs2.stat(file, { bigint: true }) : (file) => fs2.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err) => {
          if (err.code === "ENOENT") return null;
          throw err;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs2.statSync(file, { bigint: true }) : (file) => fs2.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err) {
        if (err.code === "ENOENT") return { srcStat, destStat: null };
        throw err;
      }
      return { srcStat, destStat };
    }
    async function checkPaths(src, dest, funcName, opts) {
      const { srcStat, destStat } = await getStats(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path.basename(src);
          const destBaseName = path.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function checkPathsSync(src, dest, funcName, opts) {
      const { srcStat, destStat } = getStatsSync(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path.basename(src);
          const destBaseName = path.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && srcBaseName.toLowerCase() === destBaseName.toLowerCase()) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    async function checkParentPaths(src, srcStat, dest, funcName) {
      const srcParent = path.resolve(path.dirname(src));
      const destParent = path.resolve(path.dirname(dest));
      if (destParent === srcParent || destParent === path.parse(destParent).root) return;
      let destStat;
      try {
        destStat = await fs2.stat(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return;
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPaths(src, srcStat, destParent, funcName);
    }
    function checkParentPathsSync(src, srcStat, dest, funcName) {
      const srcParent = path.resolve(path.dirname(src));
      const destParent = path.resolve(path.dirname(dest));
      if (destParent === srcParent || destParent === path.parse(destParent).root) return;
      let destStat;
      try {
        destStat = fs2.statSync(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return;
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPathsSync(src, srcStat, destParent, funcName);
    }
    function areIdentical(srcStat, destStat) {
      return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
    }
    function isSrcSubdir(src, dest) {
      const srcArr = path.resolve(src).split(path.sep).filter((i) => i);
      const destArr = path.resolve(dest).split(path.sep).filter((i) => i);
      return srcArr.every((cur, i) => destArr[i] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module.exports = {
      // checkPaths
      checkPaths: u(checkPaths),
      checkPathsSync,
      // checkParent
      checkParentPaths: u(checkParentPaths),
      checkParentPathsSync,
      // Misc
      isSrcSubdir,
      areIdentical
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var { mkdirs } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { utimesMillis } = require_utimes();
    var stat = require_stat();
    async function copy(src, dest, opts = {}) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0001"
        );
      }
      const { srcStat, destStat } = await stat.checkPaths(src, dest, "copy", opts);
      await stat.checkParentPaths(src, srcStat, dest, "copy");
      const include = await runFilter(src, dest, opts);
      if (!include) return;
      const destParent = path.dirname(dest);
      const dirExists = await pathExists(destParent);
      if (!dirExists) {
        await mkdirs(destParent);
      }
      await getStatsAndPerformCopy(destStat, src, dest, opts);
    }
    async function runFilter(src, dest, opts) {
      if (!opts.filter) return true;
      return opts.filter(src, dest);
    }
    async function getStatsAndPerformCopy(destStat, src, dest, opts) {
      const statFn = opts.dereference ? fs2.stat : fs2.lstat;
      const srcStat = await statFn(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    async function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      if (opts.overwrite) {
        await fs2.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs2.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs2.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs2.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs2.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs2.mkdir(dest);
      }
      const promises = [];
      for await (const item of await fs2.opendir(src)) {
        const srcItem = path.join(src, item.name);
        const destItem = path.join(dest, item.name);
        promises.push(
          runFilter(srcItem, destItem, opts).then((include) => {
            if (include) {
              return stat.checkPaths(srcItem, destItem, "copy", opts).then(({ destStat: destStat2 }) => {
                return getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
              });
            }
          })
        );
      }
      await Promise.all(promises);
      if (!destStat) {
        await fs2.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs2.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs2.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs2.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs2.symlink(resolvedSrc, dest);
        throw e;
      }
      if (opts.dereference) {
        resolvedDest = path.resolve(process.cwd(), resolvedDest);
      }
      if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
        throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
      }
      if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
        throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
      }
      await fs2.unlink(dest);
      return fs2.symlink(resolvedSrc, dest);
    }
    module.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports, module) {
    "use strict";
    var fs2 = require_graceful_fs();
    var path = __require("path");
    var mkdirsSync = require_mkdirs().mkdirsSync;
    var utimesMillisSync = require_utimes().utimesMillisSync;
    var stat = require_stat();
    function copySync(src, dest, opts) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts = opts || {};
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0002"
        );
      }
      const { srcStat, destStat } = stat.checkPathsSync(src, dest, "copy", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "copy");
      if (opts.filter && !opts.filter(src, dest)) return;
      const destParent = path.dirname(dest);
      if (!fs2.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync = opts.dereference ? fs2.statSync : fs2.lstatSync;
      const srcStat = statSync(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      return mayCopyFile(srcStat, src, dest, opts);
    }
    function mayCopyFile(srcStat, src, dest, opts) {
      if (opts.overwrite) {
        fs2.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs2.copyFileSync(src, dest);
      if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
      return setDestMode(dest, srcStat.mode);
    }
    function handleTimestamps(srcMode, src, dest) {
      if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
      return setDestTimestamps(src, dest);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return setDestMode(dest, srcMode | 128);
    }
    function setDestMode(dest, srcMode) {
      return fs2.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs2.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs2.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs2.opendirSync(src);
      try {
        let dirent;
        while ((dirent = dir.readSync()) !== null) {
          copyDirItem(dirent.name, src, dest, opts);
        }
      } finally {
        dir.closeSync();
      }
    }
    function copyDirItem(item, src, dest, opts) {
      const srcItem = path.join(src, item);
      const destItem = path.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs2.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs2.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs2.readlinkSync(dest);
        } catch (err) {
          if (err.code === "EINVAL" || err.code === "UNKNOWN") return fs2.symlinkSync(resolvedSrc, dest);
          throw err;
        }
        if (opts.dereference) {
          resolvedDest = path.resolve(process.cwd(), resolvedDest);
        }
        if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
          throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
        }
        if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
          throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
        }
        return copyLink(resolvedSrc, dest);
      }
    }
    function copyLink(resolvedSrc, dest) {
      fs2.unlinkSync(dest);
      return fs2.symlinkSync(resolvedSrc, dest);
    }
    module.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      copy: u(require_copy()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports, module) {
    "use strict";
    var fs2 = require_graceful_fs();
    var u = require_universalify().fromCallback;
    function remove(path, callback) {
      fs2.rm(path, { recursive: true, force: true }, callback);
    }
    function removeSync(path) {
      fs2.rmSync(path, { recursive: true, force: true });
    }
    module.exports = {
      remove: u(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs2.readdir(dir);
      } catch {
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs2.readdirSync(dir);
      } catch {
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path.join(dir, item);
        remove.removeSync(item);
      });
    }
    module.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs2.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs2.stat(dir);
      } catch (err) {
        if (err.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs2.writeFile(file, "");
          return;
        } else {
          throw err;
        }
      }
      if (dirStats.isDirectory()) {
        await fs2.writeFile(file, "");
      } else {
        await fs2.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs2.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path.dirname(file);
      try {
        if (!fs2.statSync(dir).isDirectory()) {
          fs2.readdirSync(dir);
        }
      } catch (err) {
        if (err && err.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err;
      }
      fs2.writeFileSync(file, "");
    }
    module.exports = {
      createFile: u(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs2.lstat(dstpath);
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs2.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs2.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs2.lstatSync(dstpath);
      } catch {
      }
      try {
        const srcStat = fs2.lstatSync(srcpath);
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      const dir = path.dirname(dstpath);
      const dirExists = fs2.existsSync(dir);
      if (dirExists) return fs2.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs2.linkSync(srcpath, dstpath);
    }
    module.exports = {
      createLink: u(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var fs2 = require_fs();
    var { pathExists } = require_path_exists();
    var u = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        try {
          await fs2.lstat(srcpath);
        } catch (err) {
          err.message = err.message.replace("lstat", "ensureSymlink");
          throw err;
        }
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path.dirname(dstpath);
      const relativeToDst = path.join(dstdir, srcpath);
      const exists = await pathExists(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      try {
        await fs2.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureSymlink");
        throw err;
      }
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path.isAbsolute(srcpath)) {
        const exists2 = fs2.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path.dirname(dstpath);
      const relativeToDst = path.join(dstdir, srcpath);
      const exists = fs2.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs2.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path.relative(dstdir, srcpath)
      };
    }
    module.exports = {
      symlinkPaths: u(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var u = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs2.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs2.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module.exports = {
      symlinkType: u(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var path = __require("path");
    var fs2 = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs2.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        const [srcStat, dstStat] = await Promise.all([
          fs2.stat(srcpath),
          fs2.stat(dstpath)
        ]);
        if (areIdentical(srcStat, dstStat)) return;
      }
      const relative = await symlinkPaths(srcpath, dstpath);
      srcpath = relative.toDst;
      const toType = await symlinkType(relative.toCwd, type);
      const dir = path.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs2.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs2.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        const srcStat = fs2.statSync(srcpath);
        const dstStat = fs2.statSync(dstpath);
        if (areIdentical(srcStat, dstStat)) return;
      }
      const relative = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative.toDst;
      type = symlinkTypeSync(relative.toCwd, type);
      const dir = path.dirname(dstpath);
      const exists = fs2.existsSync(dir);
      if (exists) return fs2.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs2.symlinkSync(srcpath, dstpath, type);
    }
    module.exports = {
      createSymlink: u(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports, module) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module.exports = {
      // file
      createFile,
      createFileSync,
      ensureFile: createFile,
      ensureFileSync: createFileSync,
      // link
      createLink,
      createLinkSync,
      ensureLink: createLink,
      ensureLinkSync: createLinkSync,
      // symlink
      createSymlink,
      createSymlinkSync,
      ensureSymlink: createSymlink,
      ensureSymlinkSync: createSymlinkSync
    };
  }
});

// node_modules/jsonfile/utils.js
var require_utils2 = __commonJS({
  "node_modules/jsonfile/utils.js"(exports, module) {
    function stringify(obj, { EOL = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL : "";
      const str = JSON.stringify(obj, replacer, spaces);
      if (str === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str.replace(/\n/g, EOL) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module.exports = { stringify, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports, module) {
    var _fs;
    try {
      _fs = require_graceful_fs();
    } catch (_) {
      _fs = __require("fs");
    }
    var universalify = require_universalify();
    var { stringify, stripBom } = require_utils2();
    async function _readFile(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs2 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs2.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile = universalify.fromPromise(_readFile);
    function readFileSync(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs2 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs2.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs2 = options.fs || _fs;
      const str = stringify(obj, options);
      await universalify.fromCallback(fs2.writeFile)(file, str, options);
    }
    var writeFile = universalify.fromPromise(_writeFile);
    function writeFileSync(file, obj, options = {}) {
      const fs2 = options.fs || _fs;
      const str = stringify(obj, options);
      return fs2.writeFileSync(file, str, options);
    }
    module.exports = {
      readFile,
      readFileSync,
      writeFile,
      writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports, module) {
    "use strict";
    var jsonFile = require_jsonfile();
    module.exports = {
      // jsonfile exports
      readJson: jsonFile.readFile,
      readJsonSync: jsonFile.readFileSync,
      writeJson: jsonFile.writeFile,
      writeJsonSync: jsonFile.writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/output-file/index.js
var require_output_file = __commonJS({
  "node_modules/fs-extra/lib/output-file/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var fs2 = require_fs();
    var path = __require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs2.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path.dirname(file);
      if (!fs2.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs2.writeFileSync(file, ...args);
    }
    module.exports = {
      outputFile: u(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str = stringify(data, options);
      await outputFile(file, str, options);
    }
    module.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports, module) {
    "use strict";
    var { stringify } = require_utils2();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str = stringify(data, options);
      outputFileSync(file, str, options);
    }
    module.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    var jsonFile = require_jsonfile2();
    jsonFile.outputJson = u(require_output_json());
    jsonFile.outputJsonSync = require_output_json_sync();
    jsonFile.outputJSON = jsonFile.outputJson;
    jsonFile.outputJSONSync = jsonFile.outputJsonSync;
    jsonFile.writeJSON = jsonFile.writeJson;
    jsonFile.writeJSONSync = jsonFile.writeJsonSync;
    jsonFile.readJSON = jsonFile.readJson;
    jsonFile.readJSONSync = jsonFile.readJsonSync;
    module.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports, module) {
    "use strict";
    var fs2 = require_fs();
    var path = __require("path");
    var { copy } = require_copy2();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat.checkPaths(src, dest, "move", opts);
      await stat.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path.dirname(dest);
      const parsedParentPath = path.parse(destParent);
      if (parsedParentPath.root !== destParent) {
        await mkdirp(destParent);
      }
      return doRename(src, dest, overwrite, isChangingCase);
    }
    async function doRename(src, dest, overwrite, isChangingCase) {
      if (!isChangingCase) {
        if (overwrite) {
          await remove(dest);
        } else if (await pathExists(dest)) {
          throw new Error("dest already exists.");
        }
      }
      try {
        await fs2.rename(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") {
          throw err;
        }
        await moveAcrossDevice(src, dest, overwrite);
      }
    }
    async function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      await copy(src, dest, opts);
      return remove(src);
    }
    module.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports, module) {
    "use strict";
    var fs2 = require_graceful_fs();
    var path = __require("path");
    var copySync = require_copy2().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat.checkPathsSync(src, dest, "move", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path.dirname(dest);
      const parsedPath = path.parse(parent);
      return parsedPath.root === parent;
    }
    function doRename(src, dest, overwrite, isChangingCase) {
      if (isChangingCase) return rename(src, dest, overwrite);
      if (overwrite) {
        removeSync(dest);
        return rename(src, dest, overwrite);
      }
      if (fs2.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs2.renameSync(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") throw err;
        return moveAcrossDevice(src, dest, overwrite);
      }
    }
    function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      copySync(src, dest, opts);
      return removeSync(src);
    }
    module.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports, module) {
    "use strict";
    var u = require_universalify().fromPromise;
    module.exports = {
      move: u(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports, module) {
    "use strict";
    module.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy2(),
      ...require_empty(),
      ...require_ensure(),
      ...require_json(),
      ...require_mkdirs(),
      ...require_move2(),
      ...require_output_file(),
      ...require_path_exists(),
      ...require_remove()
    };
  }
});

// node_modules/@cdktf/hcl2json/lib/deepmerge.js
var require_deepmerge = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/deepmerge.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.deepMerge = void 0;
    function deepMerge(target, ...sources) {
      for (const source of sources) {
        if (typeof source !== "object" || typeof target !== "object") {
          throw new Error(`Invalid usage. Both source (${JSON.stringify(source)}) and target (${JSON.stringify(target)}) must be objects`);
        }
        for (const key of Object.keys(source)) {
          const value = source[key];
          if (typeof value === "object" && value != null && !Array.isArray(value)) {
            if (typeof target[key] !== "object") {
              target[key] = {};
            }
            deepMerge(target[key], value);
            const output = target[key];
            if (typeof output === "object" && Object.keys(output).length === 0) {
              delete target[key];
            }
          } else if (typeof value === "object" && value != null && Array.isArray(value)) {
            if (Array.isArray(target[key])) {
              target[key] = [...target[key], ...value];
            } else {
              target[key] = value;
            }
          } else if (value === void 0) {
            delete target[key];
          } else {
            target[key] = value;
          }
        }
      }
      return target;
    }
    exports.deepMerge = deepMerge;
  }
});

// node_modules/@cdktf/hcl2json/lib/syntax-tree.js
var require_syntax_tree = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/syntax-tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getChildWithValue = exports.isIndexTraversalPart = exports.isNameTraversalPart = exports.isObjectExpression = exports.isTupleExpression = exports.isBinaryOpExpression = exports.isUnaryOpExpression = exports.isConditionalExpression = exports.isSplatExpression = exports.isIndexExpression = exports.isLiteralValueExpression = exports.isRelativeTraversalExpression = exports.isScopeTraversalExpression = exports.isFunctionCallExpression = exports.isTemplateExpression = exports.isTemplateWrapExpression = exports.isForExpression = void 0;
    function isForExpression(ast) {
      return ast.type === "for";
    }
    exports.isForExpression = isForExpression;
    function isTemplateWrapExpression(ast) {
      return ast.type === "templateWrap";
    }
    exports.isTemplateWrapExpression = isTemplateWrapExpression;
    function isTemplateExpression(ast) {
      return ast.type === "template";
    }
    exports.isTemplateExpression = isTemplateExpression;
    function isFunctionCallExpression(ast) {
      return ast.type === "function";
    }
    exports.isFunctionCallExpression = isFunctionCallExpression;
    function isScopeTraversalExpression(ast) {
      return ast.type === "scopeTraversal";
    }
    exports.isScopeTraversalExpression = isScopeTraversalExpression;
    function isRelativeTraversalExpression(ast) {
      return ast.type === "relativeTraversal";
    }
    exports.isRelativeTraversalExpression = isRelativeTraversalExpression;
    function isLiteralValueExpression(ast) {
      return ast.type === "literalValue";
    }
    exports.isLiteralValueExpression = isLiteralValueExpression;
    function isIndexExpression(ast) {
      return ast.type === "index";
    }
    exports.isIndexExpression = isIndexExpression;
    function isSplatExpression(ast) {
      return ast.type === "splat";
    }
    exports.isSplatExpression = isSplatExpression;
    function isConditionalExpression(ast) {
      return ast.type === "conditional";
    }
    exports.isConditionalExpression = isConditionalExpression;
    function isUnaryOpExpression(ast) {
      return ast.type === "unaryOp";
    }
    exports.isUnaryOpExpression = isUnaryOpExpression;
    function isBinaryOpExpression(ast) {
      return ast.type === "binaryOp";
    }
    exports.isBinaryOpExpression = isBinaryOpExpression;
    function isTupleExpression(ast) {
      return ast.type === "tuple";
    }
    exports.isTupleExpression = isTupleExpression;
    function isObjectExpression(part) {
      return part.type === "object";
    }
    exports.isObjectExpression = isObjectExpression;
    function isNameTraversalPart(part) {
      return part.type === "nameTraversal";
    }
    exports.isNameTraversalPart = isNameTraversalPart;
    function isIndexTraversalPart(part) {
      return part.type === "indexTraversal";
    }
    exports.isIndexTraversalPart = isIndexTraversalPart;
    function getChildWithValue(node, value) {
      if (!node.children) {
        return null;
      }
      return node.children.find((child) => {
        if (!child.meta)
          return false;
        return child.meta.value === value;
      });
    }
    exports.getChildWithValue = getChildWithValue;
  }
});

// node_modules/@cdktf/hcl2json/lib/references.js
var require_references = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/references.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.findAllReferencesInAst = exports.traversalToReference = void 0;
    var syntax_tree_1 = require_syntax_tree();
    function traversalToReference(traversalExpression, localVariables) {
      const meta = traversalExpression.meta;
      function onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(traversals) {
        let filtered = [];
        let index = 0;
        for (const traversal of traversals) {
          if ("segment" in traversal) {
            if (index === 0) {
              if (localVariables === null || localVariables === void 0 ? void 0 : localVariables.includes(traversal.segment)) {
                return [];
              }
            }
            filtered.push(traversal);
          } else {
            return filtered;
          }
        }
        return filtered;
      }
      const filteredParts = onlyTakeTraversalPartsUntilFirstBracketPropertyAccess(meta.traversal);
      if (filteredParts.length === 0) {
        return null;
      }
      const startPosition = filteredParts[0].range.start.byte;
      const endPosition = filteredParts[filteredParts.length - 1].range.end.byte;
      return {
        value: filteredParts.map((part) => part.segment).join("."),
        startPosition,
        endPosition
      };
    }
    exports.traversalToReference = traversalToReference;
    function findAllReferencesInAst(input, entry, localVariables) {
      if (!entry) {
        return [];
      }
      switch (entry.type) {
        case "scopeTraversal": {
          const reference = traversalToReference(entry, localVariables);
          if (reference)
            return [reference];
          return [];
        }
        case "for": {
          const meta = entry.meta;
          const additionalLocalVariables = [
            meta.keyVar,
            meta.valVar,
            ...localVariables || []
          ];
          return [
            ...findAllReferencesInAst(input, (0, syntax_tree_1.getChildWithValue)(entry, meta.collectionExpression), additionalLocalVariables),
            ...findAllReferencesInAst(input, (0, syntax_tree_1.getChildWithValue)(entry, meta.conditionalExpression), additionalLocalVariables)
          ];
        }
        default:
          return entry.children.map((child) => findAllReferencesInAst(input, child, localVariables)).flat();
      }
    }
    exports.findAllReferencesInAst = findAllReferencesInAst;
  }
});

// node_modules/@cdktf/hcl2json/lib/util.js
var require_util = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.wrapTerraformExpression = exports.replaceQuotes = void 0;
    function replaceQuotes(input) {
      const fullyQuotedMatch = /^(\s*")(.*)("\s*)$/.exec(input);
      const hasTemplate = /(?<!\$)\$\{/.test(input);
      if (fullyQuotedMatch !== null && !hasTemplate) {
        return `${fullyQuotedMatch[1]}${fullyQuotedMatch[2].replace(/"/g, `\\"`)}${fullyQuotedMatch[3]}`;
      }
      return input;
    }
    exports.replaceQuotes = replaceQuotes;
    function wrapTerraformExpression(input) {
      input = replaceQuotes(input);
      if (!isNaN(Number(input))) {
        return { wrap: input, wrapOffset: 0 };
      }
      if (input === "true" || input === "false") {
        return { wrap: input, wrapOffset: 0 };
      }
      if (input.startsWith(`"`)) {
        if (input.indexOf("\n") >= 0) {
          const trimWrapped = input.substring(1, input.length - 1);
          return {
            wrap: `<<EOE
${trimWrapped}
EOE
`,
            wrapOffset: 5
          };
        }
        return { wrap: input, wrapOffset: 0 };
      }
      if (input.startsWith("[") || input.startsWith("{")) {
        return { wrap: input, wrapOffset: 0 };
      }
      if (input.startsWith("<<")) {
        if (!input.endsWith("\n")) {
          return { wrap: input + "\n", wrapOffset: 0 };
        }
        return { wrap: input, wrapOffset: 0 };
      }
      return { wrap: `"${input}"`, wrapOffset: 1 };
    }
    exports.wrapTerraformExpression = wrapTerraformExpression;
  }
});

// node_modules/@cdktf/hcl2json/wasm/wasm_exec.js
var require_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/wasm_exec.js"() {
    "use strict";
    (() => {
      const enosys = () => {
        const err = new Error("not implemented");
        err.code = "ENOSYS";
        return err;
      };
      if (!globalThis.fs) {
        let outputBuf = "";
        globalThis.fs = {
          constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1 },
          // unused
          writeSync(fd, buf) {
            outputBuf += decoder2.decode(buf);
            const nl = outputBuf.lastIndexOf("\n");
            if (nl != -1) {
              console.log(outputBuf.substr(0, nl));
              outputBuf = outputBuf.substr(nl + 1);
            }
            return buf.length;
          },
          write(fd, buf, offset, length, position, callback) {
            if (offset !== 0 || length !== buf.length || position !== null) {
              callback(enosys());
              return;
            }
            const n = this.writeSync(fd, buf);
            callback(null, n);
          },
          chmod(path, mode, callback) {
            callback(enosys());
          },
          chown(path, uid, gid, callback) {
            callback(enosys());
          },
          close(fd, callback) {
            callback(enosys());
          },
          fchmod(fd, mode, callback) {
            callback(enosys());
          },
          fchown(fd, uid, gid, callback) {
            callback(enosys());
          },
          fstat(fd, callback) {
            callback(enosys());
          },
          fsync(fd, callback) {
            callback(null);
          },
          ftruncate(fd, length, callback) {
            callback(enosys());
          },
          lchown(path, uid, gid, callback) {
            callback(enosys());
          },
          link(path, link, callback) {
            callback(enosys());
          },
          lstat(path, callback) {
            callback(enosys());
          },
          mkdir(path, perm, callback) {
            callback(enosys());
          },
          open(path, flags, mode, callback) {
            callback(enosys());
          },
          read(fd, buffer, offset, length, position, callback) {
            callback(enosys());
          },
          readdir(path, callback) {
            callback(enosys());
          },
          readlink(path, callback) {
            callback(enosys());
          },
          rename(from, to, callback) {
            callback(enosys());
          },
          rmdir(path, callback) {
            callback(enosys());
          },
          stat(path, callback) {
            callback(enosys());
          },
          symlink(path, link, callback) {
            callback(enosys());
          },
          truncate(path, length, callback) {
            callback(enosys());
          },
          unlink(path, callback) {
            callback(enosys());
          },
          utimes(path, atime, mtime, callback) {
            callback(enosys());
          }
        };
      }
      if (!globalThis.process) {
        globalThis.process = {
          getuid() {
            return -1;
          },
          getgid() {
            return -1;
          },
          geteuid() {
            return -1;
          },
          getegid() {
            return -1;
          },
          getgroups() {
            throw enosys();
          },
          pid: -1,
          ppid: -1,
          umask() {
            throw enosys();
          },
          cwd() {
            throw enosys();
          },
          chdir() {
            throw enosys();
          }
        };
      }
      if (!globalThis.crypto) {
        throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
      }
      if (!globalThis.performance) {
        throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
      }
      if (!globalThis.TextEncoder) {
        throw new Error("globalThis.TextEncoder is not available, polyfill required");
      }
      if (!globalThis.TextDecoder) {
        throw new Error("globalThis.TextDecoder is not available, polyfill required");
      }
      const encoder = new TextEncoder("utf-8");
      const decoder2 = new TextDecoder("utf-8");
      globalThis.Go = class {
        constructor() {
          this.argv = ["js"];
          this.env = {};
          this.exit = (code) => {
            if (code !== 0) {
              console.warn("exit code:", code);
            }
          };
          this._exitPromise = new Promise((resolve) => {
            this._resolveExitPromise = resolve;
          });
          this._pendingEvent = null;
          this._scheduledTimeouts = /* @__PURE__ */ new Map();
          this._nextCallbackTimeoutID = 1;
          const setInt64 = (addr, v) => {
            this.mem.setUint32(addr + 0, v, true);
            this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
          };
          const getInt64 = (addr) => {
            const low = this.mem.getUint32(addr + 0, true);
            const high = this.mem.getInt32(addr + 4, true);
            return low + high * 4294967296;
          };
          const loadValue = (addr) => {
            const f = this.mem.getFloat64(addr, true);
            if (f === 0) {
              return void 0;
            }
            if (!isNaN(f)) {
              return f;
            }
            const id = this.mem.getUint32(addr, true);
            return this._values[id];
          };
          const storeValue = (addr, v) => {
            const nanHead = 2146959360;
            if (typeof v === "number" && v !== 0) {
              if (isNaN(v)) {
                this.mem.setUint32(addr + 4, nanHead, true);
                this.mem.setUint32(addr, 0, true);
                return;
              }
              this.mem.setFloat64(addr, v, true);
              return;
            }
            if (v === void 0) {
              this.mem.setFloat64(addr, 0, true);
              return;
            }
            let id = this._ids.get(v);
            if (id === void 0) {
              id = this._idPool.pop();
              if (id === void 0) {
                id = this._values.length;
              }
              this._values[id] = v;
              this._goRefCounts[id] = 0;
              this._ids.set(v, id);
            }
            this._goRefCounts[id]++;
            let typeFlag = 0;
            switch (typeof v) {
              case "object":
                if (v !== null) {
                  typeFlag = 1;
                }
                break;
              case "string":
                typeFlag = 2;
                break;
              case "symbol":
                typeFlag = 3;
                break;
              case "function":
                typeFlag = 4;
                break;
            }
            this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
            this.mem.setUint32(addr, id, true);
          };
          const loadSlice = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return new Uint8Array(this._inst.exports.mem.buffer, array, len);
          };
          const loadSliceOfValues = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            const a = new Array(len);
            for (let i = 0; i < len; i++) {
              a[i] = loadValue(array + i * 8);
            }
            return a;
          };
          const loadString = (addr) => {
            const saddr = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return decoder2.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
          };
          const timeOrigin = Date.now() - performance.now();
          this.importObject = {
            go: {
              // Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
              // may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
              // function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
              // This changes the SP, thus we have to update the SP used by the imported function.
              // func wasmExit(code int32)
              "runtime.wasmExit": (sp) => {
                sp >>>= 0;
                const code = this.mem.getInt32(sp + 8, true);
                this.exited = true;
                delete this._inst;
                delete this._values;
                delete this._goRefCounts;
                delete this._ids;
                delete this._idPool;
                this.exit(code);
              },
              // func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
              "runtime.wasmWrite": (sp) => {
                sp >>>= 0;
                const fd = getInt64(sp + 8);
                const p = getInt64(sp + 16);
                const n = this.mem.getInt32(sp + 24, true);
                fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
              },
              // func resetMemoryDataView()
              "runtime.resetMemoryDataView": (sp) => {
                sp >>>= 0;
                this.mem = new DataView(this._inst.exports.mem.buffer);
              },
              // func nanotime1() int64
              "runtime.nanotime1": (sp) => {
                sp >>>= 0;
                setInt64(sp + 8, (timeOrigin + performance.now()) * 1e6);
              },
              // func walltime() (sec int64, nsec int32)
              "runtime.walltime": (sp) => {
                sp >>>= 0;
                const msec = (/* @__PURE__ */ new Date()).getTime();
                setInt64(sp + 8, msec / 1e3);
                this.mem.setInt32(sp + 16, msec % 1e3 * 1e6, true);
              },
              // func scheduleTimeoutEvent(delay int64) int32
              "runtime.scheduleTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this._nextCallbackTimeoutID;
                this._nextCallbackTimeoutID++;
                this._scheduledTimeouts.set(id, setTimeout(
                  () => {
                    this._resume();
                    while (this._scheduledTimeouts.has(id)) {
                      console.warn("scheduleTimeoutEvent: missed timeout event");
                      this._resume();
                    }
                  },
                  getInt64(sp + 8) + 1
                  // setTimeout has been seen to fire up to 1 millisecond early
                ));
                this.mem.setInt32(sp + 16, id, true);
              },
              // func clearTimeoutEvent(id int32)
              "runtime.clearTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this.mem.getInt32(sp + 8, true);
                clearTimeout(this._scheduledTimeouts.get(id));
                this._scheduledTimeouts.delete(id);
              },
              // func getRandomData(r []byte)
              "runtime.getRandomData": (sp) => {
                sp >>>= 0;
                crypto.getRandomValues(loadSlice(sp + 8));
              },
              // func finalizeRef(v ref)
              "syscall/js.finalizeRef": (sp) => {
                sp >>>= 0;
                const id = this.mem.getUint32(sp + 8, true);
                this._goRefCounts[id]--;
                if (this._goRefCounts[id] === 0) {
                  const v = this._values[id];
                  this._values[id] = null;
                  this._ids.delete(v);
                  this._idPool.push(id);
                }
              },
              // func stringVal(value string) ref
              "syscall/js.stringVal": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, loadString(sp + 8));
              },
              // func valueGet(v ref, p string) ref
              "syscall/js.valueGet": (sp) => {
                sp >>>= 0;
                const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
                sp = this._inst.exports.getsp() >>> 0;
                storeValue(sp + 32, result);
              },
              // func valueSet(v ref, p string, x ref)
              "syscall/js.valueSet": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
              },
              // func valueDelete(v ref, p string)
              "syscall/js.valueDelete": (sp) => {
                sp >>>= 0;
                Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
              },
              // func valueIndex(v ref, i int) ref
              "syscall/js.valueIndex": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
              },
              // valueSetIndex(v ref, i int, x ref)
              "syscall/js.valueSetIndex": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
              },
              // func valueCall(v ref, m string, args []ref) (ref, bool)
              "syscall/js.valueCall": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const m = Reflect.get(v, loadString(sp + 16));
                  const args = loadSliceOfValues(sp + 32);
                  const result = Reflect.apply(m, v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, result);
                  this.mem.setUint8(sp + 64, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, err);
                  this.mem.setUint8(sp + 64, 0);
                }
              },
              // func valueInvoke(v ref, args []ref) (ref, bool)
              "syscall/js.valueInvoke": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.apply(v, void 0, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueNew(v ref, args []ref) (ref, bool)
              "syscall/js.valueNew": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.construct(v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueLength(v ref) int
              "syscall/js.valueLength": (sp) => {
                sp >>>= 0;
                setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
              },
              // valuePrepareString(v ref) (ref, int)
              "syscall/js.valuePrepareString": (sp) => {
                sp >>>= 0;
                const str = encoder.encode(String(loadValue(sp + 8)));
                storeValue(sp + 16, str);
                setInt64(sp + 24, str.length);
              },
              // valueLoadString(v ref, b []byte)
              "syscall/js.valueLoadString": (sp) => {
                sp >>>= 0;
                const str = loadValue(sp + 8);
                loadSlice(sp + 16).set(str);
              },
              // func valueInstanceOf(v ref, t ref) bool
              "syscall/js.valueInstanceOf": (sp) => {
                sp >>>= 0;
                this.mem.setUint8(sp + 24, loadValue(sp + 8) instanceof loadValue(sp + 16) ? 1 : 0);
              },
              // func copyBytesToGo(dst []byte, src ref) (int, bool)
              "syscall/js.copyBytesToGo": (sp) => {
                sp >>>= 0;
                const dst = loadSlice(sp + 8);
                const src = loadValue(sp + 32);
                if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              // func copyBytesToJS(dst ref, src []byte) (int, bool)
              "syscall/js.copyBytesToJS": (sp) => {
                sp >>>= 0;
                const dst = loadValue(sp + 8);
                const src = loadSlice(sp + 16);
                if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              "debug": (value) => {
                console.log(value);
              }
            }
          };
        }
        async run(instance) {
          if (!(instance instanceof WebAssembly.Instance)) {
            throw new Error("Go.run: WebAssembly.Instance expected");
          }
          this._inst = instance;
          this.mem = new DataView(this._inst.exports.mem.buffer);
          this._values = [
            // JS values that Go currently has references to, indexed by reference id
            NaN,
            0,
            null,
            true,
            false,
            globalThis,
            this
          ];
          this._goRefCounts = new Array(this._values.length).fill(Infinity);
          this._ids = /* @__PURE__ */ new Map([
            // mapping from JS values to reference ids
            [0, 1],
            [null, 2],
            [true, 3],
            [false, 4],
            [globalThis, 5],
            [this, 6]
          ]);
          this._idPool = [];
          this.exited = false;
          let offset = 4096;
          const strPtr = (str) => {
            const ptr = offset;
            const bytes = encoder.encode(str + "\0");
            new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
            offset += bytes.length;
            if (offset % 8 !== 0) {
              offset += 8 - offset % 8;
            }
            return ptr;
          };
          const argc = this.argv.length;
          const argvPtrs = [];
          this.argv.forEach((arg) => {
            argvPtrs.push(strPtr(arg));
          });
          argvPtrs.push(0);
          const keys = Object.keys(this.env).sort();
          keys.forEach((key) => {
            argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
          });
          argvPtrs.push(0);
          const argv = offset;
          argvPtrs.forEach((ptr) => {
            this.mem.setUint32(offset, ptr, true);
            this.mem.setUint32(offset + 4, 0, true);
            offset += 8;
          });
          const wasmMinDataAddr = 4096 + 8192;
          if (offset >= wasmMinDataAddr) {
            throw new Error("total length of command line and environment variables exceeds limit");
          }
          this._inst.exports.run(argc, argv);
          if (this.exited) {
            this._resolveExitPromise();
          }
          await this._exitPromise;
        }
        _resume() {
          if (this.exited) {
            throw new Error("Go program has already exited");
          }
          this._inst.exports.resume();
          if (this.exited) {
            this._resolveExitPromise();
          }
        }
        _makeFuncWrapper(id) {
          const go = this;
          return function() {
            const event = { id, this: this, args: arguments };
            go._pendingEvent = event;
            go._resume();
            return event.result;
          };
        }
      };
    })();
  }
});

// node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var require_bridge_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js"() {
    "use strict";
    globalThis.require = __require;
    globalThis.fs = __require("fs");
    globalThis.TextEncoder = __require("util").TextEncoder;
    globalThis.TextDecoder = __require("util").TextDecoder;
    globalThis.performance ??= __require("performance");
    if (!globalThis.crypto) {
      const crypto2 = __require("crypto");
      globalThis.crypto = {
        getRandomValues(b) {
          return crypto2.randomFillSync(b);
        }
      };
    }
    require_wasm_exec();
  }
});

// node_modules/@cdktf/hcl2json/lib/bridge.js
var require_bridge = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/bridge.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
    var fs2 = __importStar(require_lib());
    var path_1 = __require("path");
    var deepmerge_1 = require_deepmerge();
    var zlib_1 = __require("zlib");
    var references_1 = require_references();
    var util_1 = require_util();
    var jsRoot = {};
    function sleep() {
      return new Promise((resolve) => {
        setTimeout(resolve, 0);
      });
    }
    function goBridge(getBytes) {
      let ready = false;
      async function init() {
        await Promise.resolve().then(() => __importStar(require_bridge_wasm_exec()));
        const go = new global.Go();
        const bytes = await getBytes;
        const result = await WebAssembly.instantiate(bytes, go.importObject);
        global.__parse_terraform_config_wasm__ = jsRoot;
        void go.run(result.instance);
        ready = true;
      }
      init().catch((error) => {
        throw error;
      });
      const proxy = new Proxy({}, {
        get: (_, key) => {
          return async (...args) => {
            while (!ready) {
              await sleep();
            }
            if (!(key in jsRoot)) {
              throw new Error(`There is nothing defined with the name "${key.toString()}"`);
            }
            if (typeof jsRoot[key] !== "function") {
              return jsRoot[key];
            }
            return new Promise((resolve, reject) => {
              const cb = (err, ...msg) => (
                // eslint-disable-next-line @typescript-eslint/ban-ts-comment
                // @ts-ignore
                err ? reject(new Error(err)) : resolve(...msg)
              );
              const run = () => {
                jsRoot[key].apply(void 0, [...args, cb]);
              };
              run();
            });
          };
        }
      });
      return proxy;
    }
    var loadWasm = async () => {
      return (0, zlib_1.gunzipSync)(await fs2.readFile((0, path_1.join)(__dirname, "..", "main.wasm.gz")));
    };
    var wasm = goBridge(loadWasm());
    async function parse(filename, contents) {
      const res = await wasm.parse(filename, contents);
      return JSON.parse(res);
    }
    exports.parse = parse;
    async function convertFiles(workingDirectory) {
      let tfFileContents = "";
      const tfJSONFileContents = [];
      for (const file of fs2.readdirSync(workingDirectory)) {
        const filePath = (0, path_1.resolve)(workingDirectory, file);
        if (!fs2.lstatSync(filePath).isDirectory()) {
          if (file.match(/\.tf$/)) {
            tfFileContents += fs2.readFileSync(filePath, "utf-8");
            tfFileContents += "\n";
          } else if (file.match(/\.tf\.json$/)) {
            tfJSONFileContents.push(JSON.parse(fs2.readFileSync(filePath, "utf-8")));
          }
        }
      }
      if (tfFileContents === "" && tfJSONFileContents.length === 0) {
        console.error(`No '.tf' or '.tf.json' files found in ${workingDirectory}`);
        return {};
      }
      return (0, deepmerge_1.deepMerge)(await parse("hcl2json.tf", tfFileContents), ...tfJSONFileContents);
    }
    exports.convertFiles = convertFiles;
    async function getReferencesInExpression(filename, expression) {
      let offset = 0;
      let quoteWrappedExpression = expression;
      if (!expression.startsWith('"')) {
        quoteWrappedExpression = `"${expression}"`;
        offset = 1;
      }
      const { wrap: wrappedExpression, wrapOffset: startOffset } = (0, util_1.wrapTerraformExpression)(`${quoteWrappedExpression}`);
      offset += startOffset;
      const ast = await getExpressionAst(filename, wrappedExpression);
      if (!ast) {
        return [];
      }
      const refs = (0, references_1.findAllReferencesInAst)(expression, ast);
      if (wrappedExpression === expression) {
        return refs;
      }
      return refs.map((ref) => {
        return {
          ...ref,
          startPosition: ref.startPosition - offset,
          endPosition: ref.endPosition - offset
        };
      });
    }
    exports.getReferencesInExpression = getReferencesInExpression;
    async function getExpressionAst(filename, expression) {
      const res = await wasm.getExpressionAst(filename, expression);
      const ast = JSON.parse(res);
      if (!ast) {
        return null;
      }
      return ast;
    }
    exports.getExpressionAst = getExpressionAst;
  }
});

// node_modules/@cdktf/hcl2json/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@cdktf/hcl2json/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TFExpressionSyntaxTree = exports.wrapTerraformExpression = exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
    var bridge_1 = require_bridge();
    Object.defineProperty(exports, "parse", { enumerable: true, get: function() {
      return bridge_1.parse;
    } });
    Object.defineProperty(exports, "convertFiles", { enumerable: true, get: function() {
      return bridge_1.convertFiles;
    } });
    Object.defineProperty(exports, "getReferencesInExpression", { enumerable: true, get: function() {
      return bridge_1.getReferencesInExpression;
    } });
    Object.defineProperty(exports, "getExpressionAst", { enumerable: true, get: function() {
      return bridge_1.getExpressionAst;
    } });
    var util_1 = require_util();
    Object.defineProperty(exports, "wrapTerraformExpression", { enumerable: true, get: function() {
      return util_1.wrapTerraformExpression;
    } });
    exports.TFExpressionSyntaxTree = __importStar(require_syntax_tree());
  }
});

// src/engine/load/adapters/terraform/source/hcl-worker.ts
import { parentPort } from "node:worker_threads";
import * as realFs from "node:fs";

// src/engine/util/lists.ts
function soleItem(items) {
  return items.length === 1 ? items[0] : void 0;
}

// src/engine/load/adapters/terraform/source/hcl-ast.ts
var MAX_DEPTH = 200;
var DELIMITER = "ENDPOINT_GUARD_EXPRESSION";
function asHeredoc(text) {
  return text.includes(DELIMITER) ? void 0 : `<<${DELIMITER}
${text}
${DELIMITER}
`;
}
function compactExpression(raw, source) {
  const bytes = Buffer.from(source, "utf8");
  const top = compact(raw, bytes, 0);
  if (top.t !== "template") return top;
  const parts = [...top.parts];
  const last = parts.at(-1);
  if (last?.t === "literal" && typeof last.value === "string" && last.value.endsWith("\n"))
    parts[parts.length - 1] = { t: "literal", value: last.value.slice(0, -1) };
  const kept = parts.filter((p) => !(p.t === "literal" && p.value === ""));
  const only = soleItem(kept);
  if (only && only.t !== "literal") return only;
  return { t: "template", parts: kept };
}
function compact(raw, bytes, depth) {
  if (depth > MAX_DEPTH) return { t: "unsupported", what: "an expression nested too deeply" };
  const children = raw.children ?? [];
  const sub = (i) => children[i] ? compact(children[i], bytes, depth + 1) : { t: "unsupported", what: "a missing part" };
  switch (raw.type) {
    case "templateWrap":
    case "":
      return children.length === 1 ? sub(0) : { t: "unsupported", what: "an expression" };
    case "literalValue":
      return { t: "literal", value: literal(raw.meta?.type, raw.meta?.value ?? "") };
    case "template":
      return { t: "template", parts: children.map((_, i) => sub(i)) };
    case "tuple":
      return { t: "tuple", items: children.map((_, i) => sub(i)) };
    case "object":
      return { t: "object", entries: pairs(children, bytes, depth) };
    case "scopeTraversal": {
      const [root, ...rest] = raw.meta?.traversal ?? [];
      return root ? { t: "traversal", root: root.segment, steps: rest.map(step) } : { t: "unsupported", what: "a reference" };
    }
    case "index":
      return { t: "index", collection: sub(0), key: sub(1) };
    case "splat":
      return { t: "splat", source: sub(0), steps: (children[1]?.meta?.traversal ?? []).map(step).filter((s) => !("key" in s && s.key === "*")) };
    case "function":
      return raw.meta?.expandedFinalArgument ? { t: "unsupported", what: `${raw.meta.name ?? "a function"}(\u2026) with an expanded argument` } : { t: "call", name: raw.meta?.name ?? "", args: children.map((_, i) => sub(i)) };
    case "conditional":
      return { t: "conditional", condition: sub(0), then: sub(1), otherwise: sub(2) };
    case "binaryOp":
      return { t: "binary", op: raw.meta?.operator ?? "", left: sub(0), right: sub(1) };
    case "unaryOp":
      return { t: "unary", op: raw.meta?.operator ?? "", operand: sub(0) };
    case "relativeTraversal":
      return children.length === 1 ? { t: "relative", source: sub(0), steps: (raw.meta?.traversal ?? []).map(step) } : { t: "unsupported", what: "a reference" };
    case "for":
      return forExpression(raw, (i) => sub(i));
    default:
      return { t: "unsupported", what: `a ${raw.type} expression` };
  }
}
function forExpression(raw, sub) {
  const meta = raw.meta ?? {};
  let i = 0;
  const collection = sub(i++);
  const key = meta.keyExpression ? sub(i++) : void 0;
  const value = sub(i++);
  const condition = meta.conditionalExpression ? sub(i) : void 0;
  return {
    t: "for",
    ...meta.keyVar ? { keyVar: meta.keyVar } : {},
    valVar: meta.valVar ?? "",
    collection,
    ...key ? { key } : {},
    value,
    ...condition ? { condition } : {},
    object: meta.openRangeValue === "{",
    grouped: meta.groupedValue === true
  };
}
function pairs(children, bytes, depth) {
  const out = [];
  for (let i = 0; i + 1 < children.length; i += 2) {
    const key = children[i];
    const value = children[i + 1];
    if (!key || !value) break;
    const keyExpression = key.type === "" && (key.children ?? []).length === 0 && key.range ? { t: "literal", value: bytes.subarray(key.range.start.byte, key.range.end.byte).toString("utf8") } : compact(key, bytes, depth + 1);
    out.push([keyExpression, compact(value, bytes, depth + 1)]);
  }
  return out;
}
function step(part) {
  if (part.type !== "indexTraversal") return { name: part.segment };
  if (part.segment.startsWith('"')) {
    try {
      return { key: String(JSON.parse(part.segment)) };
    } catch {
      return { key: part.segment };
    }
  }
  return { key: part.segment === "*" ? "*" : Number(part.segment) };
}
function literal(type, text) {
  if (type === "number") return Number(text);
  if (type === "bool") return text === "true";
  if (type === "string") return text;
  return null;
}

// src/engine/load/adapters/terraform/source/hcl-worker.ts
var MAX_CAPTURED = 4096;
var captured = "";
var capture = (text) => {
  if (captured.length < MAX_CAPTURED) captured += text.slice(0, MAX_CAPTURED - captured.length);
};
var decoder = new TextDecoder();
var quietFs = {
  ...realFs,
  writeSync(fd, buffer, ...rest) {
    if (fd === 1 || fd === 2) {
      capture(typeof buffer === "string" ? buffer : decoder.decode(buffer));
      return typeof buffer === "string" ? Buffer.byteLength(buffer) : buffer.length;
    }
    return realFs.writeSync(fd, buffer, ...rest);
  }
};
Object.defineProperty(globalThis, "fs", { get: () => quietFs, set: () => void 0, configurable: false });
console.warn = (...args) => {
  capture(args.map(String).join(" "));
  if (String(args[0]).startsWith("exit code")) crash();
};
console.log = (...args) => {
  capture(args.map(String).join(" "));
};
var current;
function crash() {
  const response = { id: current ?? -1, ok: false, crashed: true, message: firstLine(captured) || "the HCL parser stopped" };
  parentPort?.postMessage(response);
  process.exit(1);
}
function firstLine(text) {
  return text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
var hcl;
async function handle(request) {
  hcl ??= Promise.resolve().then(() => __toESM(require_lib2(), 1));
  const parser = await hcl;
  current = request.id;
  try {
    const json = await parser.parse(request.file, request.text);
    const expressions = {};
    for (const text of templateStrings(json, request.maxExpressions)) {
      const source = asHeredoc(text);
      const ast = source ? await parser.getExpressionAst(request.file, source) : null;
      expressions[text] = ast && source ? compactExpression(ast, source) : null;
    }
    return { id: request.id, ok: true, json, expressions };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { id: request.id, ok: false, crashed: !message.startsWith("parse config:"), message };
  }
}
function templateStrings(json, max) {
  const found = /* @__PURE__ */ new Set();
  const stack = [json];
  while (stack.length > 0 && found.size < max) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes("${") || value.includes("%{")) found.add(value);
    } else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === "object") stack.push(...Object.values(value));
  }
  return [...found];
}
parentPort?.on("message", (request) => {
  void handle(request).then((response) => parentPort?.postMessage(response));
});
