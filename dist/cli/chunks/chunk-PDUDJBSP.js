import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  InputError,
  MAX_DEPTH,
  NAME_METADATA,
  NO_DEFAULT_EGRESS,
  child,
  entry,
  lineLocator,
  toPlain
} from "./chunk-66R5DZKV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QVXUJ2S4.js";

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items2.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map2.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq2.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar2.end) {
            sep3 = scalar2.end;
            sep3.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep3 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values2 = this._values) {
        return this._reduceValues(values2, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values2 = this._values, usedValues, getCode) {
        return this._reduceValues(values2, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values2, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values2) {
          const vs = values2[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items2, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items2.push(...c._items);
        else
          items2.push(c);
        return items2;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items2) => gen.var("items", items2)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error2 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items: items2 } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items2)) {
        items2.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern2) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern2, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern2}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items: items2 }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items2 instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items2);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append2, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append2, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append2, errorPaths);
      }
      _error(append2, errorPaths) {
        ;
        (append2 ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items: items2 } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items2 instanceof codegen_1.Name ? void 0 : items2,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items2 instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative5, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative5 = parse2(serialize(relative5, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative5.scheme) {
        target.scheme = relative5.scheme;
        target.userinfo = relative5.userinfo;
        target.host = relative5.host;
        target.port = relative5.port;
        target.path = removeDotSegments(relative5.path || "");
        target.query = relative5.query;
      } else {
        if (relative5.userinfo !== void 0 || relative5.host !== void 0 || relative5.port !== void 0) {
          target.userinfo = relative5.userinfo;
          target.host = relative5.host;
          target.port = relative5.port;
          target.path = removeDotSegments(relative5.path || "");
          target.query = relative5.query;
        } else {
          if (!relative5.path) {
            target.path = base.path;
            if (relative5.query !== void 0) {
              target.query = relative5.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative5.path[0] === "/") {
              target.path = removeDotSegments(relative5.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative5.path;
              } else if (!base.path) {
                target.path = relative5.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative5.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative5.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative5.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule2 = rules[key];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log2 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log2](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items2 = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items2, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items: items2 } = parentSchema;
        if (!Array.isArray(items2)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items2);
      }
    };
    function validateAdditionalItems(cxt, items2) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items2.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items2.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items2.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items2.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values2 = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values2.length; i++) {
        for (let j = i + 1; j < values2.length; j++) {
          const a = values2[i];
          const b = values2[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils2();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch3.parse(p, options));
      return parse2(pattern2, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils2();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/engine/model/types.ts
function tableText(t) {
  return t.main ? `the ${t.name}` : `route table ${label(t)}`;
}
function rangeText(range) {
  return range.known ? range.value : `a CIDR range not known before deployment (${range.reason})`;
}
function label(e) {
  return e.path ? `${e.name} (${e.path})` : e.name;
}
function labels(elements, max = 3, joiner = ", ") {
  const shown = [];
  let count = 0;
  for (const e of elements) {
    if (count++ < max) shown.push(label(e));
  }
  return count > max ? `${shown.join(joiner)} and ${count - max} more` : shown.join(joiner);
}
function listOf(texts, max = 5, joiner = ", ") {
  const all = [...texts];
  const shown = all.slice(0, max).join(joiner);
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

// src/engine/run/rule.ts
var DOCS_BASE = "https://github.com/endpoint-guard/endpoint-guard/blob/main/rules";
function defineRule(rule2) {
  return { ...rule2, docsUrl: rule2.docsUrl ?? `${DOCS_BASE}/${rule2.id}.md` };
}

// src/engine/resolve/value.ts
var PSEUDO_PARAMETERS = [
  "AWS::AccountId",
  "AWS::Region",
  "AWS::Partition",
  "AWS::StackName",
  "AWS::StackId",
  "AWS::URLSuffix",
  "AWS::NotificationARNs"
];
function unknown(reason, loc) {
  return { kind: "unknown", reason, loc };
}
function field(v, key) {
  return v?.kind === "map" ? v.entries.find((e) => e.key === key) : void 0;
}
function fromParts(parts, loc) {
  const merged = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p.kind === "text" && last?.kind === "text") merged[merged.length - 1] = { kind: "text", text: last.text + p.text };
    else if (p.kind !== "text" || p.text !== "") merged.push(p);
  }
  if (merged.length === 0) return { kind: "string", value: "", loc };
  if (merged.length === 1 && merged[0].kind === "text") return { kind: "string", value: merged[0].text, loc };
  if (merged.length === 1 && merged[0].kind === "ref") return { kind: "ref", target: merged[0].target, attribute: merged[0].attribute, loc };
  if (merged.length === 1 && merged[0].kind === "unknown") return unknown(merged[0].reason, loc);
  return { kind: "text", parts: merged, loc };
}
function toParts(v) {
  switch (v.kind) {
    case "string":
      return [{ kind: "text", text: v.value }];
    case "number":
    case "boolean":
      return [{ kind: "text", text: String(v.value) }];
    case "ref":
      return [{ kind: "ref", target: v.target, attribute: v.attribute }];
    case "text":
      return [...v.parts];
    case "unknown":
      return [{ kind: "unknown", reason: v.reason }];
    default:
      return void 0;
  }
}
function knownString(v) {
  if (!v) return void 0;
  if (v.kind === "string") return v.value;
  if (v.kind === "number" || v.kind === "boolean") return String(v.value);
  return void 0;
}
function display(v) {
  switch (v.kind) {
    case "string":
      return v.value;
    case "number":
    case "boolean":
      return String(v.value);
    case "null":
      return "null";
    case "ref":
      return v.attribute ? `${v.target}.${v.attribute}` : v.target;
    case "text":
      return v.parts.map(displayPart).join("");
    case "zones":
      return `GetAZs(${v.region})`;
    case "list":
      return `[${v.items.map(display).join(", ")}]`;
    case "map":
      return `{${v.entries.map((e) => e.key).join(", ")}}`;
    case "unknown":
      return `<unknown: ${v.reason}>`;
  }
}
function displayPart(p) {
  switch (p.kind) {
    case "text":
      return p.text;
    case "pseudo":
      return `\${${p.name}}`;
    case "ref":
      return p.attribute ? `\${${p.target}.${p.attribute}}` : `\${${p.target}}`;
    case "zone":
      return `<zone ${p.index} of ${p.region || "AWS::Region"}>`;
    case "unknown":
      return "<unknown>";
  }
}

// src/engine/model/links.ts
function linkTo(v, kind, typeOf) {
  switch (v.kind) {
    case "ref": {
      const target = kind.elements.get(v.target);
      if (target && kind.identity.includes(v.attribute)) return { kind: "resource", target, loc: v.loc };
      const denoted = v.attribute === null ? void 0 : kind.byAttribute?.get(v.attribute)?.get(v.target);
      if (denoted) return { kind: "resource", target: denoted, loc: v.loc };
      const type = typeOf(v.target);
      const shown = v.attribute ? `${v.target}.${v.attribute}` : v.target;
      return { kind: "unknown", reason: `${shown} (${type ?? "not a resource"}) is not a ${kind.what} of this template`, loc: v.loc };
    }
    case "string":
      return { kind: "external", id: v.value, loc: v.loc };
    case "unknown":
      return { kind: "unknown", reason: v.reason, loc: v.loc };
    default:
      return { kind: "unknown", reason: `${display(v)} is not known before deployment`, loc: v.loc };
  }
}
function linkList(v, kind, typeOf, loc) {
  if (v === void 0) return { state: "absent" };
  if (v.kind === "list") return { state: "set", items: v.items.map((i) => linkTo(i, kind, typeOf)), loc };
  if (v.kind === "unknown") return { state: "unknown", reason: v.reason, loc };
  return { state: "unknown", reason: `${display(v)} is not a list`, loc };
}
function targetOf(link) {
  return link.kind === "resource" ? link.target : void 0;
}
function linkedItems(list) {
  return list.state === "set" ? [...list.items] : [];
}
function linkTargets(links) {
  return links.flatMap((l) => l.kind === "resource" ? [l.target] : []);
}
function whyUnlinked(link) {
  return link.kind === "unknown" ? link.reason : `${link.id} is not in this template`;
}

// src/engine/model/network-model.ts
function groupBy(items2, keys) {
  const m = /* @__PURE__ */ new Map();
  for (const item of items2) {
    for (const k of keys(item)) {
      const list = m.get(k);
      if (list) list.push(item);
      else m.set(k, [item]);
    }
  }
  return m;
}
var resourceTarget = (l) => {
  const t = targetOf(l);
  return t ? [t] : [];
};
var NetworkModel = class {
  vpcs;
  subnets;
  routeTables;
  associations;
  routes;
  internetGateways;
  securityGroups;
  mainRouteTables;
  defaultSecurityGroups;
  endpoints;
  functions;
  roles;
  eventSources;
  hostedZones;
  targets;
  unattachedRules;
  others;
  resourceTypes;
  region;
  associationsBySubnet;
  routesByTable;
  functionsByGroup;
  functionsByVpc;
  endpointsByVpc;
  endpointsByGroup;
  /** An association whose SubnetId is not known: it may be any subnet's. */
  unknownSubnetAssociation;
  // Built on first use: rules ask these once per function or endpoint, and a scan each time would be quadratic.
  polledByFunction;
  awsZonesByVpc = /* @__PURE__ */ new Map();
  mainTablesByVpc;
  endpointTypesByService = /* @__PURE__ */ new Map();
  unreadableEndpointsByVpc = /* @__PURE__ */ new Map();
  otherTypes;
  vpcFunctions;
  ingressBySource;
  functionsOfUnknownVpc;
  constructor(parts) {
    this.vpcs = parts.vpcs;
    this.subnets = parts.subnets;
    this.routeTables = parts.routeTables;
    this.associations = parts.associations;
    this.routes = parts.routes;
    this.internetGateways = parts.internetGateways;
    this.securityGroups = parts.securityGroups;
    this.mainRouteTables = parts.mainRouteTables;
    this.defaultSecurityGroups = parts.defaultSecurityGroups;
    this.endpoints = parts.endpoints;
    this.functions = parts.functions;
    this.roles = parts.roles;
    this.eventSources = parts.eventSources;
    this.hostedZones = parts.hostedZones;
    this.targets = parts.targets;
    this.unattachedRules = parts.unattachedRules;
    this.others = parts.others;
    this.resourceTypes = parts.resourceTypes;
    this.region = parts.region;
    this.associationsBySubnet = groupBy(parts.associations, (a) => resourceTarget(a.subnet));
    this.routesByTable = groupBy(parts.routes, (r) => resourceTarget(r.routeTable));
    this.functionsByGroup = groupBy(parts.functions, (f) => f.vpcConfig.state === "set" ? linkedItems(f.vpcConfig.securityGroups).flatMap(resourceTarget) : []);
    this.functionsByVpc = groupBy(parts.functions, (f) => [...new Set(this.vpcsOfFunction(f))]);
    this.endpointsByVpc = groupBy(parts.endpoints, (e) => [this.vpcOfEndpoint(e)].filter((v) => v !== void 0));
    this.unknownSubnetAssociation = parts.associations.find((a) => a.subnet.kind === "unknown");
    this.endpointsByGroup = groupBy(parts.endpoints, (e) => linkedItems(e.securityGroups).flatMap(resourceTarget));
  }
  /** Every resource of the template, once. */
  elements() {
    const typed = [...this.vpcs, ...this.subnets, ...this.routeTables, ...this.associations, ...this.routes];
    return [...typed, ...this.internetGateways, ...this.securityGroups, ...this.endpoints, ...this.functions, ...this.roles, ...this.eventSources, ...this.hostedZones, ...this.others];
  }
  /** The services (sqs, kinesis, dynamodb, kafka) the Lambda service polls for this function. */
  polledServicesOf(fn) {
    if (!this.polledByFunction) {
      this.polledByFunction = /* @__PURE__ */ new Map();
      for (const s of this.eventSources) {
        const target = targetOf(s.function);
        if (!target || !s.service.known) continue;
        this.polledByFunction.set(target, (this.polledByFunction.get(target) ?? /* @__PURE__ */ new Set()).add(s.service.value));
      }
    }
    return this.polledByFunction.get(fn) ?? /* @__PURE__ */ new Set();
  }
  /** Private hosted zones of this VPC named under amazonaws.com: calls may go to endpoints shared from another VPC. */
  awsHostedZonesOf(vpc) {
    let zones = this.awsZonesByVpc.get(vpc);
    if (!zones) {
      zones = this.hostedZones.filter((z) => z.zoneName.known && /amazonaws\.com\.?$/.test(z.zoneName.value) && z.vpcs.some((l) => targetOf(l) === vpc));
      this.awsZonesByVpc.set(vpc, zones);
    }
    return zones;
  }
  /** The types (`interface`, `gateway`, lower case) of the VPC's endpoints to this AWS service (`sqs`, `s3`). */
  endpointTypesOf(vpc, service) {
    let byService = this.endpointTypesByService.get(vpc);
    if (!byService) {
      byService = /* @__PURE__ */ new Map();
      for (const e of this.endpointsIn(vpc)) {
        const type = endpointTypeOf(e)?.toLowerCase();
        if (e.service.kind !== "aws" || type === void 0) continue;
        byService.set(e.service.name, (byService.get(e.service.name) ?? /* @__PURE__ */ new Set()).add(type));
      }
      this.endpointTypesByService.set(vpc, byService);
    }
    return byService.get(service) ?? /* @__PURE__ */ new Set();
  }
  /** The endpoints of the VPC whose service or type is not known before deployment. */
  unreadableEndpointsIn(vpc) {
    let unreadable = this.unreadableEndpointsByVpc.get(vpc);
    if (!unreadable) {
      unreadable = this.endpointsIn(vpc).filter((e) => e.service.kind === "unknown" || endpointTypeOf(e) === void 0);
      this.unreadableEndpointsByVpc.set(vpc, unreadable);
    }
    return unreadable;
  }
  /** Whether the template has a resource of this type among the ones the model does not type itself. */
  hasOtherOfType(type) {
    this.otherTypes ??= new Set(this.others.map((o) => o.type));
    return this.otherTypes.has(type);
  }
  /**
   * Where what is unknown of a function's network is written: its VpcConfig or subnet list when they cannot be read
   * (a missing include, an import), else the function. Notes point there, so one cause is one place.
   */
  unknownCauseOf(fn) {
    const c = fn.vpcConfig;
    if (c.state === "unknown") return c.loc;
    if (c.state === "set" && c.subnets.state === "unknown") return c.subnets.loc;
    return fn.loc;
  }
  /** Subnets of the function's VpcConfig, as links (resolved or not), in the order written. */
  subnetLinksOf(fn) {
    return fn.vpcConfig.state === "set" ? linkedItems(fn.vpcConfig.subnets) : [];
  }
  securityGroupsOf(fn) {
    return fn.vpcConfig.state === "set" ? linkedItems(fn.vpcConfig.securityGroups).flatMap(resourceTarget) : [];
  }
  /** VPCs a function runs in, known from its subnets or, failing that, its security groups. */
  vpcsOfFunction(fn) {
    const fromSubnets = this.subnetLinksOf(fn).flatMap(resourceTarget).flatMap((s) => resourceTarget(s.vpc));
    return fromSubnets.length > 0 ? fromSubnets : this.securityGroupsOf(fn).flatMap((g) => resourceTarget(g.vpc));
  }
  associationsOf(subnet) {
    return this.associationsBySubnet.get(subnet) ?? [];
  }
  /**
   * The tables a subnet routes through: its associations', else its VPC's main route table (when the VPC is ours and
   * no association of the template may be the subnet's). Empty when not known: `whyRouteTablesUnknown` says why.
   */
  routeTablesOf(subnet) {
    const associations = this.associationsOf(subnet);
    if (associations.length > 0) return associations.flatMap((a) => resourceTarget(a.routeTable));
    if (this.unknownSubnetAssociation) return [];
    const vpc = targetOf(subnet.vpc);
    this.mainTablesByVpc ??= groupBy(this.mainRouteTables, (t) => resourceTarget(t.vpc));
    return vpc ? this.mainTablesByVpc.get(vpc) ?? [] : [];
  }
  whyRouteTablesUnknown(subnet) {
    const unknown2 = this.unknownSubnetAssociation;
    if (unknown2?.subnet.kind === "unknown") return `subnet ${label(subnet)} may be the subnet of association ${label(unknown2)}, whose SubnetId is not known before deployment (${unknown2.subnet.reason})`;
    return `subnet ${label(subnet)} has no route table association here, and its VPC is not in this template`;
  }
  routesOf(table) {
    return this.routesByTable.get(table) ?? [];
  }
  functionsUsing(group) {
    return this.functionsByGroup.get(group) ?? [];
  }
  functionsIn(vpc) {
    return this.functionsByVpc.get(vpc) ?? [];
  }
  /** The Lambda functions in the endpoint's VPC (none when that VPC is not in the template). */
  functionsNear(endpoint) {
    const vpc = this.vpcOfEndpoint(endpoint);
    return vpc ? this.functionsIn(vpc) : [];
  }
  /**
   * The VPC an endpoint is in: the one its VpcId names, else (a VpcId not known before deployment) the VPC of its
   * subnets or security groups, which CloudFormation requires to be the endpoint's VPC.
   */
  vpcOfEndpoint(endpoint) {
    const named = targetOf(endpoint.vpc);
    if (named) return named;
    const subnets = linkedItems(endpoint.subnets).flatMap(resourceTarget);
    const groups = linkedItems(endpoint.securityGroups).flatMap(resourceTarget);
    const vpcs = new Set([...subnets, ...groups].flatMap((x) => resourceTarget(x.vpc)));
    return vpcs.size === 1 ? [...vpcs][0] : void 0;
  }
  endpointsIn(vpc) {
    return this.endpointsByVpc.get(vpc) ?? [];
  }
  endpointsUsing(group) {
    return this.endpointsByGroup.get(group) ?? [];
  }
  /** The ingress rules of other groups that admit members of `source`: what that group's members talk to. */
  ingressFrom(source) {
    if (!this.ingressBySource) {
      this.ingressBySource = /* @__PURE__ */ new Map();
      for (const group of this.securityGroups) {
        for (const rule2 of group.rules) {
          const from = rule2.direction === "ingress" && rule2.peer.kind === "security-group" ? targetOf(rule2.peer.group) : void 0;
          if (!from || from === group) continue;
          const list = this.ingressBySource.get(from);
          if (list) list.push({ group, rule: rule2 });
          else this.ingressBySource.set(from, [{ group, rule: rule2 }]);
        }
      }
    }
    return this.ingressBySource.get(source) ?? [];
  }
  rulesOf(group, direction) {
    return group.rules.filter((r) => r.direction === direction);
  }
  /**
   * Whether the template holds Lambda functions that may use this endpoint: functions in its VPC, or, where the
   * endpoint's VPC or a function's VPC is not known from the template, any function in a VPC. Where it holds none (a
   * shared network stack, endpoints serving instances or a load balancer), the consumers are not the template's.
   */
  hasLambdaConsumers(endpoint) {
    this.vpcFunctions ??= this.functions.filter((f) => f.vpcConfig.state !== "absent");
    if (this.vpcFunctions.length === 0) return false;
    const vpc = this.vpcOfEndpoint(endpoint);
    if (vpc === void 0 || this.functionsIn(vpc).length > 0) return true;
    this.functionsOfUnknownVpc ??= this.vpcFunctions.filter((f) => this.vpcsOfFunction(f).length === 0);
    return this.functionsOfUnknownVpc.length > 0;
  }
  /** Whether any Lambda function of the template has this group in its VpcConfig. */
  isFunctionGroup(group) {
    return this.functionsUsing(group).length > 0;
  }
  /**
   * Functions whose security groups are not all known (a VpcConfig behind an unknowable `Fn::If`, a group list
   * from a parameter without default): while there are any, "no function uses this group" cannot be claimed.
   */
  functionsWithUnknownGroups() {
    return this.functions.filter((f) => {
      const c = f.vpcConfig;
      if (c.state === "absent") return false;
      if (c.state === "unknown" || c.securityGroups.state === "unknown") return true;
      return c.securityGroups.state === "set" && c.securityGroups.items.some((l) => l.kind === "unknown");
    });
  }
  /** The full name of an AWS service's endpoint, as the user would write it. */
  endpointServiceName(service) {
    return `com.amazonaws.${this.region ?? "${AWS::Region}"}.${service}`;
  }
  /** The function's execution role, when it is a role of this template. */
  roleOf(fn) {
    return targetOf(fn.role);
  }
  typeOf(id) {
    return this.resourceTypes.get(id);
  }
};
function endpointTypeOf(e) {
  return e.endpointType.state === "unknown" ? void 0 : e.endpointType.value;
}
function isInterfaceEndpoint(e) {
  return endpointTypeOf(e)?.toLowerCase() === "interface";
}
function isGatewayEndpoint(e) {
  return endpointTypeOf(e)?.toLowerCase() === "gateway";
}

// rules/vpc-dns-support.ts
var vpc_dns_support_default = defineRule({
  id: "vpc-dns-support",
  level: "error",
  title: "A VPC with Interface endpoints keeps DNS support on, and DNS hostnames on when an endpoint uses private DNS",
  help: `Interface endpoints are reached by DNS. With \`EnableDnsSupport: false\` the VPC resolver is off and nothing in
the VPC can resolve the endpoint's names. With private DNS (\`PrivateDnsEnabled: true\`), the endpoint makes the
service's default hostname (\`sqs.eu-west-1.amazonaws.com\`) resolve to its private addresses, but only in a VPC with
\`EnableDnsHostnames: true\` \u2014 which CloudFormation leaves **false** by default. Without it the SDK keeps resolving the
public name and, from a private subnet, its calls hang until the function times out.

Fix: turn both on.

\`\`\`yaml
Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
\`\`\`
`,
  check({ model, report: report2 }) {
    for (const vpc of model.vpcs) {
      const interfaces = model.endpointsIn(vpc).filter(isInterfaceEndpoint);
      if (interfaces.length === 0) continue;
      const names = labels(interfaces);
      const support = vpc.dnsSupport;
      if (support.state === "set" && !support.value) {
        report2({
          subject: vpc,
          loc: support.loc,
          message: `${label(vpc)} sets EnableDnsSupport false but hosts Interface endpoint ${names}: nothing in the VPC can resolve the endpoint's DNS names`
        });
      } else if (support.state === "unknown") {
        report2({ subject: vpc, loc: support.loc, level: "note", message: `cannot verify EnableDnsSupport of ${label(vpc)}: ${support.reason}` });
      }
      const privateDns = interfaces.filter((e) => e.privateDns.state === "set" && e.privateDns.value);
      const hostnames = vpc.dnsHostnames;
      if (privateDns.length === 0) {
        const maybe = interfaces.filter((e) => e.privateDns.state === "unknown");
        const first = maybe[0]?.privateDns;
        if (first?.state === "unknown" && !(hostnames.state !== "unknown" && hostnames.value)) {
          report2({ subject: vpc, level: "note", message: `cannot verify that ${label(vpc)} resolves private DNS names: PrivateDnsEnabled of ${labels(maybe)} is not known (${first.reason}); if it is true, EnableDnsHostnames must be true` });
        }
        continue;
      }
      const which = labels(privateDns);
      if (hostnames.state === "unknown") {
        report2({ subject: vpc, loc: hostnames.loc, level: "note", message: `cannot verify EnableDnsHostnames of ${label(vpc)}: ${hostnames.reason}` });
      } else if (!hostnames.value) {
        const how = hostnames.state === "set" ? "sets EnableDnsHostnames false" : "leaves EnableDnsHostnames unset (CloudFormation default: false)";
        report2({
          subject: vpc,
          ...hostnames.state === "set" ? { loc: hostnames.loc } : {},
          message: `${label(vpc)} ${how}, but Interface endpoint ${which} sets PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint`
        });
      }
    }
  }
});

// src/engine/model/aws-services.ts
var IRREGULAR = {
  // Gateway endpoints exist (and are free) for these two; an Interface endpoint serves them too.
  s3: { kind: "endpoint", names: ["s3"], gateway: true },
  dynamodb: { kind: "endpoint", names: ["dynamodb"], gateway: true },
  // QLDB's data API (SendCommand) is served by the session endpoint; `qldb` alone is the control plane.
  qldb: { kind: "endpoint", names: ["qldb.session"] },
  // ECR's API calls go to ecr.api (ecr.dkr serves image layer pulls, which a function's code does not make).
  ecr: { kind: "endpoint", names: ["ecr.api"] },
  // The IAM prefix differs from the endpoint name for these.
  kinesis: { kind: "endpoint", names: ["kinesis-streams"] },
  firehose: { kind: "endpoint", names: ["kinesis-firehose"] },
  cloudwatch: { kind: "endpoint", names: ["monitoring"] },
  ses: { kind: "endpoint", names: ["email", "email-smtp"] },
  "execute-api": { kind: "endpoint", names: ["execute-api"] },
  appconfig: { kind: "endpoint", names: ["appconfigdata", "appconfig"] },
  bedrock: { kind: "endpoint", names: ["bedrock-runtime", "bedrock", "bedrock-agent-runtime"] },
  sagemaker: { kind: "endpoint", names: ["sagemaker.runtime", "sagemaker.api"] },
  // IAM's endpoint is global: com.amazonaws.iam, without a region.
  iam: { kind: "endpoint", names: ["iam"], global: true },
  // OpenSearch Serverless endpoints are service-managed (AWS::OpenSearchServerless::VpcEndpoint), not EC2 ones.
  aoss: { kind: "endpoint", names: ["aoss"], resourceType: "AWS::OpenSearchServerless::VpcEndpoint" },
  // Connecting to a database or cache inside the VPC with an IAM token: the token is signed locally.
  "rds-db": { kind: "none", why: "rds-db:connect signs a token locally; the database is in the VPC" },
  "neptune-db": { kind: "none", why: "Neptune is reached in the VPC; IAM authentication signs locally" },
  // Data-plane calls to resources that live in the VPC itself (domains, clusters) reach them directly.
  es: { kind: "none", why: "OpenSearch domain requests go to the domain, which a VPC function reaches in its VPC" },
  "kafka-cluster": { kind: "none", why: "MSK cluster actions are made against brokers in the VPC" },
  dax: { kind: "none", why: "DAX clusters are reached in the VPC" },
  // Global services without a VPC endpoint.
  cloudfront: { kind: "no-endpoint", why: "CloudFront has no VPC endpoint" },
  route53: { kind: "no-endpoint", why: "Route 53 has no VPC endpoint" }
};
var IRREGULAR_ACTIONS = {
  // Synchronous Express workflows run at their own host (sync-states.<region>.amazonaws.com).
  "states:startsyncexecution": { kind: "endpoint", names: ["sync-states"] },
  // AppSync's data plane (GraphQL queries) is appsync-api; `appsync` is the control plane.
  "appsync:graphql": { kind: "endpoint", names: ["appsync-api"] },
  // IAM authentication to a cache in the VPC: the token is signed locally and sent to the cache.
  "elasticache:connect": { kind: "none", why: "elasticache:Connect signs a token locally; the cache is in the VPC" }
};
var POLLER_ACTIONS = {
  // GetQueueUrl: CDK's grantConsumeMessages, which SqsEventSource uses, grants it with the others.
  sqs: ["sqs:receivemessage", "sqs:deletemessage", "sqs:deletemessagebatch", "sqs:getqueueattributes", "sqs:getqueueurl", "sqs:changemessagevisibility", "sqs:changemessagevisibilitybatch"],
  kinesis: ["kinesis:getrecords", "kinesis:getsharditerator", "kinesis:describestream", "kinesis:describestreamsummary", "kinesis:listshards", "kinesis:liststreams", "kinesis:subscribetoshard"],
  dynamodb: ["dynamodb:getrecords", "dynamodb:getsharditerator", "dynamodb:describestream", "dynamodb:liststreams"],
  kafka: ["kafka:describecluster", "kafka:describeclusterv2", "kafka:getbootstrapbrokers", "kafka:listscramsecrets"]
};
var DELIVERY_ACTIONS = {
  sqs: ["sqs:sendmessage", "sqs:getqueueattributes", "sqs:getqueueurl"],
  sns: ["sns:publish"],
  lambda: ["lambda:invokefunction"],
  events: ["events:putevents"]
};
function endpointNeed(action) {
  const a = action.toLowerCase();
  if (isLambdaServiceAction(a)) return { kind: "none", why: "the Lambda service makes these calls itself" };
  if (/^(elasticfilesystem|s3files):client/.test(a)) return { kind: "none", why: "file system mounts go to mount targets in the VPC" };
  const prefix = a.split(":")[0];
  return IRREGULAR_ACTIONS[a] ?? IRREGULAR[prefix] ?? { kind: "endpoint", names: [prefix] };
}
function isLambdaServiceAction(a) {
  return a.startsWith("logs:") || a.startsWith("ec2:") && a.includes("networkinterface") || a.startsWith("ec2:describe") || a === "ec2:assignprivateipaddresses" || a === "ec2:unassignprivateipaddresses";
}
var MANAGED_POLICY_SERVICES = {
  AWSLambdaBasicExecutionRole: [],
  AWSLambdaVPCAccessExecutionRole: [],
  AWSLambdaENIManagementAccess: [],
  // Event-source pollers run in the Lambda service, outside the VPC, with the execution role.
  AWSLambdaSQSQueueExecutionRole: [],
  AWSLambdaKinesisExecutionRole: [],
  AWSLambdaDynamoDBExecutionRole: [],
  AWSLambdaMSKExecutionRole: [],
  AmazonSQSFullAccess: ["sqs"],
  AmazonSQSReadOnlyAccess: ["sqs"],
  AmazonSNSFullAccess: ["sns"],
  AmazonSNSReadOnlyAccess: ["sns"],
  AmazonS3FullAccess: ["s3"],
  AmazonS3ReadOnlyAccess: ["s3"],
  AmazonDynamoDBFullAccess: ["dynamodb"],
  AmazonDynamoDBReadOnlyAccess: ["dynamodb"],
  SecretsManagerReadWrite: ["secretsmanager"],
  AmazonSSMReadOnlyAccess: ["ssm"],
  AmazonKinesisFullAccess: ["kinesis"],
  AmazonKinesisReadOnlyAccess: ["kinesis"],
  AmazonKinesisFirehoseFullAccess: ["firehose"],
  AWSXRayDaemonWriteAccess: ["xray"],
  AWSXrayWriteOnlyAccess: ["xray"],
  AWSStepFunctionsFullAccess: ["states"],
  AmazonEventBridgeFullAccess: ["events"],
  AWSKeyManagementServicePowerUser: ["kms"],
  AmazonQLDBFullAccess: ["qldb"],
  AmazonQLDBReadOnly: ["qldb"],
  CloudWatchFullAccess: ["cloudwatch"],
  AmazonAPIGatewayInvokeFullAccess: ["execute-api"]
};
var HTTPS_ONLY = { policySupported: true, ports: [443] };
var IRREGULAR_ENDPOINT_SERVICES = {
  // SES SMTP interface: STARTTLS on 25, 587, 2587; TLS Wrapper on 465, 2465 (SES Developer Guide, "Connecting to an
  // Amazon SES SMTP endpoint").
  "email-smtp": { policySupported: true, ports: [25, 465, 587, 2465, 2587] },
  // Amazon Keyspaces (for Apache Cassandra): CQL over TLS on 9142 (Keyspaces Developer Guide, "Using interface VPC endpoints").
  cassandra: { policySupported: true, ports: [9142] },
  "cassandra-fips": { policySupported: true, ports: [9142] },
  // AWS IoT Core data plane: MQTT over TLS on 8883, HTTPS and MQTT over WebSocket on 443 (IoT Developer Guide,
  // "Protocols, port mappings, and authentication"); VpcEndpointPolicySupported false in DescribeVpcEndpointServices.
  "iot.data": { policySupported: false, ports: [443, 8883] },
  // VpcEndpointPolicySupported false in DescribeVpcEndpointServices (as recorded by moto 5.2, the AWS emulator).
  "redshift-data": { policySupported: false, ports: [443] },
  codepipeline: { policySupported: false, ports: [443] }
};
function endpointServiceFacts(service) {
  return IRREGULAR_ENDPOINT_SERVICES[service] ?? HTTPS_ONLY;
}

// src/engine/model/iam.ts
var SYMBOL = "";
var PSEUDO_SHAPES = { "AWS::AccountId": "000000000000", "AWS::Partition": "aws", "AWS::Region": "region-1", "AWS::URLSuffix": "amazonaws.com" };
function pattern(v) {
  const plain = (text2) => text2.replace(/#\{(AWS::\w+)\}/g, (m, name) => PSEUDO_SHAPES[name] ?? SYMBOL);
  switch (v.kind) {
    case "string":
      return plain(v.value);
    case "number":
      return String(v.value);
    case "text":
      return v.parts.map((p) => p.kind === "text" ? plain(p.text) : p.kind === "pseudo" ? PSEUDO_SHAPES[p.name] ?? SYMBOL : SYMBOL).join("");
    default:
      return void 0;
  }
}
function isKnownShape(shape) {
  return !shape.includes(SYMBOL);
}
function knownShape(v) {
  const p = pattern(v);
  return p !== void 0 && isKnownShape(p) ? p : void 0;
}
function values(v) {
  return v.kind === "list" ? v.items : [v];
}
function classifyAwsPrincipal(v, typeOf) {
  const entry2 = classify(v, typeOf);
  const shape = pattern(v);
  return shape !== void 0 ? { ...entry2, shape } : entry2;
}
function classify(v, typeOf) {
  const shown = display(v);
  if (v.kind === "ref") {
    const type = typeOf(v.target);
    if (type === "AWS::IAM::Role" && v.attribute === "Arn") return { kind: "role", shown };
    if (type === "AWS::IAM::User" && v.attribute === "Arn") return { kind: "user", shown };
    return { kind: "other", shown };
  }
  if (v.kind === "unknown") return { kind: "unknown", shown: v.reason };
  const p = pattern(v);
  if (p === void 0) return { kind: "unknown", shown };
  if (p === "*") return { kind: "any", shown };
  if (/^\d{12}$/.test(p)) return { kind: "account-id", shown };
  const arn = /^arn:[^:]+:(iam|sts)::([^:]*):(.*)$/.exec(p);
  if (!arn) return { kind: p === SYMBOL ? "unknown" : "other", shown };
  if (arn[2].includes("*")) return { kind: "other", shown };
  const resource = arn[3];
  if (resource === "root") return { kind: "account-root", shown };
  if (arn[1] === "iam" && /^role\/./.test(resource) && !/^role\/[*/]*$/.test(resource)) return { kind: "role", shown };
  if (arn[1] === "sts" && resource.startsWith("assumed-role/")) return { kind: "role", shown };
  if (arn[2] === SYMBOL && resource === SYMBOL) return { kind: "unknown", shown };
  if (resource.startsWith("user/")) return { kind: "user", shown };
  if (resource.includes(SYMBOL) && !resource.startsWith("role/")) return { kind: "unknown", shown };
  return { kind: "other", shown };
}
function isWildcardAction(v) {
  const p = pattern(v);
  return p !== void 0 && (p === "*" || /^[A-Za-z0-9-]+:\*$/.test(p));
}
function isWildcardResource(v) {
  const p = pattern(v);
  if (p === void 0) return false;
  if (p === "*") return true;
  const parts = p.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return false;
  return /^[*/]+$/.test(parts.slice(5).join(":"));
}

// rules/endpoint-policy-scoped.ts
var NOT_A_ROLE = {
  "account-root": "the account root (every principal of the account)",
  "account-id": "an account ID (every principal of the account)",
  user: "an IAM user",
  other: "not an IAM role"
};
var UNKNOWN_CONSUMERS = "this template holds no Lambda function in the endpoint's VPC, so its consumers are not known here: name their roles in Principal, or accept these principals with the allowedPrincipals option";
var RESTRICTING_OPERATORS = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;
var endpoint_policy_scoped_default = defineRule({
  id: "endpoint-policy-scoped",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedPrincipals: {
          description: "Principal ARNs or account IDs accepted although they are not IAM roles (`*` matches any characters).",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedPrincipals: [] }
  },
  level: "error",
  title: "A VPC endpoint policy allows only named IAM roles, specific actions and specific resources",
  help: `A VPC endpoint without a \`PolicyDocument\` gets the default policy, which allows every principal every action
on every resource of the service through the endpoint \u2014 including resources of other accounts, an exfiltration
path. Scope each Allow statement: \`Principal\` the function's execution role (or \`"*"\` with a Condition on
\`aws:PrincipalArn\` naming role ARNs), \`Action\` the calls the function makes, \`Resource\` the ARNs it uses.
\`NotAction\`/\`NotResource\` in an Allow statement allow everything else and count as unscoped; Deny statements are fine.

Scope: endpoint services that are not AWS services (\`vpce-svc-\u2026\`) and AWS services that do not enforce endpoint
policies (\`redshift-data\`, \`codepipeline\`, \`iot.data\`) get full access whatever the policy says, so the rule does not
apply (a policy there is a note). Where the template holds no Lambda function in the endpoint's VPC, it cannot know the
consumers' roles: a principal that is not a role is a note that says to name them (or to accept them with
\`allowedPrincipals\`); a missing policy, \`Action "*"\` and \`Resource "*"\` stay errors. Each finding names its statement
(its \`Sid\`, or \`statement 2\`) and points at its line, inside a JSON-string policy too when it is a literal block.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.qldb.session
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            AWS: !GetAtt FunctionRole.Arn
          Action: qldb:SendCommand
          Resource: !Sub arn:\${AWS::Partition}:qldb:\${AWS::Region}:\${AWS::AccountId}:ledger/\${Ledger}
\`\`\`
`,
  check({ model, report: report2, options }) {
    const typeOf = (id) => model.typeOf(id);
    const allowed = options.allowedPrincipals.map(globToRegExp);
    for (const endpoint of model.endpoints) {
      if (!isInterfaceEndpoint(endpoint) && !isGatewayEndpoint(endpoint)) continue;
      if (endpoint.service.kind === "other") continue;
      const policy = endpoint.policy;
      if (endpoint.service.kind === "aws" && !endpointServiceFacts(endpoint.service.name).policySupported) {
        if (policy.state !== "absent") report2({ subject: endpoint, loc: policy.loc, level: "note", message: `${label(endpoint)}: ${endpoint.service.name} does not enforce endpoint policies, so AWS allows full access through the endpoint whatever this policy says` });
        continue;
      }
      if (policy.state === "absent") {
        report2({
          subject: endpoint,
          message: `${label(endpoint)} has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of ${display(endpoint.serviceName ?? { kind: "null", loc: endpoint.loc })}`
        });
        continue;
      }
      if (policy.state === "unknown") {
        report2({ subject: endpoint, loc: policy.loc, level: "note", message: `cannot verify the policy of ${label(endpoint)}: ${policy.reason}` });
        continue;
      }
      for (const why of policy.document.unreadable) report2({ subject: endpoint, loc: policy.loc, level: "note", message: `cannot verify a statement of the policy of ${label(endpoint)}: ${why}` });
      const consumersKnown = model.hasLambdaConsumers(endpoint);
      for (const statement of policy.document.statements) {
        if (!statement.effect.known || statement.effect.value !== "Allow") continue;
        for (const r of checkStatement(endpoint, statement, typeOf, allowed, consumersKnown)) report2(r);
      }
    }
  }
});
function checkStatement(endpoint, s, typeOf, allowed, consumersKnown) {
  const found = [];
  const at2 = (loc, problem, fix) => found.push({ subject: endpoint, loc, message: `${label(endpoint)}, ${s.name}: ${problem}; ${fix}` });
  const principalAt = (loc, problem, fix) => consumersKnown ? at2(loc, problem, fix) : found.push({ subject: endpoint, loc, level: "note", message: `${label(endpoint)}, ${s.name}: ${problem}; ${UNKNOWN_CONSUMERS}` });
  const unverifiable = (field2, name) => {
    const unknown2 = values(field2.value).find((v) => v.kind === "unknown");
    if (unknown2?.kind === "unknown") found.push({ subject: endpoint, loc: field2.keyLoc, level: "note", message: `cannot verify the ${name} of ${label(endpoint)}, ${s.name}: ${unknown2.reason}` });
  };
  if (s.notPrincipal.present) principalAt(s.notPrincipal.keyLoc, "an Allow statement with NotPrincipal allows every principal but those listed", "name the execution role in Principal");
  else if (!s.principal.present) principalAt(s.loc, "an Allow statement without Principal applies to every principal", "name the execution role");
  else {
    const verdict = principalProblem(s.principal.value, s, typeOf, allowed);
    if (verdict && "problem" in verdict) principalAt(s.principal.keyLoc, verdict.problem, verdict.fix);
    else if (verdict) found.push({ subject: endpoint, loc: s.principal.keyLoc, level: "note", message: `cannot verify the Principal of ${label(endpoint)}, ${s.name}: ${verdict.unknown}` });
  }
  if (s.notAction.present) at2(s.notAction.keyLoc, "an Allow statement with NotAction allows every action but those listed", "list the actions the function calls");
  else if (s.action.present) {
    const wild = values(s.action.value).filter(isWildcardAction).map(display);
    if (wild.length > 0) at2(s.action.keyLoc, `Action ${wild.join(", ")} allows every action`, "list the actions the function calls");
    else unverifiable(s.action, "Action");
  }
  if (s.notResource.present) at2(s.notResource.keyLoc, "an Allow statement with NotResource allows every resource but those listed", "list the resource ARNs");
  else if (!s.resource.present) at2(s.loc, "an Allow statement without Resource applies to every resource", "list the resource ARNs");
  else {
    const wild = values(s.resource.value).filter(isWildcardResource).map(display);
    if (wild.length > 0) at2(s.resource.keyLoc, `Resource ${wild.join(", ")} allows every resource`, "name the specific ARNs");
    else unverifiable(s.resource, "Resource");
  }
  return found;
}
function principalProblem(principal, s, typeOf, allowed) {
  const entries2 = [];
  if (pattern(principal) === "*") entries2.push({ kind: "any", shown: "*" });
  else if (principal.kind === "map") {
    for (const { key, value } of principal.entries) {
      for (const v of values(value)) {
        entries2.push(key === "AWS" ? classifyAwsPrincipal(v, typeOf) : { kind: "other", shown: `${key} ${display(v)}` });
      }
    }
  } else return principal.kind === "unknown" ? { unknown: principal.reason } : void 0;
  if (entries2.some((e) => e.kind === "any")) {
    const restricted = principalArnRestriction(s, typeOf);
    if (restricted === "roles") return void 0;
    if (restricted === "unknown") return { unknown: "the aws:PrincipalArn condition names values not known before deployment" };
    return { problem: 'Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account', fix: "name the execution role" };
  }
  const bad = entries2.filter((e) => e.kind in NOT_A_ROLE && !allowed.some((a) => a.test(e.shown) || e.shape !== void 0 && a.test(e.shape)));
  const unknowns = entries2.filter((e) => e.kind === "unknown");
  if (bad.length === 0) return unknowns.length > 0 ? { unknown: unknowns.map((e) => e.shown).join("; ") } : void 0;
  return { problem: `Principal ${bad.map((b) => `${b.shown} is ${NOT_A_ROLE[b.kind]}`).join("; ")}`, fix: "allow only the function's execution role" };
}
function globToRegExp(glob) {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
}
function principalArnRestriction(s, typeOf) {
  if (!s.condition.present) return "none";
  if (s.condition.value.kind !== "map") return s.condition.value.kind === "unknown" ? "unknown" : "none";
  let verdict = "none";
  for (const { key, value } of s.condition.value.entries) {
    if (!RESTRICTING_OPERATORS.test(key) || value.kind !== "map") continue;
    const arns = value.entries.find((e) => e.key.toLowerCase() === "aws:principalarn")?.value;
    if (!arns) continue;
    const kinds = values(arns).map((a) => classifyAwsPrincipal(a, typeOf).kind);
    if (kinds.length > 0 && kinds.every((k) => k === "role")) return "roles";
    if (kinds.length > 0 && kinds.every((k) => k === "role" || k === "unknown")) verdict = "unknown";
  }
  return verdict;
}

// src/engine/model/rule-text.ts
function describeIngress(rule2) {
  const { protocol: protocol2, fromPort, toPort, peer } = rule2;
  const proto = protocol2.known ? protocol2.value === "-1" ? "all traffic" : protocol2.value : "some protocol";
  const ports = protocol2.known && protocol2.value === "-1" ? "" : fromPort.known === true && toPort.known === true ? fromPort.value === toPort.value ? ` ${fromPort.value}` : ` ${fromPort.value}-${toPort.value}` : fromPort.known === "absent" ? " on all ports" : " on ports not known before deployment";
  const from = peer.kind === "cidr" || peer.kind === "cidr-ipv6" ? rangeText(peer.range) : peer.kind === "prefix-list" ? `prefix list ${display(peer.prefixList)}` : peer.kind === "security-group" ? peer.group.kind === "resource" ? label(peer.group.target) : peer.group.kind === "external" ? peer.group.id : "a group not known before deployment" : "an unknown source";
  return `${proto}${ports} from ${from}`;
}
function assessPorts({ protocol: protocol2, fromPort, toPort }, ports, what, { problems, unknowns }) {
  if (!protocol2.known) unknowns.push(`protocol ${protocol2.reason}`);
  else if (protocol2.value === "-1") problems.push("all protocols and ports are open");
  else if (protocol2.value !== "tcp") problems.push(`protocol ${protocol2.value} is not tcp`);
  if (!protocol2.known || protocol2.value === "-1") return;
  if (fromPort.known === false) unknowns.push(`FromPort ${fromPort.reason}`);
  else if (toPort.known === false) unknowns.push(`ToPort ${toPort.reason}`);
  else if (fromPort.known === "absent" || toPort.known === "absent") problems.push("no port range given");
  else if (!(fromPort.value === toPort.value && ports.includes(fromPort.value))) {
    problems.push(`ports ${fromPort.value}-${toPort.value} are not ${ports.length === 1 ? ports[0] : `a port of ${what}`}`);
  }
}
function allowedByOption(peer, allowed) {
  switch (peer.kind) {
    case "cidr":
    case "cidr-ipv6":
      return peer.range.known && allowed.has(peer.range.value);
    case "prefix-list":
      return allowed.has(display(peer.prefixList));
    case "security-group":
      return peer.group.kind === "resource" ? allowed.has(peer.group.target.id) : peer.group.kind === "external" && allowed.has(peer.group.id);
    default:
      return false;
  }
}

// src/engine/model/cidr.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
function parseCidr(text2) {
  try {
    const [address, prefix] = import_ipaddr.default.parseCIDR(text2.trim());
    return { text: text2, family: address.kind(), address, prefix };
  } catch {
    return void 0;
  }
}
function cidrContains(outer, inner) {
  if (outer.family !== inner.family || inner.prefix < outer.prefix) return false;
  return inner.family === "ipv4" ? inner.address.match(outer.address, outer.prefix) : inner.address.match(outer.address, outer.prefix);
}
var WIDEST_VPC_PREFIX = { ipv4: 16, ipv6: 44 };

// rules/endpoint-sg-ingress.ts
var endpoint_sg_ingress_default = defineRule({
  id: "endpoint-sg-ingress",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedSources: {
          description: "Extra sources allowed on tcp 443: a security group's logical ID or sg- ID (e.g. a shared-services group), a CIDR, or a prefix list ID.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedSources: [] }
  },
  level: "error",
  title: "An Interface endpoint's security groups allow only tcp 443 from the Lambda functions' security groups",
  help: `An Interface endpoint is a set of network interfaces in your subnets; its security groups decide who may use
it. Functions call AWS services over HTTPS, so the endpoint needs exactly one kind of ingress: tcp 443 from the
functions' own security group. A CIDR range (even the VPC's), a prefix list, other ports or protocols, or a group
that no function uses let other workloads reach the service through your endpoint. An endpoint without
\`SecurityGroupIds\`, or naming \`!GetAtt Vpc.DefaultSecurityGroup\`, gets the VPC's default group, which admits all
traffic from everything in that group (the finding is then the endpoint's); a group with no ingress at all blocks the
functions.

Scope: where the template holds no Lambda function in the endpoint's VPC (a shared network stack, endpoints for
instances or a load balancer), it cannot know the consumers: any security group or prefix list is a fine source, and
only a CIDR range wider than the VPC's own (\`0.0.0.0/0\`, \`10.0.0.0/8\` in a /16 VPC) and other ports stay errors. Services
that listen on other ports are checked against theirs (\`email-smtp\`: 25, 465, 587, 2465, 2587; \`cassandra\`: 9142); a
partner's or your own endpoint service (\`com.amazonaws.vpce.<region>.vpce-svc-\u2026\`) listens on its own port, so only the
sources are checked.

Fix:

\`\`\`yaml
EndpointSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: HTTPS from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
  check(ctx) {
    const { model, report: report2 } = ctx;
    const checked = /* @__PURE__ */ new Set();
    const lambda = { groups: model.securityGroups.filter((g) => model.isFunctionGroup(g)), unknownFunctions: model.functionsWithUnknownGroups().map(label) };
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const groups = endpoint.securityGroups;
      if (groups.state === "absent" || groups.state === "set" && groups.items.length === 0) {
        report2({
          subject: endpoint,
          ...groups.state === "set" ? { loc: groups.loc } : {},
          message: `${label(endpoint)} has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group`
        });
        continue;
      }
      if (groups.state === "unknown") {
        report2({ subject: endpoint, loc: groups.loc, level: "note", message: `cannot verify the security groups of ${label(endpoint)}: ${groups.reason}` });
        continue;
      }
      const scope = scopeOf(endpoint, model, lambda);
      for (const link of groups.items) {
        if (link.kind !== "resource") {
          report2({ subject: endpoint, loc: link.loc, level: "note", message: `cannot verify a security group of ${label(endpoint)}: ${whyUnlinked(link)}` });
          continue;
        }
        if (link.target.vpcDefault) {
          report2({
            subject: endpoint,
            loc: link.loc,
            message: `${label(endpoint)} uses the ${link.target.name}, which admits all traffic from every member of that group; give it a group that allows only ${scope.allowed}`
          });
          continue;
        }
        if (checked.has(link.target)) continue;
        checked.add(link.target);
        checkGroup(link.target, endpoint, ctx, scope);
      }
    }
  }
});
function scopeOf(endpoint, model, lambda) {
  const service = endpoint.service;
  const ports = service.kind === "other" ? "own" : service.kind === "aws" ? endpointServiceFacts(service.name).ports : [443];
  const portsText = ports === "own" ? "the endpoint service's port" : `tcp ${ports.length === 1 ? ports[0] : `${ports.slice(0, -1).join(", ")} or ${ports.at(-1)}`}`;
  const serviceName = service.kind === "aws" ? service.name : "the service";
  if (model.hasLambdaConsumers(endpoint)) {
    const from = lambda.groups.length > 0 ? `the Lambda function's group ${labels(lambda.groups, 3, " or ")}` : "a Lambda function's group";
    return { ports, portsText, serviceName, consumers: { kind: "lambda", ...lambda }, allowed: `${portsText} from ${from}` };
  }
  const vpc = model.vpcOfEndpoint(endpoint);
  const vpcBlocks = (vpc?.cidrBlocks ?? []).flatMap((b) => b.known ? [parseCidr(b.value)].filter((c) => c !== void 0) : []);
  return { ports, portsText, serviceName, consumers: { kind: "not-in-template", vpcBlocks }, allowed: `${portsText} from the consumers' security groups or ranges of the VPC` };
}
function checkGroup(group, endpoint, { model, report: report2, options }, scope) {
  const ingress = model.rulesOf(group, "ingress");
  const unknownIngress = group.unknownRules.filter((u) => u.direction === "ingress");
  for (const u of unknownIngress) {
    report2({ subject: group, loc: u.loc, level: "note", message: `cannot verify the ingress of ${label(group)}: ${u.reason}` });
  }
  const unattached = model.unattachedRules.filter((u) => u.direction === "ingress");
  if (ingress.length === 0 && unknownIngress.length === 0 && unattached.length > 0) {
    report2({ subject: group, level: "note", message: `cannot verify the ingress of ${label(group)}: ingress rule ${listOf(unattached.map((u) => u.reason), 5, "; ")} may belong to it` });
    return;
  }
  if (ingress.length === 0 && unknownIngress.length === 0) {
    const functions = model.functionsNear(endpoint);
    if (functions.length > 0) {
      report2({
        subject: group,
        message: `${label(group)} (security group of ${label(endpoint)}) allows no ingress, so ${labels(functions)} cannot reach the endpoint; allow ${scope.allowed}`
      });
    }
    return;
  }
  const allowedSources = new Set(options.allowedSources);
  for (const rule2 of ingress) {
    const { problems, unknowns } = assess(rule2, scope, (g) => model.isFunctionGroup(g), allowedSources);
    const subject = rule2.origin.kind === "standalone" ? rule2.origin.resource : group;
    if (problems.length > 0) {
      report2({
        subject,
        loc: rule2.loc,
        message: `${label(group)} (security group of ${label(endpoint)}) allows ${describeIngress(rule2)}: ${problems.join("; ")}; only ${scope.allowed} is allowed`
      });
    } else if (unknowns.length > 0) {
      report2({ subject, loc: rule2.loc, level: "note", message: `cannot verify an ingress rule of ${label(group)}: ${unknowns.join("; ")}` });
    }
  }
}
function assess(rule2, scope, isFunctionGroup, allowedSources) {
  const found = { problems: [], unknowns: [] };
  if (scope.ports !== "own") assessPorts(rule2, scope.ports, scope.serviceName, found);
  if (allowedByOption(rule2.peer, allowedSources)) return found;
  if (scope.consumers.kind === "lambda") assessLambdaSource(rule2.peer, isFunctionGroup, scope.consumers.unknownFunctions, found);
  else assessAnySource(rule2.peer, scope.consumers.vpcBlocks, found);
  return found;
}
function assessLambdaSource(peer, isFunctionGroup, unknownFunctions, { problems, unknowns }) {
  switch (peer.kind) {
    case "cidr":
    case "cidr-ipv6":
      problems.push(peer.range.known ? `the CIDR range ${peer.range.value} is a source` : "a CIDR range is a source, whatever its value");
      break;
    case "prefix-list":
      problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
      break;
    case "security-group":
      if (peer.group.kind === "resource") {
        if (isFunctionGroup(peer.group.target)) break;
        if (unknownFunctions.length === 0) problems.push(`no Lambda function uses the source group ${label(peer.group.target)}`);
        else unknowns.push(`the source group ${label(peer.group.target)} may belong to ${listOf(unknownFunctions)}, whose security groups are not known before deployment`);
      } else if (peer.group.kind === "external") unknowns.push(`source group ${peer.group.id} is not in this template`);
      else unknowns.push(`source group: ${peer.group.reason}`);
      break;
    case "unknown":
      unknowns.push(`source ${peer.reason}`);
      break;
    case "none":
      break;
  }
}
function assessAnySource(peer, vpcBlocks, { problems, unknowns }) {
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return;
  if (!peer.range.known) {
    unknowns.push(`the source range: ${peer.range.reason}`);
    return;
  }
  const range = parseCidr(peer.range.value);
  if (range === void 0) return;
  if (range.prefix < WIDEST_VPC_PREFIX[range.family]) problems.push(`the CIDR range ${range.text} is wider than any VPC's range`);
  else {
    const covered = vpcBlocks.find((b) => b.prefix > range.prefix && cidrContains(range, b));
    if (covered) problems.push(`the CIDR range ${range.text} is wider than the VPC's range ${covered.text}`);
  }
}

// rules/lambda-subnet-no-igw.ts
var lambda_subnet_no_igw_default = defineRule({
  id: "lambda-subnet-no-igw",
  level: "error",
  title: "A Lambda function's subnets have no route to an internet gateway",
  help: `A function in a VPC gets only private addresses. In a subnet whose route table sends traffic to an internet
gateway (a public subnet), it can neither reach the internet nor AWS services' public endpoints \u2014 its calls hang
until it times out \u2014 and the subnet is not the private network the design relies on. Put functions in private
subnets: route their outbound traffic to a NAT gateway, or to nothing but VPC endpoints.

Fix: associate the function's subnets with a private route table.

\`\`\`yaml
PrivateRouteTable:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PrivateDefaultRoute:            # optional: only if the function needs the internet
  Type: AWS::EC2::Route
  Properties:
    RouteTableId: !Ref PrivateRouteTable
    DestinationCidrBlock: 0.0.0.0/0
    NatGatewayId: !Ref NatGateway
PrivateSubnetARouteTable:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PrivateSubnetA
    RouteTableId: !Ref PrivateRouteTable
\`\`\`
`,
  check({ model, report: report2 }) {
    for (const fn of model.functions) {
      const exposures = [];
      const unverifiable = [];
      if (fn.vpcConfig.state === "unknown") unverifiable.push(`its VpcConfig: ${fn.vpcConfig.reason}`);
      if (fn.vpcConfig.state === "set" && fn.vpcConfig.subnets.state === "unknown") unverifiable.push(`its subnets: ${fn.vpcConfig.subnets.reason}`);
      for (const link of model.subnetLinksOf(fn)) {
        if (link.kind === "external") unverifiable.push(`subnet ${link.id} is not in this template`);
        if (link.kind === "unknown") unverifiable.push(`a subnet: ${link.reason}`);
        if (link.kind !== "resource") continue;
        const tables = model.routeTablesOf(link.target);
        if (tables.length === 0) unverifiable.push(model.whyRouteTablesUnknown(link.target));
        for (const table of tables) {
          for (const route of model.routesOf(table)) {
            if (route.target.kind === "internet-gateway") exposures.push({ link, subnet: link.target, table, route });
            if (route.target.kind === "unknown") unverifiable.push(`route ${label(route)}: ${route.target.reason}`);
          }
        }
      }
      const first = exposures[0];
      if (!first) {
        if (unverifiable.length > 0) report2({ subject: fn, loc: model.unknownCauseOf(fn), level: "note", message: `cannot verify that ${label(fn)} has no route to an internet gateway: ${unverifiable.join("; ")}` });
        continue;
      }
      const describe4 = (x) => {
        const gateway = x.route.target.kind === "internet-gateway" ? x.route.target.gateway : void 0;
        const igw = gateway?.kind === "resource" ? label(gateway.target) : gateway?.kind === "external" ? gateway.id : "an internet gateway";
        const dest = x.route.destination.known ? x.route.destination.value : "a destination";
        return `subnet ${label(x.subnet)} uses ${tableText(x.table)}, whose route ${label(x.route)} sends ${dest} to internet gateway ${igw}`;
      };
      report2({
        subject: fn,
        loc: first.link.loc,
        message: `${label(fn)} runs in a public subnet: ${exposures.map(describe4).join("; ")}; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)`,
        related: exposures.flatMap((x) => [
          { message: `subnet ${label(x.subnet)}`, loc: x.subnet.loc, logicalId: x.subnet.name },
          { message: tableText(x.table), loc: x.table.loc, logicalId: x.table.name },
          { message: `route ${label(x.route)} to an internet gateway`, loc: x.route.loc, logicalId: x.route.name }
        ])
      });
    }
  }
});

// rules/endpoint-private-dns.ts
var endpoint_private_dns_default = defineRule({
  id: "endpoint-private-dns",
  level: "warning",
  title: "An Interface endpoint to an AWS service in a VPC with Lambda functions enables private DNS",
  help: `AWS SDKs call a service at its default hostname (\`sqs.eu-west-1.amazonaws.com\`). Only with private DNS does
that name resolve to the endpoint's addresses inside the VPC; without it, the SDK still goes to the public endpoint,
which a function in a private subnet cannot reach \u2014 its calls hang until it times out \u2014 unless every client is
configured with the endpoint-specific hostname. CloudFormation's default for \`PrivateDnsEnabled\` is false.

Not concerned: endpoint services of partners or your own (\`com.amazonaws.vpce.<region>.vpce-svc-\u2026\`), and an S3 or
DynamoDB Interface endpoint in a VPC that also has a Gateway endpoint for the service: calls from the VPC take the
(free) gateway, and the Interface endpoint serves clients outside the VPC.

Fix (the VPC also needs \`EnableDnsSupport\` and \`EnableDnsHostnames\`, see vpc-dns-support):

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
\`\`\`
`,
  check({ model, report: report2 }) {
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      const { service, privateDns } = endpoint;
      if (service.kind === "other") continue;
      if (service.kind === "unknown" || privateDns.state === "unknown") {
        if (!(privateDns.state === "set" && privateDns.value)) {
          const why = service.kind === "unknown" ? `its ServiceName: ${service.reason}` : `PrivateDnsEnabled: ${privateDns.state === "unknown" ? privateDns.reason : ""}`;
          report2({ subject: endpoint, level: "note", message: `cannot verify private DNS of ${label(endpoint)}: ${why}` });
        }
        continue;
      }
      if (privateDns.value) continue;
      const gateway = model.endpointTypesOf(model.vpcOfEndpoint(endpoint), service.name).has("gateway");
      if (gateway) continue;
      report2({
        subject: endpoint,
        ...privateDns.state === "set" ? { loc: privateDns.loc } : {},
        message: `${label(endpoint)} (${model.endpointServiceName(service.name)}) ${privateDns.state === "set" ? "sets PrivateDnsEnabled false" : "leaves PrivateDnsEnabled unset (CloudFormation default: false)"}: the SDK's default hostname of ${service.name} will not reach it from ${labels(functions)}; set PrivateDnsEnabled true`
      });
    }
  }
});

// src/engine/model/grants.ts
function grantsOf(role) {
  const actions = [];
  const unreadable = [];
  const name = label(role);
  for (const policy of role.policies) {
    if (policy.state === "unknown") {
      unreadable.push(`${name} has a policy that cannot be read (${policy.reason})`);
      continue;
    }
    for (const why of policy.document.unreadable) unreadable.push(`${name} has a statement that cannot be read (${why})`);
    for (const s of policy.document.statements) {
      if (!s.effect.known || s.effect.value !== "Allow") continue;
      if (s.notAction.present) {
        unreadable.push(`${name} allows every action but some (NotAction)`);
        continue;
      }
      if (!s.action.present) continue;
      for (const v of values(s.action.value)) {
        const a = knownShape(v);
        if (a === void 0) unreadable.push(`${name} allows ${display(v)}`);
        else if (a === "*" || a.startsWith("*")) unreadable.push(`${name} allows ${a} (every service)`);
        else actions.push({ action: a, resources: s.resource.present ? values(s.resource.value) : "any", why: `${a} is granted to ${name}` });
      }
    }
  }
  for (const arn of role.managedPolicyArns) {
    const p = pattern(arn);
    const policy = p ? /:policy\/(?:service-role\/)?([\w+=,.@-]+)$/.exec(p)?.[1] : void 0;
    const services = policy ? MANAGED_POLICY_SERVICES[policy] : void 0;
    if (services) actions.push(...services.map((svc) => ({ action: `${svc}:*`, resources: "any", why: `the managed policy ${policy} of ${name} grants ${svc} actions` })));
    else if (arn.kind === "unknown") unreadable.push(`${name} has managed policies that are not known (${arn.reason})`);
    else unreadable.push(`${name} has the managed policy ${display(arn)}, whose grants are not known here`);
  }
  return { actions, unreadable };
}

// rules/lambda-service-endpoints.ts
var EGRESS_TARGETS = /* @__PURE__ */ new Set(["nat-gateway", "instance", "network-interface", "transit-gateway", "core-network"]);
var MAYBE_EGRESS_TARGETS = /* @__PURE__ */ new Set(["vpc-endpoint", "unknown"]);
var NEVER_EGRESS_TARGETS = /* @__PURE__ */ new Set(["vpc-peering", "local", "vpn-gateway", "local-gateway", "carrier-gateway", "egress-only-internet-gateway"]);
var lambda_service_endpoints_default = defineRule({
  id: "lambda-service-endpoints",
  options: {
    schema: {
      type: "object",
      properties: {
        ignoreServices: { description: "IAM service prefixes (sqs, s3, \u2026) not to demand endpoints for.", type: "array", items: { type: "string" } },
        assumeEgress: { description: "Assume the functions have a NAT or transit gateway route defined elsewhere (another stack): the rule stays silent.", type: "boolean" }
      }
    },
    defaults: { ignoreServices: [], assumeEgress: false }
  },
  level: "error",
  title: "A VPC Lambda function without a NAT route has a VPC endpoint for every AWS service its role lets it call",
  help: `A function in a private subnet with no default route to a NAT gateway, NAT instance or transit gateway can
reach AWS services only through VPC endpoints. For every service its execution role grants actions on \u2014 the calls
the function is written to make \u2014 the VPC needs an endpoint; without one, the SDK's calls hang until the function
times out ("everything broke when I moved it into the VPC"). S3 and DynamoDB take a Gateway (or Interface) endpoint;
QLDB's data API is \`qldb.session\`; the others an Interface endpoint \`com.amazonaws.<region>.<service>\`. CloudWatch
Logs actions of the basic execution role do not count: the Lambda service ships function logs itself, as it polls
event sources and delivers to dead-letter queues and asynchronous-invocation destinations (grants on exactly those
resources do not count either). A Gateway
endpoint must also be on the route tables of the function's subnets: gateway-endpoint-routes checks that.

Fix: add the endpoint the message names (or a NAT route, if the function needs the internet anyway).

\`\`\`yaml
SecretsManagerEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.secretsmanager
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
    SecurityGroupIds: [!Ref EndpointSecurityGroup]
\`\`\`
`,
  check({ model, report: report2, options }) {
    if (options.assumeEgress) return;
    const ignored = new Set(options.ignoreServices.map((s) => s.toLowerCase()));
    for (const fn of model.functions) {
      if (fn.vpcConfig.state !== "set") continue;
      const name = label(fn);
      const note = (why) => report2({ subject: fn, loc: model.unknownCauseOf(fn), level: "note", message: `cannot verify that ${name} reaches the AWS services it calls: ${why}` });
      const links = model.subnetLinksOf(fn);
      const subnets = linkTargets(links);
      if (subnets.length === 0) {
        note(fn.vpcConfig.subnets.state === "unknown" ? fn.vpcConfig.subnets.reason : "its subnets are not in this template");
        continue;
      }
      const egress = subnets.map((s) => [s, egressOf(model, s)]);
      const isolated = egress.filter(([, e]) => e === "none").map(([s]) => s);
      if (isolated.length === 0) {
        if (egress.some(([, e]) => e === "unknown") || subnets.length < links.length) note("the default routes of its subnets are not all known before deployment");
        continue;
      }
      const role = model.roleOf(fn);
      if (!role) {
        note(fn.role.kind === "unknown" ? `its role: ${fn.role.reason}` : `its role ${fn.role.kind === "external" ? fn.role.id : ""} is not in this template`);
        continue;
      }
      const grants = grantsOf(role);
      const polled = model.polledServicesOf(fn);
      const services = /* @__PURE__ */ new Map();
      for (const grant of grants.actions) {
        const action = grant.action.toLowerCase();
        const prefix = action.split(":")[0];
        if (polled.has(prefix) && POLLER_ACTIONS[prefix]?.includes(action)) continue;
        if (isDelivery(grant, fn)) continue;
        const need = endpointNeed(grant.action);
        const key = need.kind === "endpoint" ? need.names.join("|") : prefix;
        if (need.kind !== "none" && !ignored.has(prefix) && !services.has(key)) services.set(key, { grant, need });
      }
      const vpc = model.vpcsOfFunction(fn)[0];
      const sharedZones = vpc ? model.awsHostedZonesOf(vpc) : [];
      const unreadableEndpoints = vpc ? model.unreadableEndpointsIn(vpc) : [];
      const missing = [];
      const unverifiable = [...grants.unreadable];
      for (const { grant, need } of services.values()) {
        const why = grant.why;
        if (need.kind === "none") continue;
        if (need.kind === "no-endpoint") {
          missing.push(`${need.why}, so only a NAT route reaches it: ${why}`);
          continue;
        }
        if (need.resourceType && model.hasOtherOfType(need.resourceType)) continue;
        const served = vpc !== void 0 && need.names.some((n) => model.endpointTypesOf(vpc, n).has("interface") || need.gateway === true && model.endpointTypesOf(vpc, n).has("gateway"));
        if (served) continue;
        const name2 = need.global ? `com.amazonaws.${need.names[0]}` : model.endpointServiceName(need.names[0]);
        const add = `add ${need.resourceType ? `an ${need.resourceType}` : need.gateway ? "a Gateway or Interface endpoint" : "an Interface endpoint"} ${need.resourceType ? `for ${need.names[0]}` : name2}: ${why}`;
        const doubt = !vpc ? "its VPC is not in this template" : unreadableEndpoints.length > 0 ? `the service of ${labels(unreadableEndpoints)} is not known` : sharedZones.length > 0 ? `private hosted zone ${labels(sharedZones)} may send it to an endpoint shared from another VPC` : void 0;
        if (doubt) unverifiable.push(`maybe ${add} (${doubt})`);
        else missing.push(add);
      }
      if (missing.length > 0) {
        report2({
          subject: fn,
          message: `${name} has no default route (0.0.0.0/0) to a NAT or transit gateway from subnet ${labels(isolated)}, so it reaches AWS services only through VPC endpoints: ${missing.join("; ")}`,
          related: [
            ...isolated.map((s) => ({ message: `subnet ${label(s)}, without a default route out`, loc: s.loc, logicalId: s.name })),
            ...[...new Set(isolated.flatMap((s) => model.routeTablesOf(s)))].map((t) => ({ message: tableText(t), loc: t.loc, logicalId: t.main ? void 0 : t.name }))
          ]
        });
      } else if (unverifiable.length > 0) note(unverifiable.join("; "));
    }
  }
});
function isDelivery(grant, fn) {
  const action = grant.action.toLowerCase();
  if (!DELIVERY_ACTIONS[action.split(":")[0]]?.includes(action) || grant.resources === "any" || grant.resources.length === 0) return false;
  return grant.resources.every((r) => r.kind === "ref" && fn.deliveryTargets.has(r.target));
}
function egressOf(model, subnet) {
  const tables = model.routeTablesOf(subnet);
  if (tables.length === 0) return "unknown";
  let unknown2 = false;
  for (const route of tables.flatMap((t) => model.routesOf(t))) {
    if (NEVER_EGRESS_TARGETS.has(route.target.kind)) continue;
    if (!route.destination.known) unknown2 = true;
    else if (route.destination.value !== "0.0.0.0/0") continue;
    else if (EGRESS_TARGETS.has(route.target.kind)) return "out";
    else if (MAYBE_EGRESS_TARGETS.has(route.target.kind)) unknown2 = true;
  }
  return unknown2 ? "unknown" : "none";
}

// src/engine/model/zones.ts
function zoneKey(z) {
  switch (z.kind) {
    case "name":
      return `name:${z.name}`;
    case "zone-id":
      return `id:${z.zoneId}`;
    case "indexed":
      return `index:${z.region}:${z.index}`;
    case "unknown":
      return void 0;
  }
}
function zoneName(z) {
  switch (z.kind) {
    case "name":
      return z.name;
    case "zone-id":
      return z.zoneId;
    case "indexed":
      return `zone ${z.index} of ${z.region === "AWS::Region" ? "the region" : z.region} (!Select [${z.index}, !GetAZs])`;
    case "unknown":
      return "an unknown zone";
  }
}
function comparable(a, b) {
  if (a.kind === "unknown" || a.kind !== b.kind) return false;
  if (a.kind === "indexed" && b.kind === "indexed") return a.region === b.region;
  if (a.kind === "name" && b.kind === "name") return a.name.startsWith("${") === b.name.startsWith("${");
  return true;
}

// rules/endpoint-az-coverage.ts
var endpoint_az_coverage_default = defineRule({
  id: "endpoint-az-coverage",
  level: "warning",
  title: "An Interface endpoint has a subnet in every Availability Zone of the VPC's Lambda functions",
  help: `An Interface endpoint answers in the zones of its subnets. A function running in a zone where the endpoint
has no network interface still reaches it across zones \u2014 until that other zone fails, and then the function loses the
service although its own zone is healthy; cross-zone traffic is also billed. Give the endpoint a subnet in every
zone the functions run in.

Fix:

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    SubnetIds:            # the same zones as the functions' subnets
      - !Ref PrivateSubnetA
      - !Ref PrivateSubnetB
\`\`\`
`,
  check({ model, report: report2 }) {
    const zonesOfVpc = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      if (endpoint.subnets.state === "unknown" || endpoint.subnets.state === "set" && endpoint.subnets.items.some((l) => l.kind !== "resource")) {
        report2({ subject: endpoint, level: "note", message: `cannot verify the zones of ${label(endpoint)}: its subnets are not all known before deployment` });
        continue;
      }
      const vpc = model.vpcOfEndpoint(endpoint);
      if (!zonesOfVpc.has(vpc)) zonesOfVpc.set(vpc, functionZones(model, functions));
      const ownSubnets = new Set(linkTargets(linkedItems(endpoint.subnets)));
      const coverage = coverageOf([...ownSubnets].map((s) => s.zone), zonesOfVpc.get(vpc));
      if (coverage.uncovered.count > 0) {
        const shown = coverage.uncovered.first.map((u) => `${zoneName(u.zone)} (subnet ${labels(u.subnets)})`);
        const more = coverage.uncovered.count - shown.length;
        report2({
          subject: endpoint,
          ...endpoint.subnets.state === "set" ? { loc: endpoint.subnets.loc } : {},
          message: `${label(endpoint)} has no subnet in ${shown.join(", ")}${more > 0 ? ` and ${more} more zones` : ""}, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds`
        });
      } else if (coverage.unverifiable) {
        report2({ subject: endpoint, level: "note", message: `cannot verify the zones of ${label(endpoint)}: zones are written in ways that cannot be compared before deployment` });
      } else {
        const unknown2 = zonesOfVpc.get(vpc).unknown;
        const open = firstNotIn(unknown2, ownSubnets, 3);
        if (open.length === 0) continue;
        const more = unknown2.size - [...ownSubnets].filter((s) => unknown2.has(s)).length - open.length;
        const why = open[0].zone.kind === "unknown" ? open[0].zone.reason : "";
        report2({ subject: endpoint, level: "note", message: `cannot verify that ${label(endpoint)} covers the zones of the Lambda functions of its VPC: the zone of subnet ${labels(open)}${more > 0 ? ` and ${more} more` : ""} is not known before deployment (${why})` });
      }
    }
  }
});
function functionZones(model, functions) {
  const byClass = /* @__PURE__ */ new Map();
  const unknown2 = /* @__PURE__ */ new Set();
  let count = 0;
  for (const fn of functions) {
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== "resource") continue;
      const key = zoneKey(link.target.zone);
      const kind = zoneClass(link.target.zone);
      if (key === void 0 || kind === void 0) {
        unknown2.add(link.target);
        continue;
      }
      const zones = byClass.get(kind) ?? /* @__PURE__ */ new Map();
      byClass.set(kind, zones);
      const entry2 = zones.get(key) ?? { zone: link.target.zone, subnets: /* @__PURE__ */ new Set() };
      if (entry2.subnets.size === 0) count++;
      entry2.subnets.add(link.target);
      zones.set(key, entry2);
    }
  }
  return { byClass, count, unknown: unknown2 };
}
function coverageOf(own, functions) {
  const ownKeys = new Set(own.map(zoneKey));
  const ownClasses = new Set(own.map(zoneClass));
  const coveredIn = (zones) => [...ownKeys].filter((k) => k !== void 0 && zones.has(k)).length;
  if (ownClasses.size === 0) {
    const all = [...functions.byClass.values()];
    return { uncovered: { count: functions.count, first: all.flatMap((zones) => firstNotIn(zones.values(), /* @__PURE__ */ new Set(), 3)).slice(0, 3) }, unverifiable: false };
  }
  const [only] = ownClasses;
  if (ownClasses.size > 1 || only === void 0) {
    const covered = [...functions.byClass.values()].reduce((n, zones) => n + coveredIn(zones), 0);
    return { uncovered: { count: 0, first: [] }, unverifiable: covered < functions.count };
  }
  const same = functions.byClass.get(only) ?? /* @__PURE__ */ new Map();
  const missing = same.size - coveredIn(same);
  const first = missing > 0 ? firstNotIn(same.values(), /* @__PURE__ */ new Set(), 3 + ownKeys.size).filter((e) => !ownKeys.has(zoneKey(e.zone))).slice(0, 3) : [];
  return { uncovered: { count: missing, first }, unverifiable: functions.count > same.size };
}
function zoneClass(z) {
  switch (z.kind) {
    case "name":
      return `name:${z.name.startsWith("${")}`;
    case "zone-id":
      return "id";
    case "indexed":
      return `index:${z.region}`;
    case "unknown":
      return void 0;
  }
}
function firstNotIn(items2, exclude, max) {
  const out = [];
  for (const item of items2) {
    if (out.length >= max) break;
    if (!exclude.has(item)) out.push(item);
  }
  return out;
}

// rules/gateway-endpoint-routes.ts
var gateway_endpoint_routes_default = defineRule({
  id: "gateway-endpoint-routes",
  level: "warning",
  title: "A Gateway endpoint is in the route tables of every subnet of the Lambda functions of its VPC",
  help: `A Gateway endpoint (S3, DynamoDB) works by routes: it adds the service's prefix list to the route tables listed
in \`RouteTableIds\`, and only those. A function in a subnet whose route table is not listed sends its S3 or DynamoDB
calls to its default route instead \u2014 through a NAT gateway (billed per GB), or, in a private subnet without one,
nowhere: the calls hang until the function times out.

Fix: list every route table of the functions' subnets.

\`\`\`yaml
S3Endpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Gateway
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
    VpcId: !Ref Vpc
    RouteTableIds:
      - !Ref PrivateRouteTableA
      - !Ref PrivateRouteTableB
\`\`\`
`,
  check({ model, report: report2 }) {
    const tablesOfVpc = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints) {
      if (!isGatewayEndpoint(endpoint)) continue;
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      const tables = endpoint.routeTables;
      if (tables.state === "unknown" || tables.state === "set" && tables.items.some((l) => l.kind !== "resource")) {
        report2({ subject: endpoint, level: "note", message: `cannot verify the route tables of ${label(endpoint)}: they are not all known before deployment` });
        continue;
      }
      const vpc = model.vpcOfEndpoint(endpoint);
      if (!tablesOfVpc.has(vpc)) tablesOfVpc.set(vpc, functionTables(model, functions));
      const { used, mains, unknown: unknown2 } = tablesOfVpc.get(vpc);
      const listed = new Set(linkTargets(linkedItems(tables)));
      const missing = used.size - [...listed].filter((t) => used.has(t)).length;
      if (missing === 0) {
        if (unknown2.size > 0) report2({ subject: endpoint, level: "note", message: `cannot verify that ${label(endpoint)} is in the route tables of the Lambda functions of its VPC: ${listOf(unknown2, 5, "; ")}` });
        continue;
      }
      const shown = [];
      for (const [table, subnets] of used) {
        if (shown.length === 5) break;
        if (!listed.has(table)) shown.push(`${tableText(table)} (subnet ${labels(subnets)})`);
      }
      const list = `${shown.join(", ")}${missing > shown.length ? ` and ${missing - shown.length} more` : ""}`;
      const fix = mains.some((t) => !listed.has(t)) ? "give those subnets a route table of their own (AWS::EC2::SubnetRouteTableAssociation; a VPC's main route table cannot be named in a template) and add it to RouteTableIds" : `add the table${missing > 1 ? "s" : ""} to RouteTableIds`;
      report2({
        subject: endpoint,
        ...tables.state === "set" ? { loc: tables.loc } : {},
        message: `${label(endpoint)} is not in ${list} of the Lambda functions of its VPC: their calls to ${endpoint.service.kind === "aws" ? endpoint.service.name : "the service"} do not take the endpoint; ${fix}`
      });
    }
  }
});
function functionTables(model, functions) {
  const used = /* @__PURE__ */ new Map();
  const unknown2 = /* @__PURE__ */ new Set();
  for (const fn of functions) {
    if (fn.vpcConfig.state === "set" && fn.vpcConfig.subnets.state === "unknown") unknown2.add(`the subnets of ${label(fn)}: ${fn.vpcConfig.subnets.reason}`);
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== "resource") {
        unknown2.add(`a subnet of ${label(fn)}: ${whyUnlinked(link)}`);
        continue;
      }
      for (const table of model.routeTablesOf(link.target)) used.set(table, (used.get(table) ?? /* @__PURE__ */ new Set()).add(link.target));
    }
  }
  return { used, mains: [...used.keys()].filter((t) => t.main), unknown: unknown2 };
}

// rules/lambda-multi-az.ts
var lambda_multi_az_default = defineRule({
  id: "lambda-multi-az",
  level: "warning",
  title: "A Lambda function's VPC subnets span at least two Availability Zones",
  help: `Lambda runs a VPC function in the subnets you give it. With all of them in one Availability Zone, an outage of
that zone stops the function, although Lambda itself is a multi-zone service. Give it subnets in two or more zones.

Fix:

\`\`\`yaml
Function:
  Type: AWS::Lambda::Function
  Properties:
    VpcConfig:
      SecurityGroupIds: [!Ref FunctionSecurityGroup]
      SubnetIds:
        - !Ref PrivateSubnetA   # AvailabilityZone: !Select [0, !GetAZs '']
        - !Ref PrivateSubnetB   # AvailabilityZone: !Select [1, !GetAZs '']
\`\`\`
`,
  check({ model, report: report2 }) {
    for (const fn of model.functions) {
      if (fn.vpcConfig.state !== "set") continue;
      const links = model.subnetLinksOf(fn);
      const subnets = linkTargets(links);
      const zones = subnets.map((s) => s.zone);
      const known = zones.filter((z) => z.kind !== "unknown");
      const distinct2 = new Set(known.map(zoneKey));
      const allKnown = subnets.length === links.length && known.length === zones.length && fn.vpcConfig.subnets.state === "set";
      const sameKind = known.every((z) => comparable(z, known[0]));
      if (distinct2.size >= 2 && sameKind) continue;
      if (!allKnown || !sameKind || subnets.length === 0) {
        const why = !sameKind && allKnown ? "its zones are written in ways that cannot be compared before deployment" : "the zones of its subnets are not all known before deployment";
        report2({ subject: fn, loc: model.unknownCauseOf(fn), level: "note", message: `cannot verify that ${label(fn)} spans two Availability Zones: ${why}` });
        continue;
      }
      const where = known.length > 0 ? zoneName(known[0]) : "one zone";
      report2({
        subject: fn,
        loc: links[0].loc,
        message: `${label(fn)} runs only in ${where} (subnet${subnets.length > 1 ? "s" : ""} ${labels(subnets)}): an outage of that zone stops it; add a subnet in a second Availability Zone`,
        related: subnets.map((s) => ({ message: `subnet ${label(s)} (${zoneName(s.zone)})`, loc: s.loc, logicalId: s.name }))
      });
    }
  }
});

// rules/lambda-sg-egress.ts
var ANYWHERE = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var lambda_sg_egress_default = defineRule({
  id: "lambda-sg-egress",
  level: "warning",
  title: "A Lambda function's security group does not allow all traffic to anywhere",
  help: `A function that only calls AWS services through VPC endpoints needs one kind of egress: tcp 443 to the
endpoints' security groups (and to the S3/DynamoDB prefix lists for gateway endpoints). Egress to 0.0.0.0/0 on all
ports \u2014 which is also what a security group gets by default when it has no \`SecurityGroupEgress\` \u2014 lets compromised
code reach anything the network routes to. Any egress rule replaces the default one (CloudFormation revokes the
default rule when the first egress rule is added; CDK's \`allowAllOutbound: false\` relies on it). The VPC's default
security group (\`!GetAtt Vpc.DefaultSecurityGroup\`) is not a resource of the template: its allow-all egress stays
whatever is added to it, and a function using it gets the finding at its \`SecurityGroupIds\` entry.

Fix:

\`\`\`yaml
FunctionSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Lambda function
    VpcId: !Ref Vpc
    SecurityGroupEgress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        DestinationSecurityGroupId: !GetAtt EndpointSecurityGroup.GroupId
\`\`\`
`,
  check({ model, report: report2 }) {
    for (const group of [...model.securityGroups, ...model.defaultSecurityGroups]) {
      const functions = model.functionsUsing(group);
      if (functions.length === 0) continue;
      if (group.vpcDefault) {
        for (const fn of functions) {
          const entry2 = fn.vpcConfig.state === "set" ? linkedItems(fn.vpcConfig.securityGroups).find((l) => l.kind === "resource" && l.target === group) : void 0;
          report2({
            subject: fn,
            ...entry2 ? { loc: entry2.loc } : {},
            message: `${label(fn)} uses the ${group.name}, whose egress allows all traffic to 0.0.0.0/0; give it a group of its own that allows only tcp 443 to the endpoints' security groups or prefix lists`
          });
        }
        continue;
      }
      const users = labels(functions);
      const advice = adviceFor(group, model);
      const egress = model.rulesOf(group, "egress");
      const unknown2 = group.unknownRules.filter((u) => u.direction === "egress");
      const unattached = model.unattachedRules.filter((u) => u.direction === "egress");
      if (egress.length === 0 && unknown2.length === 0 && unattached.length > 0) {
        report2({ subject: group, level: "note", message: `cannot verify the egress of ${label(group)}: egress rule ${listOf(unattached.map((u) => u.reason), 5, "; ")} may belong to it` });
        continue;
      }
      if (egress.length === 0 && unknown2.length === 0) {
        if (!group.defaultEgress) continue;
        report2({
          subject: group,
          message: `${label(group)} (security group of ${users}) has no SecurityGroupEgress, so it keeps the default rule allowing all traffic to 0.0.0.0/0; ${advice}`
        });
        continue;
      }
      for (const u of unknown2) report2({ subject: group, loc: u.loc, level: "note", message: `cannot verify the egress of ${label(group)}: ${u.reason}` });
      for (const rule2 of egress) {
        const verdict = openToAnywhere(rule2);
        if (verdict === "open") {
          report2({
            subject: group,
            loc: rule2.loc,
            message: `${label(group)} (security group of ${users}) allows ${describe(rule2)} to ${rule2.peer.kind === "cidr" || rule2.peer.kind === "cidr-ipv6" ? rangeText(rule2.peer.range) : "anywhere"}; ${advice}`
          });
        } else if (verdict === "unknown") {
          report2({ subject: group, loc: rule2.loc, level: "note", message: `cannot verify an egress rule of ${label(group)}: its protocol, ports or destination are not known before deployment` });
        }
      }
    }
  }
});
function adviceFor(group, model) {
  const targets = /* @__PURE__ */ new Set();
  for (const { group: target, rule: rule2 } of model.ingressFrom(group)) targets.add(`${portsOf(rule2)} to ${label(target)}`);
  for (const rule2 of model.rulesOf(group, "egress")) {
    if (openToAnywhere(rule2) !== "closed" || rule2.peer.kind !== "security-group" || rule2.peer.group.kind !== "resource") continue;
    targets.add(`${portsOf(rule2)} to ${label(rule2.peer.group.target)}`);
  }
  const vpc = targetOf(group.vpc);
  for (const service of ["s3", "dynamodb"]) {
    if (vpc && model.endpointTypesOf(vpc, service).has("gateway")) targets.add(`tcp 443 to the prefix list of ${model.endpointServiceName(service)}`);
  }
  if (targets.size === 0) return "allow only tcp 443 to the endpoints' security groups or prefix lists, and the ports of the databases or caches the functions use";
  return `allow only what the functions use: ${listOf(targets, 6)}`;
}
function portsOf(rule2) {
  const { protocol: protocol2, fromPort, toPort } = rule2;
  if (!protocol2.known) return "traffic";
  if (protocol2.value === "-1") return "all traffic";
  if (fromPort.known !== true || toPort.known !== true) return protocol2.value;
  return `${protocol2.value} ${fromPort.value === toPort.value ? fromPort.value : `${fromPort.value}-${toPort.value}`}`;
}
function openToAnywhere(rule2) {
  const { peer, protocol: protocol2 } = rule2;
  if (protocol2.known && protocol2.value !== "-1" && protocol2.value !== "tcp" && protocol2.value !== "udp") return "closed";
  const all = allPorts(rule2);
  if (protocol2.known && protocol2.value !== "-1" && all === false) return "closed";
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return peer.kind === "unknown" ? "unknown" : "closed";
  if (!peer.range.known) return "unknown";
  if (!ANYWHERE.has(peer.range.value)) return "closed";
  if (!protocol2.known) return "unknown";
  if (protocol2.value === "-1") return "open";
  return all === "unknown" ? "unknown" : "open";
}
function allPorts(rule2) {
  const { fromPort, toPort } = rule2;
  if (fromPort.known === false || toPort.known === false) return "unknown";
  const from = fromPort.known === "absent" ? -1 : fromPort.value;
  const to = toPort.known === "absent" ? -1 : toPort.value;
  return (from <= 1 || from === -1) && (to >= 65535 || to === -1);
}
function describe(rule2) {
  const { protocol: protocol2, fromPort, toPort } = rule2;
  if (protocol2.known && protocol2.value === "-1") return "all traffic";
  const ports = fromPort.known === true && toPort.known === true && fromPort.value >= 0 ? `${fromPort.value}-${toPort.value}` : "all ports";
  return `${protocol2.known ? protocol2.value : "traffic"} ${ports}`;
}

// rules/target-sg-ingress.ts
var KIND_TEXT = { database: "database", "load-balancer": "internal load balancer", cache: "cache cluster" };
var target_sg_ingress_default = defineRule({
  id: "target-sg-ingress",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedSources: {
          description: "CIDR ranges or prefix list IDs allowed as sources besides security groups (e.g. a VPN range for administrators).",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedSources: [] }
  },
  level: "error",
  title: "A private target's security groups admit only its port, from security groups, once a Lambda function reaches it",
  help: `A function in a private subnet reaches a database, an internal load balancer or a cache through that target's
security groups. Once a function's group is a source there, the group should admit exactly what the target serves \u2014
the database's \`Port\` (or its engine's default: 3306 MySQL/Aurora MySQL, 5432 PostgreSQL, 1521 Oracle, 1433 SQL
Server; 6379 Redis/Valkey, 11211 Memcached), the load balancer's listener ports \u2014 and only from security groups. A
CIDR range (\`0.0.0.0/0\`, or the whole VPC) lets every workload in it, or the internet through a public subnet, try
the database's password; other ports expose what the target does not serve. A range inside the subnets of the
functions that use the target is accepted, as are the sources the \`allowedSources\` option names.

Scope: RDS instances and clusters (an Aurora instance through its cluster), internal load balancers
(\`Scheme: internal\`), ElastiCache clusters and replication groups; Terraform's \`aws_db_instance\` and \`aws_lb\`. A
target that no function's group reaches is left alone: its clients are not in the template.

Fix:

\`\`\`yaml
DatabaseSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: PostgreSQL from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 5432
        ToPort: 5432
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
  check(ctx) {
    const checked = /* @__PURE__ */ new Set();
    for (const target of ctx.model.targets) {
      if (target.securityGroups.state !== "set") continue;
      for (const link of linkedItems(target.securityGroups)) {
        if (link.kind !== "resource" || link.target.vpcDefault || checked.has(link.target)) continue;
        const functions = reachingFunctions(link.target, ctx.model);
        if (functions.length === 0) continue;
        checked.add(link.target);
        checkGroup2(link.target, target, functions, ctx);
      }
    }
  }
});
function reachingFunctions(group, model) {
  const sources = model.rulesOf(group, "ingress").flatMap((r) => r.peer.kind === "security-group" && r.peer.group.kind === "resource" ? [r.peer.group.target] : []);
  return [...new Set(sources.flatMap((g) => model.functionsUsing(g)))];
}
function checkGroup2(group, target, functions, { model, report: report2, options }) {
  const what = `${KIND_TEXT[target.kind]} ${label(target)}`;
  if (!target.ports.known) {
    report2({ subject: group, level: "note", message: `cannot verify the ports ${label(group)} admits to ${what}: ${target.ports.reason}` });
  }
  const ports = target.ports.known ? target.ports.value : void 0;
  const subnets = subnetRanges(functions);
  const allowed = new Set(options.allowedSources);
  const portsText = ports ? `tcp ${ports.join(" or ")}` : "its port";
  for (const rule2 of model.rulesOf(group, "ingress")) {
    const found = { problems: [], unknowns: [] };
    if (ports) assessPorts(rule2, ports, what, found);
    assessSource(rule2.peer, subnets, allowed, found);
    const subject = rule2.origin.kind === "standalone" ? rule2.origin.resource : group;
    if (found.problems.length > 0) {
      report2({
        subject,
        loc: rule2.loc,
        message: `${label(group)} (security group of ${what}, which ${labels([...functions], 3)} reach${functions.length === 1 ? "es" : ""}) allows ${describeIngress(rule2)}: ${found.problems.join("; ")}; only ${portsText} from security groups is allowed`
      });
    } else if (found.unknowns.length > 0) {
      report2({ subject, loc: rule2.loc, level: "note", message: `cannot verify an ingress rule of ${label(group)}: ${found.unknowns.join("; ")}` });
    }
  }
}
function subnetRanges(functions) {
  const subnets = functions.flatMap((fn) => fn.vpcConfig.state === "set" ? linkTargets(linkedItems(fn.vpcConfig.subnets)) : []);
  return subnets.flatMap((s) => s.cidrBlock?.known ? [parseCidr(s.cidrBlock.value)].filter((c) => c !== void 0) : []);
}
function assessSource(peer, subnets, allowed, { problems, unknowns }) {
  if (allowedByOption(peer, allowed)) return;
  if (peer.kind === "prefix-list") {
    problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
    return;
  }
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return;
  if (!peer.range.known) {
    unknowns.push(`the source range: ${peer.range.reason}`);
    return;
  }
  const range = parseCidr(peer.range.value);
  if (range && subnets.some((s) => cidrContains(s, range))) return;
  problems.push(`the CIDR range ${peer.range.value} is a source`);
}

// rules/index.ts
var builtinRules = [
  vpc_dns_support_default,
  endpoint_policy_scoped_default,
  endpoint_sg_ingress_default,
  lambda_subnet_no_igw_default,
  endpoint_private_dns_default,
  lambda_service_endpoints_default,
  endpoint_az_coverage_default,
  gateway_endpoint_routes_default,
  lambda_multi_az_default,
  lambda_sg_egress_default,
  target_sg_ingress_default
];

// src/engine/config/config.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/engine/load/budget.ts
var LIMITS = {
  /** Nodes a YAML file may have before it is parsed (the YAML library needs about 1 KiB per node). */
  yamlNodes: 5e5,
  /** Nodes a JSON file may have before it is parsed (about 200 bytes per node). */
  jsonNodes: 2e6,
  /** Nodes that expansion may produce for one input: `Fn::ForEach` copies, Serverless variables. */
  expandedNodes: 1e6
};
function structureCount(text2) {
  let n = 0;
  let previous = 10;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    const next = text2.charCodeAt(i + 1);
    const spaced = next === 32 || next === 10 || next === 9;
    if (c === 10 || c === 44 || c === 91 || c === 123) n++;
    else if (c === 58 && spaced) n++;
    else if (c === 45 && spaced && previous === 45) n++;
    previous = c;
  }
  return n;
}
function assertParseable(file, text2, limit, syntax) {
  if (text2.length <= limit) return;
  const count = structureCount(text2);
  if (count > limit) {
    throw new InputError(file, `too large to read: about ${count.toLocaleString("en-US")} ${syntax} nodes, more than the ${limit.toLocaleString("en-US")} this tool reads in one file`);
  }
}
var ExpansionBudget = class {
  constructor(file, limit = LIMITS.expandedNodes) {
    this.file = file;
    this.limit = limit;
  }
  file;
  limit;
  used = 0;
  sizes = /* @__PURE__ */ new WeakMap();
  charge(units, what, loc) {
    this.used += units;
    if (this.used > this.limit) {
      throw new InputError(loc?.file ?? this.file, `${what} expands to more than ${this.limit.toLocaleString("en-US")} nodes: not expanded`, loc);
    }
  }
  /** The number of nodes of a tree, counting shared subtrees each time they occur (memoised). */
  sizeOf(node) {
    const known = this.sizes.get(node);
    if (known !== void 0) return known;
    let n = 1;
    if (node.kind === "seq") for (const i of node.items) n += this.sizeOf(i);
    else if (node.kind === "map") for (const e of node.entries) n += this.sizeOf(e.value);
    else if (typeof node.value === "string") n += node.value.length >> 6;
    this.sizes.set(node, n);
    return n;
  }
};

// src/engine/load/parse-json.ts
function parseJson(file, text2) {
  assertParseable(file, text2, LIMITS.jsonNodes, "JSON");
  const locOf = lineLocator(text2);
  const errors = [];
  const tree = parseTree2(text2, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const err = errors[0];
  if (err) throw new InputError(file, `invalid JSON: ${describe2(printParseErrorCode(err.error))}`, locOf(err.offset));
  if (!tree) throw new InputError(file, "empty file: no JSON content");
  const convert = (node, depth = 0) => {
    const loc = locOf(node.offset);
    if (depth > MAX_DEPTH) throw new InputError(file, `nested deeper than ${MAX_DEPTH} levels`, loc);
    switch (node.type) {
      case "object": {
        const byKey = /* @__PURE__ */ new Map();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          byKey.delete(key);
          byKey.set(key, { key, keyLoc: locOf(k.offset), value: convert(v, depth + 1) });
        }
        return { kind: "map", entries: [...byKey.values()], loc };
      }
      case "array":
        return { kind: "seq", items: (node.children ?? []).map((c) => convert(c, depth + 1)), loc };
      default:
        return { kind: "scalar", value: node.value, loc };
    }
  };
  return convert(tree);
}
function describe2(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

// src/engine/load/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// src/engine/load/relax-yaml.ts
function relaxIndentation(text2) {
  const lines = text2.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const head = headOf(line);
    if (BLOCK_SCALAR.test(head.rest)) {
      const keyIndent = head.indent;
      while (i + 1 < lines.length && (lines[i + 1].trim() === "" || indentOf(lines[i + 1]) > keyIndent)) i++;
      continue;
    }
    const open = opening(head);
    if (!open) continue;
    const needed = open.keyIndent + 2;
    let state = open.state;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (next.trim() !== "" && indentOf(next) < needed) {
        lines[j] = " ".repeat(needed - indentOf(next)) + next;
        changed = true;
      }
      state = scan(next.replace(/\r$/, ""), state);
      if (closed(state)) break;
    }
    if (j >= lines.length) break;
    i = j;
  }
  return changed ? lines.join("\n") : void 0;
}
var indentOf = (line) => line.length - line.trimStart().length;
function headOf(line) {
  const indent = indentOf(line);
  let k = indent;
  if (line[k] === "-" && k + 1 < line.length && isBlank(line.charCodeAt(k + 1))) {
    k++;
    while (k < line.length && isBlank(line.charCodeAt(k))) k++;
  }
  return { indent, keyIndent: k, rest: line.slice(k) };
}
var isBlank = (c) => c === 32 || c === 9;
var BLOCK_SCALAR = /^(?:[^#]*?:\s+)?(?:![^\s]*\s+)?[|>][-+0-9]*\s*(?:#.*)?\r?$/;
var KEY = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#!&*|>{}[\],][^#]*?):\s+`;
var OPENING = new RegExp(String.raw`^(?:${KEY})?(?:![^\s"'[{]*\s+)?(["'[{])(.*)$`);
var closed = (s) => s.quote === void 0 && s.depth <= 0;
function opening(head) {
  const m = OPENING.exec(head.rest);
  if (!m) return void 0;
  const first = m[1];
  const start = first === '"' || first === "'" ? { quote: first, depth: 0 } : { quote: void 0, depth: 1 };
  const state = scan(m[2], start);
  return closed(state) ? void 0 : { state, keyIndent: head.keyIndent };
}
function scan(text2, from) {
  let { quote, depth } = from;
  let previous = "[";
  for (let k = 0; k < text2.length; k++) {
    const c = text2[k];
    if (quote === '"') {
      if (c === "\\") k++;
      else if (c === '"') quote = void 0;
    } else if (quote === "'") {
      if (c === "'" && text2[k + 1] === "'") k++;
      else if (c === "'") quote = void 0;
    } else if ((c === '"' || c === "'") && "[{,:".includes(previous)) {
      quote = c;
    } else if (c === "#" && (k === 0 || /\s/.test(text2[k - 1]))) {
      break;
    } else if (c === "[" || c === "{") {
      depth++;
    } else if (c === "]" || c === "}") {
      depth--;
    }
    if (!/\s/.test(c)) previous = c;
    const quotedScalarClosed = from.depth === 0 && from.quote !== void 0 && quote === void 0;
    if (quotedScalarClosed) return { quote, depth };
  }
  return { quote, depth };
}

// src/engine/load/parse-yaml.ts
var SHORT_FORMS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!GetAtt": "Fn::GetAtt",
  "!Sub": "Fn::Sub",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Equals": "Fn::Equals",
  "!Not": "Fn::Not",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Transform": "Fn::Transform",
  "!ToJsonString": "Fn::ToJsonString",
  "!Length": "Fn::Length"
};
var MAX_NODES = 2e6;
function parseYaml(file, text2) {
  assertParseable(file, text2, LIMITS.yamlNodes, "YAML");
  const strict = tryParse(file, text2);
  if (!("error" in strict)) return strict;
  const relaxed = relaxIndentation(text2);
  if (relaxed !== void 0) {
    const second = tryParse(file, relaxed);
    if (!("error" in second)) {
      return {
        root: second.root,
        notes: [
          { message: `not strict YAML (${strict.error.message}); read as CloudFormation reads it`, loc: strict.error.loc ?? { line: 1, column: 1 } },
          ...second.notes
        ]
      };
    }
  }
  throw strict.error;
}
function tryParse(file, text2) {
  const lineCounter = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text2, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false });
  const list = Array.isArray(docs) ? docs : [];
  const locOf = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const doc2 of list) {
    const err = doc2.errors[0];
    if (err) return { error: new InputError(file, `invalid YAML: ${firstLine(err.message)}`, locOf(err.pos[0])) };
  }
  const contentDocs = list.filter((d) => d.contents !== null);
  if (contentDocs.length === 0) throw new InputError(file, "empty file: no YAML content");
  if (contentDocs.length > 1) {
    const second = contentDocs[1];
    throw new InputError(file, "several YAML documents in one file; a template is one document", locOf(second.range[0]));
  }
  const doc = contentDocs[0];
  const notes = [];
  if (expandedSize(doc.contents, doc) > MAX_NODES) {
    throw new InputError(file, `YAML aliases expand to more than ${MAX_NODES} nodes (an alias bomb?)`);
  }
  let budget = MAX_NODES;
  const tagStartOf = (node, start) => {
    const from = Math.max(0, start - 256);
    const window = text2.slice(from, start);
    const written = node.tag?.startsWith("tag:yaml.org,2002:") ? `!!${node.tag.slice(18)}` : node.tag;
    const at2 = window.lastIndexOf(written);
    return at2 < 0 ? -1 : from + at2;
  };
  const convert = (node, aliasDepth, depth = 0) => {
    if (--budget < 0) throw new InputError(file, `YAML aliases expand to more than ${MAX_NODES} nodes (alias bomb?)`);
    if (depth > MAX_DEPTH) throw new InputError(file, `nested deeper than ${MAX_DEPTH} levels`, locOf(node.range?.[0] ?? 0));
    if ((0, import_yaml.isAlias)(node)) {
      if (aliasDepth > 50) throw new InputError(file, "YAML aliases nested too deeply", locOf(node.range?.[0] ?? 0));
      const target = node.resolve(doc);
      if (!target) throw new InputError(file, `unknown YAML alias *${node.source}`, locOf(node.range?.[0] ?? 0));
      return convert(target, aliasDepth + 1, depth);
    }
    const yamlNode = node;
    const start = yamlNode.range?.[0] ?? 0;
    const tagStart = yamlNode.tag ? tagStartOf(yamlNode, start) : -1;
    const loc = locOf(tagStart >= 0 && start - tagStart <= yamlNode.tag.length + 64 ? tagStart : start);
    const plain = plainNode(yamlNode, loc, aliasDepth, depth + 1);
    const tag = yamlNode.tag;
    if (tag && tag in SHORT_FORMS) {
      const key = SHORT_FORMS[tag];
      let value = plain;
      if (value.kind === "scalar" && value.value === null) value = { kind: "scalar", value: "", loc };
      return { kind: "map", entries: [{ key, keyLoc: loc, value }], loc };
    }
    return plain;
  };
  const plainNode = (node, loc, aliasDepth, depth) => {
    if ((0, import_yaml.isMap)(node)) {
      const byKey = /* @__PURE__ */ new Map();
      const merged = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const keyNode = pair.key;
        const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : keyNode === null ? "" : String(keyNode);
        const keyLoc = locOf(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
        const value = pair.value === null || pair.value === void 0 ? { kind: "scalar", value: null, loc: keyLoc } : convert(pair.value, aliasDepth, depth);
        if (key === "<<" && (0, import_yaml.isScalar)(keyNode) && keyNode.type === "PLAIN") {
          for (const source of value.kind === "seq" ? value.items : [value]) if (source.kind === "map") merged.push(...source.entries);
          continue;
        }
        const previous = byKey.get(key);
        if (previous) {
          notes.push({ message: `duplicate key '${key}' (also on line ${previous.keyLoc.line}): the last one is used`, loc: keyLoc });
          byKey.delete(key);
        }
        byKey.set(key, { key, keyLoc, value });
      }
      for (const e of merged) if (!byKey.has(e.key)) byKey.set(e.key, e);
      return { kind: "map", entries: [...byKey.values()], loc };
    }
    if ((0, import_yaml.isSeq)(node)) return { kind: "seq", items: node.items.map((i) => convert(i, aliasDepth, depth)), loc };
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      const value = typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : String(v);
      return { kind: "scalar", value, loc: node.type === "BLOCK_LITERAL" ? { ...loc, lines: literalLines(node) } : loc };
    }
    return { kind: "scalar", value: null, loc };
  };
  const literalLines = (node) => {
    const header = lineCounter.linePos(node.range?.[0] ?? 0).line;
    const afterHeader = text2.indexOf("\n", node.range?.[0] ?? 0) + 1;
    const firstContent = /^( *)\S/m.exec(text2.slice(afterHeader, node.range?.[1] ?? afterHeader));
    return { first: header + 1, indent: firstContent ? firstContent[1].length : 0 };
  };
  return { root: convert(doc.contents, 0), notes };
}
function expandedSize(root, doc) {
  const memo = /* @__PURE__ */ new Map();
  const size = (node, depth) => {
    if (node === null || node === void 0) return 1;
    const known = memo.get(node);
    if (known !== void 0) return known;
    if (depth > 1e3) return Infinity;
    memo.set(node, Infinity);
    let n = 1;
    if ((0, import_yaml.isAlias)(node)) n = size(node.resolve(doc), depth + 1);
    else if ((0, import_yaml.isMap)(node)) for (const p of node.items) n += size(p.key, depth + 1) + size(p.value, depth + 1);
    else if ((0, import_yaml.isSeq)(node)) for (const i of node.items) n += size(i, depth + 1);
    memo.set(node, n);
    return n;
  };
  return size(root, 0);
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

// src/engine/load/input-files.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve as resolvePath, sep } from "node:path";
var MAX_INPUT_BYTES = 20 * 1024 * 1024;
function readRegularFile(path, maxBytes = MAX_INPUT_BYTES) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = e.code ?? "error";
    return refuse(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", code === "ENOENT" ? "no such file" : `cannot read: ${code}`);
  }
  try {
    const stat2 = fstatSync(fd);
    if (stat2.isDirectory()) return refuse("special", "a directory, not a file");
    if (!stat2.isFile()) return refuse("special", "not a regular file (a device, FIFO or socket): not read");
    if (stat2.size > maxBytes) return refuse("too-large", `file is larger than ${maxBytes / 1024 / 1024} MiB`);
    const bytes = Buffer.alloc(stat2.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (e) {
    return refuse("unreadable", `cannot read: ${e.code ?? e.message}`);
  } finally {
    closeSync(fd);
  }
}
function refuse(kind, reason) {
  return { ok: false, kind, reason };
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}
var ConfinedFiles = class {
  constructor(root, maxBytes = MAX_INPUT_BYTES) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.realRoot = realPath(root) ?? resolvePath(root);
  }
  root;
  maxBytes;
  realRoot;
  /** Reads `path` if it stays inside the root. */
  read(path) {
    const real = realPath(path);
    if (!isInside(this.realRoot, real ?? nearestReal(resolvePath(path)))) return refuse("outside", `it is outside ${this.root}`);
    return real === void 0 ? refuse("missing", "no such file") : readRegularFile(real, this.maxBytes);
  }
};
function nearestReal(full) {
  const parent = dirname(full);
  if (parent === full) return full;
  const real = realPath(parent);
  return join(real ?? nearestReal(parent), full.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
}
function projectRootOf(serviceFile) {
  return workTreeAround(dirname(serviceFile));
}
function workTreeAround(folder) {
  const start = resolvePath(folder);
  for (let dir = start; ; dir = dirname(dir)) {
    if (exists(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// src/engine/load/validate.ts
var import_ajv = __toESM(require_ajv(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
function validateShape(file, root, schema, what) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new import_ajv.Ajv({ allErrors: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  const data = root ? toPlain(root) : {};
  if (!validate(data)) {
    const error2 = mostSpecific(validate.errors ?? []);
    const key = keyOf(error2);
    throw new InputError(file, `${what}: ${key ? `${key}: ` : ""}${describe3(error2)}`, root ? locate(root, error2) : void 0);
  }
  return data;
}
function mostSpecific(errors) {
  const depth = (e) => e.instancePath.split("/").length + (e.keyword === "additionalProperties" ? 1 : 0);
  const order = ["additionalProperties", "enum", "minimum", "type", "oneOf"];
  const rank = (e) => order.includes(e.keyword) ? order.indexOf(e.keyword) : 2;
  return [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
}
function keyOf(e) {
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "additionalProperties") parts.push(String(e.params.additionalProperty));
  return parts.map((p, i) => /^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describe3(e) {
  if (e.keyword === "additionalProperties") return e.instancePath === "/rules" ? "no such rule" : "unknown key";
  if (e.keyword === "enum") return `must be one of ${e.params.allowedValues.join(", ")}`;
  return e.message ?? "invalid";
}
function locate(root, e) {
  let node = root;
  let loc = root.loc;
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "additionalProperties") parts.push(String(e.params.additionalProperty));
  for (const p of parts) {
    if (node?.kind === "map") {
      const entry2 = node.entries.find((x) => x.key === p);
      loc = entry2?.keyLoc ?? loc;
      node = entry2?.value;
    } else if (node?.kind === "seq") {
      node = node.items[Number(p)];
      loc = node?.loc ?? loc;
    }
  }
  return loc;
}

// src/engine/config/schema.ts
var LEVEL = { enum: ["off", "note", "warning", "error"] };
var SCHEMA_ID = "https://github.com/endpoint-guard/endpoint-guard/blob/main/schema/config.schema.json";
function configSchema(rules, openRules = false) {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => {
      const optionProps = r.options?.schema?.properties ?? {};
      return [
        r.id,
        {
          description: r.title,
          oneOf: [LEVEL, { type: "object", properties: { level: LEVEL, ...optionProps }, additionalProperties: false }]
        }
      ];
    })
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "endpoint-guard configuration (.endpoint-guard.yml / .endpoint-guard.json)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        description: "Per rule: off | note | warning | error, or { level, ...options }.",
        type: "object",
        properties: ruleProperties,
        additionalProperties: openRules ? { oneOf: [LEVEL, { type: "object", properties: { level: LEVEL } }] } : false
      },
      include: { description: "Globs (relative to this file) of templates a directory scan checks; default: all.", type: "array", items: { type: "string" } },
      exclude: { description: "Globs (relative to this file) of files a directory scan skips.", type: "array", items: { type: "string" } },
      customRules: { description: "Directories (relative to this file) of custom rules (.ts, .mts, .js, .mjs).", type: "array", items: { type: "string" } },
      maxWarnings: { description: "Fail (exit 1) when there are more warnings than this.", type: "integer", minimum: 0 },
      levelThreshold: { description: "The lowest level that fails the run (default: error).", enum: ["note", "warning", "error"] },
      reportUnusedSuppressions: { description: "Report suppressions that cover no finding (as notes).", type: "boolean" }
    }
  };
}

// src/engine/config/config.ts
var CONFIG_NAMES = [".endpoint-guard.yml", ".endpoint-guard.yaml", ".endpoint-guard.json"];
var DEFAULT_CONFIG = { file: void 0, dir: process.cwd(), rules: {} };
var MAX_CONFIG_BYTES = 1024 * 1024;
var FILE_SYSTEM = {
  exists: (file) => existsSync(file),
  read: (file) => {
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    if (read.ok) return read.bytes.toString("utf8");
    if (read.kind === "missing") return void 0;
    throw new Error(read.reason);
  }
};
function findConfigFile(dir, source = FILE_SYSTEM) {
  for (let d = resolve(dir); ; d = dirname2(d)) {
    for (const name of CONFIG_NAMES) if (source.exists(join2(d, name))) return join2(d, name);
    if (dirname2(d) === d) return void 0;
  }
}
function readConfig(file, rules, openRules = false, source = FILE_SYSTEM) {
  let text2;
  try {
    text2 = source.read(file);
  } catch (e) {
    throw new InputError(file, `cannot read the configuration file: ${e.code ?? e.message}`);
  }
  if (text2 === void 0) throw new InputError(file, "cannot read the configuration file: ENOENT");
  const root = /\.json$/i.test(file) ? parseJson(file, text2) : text2.trim() === "" ? void 0 : parseYaml(file, text2).root;
  const data = validateShape(file, root, configSchema(rules, openRules), "invalid configuration");
  return { ...data, rules: data.rules ?? {}, file, dir: dirname2(resolve(file)) };
}
function activeRules(config, rules, cliLevels = {}) {
  return rules.flatMap((rule2) => {
    const setting = config.rules[rule2.id];
    const fromFile = typeof setting === "string" ? setting : setting?.level;
    const level = cliLevels[rule2.id] ?? fromFile ?? rule2.level;
    if (level === "off") return [];
    const { level: _ignored, ...options } = typeof setting === "object" ? setting : {};
    return [{ rule: rule2, level, options: { ...rule2.options?.defaults ?? {}, ...options } }];
  });
}
async function loadConfig(file, builtins, refuseCustomRules, source = FILE_SYSTEM) {
  let cached;
  const once = {
    exists: source.exists,
    read: (f) => {
      if (f !== file) return source.read(f);
      cached ??= { text: source.read(f) };
      return cached.text;
    }
  };
  const shape = readConfig(file, builtins, true, once);
  if (refuseCustomRules && shape.customRules?.length) throw new InputError(file, `customRules: ${refuseCustomRules}`);
  const { loadCustomRules } = await import("./custom-rules-UPXRKGLU.js");
  const customRules = shape.customRules?.length ? await loadCustomRules(shape.customRules, shape.dir, new Set(builtins.map((r) => r.id))) : [];
  return { config: readConfig(file, [...builtins, ...customRules], false, once), customRules };
}

// src/engine/run/meta-rules.ts
var SUPPRESSION_REASON = defineRule({
  id: "suppression-reason",
  level: "error",
  title: "A suppression says why",
  help: `A suppression hides a finding from the exit code; the reason is what reviewers read instead of the finding.
endpoint-guard applies a suppression without a reason, but reports it until it has one.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Metadata:
    endpoint-guard:
      suppress:
        - rule: endpoint-policy-scoped
          reason: Shared endpoint; access is limited by the ledger's own resource policy (SEC-1234)
\`\`\`
`,
  check: () => void 0
});
var UNUSED_SUPPRESSION = defineRule({
  id: "unused-suppression",
  level: "note",
  title: "A suppression covers a finding (reported with --report-unused-suppressions)",
  help: `A suppression that covers no finding is left over from an earlier version of the template, or names a rule
that does not exist. Stale suppressions hide the next real finding of that rule on the resource.

Fix: remove it.

\`\`\`yaml
Metadata:
  endpoint-guard:
    suppress: []
\`\`\`
`,
  check: () => void 0
});
var metaRules = [SUPPRESSION_REASON, UNUSED_SUPPRESSION];

// src/engine/check.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { dirname as dirname7, relative as relative4, resolve as resolvePath3 } from "node:path";

// src/engine/load/adapters/nodes.ts
var scalar = (value, loc) => ({ kind: "scalar", value, loc });
var seq = (items2, loc) => ({ kind: "seq", items: items2, loc });
var map = (entries2, loc) => ({
  kind: "map",
  entries: entries2.filter((e) => e[1] !== void 0).map(([key, value]) => ({ key, keyLoc: value.loc ?? loc, value })),
  loc
});
function entries(node) {
  return node?.kind === "map" ? node.entries : [];
}
function items(node) {
  if (node === void 0) return [];
  return node.kind === "seq" ? node.items : [node];
}
function text(node) {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function mapLocs(node, move) {
  const loc = move(node.loc);
  switch (node.kind) {
    case "scalar":
      return { ...node, loc };
    case "seq":
      return { kind: "seq", items: node.items.map((i) => mapLocs(i, move)), loc };
    case "map":
      return { kind: "map", entries: node.entries.map((e) => ({ key: e.key, keyLoc: move(e.keyLoc), value: mapLocs(e.value, move) })), loc };
  }
}
function relocate(node, loc) {
  return mapLocs(node, () => loc);
}
function withEntry(node, key, value, keyLoc = value.loc) {
  const rest = node.entries.filter((e) => e.key !== key);
  return { ...node, entries: [...rest, { key, keyLoc, value }] };
}
function isIntrinsic(node) {
  return node.kind === "map" && node.entries.length === 1 && (node.entries[0].key === "Ref" || node.entries[0].key.startsWith("Fn::"));
}

// src/engine/load/adapters/language-extensions.ts
var FOR_EACH = /^Fn::ForEach::/;
var SECTIONS = ["Conditions", "Resources", "Outputs"];
function expandForEach(root, budget) {
  if (!SECTIONS.some((s) => entriesOf(child(root, s)).some((e) => FOR_EACH.test(e.key)))) return { root, notes: [], uncertain: /* @__PURE__ */ new Map() };
  const notes = [];
  const uncertain = /* @__PURE__ */ new Map();
  const skip = (entry2, why) => {
    notes.push({ message: `${entry2.key} ${why}: its resources are not checked`, loc: entry2.keyLoc });
    for (const id of references(entry2.value)) uncertain.set(id, `${entry2.key} may add to it`);
  };
  const parameters = child(root, "Parameters");
  const expand = (entries2, depth) => entries2.flatMap((entry2) => {
    if (!FOR_EACH.test(entry2.key)) return [entry2];
    const loop = entry2.value.kind === "seq" ? entry2.value.items : [];
    const [identifierNode, collectionNode, body] = loop;
    const identifier = text(identifierNode);
    const collection = collectionNode && collectionOf(collectionNode, parameters, child(root, "Mappings"));
    if (loop.length !== 3 || identifier === void 0 || body?.kind !== "map" || depth > 5) {
      skip(entry2, "is not a loop this tool can expand");
      return [];
    }
    if (collection === void 0) {
      skip(entry2, "loops over a collection not known before deployment");
      return [];
    }
    budget.charge(budget.sizeOf(body) * collection.length, entry2.key, entry2.keyLoc);
    return collection.flatMap((item) => expand(body.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })), depth + 1));
  });
  const rootEntries = root.entries.map((section) => SECTIONS.includes(section.key) && section.value.kind === "map" ? { ...section, value: { ...section.value, entries: expand(section.value.entries, 0) } } : section);
  return { root: { ...root, entries: rootEntries }, notes, uncertain };
}
function references(node) {
  if (node.kind === "seq") return node.items.flatMap(references);
  if (node.kind !== "map") return [];
  return node.entries.flatMap((e) => {
    if (e.key === "Ref") return [text(e.value) ?? ""];
    if (e.key === "Fn::GetAtt") return [(e.value.kind === "seq" ? text(e.value.items[0]) : text(e.value)?.split(".")[0]) ?? ""];
    return references(e.value);
  });
}
function entriesOf(node) {
  return node?.kind === "map" ? node.entries : [];
}
function collectionOf(node, parameters, mappings) {
  if (node.kind === "seq") {
    const values2 = node.items.map(text);
    return values2.every((v) => v !== void 0) ? values2 : void 0;
  }
  const lookup = child(node, "Fn::FindInMap");
  if (lookup?.kind === "seq" && lookup.items.length === 3) {
    const [map2, top, second] = lookup.items.map(text);
    const found = map2 !== void 0 && top !== void 0 && second !== void 0 ? child(child(child(mappings, map2), top), second) : void 0;
    return found ? collectionOf(found, parameters, void 0) : void 0;
  }
  const ref = node.kind === "map" && node.entries.length === 1 && node.entries[0].key === "Ref" ? text(node.entries[0].value) : void 0;
  const fallback = ref === void 0 ? void 0 : text(child(child(parameters, ref), "Default"));
  return fallback?.split(",").map((v) => v.trim());
}
function substituteText(value, identifier, item) {
  return value.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^A-Za-z0-9]/g, ""));
}
function substitute(node, identifier, item) {
  switch (node.kind) {
    case "scalar":
      return typeof node.value === "string" ? { ...node, value: substituteText(node.value, identifier, item) } : node;
    case "seq":
      return { ...node, items: node.items.map((i) => substitute(i, identifier, item)) };
    case "map":
      if (node.entries.length === 1 && node.entries[0].key === "Ref" && text(node.entries[0].value) === identifier) return { kind: "scalar", value: item, loc: node.loc };
      return { ...node, entries: node.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })) };
  }
}

// src/engine/load/adapters/sam/policy-templates.json
var policy_templates_default = {
  $comment: "AWS SAM policy templates: what each grants (facts from the AWS SAM specification; our own format). Resource patterns use ${Param} for a template parameter and ${AWS::Partition}/${AWS::Region}/${AWS::AccountId} for pseudo parameters, as in Fn::Sub. Every statement has effect Allow. An optional 'condition' on a statement is an IAM condition block whose string values use the same pattern form. Source revision: aws/serverless-application-model 7000d0a3b0e5e0d9fca014ce135850718aad1290.",
  templates: {
    AMIDescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["ec2:DescribeImages"], resources: ["*"] }
      ]
    },
    AWSSecretsManagerGetSecretValuePolicy: {
      parameters: ["SecretArn"],
      statements: [
        { actions: ["secretsmanager:GetSecretValue"], resources: ["${SecretArn}"] }
      ]
    },
    AWSSecretsManagerRotationPolicy: {
      parameters: ["FunctionName"],
      statements: [
        {
          actions: [
            "secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue",
            "secretsmanager:PutSecretValue",
            "secretsmanager:UpdateSecretVersionStage"
          ],
          resources: ["arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*"],
          condition: {
            StringEquals: {
              "secretsmanager:resource/AllowRotationLambdaArn": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}"
            }
          }
        },
        { actions: ["secretsmanager:GetRandomPassword"], resources: ["*"] }
      ]
    },
    AcmGetCertificatePolicy: {
      parameters: ["CertificateArn"],
      statements: [
        { actions: ["acm:GetCertificate"], resources: ["${CertificateArn}"] }
      ]
    },
    AthenaQueryPolicy: {
      parameters: ["WorkGroupName"],
      statements: [
        {
          actions: [
            "athena:ListWorkGroups",
            "athena:GetExecutionEngine",
            "athena:GetExecutionEngines",
            "athena:GetNamespace",
            "athena:GetCatalogs",
            "athena:GetNamespaces",
            "athena:GetTables",
            "athena:GetTable"
          ],
          resources: ["*"]
        },
        {
          actions: [
            "athena:StartQueryExecution",
            "athena:GetQueryResults",
            "athena:DeleteNamedQuery",
            "athena:GetNamedQuery",
            "athena:ListQueryExecutions",
            "athena:StopQueryExecution",
            "athena:GetQueryResultsStream",
            "athena:ListNamedQueries",
            "athena:CreateNamedQuery",
            "athena:GetQueryExecution",
            "athena:BatchGetNamedQuery",
            "athena:BatchGetQueryExecution",
            "athena:GetWorkGroup"
          ],
          resources: ["arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${WorkGroupName}"]
        }
      ]
    },
    CloudFormationDescribeStacksPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudformation:DescribeStacks"], resources: ["arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/*"] }
      ]
    },
    CloudWatchDashboardPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["cloudwatch:GetDashboard", "cloudwatch:ListDashboards", "cloudwatch:PutDashboard", "cloudwatch:ListMetrics"],
          resources: ["*"]
        }
      ]
    },
    CloudWatchDescribeAlarmHistoryPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudwatch:DescribeAlarmHistory"], resources: ["*"] }
      ]
    },
    CloudWatchPutMetricPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudwatch:PutMetricData"], resources: ["*"] }
      ]
    },
    CodeCommitCrudPolicy: {
      parameters: ["RepositoryName"],
      statements: [
        {
          actions: [
            "codecommit:GitPull",
            "codecommit:GitPush",
            "codecommit:CreateBranch",
            "codecommit:DeleteBranch",
            "codecommit:GetBranch",
            "codecommit:ListBranches",
            "codecommit:MergeBranchesByFastForward",
            "codecommit:MergeBranchesBySquash",
            "codecommit:MergeBranchesByThreeWay",
            "codecommit:UpdateDefaultBranch",
            "codecommit:BatchDescribeMergeConflicts",
            "codecommit:CreateUnreferencedMergeCommit",
            "codecommit:DescribeMergeConflicts",
            "codecommit:GetMergeCommit",
            "codecommit:GetMergeOptions",
            "codecommit:BatchGetPullRequests",
            "codecommit:CreatePullRequest",
            "codecommit:DescribePullRequestEvents",
            "codecommit:GetCommentsForPullRequest",
            "codecommit:GetCommitsFromMergeBase",
            "codecommit:GetMergeConflicts",
            "codecommit:GetPullRequest",
            "codecommit:ListPullRequests",
            "codecommit:MergePullRequestByFastForward",
            "codecommit:MergePullRequestBySquash",
            "codecommit:MergePullRequestByThreeWay",
            "codecommit:PostCommentForPullRequest",
            "codecommit:UpdatePullRequestDescription",
            "codecommit:UpdatePullRequestStatus",
            "codecommit:UpdatePullRequestTitle",
            "codecommit:DeleteFile",
            "codecommit:GetBlob",
            "codecommit:GetFile",
            "codecommit:GetFolder",
            "codecommit:PutFile",
            "codecommit:DeleteCommentContent",
            "codecommit:GetComment",
            "codecommit:GetCommentsForComparedCommit",
            "codecommit:PostCommentForComparedCommit",
            "codecommit:PostCommentReply",
            "codecommit:UpdateComment",
            "codecommit:BatchGetCommits",
            "codecommit:CreateCommit",
            "codecommit:GetCommit",
            "codecommit:GetCommitHistory",
            "codecommit:GetDifferences",
            "codecommit:GetObjectIdentifier",
            "codecommit:GetReferences",
            "codecommit:GetTree",
            "codecommit:GetRepository",
            "codecommit:UpdateRepositoryDescription",
            "codecommit:ListTagsForResource",
            "codecommit:TagResource",
            "codecommit:UntagResource",
            "codecommit:GetRepositoryTriggers",
            "codecommit:PutRepositoryTriggers",
            "codecommit:TestRepositoryTriggers",
            "codecommit:GetBranch",
            "codecommit:GetCommit",
            "codecommit:UploadArchive",
            "codecommit:GetUploadArchiveStatus",
            "codecommit:CancelUploadArchive"
          ],
          resources: ["arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${RepositoryName}"]
        }
      ]
    },
    CodeCommitReadPolicy: {
      parameters: ["RepositoryName"],
      statements: [
        {
          actions: [
            "codecommit:GitPull",
            "codecommit:GetBranch",
            "codecommit:ListBranches",
            "codecommit:BatchDescribeMergeConflicts",
            "codecommit:DescribeMergeConflicts",
            "codecommit:GetMergeCommit",
            "codecommit:GetMergeOptions",
            "codecommit:BatchGetPullRequests",
            "codecommit:DescribePullRequestEvents",
            "codecommit:GetCommentsForPullRequest",
            "codecommit:GetCommitsFromMergeBase",
            "codecommit:GetMergeConflicts",
            "codecommit:GetPullRequest",
            "codecommit:ListPullRequests",
            "codecommit:GetBlob",
            "codecommit:GetFile",
            "codecommit:GetFolder",
            "codecommit:GetComment",
            "codecommit:GetCommentsForComparedCommit",
            "codecommit:BatchGetCommits",
            "codecommit:GetCommit",
            "codecommit:GetCommitHistory",
            "codecommit:GetDifferences",
            "codecommit:GetObjectIdentifier",
            "codecommit:GetReferences",
            "codecommit:GetTree",
            "codecommit:GetRepository",
            "codecommit:ListTagsForResource",
            "codecommit:GetRepositoryTriggers",
            "codecommit:TestRepositoryTriggers",
            "codecommit:GetBranch",
            "codecommit:GetCommit",
            "codecommit:GetUploadArchiveStatus"
          ],
          resources: ["arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${RepositoryName}"]
        }
      ]
    },
    CodePipelineLambdaExecutionPolicy: {
      parameters: [],
      statements: [
        { actions: ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"], resources: ["*"] }
      ]
    },
    CodePipelineReadOnlyPolicy: {
      parameters: ["PipelineName"],
      statements: [
        { actions: ["codepipeline:ListPipelineExecutions"], resources: ["arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${PipelineName}"] }
      ]
    },
    ComprehendBasicAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "comprehend:BatchDetectKeyPhrases",
            "comprehend:DetectDominantLanguage",
            "comprehend:DetectEntities",
            "comprehend:BatchDetectEntities",
            "comprehend:DetectKeyPhrases",
            "comprehend:DetectSentiment",
            "comprehend:BatchDetectDominantLanguage",
            "comprehend:BatchDetectSentiment"
          ],
          resources: ["*"]
        }
      ]
    },
    CostExplorerReadOnlyPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "ce:GetCostAndUsage",
            "ce:GetDimensionValues",
            "ce:GetReservationCoverage",
            "ce:GetReservationPurchaseRecommendation",
            "ce:GetReservationUtilization",
            "ce:GetTags"
          ],
          resources: ["*"]
        }
      ]
    },
    DynamoDBBackupFullAccessPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"]
        },
        {
          actions: ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/backup/*"]
        }
      ]
    },
    DynamoDBCrudPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: [
            "dynamodb:GetItem",
            "dynamodb:DeleteItem",
            "dynamodb:PutItem",
            "dynamodb:Scan",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:BatchGetItem",
            "dynamodb:DescribeTable",
            "dynamodb:ConditionCheckItem"
          ],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    DynamoDBReadPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    DynamoDBReconfigurePolicy: {
      parameters: ["TableName"],
      statements: [
        { actions: ["dynamodb:UpdateTable"], resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"] }
      ]
    },
    DynamoDBRestoreFromBackupPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:RestoreTableFromBackup"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/backup/*"]
        },
        {
          actions: [
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:GetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:BatchWriteItem"
          ],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"]
        }
      ]
    },
    DynamoDBStreamReadPolicy: {
      parameters: ["StreamName", "TableName"],
      statements: [
        {
          actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/stream/${StreamName}"]
        },
        {
          actions: ["dynamodb:ListStreams"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/stream/*"]
        }
      ]
    },
    DynamoDBWritePolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    EC2CopyImagePolicy: {
      parameters: ["ImageId"],
      statements: [
        { actions: ["ec2:CopyImage"], resources: ["arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:image/${ImageId}"] }
      ]
    },
    EC2DescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["ec2:DescribeRegions", "ec2:DescribeInstances"], resources: ["*"] }
      ]
    },
    EFSWriteAccessPolicy: {
      parameters: ["AccessPoint", "FileSystem"],
      statements: [
        {
          actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
          resources: ["arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${FileSystem}"],
          condition: {
            StringEquals: {
              "elasticfilesystem:AccessPointArn": "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:access-point/${AccessPoint}"
            }
          }
        }
      ]
    },
    EKSDescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["eks:DescribeCluster", "eks:ListClusters"], resources: ["*"] }
      ]
    },
    EcsRunTaskPolicy: {
      parameters: ["TaskDefinition"],
      statements: [
        { actions: ["ecs:RunTask"], resources: ["arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${TaskDefinition}"] }
      ]
    },
    ElasticMapReduceAddJobFlowStepsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:AddJobFlowSteps"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceCancelStepsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:CancelSteps"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceModifyInstanceFleetPolicy: {
      parameters: ["ClusterId"],
      statements: [
        {
          actions: ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"],
          resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"]
        }
      ]
    },
    ElasticMapReduceModifyInstanceGroupsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        {
          actions: ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"],
          resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"]
        }
      ]
    },
    ElasticMapReduceSetTerminationProtectionPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:SetTerminationProtection"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceTerminateJobFlowsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:TerminateJobFlows"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticsearchHttpPostPolicy: {
      parameters: ["DomainName"],
      statements: [
        { actions: ["es:ESHttpPost", "es:ESHttpPut"], resources: ["arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${DomainName}/*"] }
      ]
    },
    EventBridgePutEventsPolicy: {
      parameters: ["EventBusName"],
      statements: [
        { actions: ["events:PutEvents"], resources: ["arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${EventBusName}"] }
      ]
    },
    FilterLogEventsPolicy: {
      parameters: ["LogGroupName"],
      statements: [
        { actions: ["logs:FilterLogEvents"], resources: ["arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${LogGroupName}:log-stream:*"] }
      ]
    },
    FirehoseCrudPolicy: {
      parameters: ["DeliveryStreamName"],
      statements: [
        {
          actions: [
            "firehose:CreateDeliveryStream",
            "firehose:DeleteDeliveryStream",
            "firehose:DescribeDeliveryStream",
            "firehose:PutRecord",
            "firehose:PutRecordBatch",
            "firehose:UpdateDestination"
          ],
          resources: ["arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${DeliveryStreamName}"]
        }
      ]
    },
    FirehoseWritePolicy: {
      parameters: ["DeliveryStreamName"],
      statements: [
        {
          actions: ["firehose:PutRecord", "firehose:PutRecordBatch"],
          resources: ["arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${DeliveryStreamName}"]
        }
      ]
    },
    KMSDecryptPolicy: {
      parameters: ["KeyId"],
      statements: [
        { actions: ["kms:Decrypt"], resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"] }
      ]
    },
    KMSEncryptPolicy: {
      parameters: ["KeyId"],
      statements: [
        { actions: ["kms:Encrypt"], resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"] }
      ]
    },
    KMSEncryptPolicy_v2: {
      parameters: ["KeyId"],
      statements: [
        {
          actions: [
            "kms:Encrypt",
            "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext",
            "kms:GenerateDataKeyPair",
            "kms:GenerateDataKeyPairWithoutPlaintext"
          ],
          resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"]
        }
      ]
    },
    KinesisCrudPolicy: {
      parameters: ["StreamName"],
      statements: [
        {
          actions: [
            "kinesis:AddTagsToStream",
            "kinesis:CreateStream",
            "kinesis:DecreaseStreamRetentionPeriod",
            "kinesis:DeleteStream",
            "kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary",
            "kinesis:GetShardIterator",
            "kinesis:IncreaseStreamRetentionPeriod",
            "kinesis:ListTagsForStream",
            "kinesis:MergeShards",
            "kinesis:PutRecord",
            "kinesis:PutRecords",
            "kinesis:SplitShard",
            "kinesis:RemoveTagsFromStream"
          ],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"]
        }
      ]
    },
    KinesisStreamReadPolicy: {
      parameters: ["StreamName"],
      statements: [
        {
          actions: ["kinesis:ListStreams", "kinesis:DescribeLimits"],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*"]
        },
        {
          actions: ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"]
        }
      ]
    },
    LambdaInvokePolicy: {
      parameters: ["FunctionName"],
      statements: [
        { actions: ["lambda:InvokeFunction"], resources: ["arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}*"] }
      ]
    },
    MobileAnalyticsWriteOnlyAccessPolicy: {
      parameters: [],
      statements: [
        { actions: ["mobileanalytics:PutEvents"], resources: ["*"] }
      ]
    },
    OrganizationsListAccountsPolicy: {
      parameters: [],
      statements: [
        { actions: ["organizations:ListAccounts"], resources: ["*"] }
      ]
    },
    PinpointEndpointAccessPolicy: {
      parameters: ["PinpointApplicationId"],
      statements: [
        {
          actions: ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"],
          resources: ["arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:apps/${PinpointApplicationId}/endpoints/*"]
        }
      ]
    },
    PollyFullAccessPolicy: {
      parameters: ["LexiconName"],
      statements: [
        {
          actions: ["polly:GetLexicon", "polly:DeleteLexicon"],
          resources: ["arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/${LexiconName}"]
        },
        {
          actions: ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"],
          resources: ["arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/*"]
        }
      ]
    },
    RekognitionDetectOnlyPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels", "rekognition:DetectText"],
          resources: ["*"]
        }
      ]
    },
    RekognitionFacesManagementPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: [
            "rekognition:IndexFaces",
            "rekognition:DeleteFaces",
            "rekognition:SearchFaces",
            "rekognition:SearchFacesByImage",
            "rekognition:ListFaces"
          ],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionFacesPolicy: {
      parameters: [],
      statements: [
        { actions: ["rekognition:CompareFaces", "rekognition:DetectFaces"], resources: ["*"] }
      ]
    },
    RekognitionLabelsPolicy: {
      parameters: [],
      statements: [
        { actions: ["rekognition:DetectLabels", "rekognition:DetectModerationLabels"], resources: ["*"] }
      ]
    },
    RekognitionNoDataAccessPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:CompareFaces", "rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionReadPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:ListCollections", "rekognition:ListFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionWriteOnlyAccessPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:CreateCollection", "rekognition:IndexFaces"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    Route53ChangeResourceRecordSetsPolicy: {
      parameters: ["HostedZoneId"],
      statements: [
        { actions: ["route53:ChangeResourceRecordSets"], resources: ["arn:${AWS::Partition}:route53:::hostedzone/${HostedZoneId}"] }
      ]
    },
    S3CrudPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: [
            "s3:GetObject",
            "s3:ListBucket",
            "s3:GetBucketLocation",
            "s3:GetObjectVersion",
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:GetLifecycleConfiguration",
            "s3:PutLifecycleConfiguration",
            "s3:DeleteObject"
          ],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    S3FullAccessPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: [
            "s3:GetObject",
            "s3:GetObjectAcl",
            "s3:GetObjectVersion",
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:DeleteObject",
            "s3:DeleteObjectTagging",
            "s3:DeleteObjectVersionTagging",
            "s3:GetObjectTagging",
            "s3:GetObjectVersionTagging",
            "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging"
          ],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}/*"]
        },
        {
          actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}"]
        }
      ]
    },
    S3ReadPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    S3WritePolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    SESBulkTemplatedCrudPolicy: {
      parameters: ["IdentityName"],
      statements: [
        {
          actions: [
            "ses:GetIdentityVerificationAttributes",
            "ses:SendEmail",
            "ses:SendRawEmail",
            "ses:SendTemplatedEmail",
            "ses:SendBulkTemplatedEmail",
            "ses:VerifyEmailIdentity"
          ],
          resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"]
        }
      ]
    },
    SESBulkTemplatedCrudPolicy_v2: {
      parameters: ["IdentityName", "TemplateName"],
      statements: [
        {
          actions: ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"],
          resources: [
            "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}",
            "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:template/${TemplateName}"
          ]
        },
        { actions: ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"], resources: ["*"] }
      ]
    },
    SESCrudPolicy: {
      parameters: ["IdentityName"],
      statements: [
        {
          actions: ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"],
          resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"]
        }
      ]
    },
    SESEmailTemplateCrudPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "ses:CreateTemplate",
            "ses:GetTemplate",
            "ses:ListTemplates",
            "ses:UpdateTemplate",
            "ses:DeleteTemplate",
            "ses:TestRenderTemplate"
          ],
          resources: ["*"]
        }
      ]
    },
    SESSendBouncePolicy: {
      parameters: ["IdentityName"],
      statements: [
        { actions: ["ses:SendBounce"], resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"] }
      ]
    },
    SNSCrudPolicy: {
      parameters: ["TopicName"],
      statements: [
        {
          actions: ["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"],
          resources: ["arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}*"]
        }
      ]
    },
    SNSPublishMessagePolicy: {
      parameters: ["TopicName"],
      statements: [
        { actions: ["sns:Publish"], resources: ["arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}"] }
      ]
    },
    SQSPollerPolicy: {
      parameters: ["QueueName"],
      statements: [
        {
          actions: [
            "sqs:ChangeMessageVisibility",
            "sqs:ChangeMessageVisibilityBatch",
            "sqs:DeleteMessage",
            "sqs:DeleteMessageBatch",
            "sqs:GetQueueAttributes",
            "sqs:ReceiveMessage"
          ],
          resources: ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"]
        }
      ]
    },
    SQSSendMessagePolicy: {
      parameters: ["QueueName"],
      statements: [
        { actions: ["sqs:SendMessage*"], resources: ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"] }
      ]
    },
    SSMParameterReadPolicy: {
      parameters: ["ParameterName"],
      statements: [
        { actions: ["ssm:DescribeParameters"], resources: ["*"] },
        {
          actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
          resources: ["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${ParameterName}"]
        }
      ]
    },
    SSMParameterWithSlashPrefixReadPolicy: {
      parameters: ["ParameterName"],
      statements: [
        { actions: ["ssm:DescribeParameters"], resources: ["*"] },
        {
          actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
          resources: ["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${ParameterName}"]
        }
      ]
    },
    SageMakerCreateEndpointConfigPolicy: {
      parameters: ["EndpointConfigName"],
      statements: [
        {
          actions: ["sagemaker:CreateEndpointConfig"],
          resources: ["arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${EndpointConfigName}"]
        }
      ]
    },
    SageMakerCreateEndpointPolicy: {
      parameters: ["EndpointName"],
      statements: [
        { actions: ["sagemaker:CreateEndpoint"], resources: ["arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/${EndpointName}"] }
      ]
    },
    ServerlessRepoReadWriteAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "serverlessrepo:CreateApplication",
            "serverlessrepo:CreateApplicationVersion",
            "serverlessrepo:UpdateApplication",
            "serverlessrepo:GetApplication",
            "serverlessrepo:ListApplications",
            "serverlessrepo:ListApplicationVersions",
            "serverlessrepo:ListApplicationDependencies"
          ],
          resources: ["arn:${AWS::Partition}:serverlessrepo:${AWS::Region}:${AWS::AccountId}:applications/*"]
        }
      ]
    },
    StepFunctionsCallbackPolicy: {
      parameters: ["StateMachineName"],
      statements: [
        {
          actions: ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"],
          resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"]
        }
      ]
    },
    StepFunctionsExecutionPolicy: {
      parameters: ["StateMachineName"],
      statements: [
        { actions: ["states:StartExecution"], resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"] }
      ]
    },
    StepFunctionsExecutionPolicy_v2: {
      parameters: ["StateMachineName"],
      statements: [
        {
          actions: ["states:StartExecution", "states:StartSyncExecution"],
          resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"]
        }
      ]
    },
    TextractDetectAnalyzePolicy: {
      parameters: [],
      statements: [
        {
          actions: ["textract:DetectDocumentText", "textract:StartDocumentTextDetection", "textract:StartDocumentAnalysis", "textract:AnalyzeDocument"],
          resources: ["*"]
        }
      ]
    },
    TextractGetResultPolicy: {
      parameters: [],
      statements: [
        { actions: ["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"], resources: ["*"] }
      ]
    },
    TextractPolicy: {
      parameters: [],
      statements: [
        { actions: ["textract:*"], resources: ["*"] }
      ]
    },
    VPCAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"],
          resources: ["*"]
        }
      ]
    }
  }
};

// src/engine/load/adapters/sam/to-cloudformation.ts
var TEMPLATES = policy_templates_default.templates;
var SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSLambdaKinesisExecutionRole",
  "AWSLambdaDynamoDBExecutionRole",
  "AWSLambdaSQSQueueExecutionRole",
  "AWSLambdaMSKExecutionRole",
  "AWSLambdaENIManagementAccess"
]);
function samToCloudFormation(root) {
  const notes = [];
  const globals = child(child(root, "Globals"), "Function");
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return { root, notes };
  const taken = new Set(resources.entries.map((e) => e.key));
  const out = [];
  for (const entry2 of resources.entries) {
    if (text(child(entry2.value, "Type")) !== "AWS::Serverless::Function" || entry2.value.kind !== "map") {
      out.push(entry2);
      continue;
    }
    const own = child(entry2.value, "Properties");
    let props = (globals ? merge(globals, own, entry2.keyLoc) : own) ?? map([], entry2.keyLoc);
    if (props.kind !== "map") {
      out.push(entry2);
      continue;
    }
    for (const mapping of eventSourceMappings(entry2.key, child(props, "Events"))) {
      if (!taken.has(mapping.key)) out.push(mapping);
    }
    if (!child(props, "Role")) {
      let roleId = `${entry2.key}Role`;
      while (taken.has(roleId)) roleId = `${roleId}X`;
      taken.add(roleId);
      out.push({ key: roleId, keyLoc: entry2.keyLoc, value: implicitRole(props, entry2.keyLoc, notes) });
      props = withEntry(props, "Role", map([["Fn::GetAtt", seq([scalar(roleId, entry2.keyLoc), scalar("Arn", entry2.keyLoc)], entry2.keyLoc)]], entry2.keyLoc), entry2.keyLoc);
    }
    out.push({ ...entry2, value: withEntry(entry2.value, "Properties", props, child(entry2.value, "Properties")?.loc ?? entry2.keyLoc) });
  }
  return { root: withEntry(root, "Resources", { ...resources, entries: out }, resources.loc), notes };
}
var POLLED_EVENTS = { SQS: "Queue", Kinesis: "Stream", DynamoDB: "Stream", MSK: "Stream" };
function eventSourceMappings(functionId, events) {
  return entries(events).flatMap((event) => {
    const type = text(child(event.value, "Type"));
    const source = type ? child(child(event.value, "Properties"), POLLED_EVENTS[type] ?? "") : void 0;
    if (!source) return [];
    const at2 = event.keyLoc;
    const props = map([["FunctionName", map([["Ref", scalar(functionId, at2)]], at2)], ["EventSourceArn", source]], at2);
    return [{ key: `${functionId}${event.key}`, keyLoc: at2, value: map([["Type", scalar("AWS::Lambda::EventSourceMapping", at2)], ["Properties", props]], at2) }];
  });
}
function merge(global, own, at2) {
  if (own === void 0) return relocate(global, at2);
  if (global.kind === "map" && own.kind === "map" && !isIntrinsic(global) && !isIntrinsic(own)) {
    const keys = new Set(own.entries.map((e) => e.key));
    const merged = [
      ...global.entries.filter((e) => !keys.has(e.key)).map((e) => ({ key: e.key, keyLoc: at2, value: relocate(e.value, at2) })),
      ...own.entries.map((e) => {
        const g = child(global, e.key);
        return g ? { ...e, value: merge(g, e.value, at2) } : e;
      })
    ];
    return { ...own, entries: merged };
  }
  if (global.kind === "seq" && own.kind === "seq") return { ...own, items: [...items(relocate(global, at2)), ...own.items] };
  return own;
}
function implicitRole(props, at2, notes) {
  const managed = [managedArn("AWSLambdaBasicExecutionRole", at2)];
  if (child(props, "VpcConfig")) managed.push(managedArn("AWSLambdaVPCAccessExecutionRole", at2));
  const statements = [];
  for (const p of items(child(props, "Policies"))) {
    const granted = policyItem(p, notes);
    managed.push(...granted.managed);
    statements.push(...granted.statements);
  }
  return map(
    [
      ["Type", scalar("AWS::IAM::Role", at2)],
      [
        "Properties",
        map(
          [
            ["ManagedPolicyArns", seq(managed, at2)],
            ["Policies", statements.length > 0 ? seq([map([["PolicyName", scalar("SamGenerated", at2)], ["PolicyDocument", map([["Statement", seq(statements, at2)]], at2)]], at2)], at2) : void 0]
          ],
          at2
        )
      ]
    ],
    at2
  );
}
function policyItem(p, notes) {
  const name = text(p);
  if (name !== void 0) return { managed: [managedArn(name, p.loc)], statements: [] };
  const choice = child(p, "Fn::If");
  if (choice?.kind === "seq" && choice.items.length === 3) {
    const [condition, whenTrue, whenFalse] = choice.items;
    const noValue = map([["Ref", scalar("AWS::NoValue", p.loc)]], p.loc);
    const branch = (node, pick2) => {
      if (child(node, "Ref") && text(child(node, "Ref")) === "AWS::NoValue") return { managed: [], statements: [] };
      const granted = policyItem(node, notes);
      return { managed: granted.managed.map(pick2), statements: granted.statements.map(pick2) };
    };
    const guarded = (onTrue) => (piece) => map([["Fn::If", seq([condition, onTrue ? piece : noValue, onTrue ? noValue : piece], p.loc)]], p.loc);
    const a = branch(whenTrue, guarded(true));
    const b = branch(whenFalse, guarded(false));
    return { managed: [...a.managed, ...b.managed], statements: [...a.statements, ...b.statements] };
  }
  if (isIntrinsic(p)) return { managed: [p], statements: [] };
  if (child(p, "Statement")) return { managed: [], statements: [...items(child(p, "Statement"))] };
  const statements = [];
  for (const t of entries(p)) {
    if (TEMPLATES[t.key]) statements.push(...templateStatements(t.key, t.value, t.keyLoc));
    else notes.push({ message: `unknown SAM policy template ${t.key}: what it grants is not known here`, loc: t.keyLoc });
  }
  return { managed: [], statements };
}
function managedArn(name, at2) {
  if (name.startsWith("arn:")) return scalar(name, at2);
  const path = SERVICE_ROLE_POLICIES.has(name) ? `service-role/${name}` : name;
  return map([["Fn::Sub", scalar(`arn:\${AWS::Partition}:iam::aws:policy/${path}`, at2)]], at2);
}
function templateStatements(name, parameters, at2) {
  const template = TEMPLATES[name];
  const variables = map(entries(parameters).map((e) => [e.key, e.value]), at2);
  const sub = (pattern2) => pattern2 === "*" ? scalar("*", at2) : map([["Fn::Sub", seq([scalar(pattern2, at2), variables], at2)]], at2);
  return template.statements.map(
    (s) => map(
      [
        ["Effect", scalar("Allow", at2)],
        ["Action", seq(s.actions.map((a) => scalar(a, at2)), at2)],
        ["Resource", seq(s.resources.map(sub), at2)],
        ["Condition", s.condition ? map(Object.entries(s.condition).map(([op, kv]) => [op, map(Object.entries(kv).map(([k, v]) => [k, sub(v)]), at2)]), at2) : void 0]
      ],
      at2
    )
  );
}

// src/engine/resolve/conditions.ts
function evaluateCondition(expr, scope) {
  if (expr.kind === "scalar" && typeof expr.value === "boolean") return expr.value;
  if (expr.kind !== "map" || expr.entries.length !== 1) return "unknown";
  const { key, value } = expr.entries[0];
  const args = value.kind === "seq" ? value.items : [];
  switch (key) {
    case "Condition":
      return value.kind === "scalar" ? scope.condition(String(value.value)) : "unknown";
    case "Fn::Not": {
      const inner = args[0] ? evaluateCondition(args[0], scope) : "unknown";
      return inner === "unknown" ? "unknown" : !inner;
    }
    case "Fn::And": {
      const values2 = args.map((a) => evaluateCondition(a, scope));
      if (values2.includes(false)) return false;
      return values2.includes("unknown") ? "unknown" : true;
    }
    case "Fn::Or": {
      const values2 = args.map((a) => evaluateCondition(a, scope));
      if (values2.includes(true)) return true;
      return values2.includes("unknown") ? "unknown" : false;
    }
    case "Fn::Equals": {
      if (args.length !== 2) return "unknown";
      return equals(scope.resolve(args[0]), scope.resolve(args[1]));
    }
    default:
      return "unknown";
  }
}
function equals(a, b) {
  const sa = a && knownString(a);
  const sb = b && knownString(b);
  if (sa === void 0 || sb === void 0) return "unknown";
  return sa === sb;
}

// src/engine/resolve/sub.ts
function substitute2(arg, loc, scope) {
  let templateNode = arg;
  let variables;
  if (arg.kind === "seq") {
    templateNode = arg.items[0];
    variables = arg.items[1];
  }
  if (templateNode?.kind !== "scalar" || typeof templateNode.value !== "string") return unknown("malformed Fn::Sub", loc);
  const text2 = templateNode.value;
  const parts = [];
  const pattern2 = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = pattern2.exec(text2); m !== null; m = pattern2.exec(text2)) {
    parts.push({ kind: "text", text: text2.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = m[1].trim();
    if (name.startsWith("!")) {
      parts.push({ kind: "text", text: `\${${name.slice(1)}}` });
      continue;
    }
    parts.push(...variable(name, variables, loc, scope));
  }
  parts.push({ kind: "text", text: text2.slice(last) });
  return fromParts(parts, templateNode.loc.lines ? { ...loc, lines: templateNode.loc.lines } : loc);
}
function variable(name, variables, loc, scope) {
  if (variables?.kind === "map") {
    const own = variables.entries.find((e) => e.key === name);
    if (own) {
      const v2 = scope.resolve(own.value);
      return (v2 && toParts(v2)) ?? [{ kind: "unknown", reason: `Fn::Sub variable ${name} is not a string` }];
    }
  }
  const marker = /^EndpointGuard::Unknown\((.*)\)$/.exec(name);
  if (marker) return [{ kind: "unknown", reason: marker[1] }];
  const dot = name.indexOf(".");
  const v = dot > 0 && !name.startsWith("AWS::") ? scope.refAttribute(name.slice(0, dot), name.slice(dot + 1), loc) : scope.refName(name, loc);
  if (typeof v === "symbol") return [];
  return toParts(v) ?? [{ kind: "unknown", reason: `\${${name}} is a list, not a string` }];
}

// src/engine/resolve/resolver.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
var UNKNOWN_MARKER = "EndpointGuard::Unknown";
function isUnknownMarker(node) {
  return node.kind === "map" && node.entries.length === 1 && node.entries[0].key === UNKNOWN_MARKER;
}
var MIRRORED_ATTRIBUTES = {
  "AWS::EC2::VPC": ["CidrBlock"],
  "AWS::EC2::Subnet": ["AvailabilityZone", "AvailabilityZoneId", "CidrBlock", "VpcId"],
  "AWS::EC2::SecurityGroup": ["VpcId"]
};
var MAX_DEPTH2 = 200;
var Resolver = class {
  constructor(root, options = {}) {
    this.options = options;
    const params = child(root, "Parameters");
    this.parameters = params?.kind === "map" ? params : void 0;
    this.mappings = child(root, "Mappings");
    this.conditions = child(root, "Conditions");
    const types = /* @__PURE__ */ new Map();
    const resources = child(root, "Resources");
    if (resources?.kind === "map") {
      for (const e of resources.entries) {
        const type = child(e.value, "Type");
        types.set(e.key, type?.kind === "scalar" && typeof type.value === "string" ? type.value : "");
        this.resourceNodes.set(e.key, e.value);
      }
    }
    this.resourceTypes = types;
  }
  options;
  memo = /* @__PURE__ */ new WeakMap();
  depth = 0;
  conditionMemo = /* @__PURE__ */ new Map();
  parameters;
  mappings;
  conditions;
  resourceTypes;
  resourceNodes = /* @__PURE__ */ new Map();
  /** The stack's region when the input tells it (a Serverless `provider.region`), for messages. */
  get region() {
    return this.options.pseudo?.["AWS::Region"];
  }
  /** The value of a node, or undefined when it resolves to `AWS::NoValue` (the property is absent). */
  resolve(node) {
    if (!node) return void 0;
    const r = this.inner(node);
    return r === NO_VALUE ? void 0 : r;
  }
  condition(name) {
    const cached = this.conditionMemo.get(name);
    if (cached === "evaluating") return "unknown";
    if (cached !== void 0) return cached;
    const expr = child(this.conditions, name);
    if (!expr) return "unknown";
    if (this.depth > MAX_DEPTH2) return "unknown";
    this.conditionMemo.set(name, "evaluating");
    this.depth++;
    const result = evaluateCondition(expr, this);
    this.depth--;
    this.conditionMemo.set(name, result);
    return result;
  }
  inner(node) {
    const cached = this.memo.get(node);
    if (cached === IN_PROGRESS) return unknown("the value refers to itself (a cycle through Mappings)", node.loc);
    if (cached !== void 0) return cached;
    if (this.depth > MAX_DEPTH2) return unknown(`intrinsic functions nested deeper than ${MAX_DEPTH2} levels`, node.loc);
    this.memo.set(node, IN_PROGRESS);
    this.depth++;
    const result = this.compute(node);
    this.depth--;
    this.memo.set(node, result);
    return result;
  }
  compute(node) {
    switch (node.kind) {
      case "scalar":
        if (typeof node.value === "string" && DYNAMIC_REFERENCE.test(node.value)) {
          return unknown(`dynamic reference ${node.value}`, node.loc);
        }
        if (node.value === null) return { kind: "null", loc: node.loc };
        if (typeof node.value === "string") return { kind: "string", value: node.value, loc: node.loc };
        if (typeof node.value === "number") return { kind: "number", value: node.value, loc: node.loc };
        return { kind: "boolean", value: node.value, loc: node.loc };
      case "seq": {
        const items2 = [];
        for (const item of node.items) {
          const v = this.inner(item);
          if (v !== NO_VALUE) items2.push(v);
        }
        return { kind: "list", items: items2, loc: node.loc };
      }
      case "map": {
        const only = node.entries.length === 1 ? node.entries[0] : void 0;
        if (only && (only.key === "Ref" || only.key.startsWith("Fn::"))) return this.intrinsic(only.key, only.value, node.loc);
        if (only?.key === UNKNOWN_MARKER) return unknown(String(only.value.kind === "scalar" ? only.value.value : "unknown"), node.loc);
        const entries2 = [];
        for (const e of node.entries) {
          const v = this.inner(e.value);
          if (v !== NO_VALUE) entries2.push({ key: e.key, keyLoc: e.keyLoc, value: v });
        }
        return { kind: "map", entries: entries2, loc: node.loc };
      }
    }
  }
  intrinsic(fn, arg, loc) {
    switch (fn) {
      case "Ref":
        return this.ref(arg, loc);
      case "Fn::GetAtt":
        return this.getAtt(arg, loc);
      case "Fn::Sub":
        return dynamicReference(substitute2(arg, loc, this));
      case "Fn::Join":
        return this.join(arg, loc);
      case "Fn::Select":
        return this.select(arg, loc);
      case "Fn::Split":
        return this.split(arg, loc);
      case "Fn::If":
        return this.fnIf(arg, loc);
      case "Fn::FindInMap":
        return this.findInMap(arg, loc);
      case "Fn::GetAZs": {
        const region = this.resolve(arg);
        const name = region === void 0 ? "" : regionKey(region);
        return name === void 0 ? unknown("Fn::GetAZs of an unknown region", loc) : { kind: "zones", region: name, loc };
      }
      case "Fn::ImportValue": {
        const name = this.resolve(arg);
        return unknown(`Fn::ImportValue ${name && knownString(name) !== void 0 ? knownString(name) : "(computed name)"}`, loc);
      }
      default:
        return unknown(`${fn} is not evaluated`, loc);
    }
  }
  /** Ref to a name: a pseudo parameter, a parameter (its default), or a resource (a typed reference). */
  refName(name, loc) {
    if (name === "AWS::NoValue") return NO_VALUE;
    if (PSEUDO_PARAMETERS.includes(name)) {
      const known = this.options.pseudo?.[name];
      return known !== void 0 ? { kind: "string", value: known, loc } : { kind: "text", parts: [{ kind: "pseudo", name }], loc };
    }
    const param = child(this.parameters, name);
    if (param) return this.parameterValue(name, param, loc);
    if (this.resourceTypes.has(name)) return { kind: "ref", target: name, attribute: null, loc };
    return unknown(`Ref to ${name}, which is not defined in this template`, loc);
  }
  ref(arg, loc) {
    const name = arg.kind === "scalar" ? arg.value : void 0;
    if (typeof name !== "string") return unknown("Ref with a computed name", loc);
    return this.refName(name, loc);
  }
  parameterValue(name, param, loc) {
    const typeNode = child(param, "Type");
    const type = typeNode?.kind === "scalar" ? String(typeNode.value ?? "") : "String";
    if (type.startsWith("AWS::SSM::Parameter::Value")) return unknown(`parameter ${name} is read from SSM`, loc);
    const def = child(param, "Default");
    if (!def || def.kind !== "scalar" || def.value === null) return unknown(`parameter ${name} has no default`, loc);
    const raw = String(def.value);
    if (type.startsWith("List<") || type === "CommaDelimitedList") {
      const items2 = raw === "" ? [] : raw.split(",").map((s) => ({ kind: "string", value: s.trim(), loc }));
      return { kind: "list", items: items2, loc };
    }
    return { kind: "string", value: raw, loc };
  }
  /** `Res.Attr` or `[Res, Attr]`; the attribute may contain dots (`Endpoint.Address`). */
  refAttribute(resource, attribute, loc) {
    const type = this.resourceTypes.get(resource);
    if (type === void 0) return unknown(`Fn::GetAtt on ${resource}, which is not defined in this template`, loc);
    if (MIRRORED_ATTRIBUTES[type]?.includes(attribute)) {
      const property = child(child(this.resourceNodes.get(resource), "Properties"), attribute);
      const v = property && this.inner(property);
      if (v && v !== NO_VALUE && v.kind !== "unknown") return { ...v, loc };
    }
    return { kind: "ref", target: resource, attribute, loc };
  }
  getAtt(arg, loc) {
    if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      if (dot <= 0) return unknown(`malformed Fn::GetAtt ${arg.value}`, loc);
      return this.refAttribute(arg.value.slice(0, dot), arg.value.slice(dot + 1), loc);
    }
    if (arg.kind === "seq" && arg.items.length === 2) {
      const res = arg.items[0];
      const attr = this.resolve(arg.items[1]);
      const attrName = attr && knownString(attr);
      if (res.kind === "scalar" && typeof res.value === "string" && attrName !== void 0) {
        return this.refAttribute(res.value, attrName, loc);
      }
    }
    return unknown("malformed Fn::GetAtt", loc);
  }
  join(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Join", loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const list = this.resolve(arg.items[1]);
    if (delimiter === void 0) return unknown("Fn::Join with an unknown delimiter", loc);
    if (!list || list.kind !== "list") return unknown(`Fn::Join over ${notAList(list)}`, loc);
    const parts = [];
    for (const [i, item] of list.items.entries()) {
      const p = toParts(item);
      if (!p) return unknown("Fn::Join of a list or map item", loc);
      if (i > 0) parts.push({ kind: "text", text: delimiter });
      parts.push(...p);
    }
    return dynamicReference(fromParts(parts, loc));
  }
  select(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Select", loc);
    const indexValue = this.resolve(arg.items[0]);
    const index = Number(knownString(indexValue));
    const list = this.resolve(arg.items[1]);
    if (!Number.isInteger(index) || index < 0) return unknown("Fn::Select with an unknown index", loc);
    if (list?.kind === "zones") return { kind: "text", parts: [{ kind: "zone", region: list.region, index }], loc };
    if (list?.kind !== "list") return unknown(`Fn::Select from ${notAList(list)}`, loc);
    const item = list.items[index];
    return item ?? unknown(`Fn::Select index ${index} is out of range`, loc);
  }
  split(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Split", loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const source = this.resolve(arg.items[1]);
    const parts = source && toParts(source);
    if (delimiter === void 0 || delimiter === "" || parts === void 0 || !splittable(parts, delimiter, this.resourceTypes)) {
      return unknown(`Fn::Split of ${source?.kind === "unknown" ? source.reason : "a value not known before deployment"}`, loc);
    }
    const pieces = [[]];
    for (const part of parts) {
      if (part.kind !== "text") pieces[pieces.length - 1].push(part);
      else part.text.split(delimiter).forEach((text2, i) => (i === 0 ? pieces[pieces.length - 1] : pieces[pieces.push([]) - 1]).push({ kind: "text", text: text2 }));
    }
    return { kind: "list", items: pieces.map((piece) => fromParts(piece, loc)), loc };
  }
  fnIf(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 3) return unknown("malformed Fn::If", loc);
    const nameNode = arg.items[0];
    const name = nameNode.kind === "scalar" ? String(nameNode.value) : "";
    const truth = this.condition(name);
    if (truth === "unknown") {
      const why = unknown(`condition ${name} cannot be evaluated`, loc);
      const absentBranch = arg.items.slice(1).some((b) => this.inner(b) === NO_VALUE);
      return absentBranch ? { ...why, mayBeAbsent: true } : why;
    }
    return this.inner(truth ? arg.items[1] : arg.items[2]);
  }
  findInMap(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length < 3) return unknown("malformed Fn::FindInMap", loc);
    const keys = arg.items.slice(0, 3).map((n) => this.resolve(n));
    const names = keys.map((k) => k ? knownString(k) : void 0);
    if (names.some((n) => n === void 0)) {
      const why = keys.find((k) => k?.kind === "unknown" || k?.kind === "text");
      return unknown(`Fn::FindInMap with a key not known before deployment${why ? ` (${why.kind === "unknown" ? why.reason : "depends on a pseudo parameter"})` : ""}`, loc);
    }
    const found = child(child(child(this.mappings, names[0]), names[1]), names[2]);
    if (found) return this.inner(found);
    const fallback = child(arg.items[3], "DefaultValue");
    if (fallback) return this.inner(fallback);
    return unknown(`Fn::FindInMap ${names.join("/")} is not in Mappings`, loc);
  }
};
function notAList(v) {
  if (v?.kind === "unknown") return v.reason;
  if (v?.kind === "ref") return `${v.target}.${v.attribute ?? "Ref"}, known only after deployment`;
  return "a value that is not a list";
}
function regionKey(v) {
  if (v.kind === "string") return v.value === "" ? "AWS::Region" : v.value;
  if (v.kind === "text" && v.parts.length === 1 && v.parts[0].kind === "pseudo" && v.parts[0].name === "AWS::Region") return "AWS::Region";
  return void 0;
}
function splittable(parts, delimiter, types) {
  if (parts.every((p) => p.kind === "text")) return true;
  if (!/^[,;|\s]+$/.test(delimiter)) return false;
  return parts.every((p) => {
    switch (p.kind) {
      case "text":
      case "zone":
        return true;
      case "pseudo":
        return p.name !== "AWS::NotificationARNs";
      case "ref": {
        const type = types.get(p.target) ?? "";
        return p.attribute === null && type.startsWith("AWS::") && type !== "AWS::CloudFormation::CustomResource";
      }
      case "unknown":
        return false;
    }
  });
}
var DYNAMIC_REFERENCE = /\{\{resolve:[^}]*\}\}/;
function dynamicReference(v) {
  if (v.kind !== "string" && v.kind !== "text") return v;
  const shape = v.kind === "string" ? v.value : v.parts.map((p) => p.kind === "text" ? p.text : "x").join("");
  return DYNAMIC_REFERENCE.test(shape) ? unknown(`dynamic reference ${display(v)}`, v.loc) : v;
}

// src/engine/load/adapters/serverless/variables.ts
import { dirname as dirname3, extname, join as join3, relative as relative2, resolve as resolvePath2 } from "node:path";

// src/engine/load/comment-suppressions.ts
var COMMENT = /#\s*endpoint-guard-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;
function commentSuppressions(text2, file) {
  const lines = text2.split(/\r?\n/);
  const out = [];
  lines.forEach((line, i) => {
    const m = COMMENT.exec(line);
    if (!m || !isComment(line, m.index)) return;
    const alone = line.slice(0, m.index).trim() === "";
    let target = i + 1;
    if (alone) {
      let j = i + 1;
      while (j < lines.length && (lines[j].trim() === "" || lines[j].trim().startsWith("#"))) j++;
      target = j + 1;
    }
    const reason = m[2]?.trim() || void 0;
    for (const rule2 of m[1].split(",").map((r) => r.trim())) {
      out.push({ rule: rule2, reason, loc: { line: i + 1, column: m.index + 1, file }, via: "comment", targetLine: target });
    }
  });
  return out;
}
function isComment(line, at2) {
  if (at2 > 0 && !/\s/.test(line[at2 - 1])) return false;
  const before = line.slice(0, at2);
  return (before.split('"').length - 1) % 2 === 0 && (before.split("'").length - 1) % 2 === 0;
}

// src/engine/load/adapters/serverless/variables.ts
var MARK = "\uE001";
var MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, "g");
var OPEN = "\uE002";
var CLOSE = "\uE003";
var KNOWN_SOURCES = /^(self|opt|env|sls|aws|ssm|cf|s3|param|file|strToBool|git)\b/;
var ServerlessVariables = class {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.budget = new ExpansionBudget(ctx.file);
    this.project = new ConfinedFiles(ctx.root ?? projectRootOf(ctx.file));
  }
  root;
  ctx;
  symbols = [];
  resolving = /* @__PURE__ */ new Set();
  done = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  notes = [];
  /** `# endpoint-guard-ignore` comments of included YAML files. */
  commentSuppressions = [];
  budget;
  project;
  /** The stage and region as the framework decides them: the CLI option, then `provider`, then the default. */
  stage() {
    return this.ctx.options.stage ?? this.plainAt("provider.stage") ?? "dev";
  }
  region() {
    return this.ctx.options.region ?? this.plainAt("provider.region") ?? "us-east-1";
  }
  /** The files `${file(...)}` read (absolute paths): checked through this service, not again on their own. */
  includedFiles() {
    return [...this.files].filter(([, doc]) => doc !== void 0).map(([path]) => path);
  }
  resolveTree(node = this.root, inSub = false) {
    const cached = inSub ? void 0 : this.done.get(node);
    if (cached) return cached;
    if (this.resolving.has(node)) return { kind: "map", entries: [{ key: UNKNOWN_MARKER, keyLoc: node.loc, value: { kind: "scalar", value: "a Serverless variable that refers to itself", loc: node.loc } }], loc: node.loc };
    this.resolving.add(node);
    let out;
    if (node.kind === "scalar") out = typeof node.value === "string" ? this.resolveString(node.value, node.loc, inSub) : node;
    else if (node.kind === "seq") out = { ...node, items: node.items.map((i) => this.resolveTree(i)) };
    else {
      const isSub = node.entries.length === 1 && node.entries[0].key === "Fn::Sub";
      out = {
        ...node,
        entries: node.entries.map((e) => {
          const value = isSub && e.value.kind === "seq" ? { ...e.value, items: e.value.items.map((i, k) => this.resolveTree(i, k === 0)) } : this.resolveTree(e.value, isSub);
          return { ...e, value };
        })
      };
    }
    this.resolving.delete(node);
    if (!inSub) this.done.set(node, out);
    return out;
  }
  plainAt(path) {
    const node = this.lookup(this.root, path);
    if (!node) return void 0;
    const v = this.resolveTree(node);
    return v.kind === "scalar" && v.value !== null && !String(v.value).includes(MARK) ? String(v.value) : void 0;
  }
  lookup(node, path) {
    let cur = node;
    for (const part of path.split(".").filter((p) => p !== "")) {
      if (cur?.kind === "seq" && /^\d+$/.test(part)) cur = cur.items[Number(part)];
      else cur = child(cur, part);
      if (!cur) return void 0;
    }
    return cur;
  }
  /**
   * Framework v1/v2 `provider.variableSyntax` set to the common `${{…}}` form. Only that form is recognised: a
   * user's regular expression is never run (template content is data).
   */
  get doubleBraces() {
    const syntax = child(child(this.root, "provider"), "variableSyntax");
    return syntax?.kind === "scalar" && String(syntax.value).startsWith("\\${{");
  }
  resolveString(value, loc, inSub) {
    if (this.doubleBraces) value = value.replace(/\$\{\{([^{}]*)\}\}/g, (_m, body) => `\${${body}}`);
    let current = value.replace(/#\{([\w:.]+)\}/g, (_m, name) => this.symbol(name.startsWith("AWS::") ? { kind: "pseudo", name } : { kind: "ref", name }));
    const passes = current.split("${").length;
    for (let pass = 0; pass < passes; pass++) {
      const inner = innermost(current);
      if (!inner) break;
      const body = inner.body.trim();
      if (!KNOWN_SOURCES.test(body)) {
        current = current.slice(0, inner.start) + `${OPEN}${inner.body}${CLOSE}` + current.slice(inner.end);
        continue;
      }
      let resolved = this.variable(body, loc);
      if (typeof resolved === "string" && isWholeFallback(current, inner.start, inner.end)) resolved = `'${resolved}'`;
      if (typeof resolved !== "string") {
        if (inner.start === 0 && inner.end === current.length) return resolved;
        const flat = resolved.kind === "scalar" && resolved.value !== null ? String(resolved.value) : this.symbol({ kind: "unknown", reason: `\${${body}} is not a string` });
        current = current.slice(0, inner.start) + flat + current.slice(inner.end);
      } else current = current.slice(0, inner.start) + resolved + current.slice(inner.end);
    }
    current = current.split(OPEN).join("${").split(CLOSE).join("}");
    return this.toNode(current, loc, inSub);
  }
  /** One variable's value: a string (possibly with symbol marks) or a whole node (`${self:custom.subnets}`). */
  variable(body, loc) {
    const inner = [...body.matchAll(MARKED)].map((m) => this.symbols[Number(m[1])]);
    const missing = inner.filter((s) => s.kind === "unknown");
    const candidates = splitFallbacks(body);
    if (missing.length > 0 && candidates.length === 1) return this.symbol({ kind: "unknown", reason: missing.map((s) => s.reason).join("; ") });
    for (const candidate of candidates) {
      const v = this.candidate(candidate, loc);
      if (v === void 0) continue;
      this.budget.charge(typeof v === "string" ? 1 + (v.length >> 6) : this.budget.sizeOf(v), `\${${body}}`, loc);
      return v;
    }
    if (/^env:/.test(body) && this.ctx.env === void 0) {
      return this.symbol({ kind: "unknown", reason: `\${${body}}: the environment is not read (endpoint-guard check --env reads it)` });
    }
    const shown = body.replace(MARKED, (_m, i) => {
      const symbol = this.symbols[Number(i)];
      return symbol.kind === "unknown" ? "\u2026" : `\${${symbol.name}}`;
    });
    return this.symbol({ kind: "unknown", reason: `\${${shown}} has no value here` });
  }
  candidate(c, loc) {
    const quoted = /^(['"])(.*)\1$/.exec(c);
    if (quoted) return quoted[2];
    if (/^-?\d+(\.\d+)?$/.test(c) || c === "true" || c === "false") return c;
    const m = /^(\w+)(?:\(([^)]*)\))?:?(.*)$/.exec(c);
    if (!m) return void 0;
    const [, source, arg, address] = m;
    switch (source) {
      case "self": {
        const target = this.lookup(this.root, address);
        return target ? this.resolveTree(target) : void 0;
      }
      case "opt":
        return address === "stage" ? this.ctx.options.stage : address === "region" ? this.ctx.options.region : void 0;
      case "env":
        return this.ctx.env?.[address];
      case "sls":
        return address === "stage" ? this.stage() : this.symbol({ kind: "unknown", reason: `\${sls:${address}} is known only when deploying` });
      case "aws":
        if (address === "region") return this.region();
        if (address === "accountId") return this.symbol({ kind: "pseudo", name: "AWS::AccountId" });
        return this.symbol({ kind: "unknown", reason: `\${aws:${address}}` });
      case "file":
        return this.file(arg ?? "", address, loc);
      case "param": {
        const stage = this.stage();
        const stages = child(this.root, "stages");
        const params = child(this.root, "params");
        const target = this.lookup(child(child(stages, stage), "params"), address) ?? this.lookup(child(params, stage), address) ?? this.lookup(child(child(stages, "default"), "params"), address) ?? this.lookup(child(params, "default"), address);
        return target ? this.resolveTree(target) : this.symbol({ kind: "unknown", reason: `\${param:${address}} is read from the Serverless dashboard when deploying` });
      }
      default:
        return this.symbol({ kind: "unknown", reason: `\${${c}} is read from ${source} when deploying` });
    }
  }
  file(path, address, loc) {
    const full = resolvePath2(dirname3(this.ctx.file), path.trim().replace(/^['"]|['"]$/g, ""));
    if (!this.files.has(full)) this.files.set(full, this.load(full, path, loc));
    const doc = this.files.get(full);
    if (!doc) return this.symbol({ kind: "unknown", reason: `\${file(${path})} cannot be read here` });
    const target = address ? this.lookup(doc, address) : doc;
    return target ? this.resolveTree(target) : this.symbol({ kind: "unknown", reason: `\${file(${path}):${address}} has no value` });
  }
  /**
   * Reads an included file through the project's one door: a path that leaves the project root (after symbolic
   * links), a directory, a device or a FIFO is an input error at the variable; a missing file is UNKNOWN.
   */
  load(full, written, loc) {
    const read = this.project.read(full);
    if (!read.ok && read.kind !== "missing") {
      const where = read.kind === "outside" ? `it is outside the project root ${this.project.root} (--root sets it)` : read.reason;
      throw new InputError(loc.file ?? this.ctx.file, `\${file(${written.trim()})} is not read: ${where}`, loc);
    }
    if (!read.ok || !/^\.(ya?ml|json)$/i.test(extname(full))) return void 0;
    let root;
    const text2 = read.bytes.toString("utf8");
    const isJson = extname(full).toLowerCase() === ".json";
    try {
      root = isJson ? parseJson(full, text2) : parseYaml(full, text2).root;
    } catch (e) {
      if (e instanceof InputError) {
        this.notes.push({ message: `included file ${full} cannot be parsed: ${e.message}`, loc });
        return void 0;
      }
      throw e;
    }
    this.budget.charge(this.budget.sizeOf(root), `\${file(${written.trim()})}`, loc);
    if (!isJson) this.commentSuppressions.push(...commentSuppressions(text2, this.displayPath(full)));
    return mapLocs(root, (l) => ({ ...l, file: this.displayPath(full) }));
  }
  /** An included file's path as the user would write it: relative to the serverless.yml's folder as given. */
  displayPath(full) {
    const base = dirname3(this.ctx.file);
    return join3(base, relative2(resolvePath2(base), full));
  }
  symbol(s) {
    return `${MARK}${this.symbols.push(s) - 1}${MARK}`;
  }
  /** A resolved string as a node: plain, or `Fn::Join` of text and symbolic parts (or `${…}` inside a `Fn::Sub`). */
  toNode(value, loc, inSub) {
    if (!value.includes(MARK)) return { kind: "scalar", value, loc };
    const pieces = value.split(MARK);
    if (inSub) {
      const textValue = pieces.map((p, i) => i % 2 === 0 ? p : this.subText(this.symbols[Number(p)])).join("");
      return { kind: "scalar", value: textValue, loc };
    }
    const parts = pieces.flatMap((p, i) => {
      if (i % 2 === 0) return p === "" ? [] : [{ kind: "scalar", value: p, loc }];
      return [symbolNode(this.symbols[Number(p)], loc)];
    });
    if (parts.length === 1) return parts[0];
    return { kind: "map", entries: [{ key: "Fn::Join", keyLoc: loc, value: { kind: "seq", items: [{ kind: "scalar", value: "", loc }, { kind: "seq", items: parts, loc }], loc } }], loc };
  }
  subText(s) {
    return s.kind === "unknown" ? `\${EndpointGuard::Unknown(${s.reason.replace(/[{}]/g, "")})}` : `\${${s.name}}`;
  }
};
function symbolNode(s, loc) {
  const one = (key, value) => ({ kind: "map", entries: [{ key, keyLoc: loc, value }], loc });
  const str = (v) => ({ kind: "scalar", value: v, loc });
  if (s.kind === "unknown") return one(UNKNOWN_MARKER, str(s.reason));
  const dot = s.name.indexOf(".");
  if (s.kind === "ref" && dot > 0) return one("Fn::GetAtt", { kind: "seq", items: [str(s.name.slice(0, dot)), str(s.name.slice(dot + 1))], loc });
  return one("Ref", str(s.name));
}
function isWholeFallback(s, start, end) {
  let depth = 0;
  for (let i = 0; i < start; i++) {
    if (s.startsWith("${", i)) {
      depth++;
      i++;
    } else if (s[i] === "}" && depth > 0) depth--;
  }
  return depth > 0 && /,\s*$/.test(s.slice(0, start)) && /^\s*[,}]/.test(s.slice(end));
}
function innermost(s) {
  const start = s.lastIndexOf("${");
  if (start < 0) return void 0;
  const close = s.indexOf("}", start);
  if (close < 0) return void 0;
  return { start, end: close + 1, body: s.slice(start + 2, close) };
}
function splitFallbacks(body) {
  const out = [];
  let depth = 0;
  let quote;
  let cur = "";
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = void 0;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur.trim());
  return out.filter((c) => c !== "");
}

// src/engine/load/adapters/serverless/to-cloudformation.ts
var VPC_ACCESS_ROLE = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole";
var ROLE_PER_FUNCTION_PLUGIN = "serverless-iam-roles-per-function";
function serverlessToCloudFormation(source, ctx) {
  const vars = new ServerlessVariables(source, ctx);
  const doc = vars.resolveTree();
  const stage = vars.stage();
  const region = vars.region();
  const service = text(child(doc, "service")) ?? text(child(child(doc, "service"), "name")) ?? "service";
  const provider = child(doc, "provider");
  const loc = doc.loc;
  const sections = /* @__PURE__ */ new Map();
  for (const fragment of items(child(doc, "resources"))) {
    for (const section2 of entries(fragment)) {
      if (section2.value.kind === "map") sections.set(section2.key, [...sections.get(section2.key) ?? [], ...section2.value.entries]);
    }
  }
  const userResources = new Set((sections.get("Resources") ?? []).map((e) => e.key));
  const generated = [];
  const functions = items(child(doc, "functions")).flatMap((f) => entries(f));
  const providerVpc = child(provider, "vpc");
  const vpcConfigs = new Map(functions.map((f) => [f.key, vpcConfigOf(child(f.value, "vpc"), providerVpc, f.keyLoc)]));
  const anyVpc = [...vpcConfigs.values()].some((v) => v !== void 0);
  const perFunctionRoles = items(child(doc, "plugins")).some((p) => text(p) === ROLE_PER_FUNCTION_PLUGIN);
  const sharedStatements = [...items(child(child(child(provider, "iam"), "role"), "statements")), ...items(child(provider, "iamRoleStatements"))];
  const customRole = child(child(provider, "iam"), "role")?.kind === "scalar" ? child(child(provider, "iam"), "role") : child(provider, "role");
  const roleName = `${service}-${stage}-${region}-lambdaRole`;
  const executionRole = (name, statements, at2) => map(
    [
      ["Type", scalar("AWS::IAM::Role", at2)],
      [
        "Properties",
        map(
          [
            ["RoleName", scalar(name, at2)],
            ["ManagedPolicyArns", anyVpc ? seq([map([["Fn::Sub", scalar(VPC_ACCESS_ROLE, at2)]], at2)], at2) : void 0],
            [
              "Policies",
              statements.length > 0 ? seq([map([["PolicyName", scalar(`${name}-policy`, at2)], ["PolicyDocument", map([["Version", scalar("2012-10-17", at2)], ["Statement", seq(statements, at2)]], at2)]], at2)], at2) : void 0
            ]
          ],
          at2
        )
      ]
    ],
    at2
  );
  let needsSharedRole = false;
  for (const fn of functions) {
    const logicalId = `${normalizeName(fn.key)}LambdaFunction`;
    let role = roleReference(child(fn.value, "role") ?? customRole, userResources, fn.keyLoc);
    const ownStatements = items(child(fn.value, "iamRoleStatements"));
    if (!role && perFunctionRoles && ownStatements.length > 0) {
      const inherit = text(child(fn.value, "iamRoleStatementsInherit")) === "true";
      const id = `${normalizeName(fn.key)}IamRoleLambdaExecution`;
      generated.push({ key: id, keyLoc: fn.keyLoc, value: executionRole(`${service}-${stage}-${fn.key}-${region}-lambdaRole`, [...inherit ? sharedStatements : [], ...ownStatements], fn.keyLoc) });
      role = map([["Fn::GetAtt", seq([scalar(id, fn.keyLoc), scalar("Arn", fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    if (!role) {
      needsSharedRole = true;
      role = map([["Fn::GetAtt", seq([scalar("IamRoleLambdaExecution", fn.keyLoc), scalar("Arn", fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    generated.push({
      key: logicalId,
      keyLoc: fn.keyLoc,
      value: map(
        [
          ["Type", scalar("AWS::Lambda::Function", fn.keyLoc)],
          ["Condition", child(fn.value, "condition")],
          ["Metadata", map([[NAME_METADATA, scalar(fn.key, fn.keyLoc)]], fn.keyLoc)],
          ["Properties", map([["Role", role], ["VpcConfig", vpcConfigs.get(fn.key)]], fn.keyLoc)]
        ],
        fn.keyLoc
      )
    });
  }
  for (const fn of functions) generated.push(...pollerMappings(fn, `${normalizeName(fn.key)}LambdaFunction`));
  if (needsSharedRole) {
    const at2 = provider?.loc ?? loc;
    generated.unshift({ key: "IamRoleLambdaExecution", keyLoc: at2, value: executionRole(roleName, sharedStatements, at2) });
  }
  const overrides = [...sections.get("Resources") ?? [], ...sections.get("extensions") ?? []];
  const resources = mergeResources([...generated, ...sections.get("Resources") ?? []].filter((e, i, all) => all.findIndex((x) => x.key === e.key) === i), overrides);
  sections.set("Resources", resources);
  const section = (key) => {
    const all = sections.get(key) ?? [];
    return [key, all.length > 0 ? { kind: "map", entries: all, loc } : void 0];
  };
  const root = map(
    [["AWSTemplateFormatVersion", scalar("2010-09-09", loc)], section("Parameters"), section("Mappings"), section("Conditions"), section("Resources"), section("Outputs")],
    loc
  );
  return { root, region, notes: vars.notes, includes: vars.includedFiles(), commentSuppressions: vars.commentSuppressions };
}
function vpcConfigOf(own, provider, at2) {
  if (own?.kind === "scalar" && own.value === null) return void 0;
  const whole = own ?? provider;
  if (whole && isUnknownMarker(whole)) return whole;
  const pick2 = (key) => {
    const inherited = child(provider, key);
    return child(own, key) ?? (inherited && !isUnknownMarker(inherited) ? relocate(inherited, at2) : inherited);
  };
  const subnets = pick2("subnetIds");
  const groups = pick2("securityGroupIds");
  if (!subnets || !groups) return void 0;
  return map([["SubnetIds", subnets], ["SecurityGroupIds", groups]], own?.loc ?? at2);
}
function mergeResources(resources, overrides) {
  return resources.map((r) => {
    let value = r.value;
    for (const o of overrides) if (o.key === r.key && o.value !== r.value) value = deepMerge(value, o.value);
    return value === r.value ? r : { ...r, value };
  });
}
function deepMerge(base, over) {
  if (base.kind !== "map" || over.kind !== "map" || isIntrinsic(over)) return over;
  const keys = new Set(over.entries.map((e) => e.key));
  return {
    ...base,
    entries: [
      ...base.entries.filter((e) => !keys.has(e.key)),
      ...over.entries.map((e) => {
        const b = child(base, e.key);
        return b ? { ...e, value: deepMerge(b, e.value) } : e;
      })
    ]
  };
}
function pollerMappings(fn, functionId) {
  return items(child(fn.value, "events")).flatMap((event, i) => {
    const kind = ["sqs", "stream", "msk"].find((k) => child(event, k) !== void 0);
    if (!kind) return [];
    const spec = child(event, kind);
    const arn = spec.kind === "map" ? child(spec, "arn") : spec;
    if (!arn) return [];
    const at2 = spec.loc;
    const props = map([["FunctionName", map([["Ref", scalar(functionId, at2)]], at2)], ["EventSourceArn", arn]], at2);
    return [{ key: `${functionId}EventSourceMapping${i}`, keyLoc: at2, value: map([["Type", scalar("AWS::Lambda::EventSourceMapping", at2)], ["Properties", props]], at2) }];
  });
}
function roleReference(role, resources, at2) {
  if (!role) return void 0;
  const name = text(role);
  if (name !== void 0 && resources.has(name)) return map([["Fn::GetAtt", seq([scalar(name, at2), scalar("Arn", at2)], at2)]], at2);
  return role;
}
function normalizeName(name) {
  const replaced = name.replace(/-/g, "Dash").replace(/_/g, "Underscore");
  return replaced.charAt(0).toUpperCase() + replaced.slice(1);
}

// src/engine/load/adapters/terraform/to-cloudformation.ts
import { dirname as dirname4 } from "node:path";

// src/engine/load/adapters/terraform/values.ts
var LINK = /^(vpc_id|subnet_ids?|subnets|security_group_ids?|vpc_security_group_ids|security_groups|route_table_ids?|gateway_id|nat_gateway_id|transit_gateway_id|vpc_endpoint_id|egress_only_gateway_id|vpc_peering_connection_id|role|referenced_security_group_id|source_security_group_id|policy_arn|network_interface_id)$/;
var LIST = /(_ids|security_groups|subnets)$/;
var RESOURCE_REFERENCE = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?(?:\.([a-z0-9_]+))?/;
var MAX_HOPS = 32;
var MAX_STEPS = 2e5;
var PlanValues = class {
  constructor(instances, modules) {
    this.instances = instances;
    this.modules = modules;
  }
  instances;
  modules;
  steps = 0;
  /** `source`: where planned values, `after_unknown` and expressions are read (a resource, or one of its blocks). */
  attribute(source, path, loc) {
    const planned = at(source.values, path);
    const unknown2 = at(source.afterUnknown, path);
    const expression = at(source.expressions, path);
    const afterApply = knownOnlyAfterApply(unknown2);
    if (planned !== void 0 && !(planned.kind === "scalar" && planned.value === null) && !afterApply) return planned;
    if (!afterApply || expression === void 0) return void 0;
    return this.fromReferences(path.at(-1) ?? "", planned, this.references(expression, source.modulePrefix), loc);
  }
  /** The value of an attribute known only after apply, from what its expression references. */
  fromReferences(name, planned, references2, loc) {
    const resources = references2.flatMap((x) => x.kind === "resource" ? [x.ref] : []);
    const others = references2.flatMap((x) => x.kind === "other" ? [x.name] : []);
    if (LINK.test(name) && resources.length > 0 && others.length === 0) {
      const linked = resources.flatMap((ref) => this.targets(ref, loc));
      const known = planned?.kind === "seq" ? planned.items.filter((i) => !(i.kind === "scalar" && i.value === null)) : [];
      if (LIST.test(name)) return seq([...known, ...linked], loc);
      if (linked.length === 1) return linked[0];
    }
    const named = [...resources.map((x) => `${x.block}${x.index ?? ""}${x.attribute ? `.${x.attribute}` : ""}`), ...others];
    const why = named.length > 0 ? `${named.join(", ")} ${named.length === 1 ? "is" : "are"} known only after apply` : "known only after apply";
    return map([[UNKNOWN_MARKER, scalar(why, loc)]], loc);
  }
  /**
   * The references of an expression, each target once and the most specific form only (`aws_iam_role.fn.arn`, not
   * also `aws_iam_role.fn`); module outputs and input variables followed to what they stand for.
   */
  references(expression, modulePrefix, hops = 0) {
    const names = [...new Set(collectReferences(expression))];
    const prefixes = /* @__PURE__ */ new Set();
    for (const n of names) {
      const parts = n.split(".");
      for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join("."));
    }
    const specific = names.filter((n) => !prefixes.has(n));
    const out = [];
    for (const name of specific) out.push(...this.resolve(name, modulePrefix, hops));
    const seen = /* @__PURE__ */ new Set();
    return out.filter((x) => {
      const key = x.kind === "resource" ? `${x.ref.block}${x.ref.index ?? ""}` : x.name;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  resolve(name, modulePrefix, hops) {
    const other = [{ kind: "other", name: `${modulePrefix}${name}` }];
    if (hops > MAX_HOPS || ++this.steps > MAX_STEPS) return other;
    const output = /^module\.([^.[\]]+)\.([^.[\]]+)/.exec(name);
    if (output) {
      const inner = `${modulePrefix}module.${output[1]}.`;
      const expression = child(child(child(this.modules.get(inner)?.config, "outputs"), output[2]), "expression");
      return expression ? this.references(expression, inner, hops + 1) : other;
    }
    const variable2 = /^var\.([^.[\]]+)/.exec(name);
    const module = this.modules.get(modulePrefix);
    if (variable2 && module?.call) {
      const expression = child(module.call, variable2[1]);
      return expression ? this.references(expression, module.parentPrefix, hops + 1) : other;
    }
    const root = name.split(".")[0];
    const m = RESOURCE_REFERENCE.exec(name);
    if (!m || ["var", "local", "module", "data", "path", "count", "each", "self", "terraform"].includes(root)) return ["path", "count", "each"].includes(root) ? [] : other;
    return [{ kind: "resource", ref: { block: `${modulePrefix}${m[1]}`, ...m[2] ? { index: m[2] } : {}, ...m[3] ? { attribute: m[3] } : {} } }];
  }
  /** The CloudFormation value a reference stands for: one node per instance it names. */
  targets(ref, loc) {
    const all = this.instances.get(ref.block) ?? [];
    const chosen = ref.index !== void 0 ? all.filter((a) => a === `${ref.block}${ref.index}`) : all;
    return chosen.map((id) => reference(id, ref.attribute, loc));
  }
};
function reference(id, attribute, loc) {
  if (attribute === void 0 || attribute === "id" || attribute === "name") return map([["Ref", scalar(id, loc)]], loc);
  return map([["Fn::GetAtt", seq([scalar(id, loc), scalar(pascal(attribute), loc)], loc)]], loc);
}
function pascal(name) {
  return name.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function collectReferences(node) {
  if (node === void 0) return [];
  if (node.kind === "seq") return node.items.flatMap(collectReferences);
  if (node.kind !== "map") return [];
  const own = items(child(node, "references")).map((r) => text(r) ?? "");
  return [...own, ...node.entries.filter((e) => e.key !== "references").flatMap((e) => collectReferences(e.value))];
}
function knownOnlyAfterApply(unknown2) {
  return unknown2 !== void 0 && JSON.stringify(toPlain(unknown2)).includes("true");
}
function at(node, path) {
  let current = node;
  for (const key of path) {
    if (current?.kind === "seq") current = current.items[0];
    current = child(current, key);
  }
  return current;
}

// src/engine/load/adapters/terraform/blocks.ts
function nestedBlocks(r, name, values2, loc) {
  const planned = child(r.values, name);
  const unknown2 = child(r.afterUnknown, name);
  if (unknown2?.kind === "scalar" && unknown2.value === true) {
    if (child(r.expressions, name) === void 0) return [];
    return map([[UNKNOWN_MARKER, scalar(`the ${name} blocks are known only after apply`, loc)]], loc);
  }
  const unknownItems = items(unknown2);
  const slots = items(planned).flatMap((_, i) => unknownFields(unknownItems[i]).map((field2) => `${i}:${field2}`));
  const references2 = values2.references(child(r.expressions, name), r.modulePrefix);
  return items(planned).map((block, i) => ({
    planned: block,
    field: (field2) => {
      const value = child(block, field2);
      if (!unknownFields(unknownItems[i]).includes(field2)) return value === void 0 || value.kind === "scalar" && value.value === null ? void 0 : value;
      return values2.fromReferences(field2, value, slots.length === 1 ? references2 : [{ kind: "other", name: `${field2} of a ${name} block` }], loc);
    }
  }));
}
function unknownFields(unknown2) {
  if (unknown2?.kind !== "map") return [];
  return unknown2.entries.filter((e) => knownOnlyAfterApply(e.value)).map((e) => e.key);
}

// src/engine/load/adapters/terraform/nested-blocks.ts
function inlineRules(r, values2, blockLoc, loc) {
  if (r.type !== "aws_security_group") return [];
  return ["ingress", "egress"].map((direction) => {
    const key = direction === "ingress" ? "SecurityGroupIngress" : "SecurityGroupEgress";
    const blocks = nestedBlocks(r, direction, values2, loc);
    if (!Array.isArray(blocks)) return [key, blocks];
    return [key, seq(blocks.flatMap((block) => ruleItems(block, direction, r.address, blockLoc(direction, block))), loc)];
  });
}
function ruleItems(block, direction, self, loc) {
  const at2 = (name) => {
    const v = block.field(name);
    return v ? relocate(v, loc) : void 0;
  };
  const base = [
    ["IpProtocol", at2("protocol")],
    ["FromPort", at2("from_port")],
    ["ToPort", at2("to_port")]
  ];
  return rulePeers(at2, direction, "security_groups", map([["Ref", scalar(self, loc)]], loc)).map(([key, value]) => map([...base, [key, value]], loc));
}
function rulePeers(field2, direction, groupsField, self) {
  const peer = direction === "ingress" ? "Source" : "Destination";
  const each = (name, key) => items(field2(name)).map((c) => [key, c]);
  const selfRef = field2("self");
  return [
    ...each("cidr_blocks", "CidrIp"),
    ...each("ipv6_cidr_blocks", "CidrIpv6"),
    ...each("prefix_list_ids", `${peer}PrefixListId`),
    ...each(groupsField, `${peer}SecurityGroupId`),
    ...selfRef?.kind === "scalar" && selfRef.value === true && self ? [[`${peer}SecurityGroupId`, self]] : []
  ];
}
function inlineRoutes(r, values2, blockLoc, loc) {
  if (r.type !== "aws_route_table") return [];
  const blocks = nestedBlocks(r, "route", values2, loc);
  if (!Array.isArray(blocks)) return [];
  return blocks.map((block, i) => {
    const at2 = blockLoc("route", block);
    const field2 = (name) => {
      const v = block.field(name);
      return v && !(v.kind === "scalar" && v.value === "") ? relocate(v, at2) : void 0;
    };
    const properties = map(
      [
        ["RouteTableId", map([["Ref", scalar(r.address, at2)]], at2)],
        ["DestinationCidrBlock", field2("cidr_block")],
        ["DestinationIpv6CidrBlock", field2("ipv6_cidr_block")],
        ["GatewayId", field2("gateway_id")],
        ["NatGatewayId", field2("nat_gateway_id")],
        ["TransitGatewayId", field2("transit_gateway_id")],
        ["VpcEndpointId", field2("vpc_endpoint_id")],
        ["EgressOnlyInternetGatewayId", field2("egress_only_gateway_id")],
        ["VpcPeeringConnectionId", field2("vpc_peering_connection_id")]
      ],
      at2
    );
    return [`${r.address}.route[${i}]`, map([["Type", scalar("AWS::EC2::Route", at2)], ["Properties", properties]], at2)];
  });
}

// src/engine/load/adapters/terraform/extras.ts
var ENDPOINT_ASSOCIATIONS = /* @__PURE__ */ new Map([
  ["aws_vpc_endpoint_route_table_association", ["route_table_id", "RouteTableIds"]],
  ["aws_vpc_endpoint_subnet_association", ["subnet_id", "SubnetIds"]],
  ["aws_vpc_endpoint_security_group_association", ["security_group_id", "SecurityGroupIds"]]
]);
var Extras = class {
  out = [];
  folds = [];
  collect(r, get, loc) {
    if (r.type === "aws_security_group_rule") this.securityGroupRule(r, get, loc);
    else if (r.type === "aws_vpc_endpoint_policy") this.endpointPolicy(r, get);
    else if (r.type === "aws_iam_role_policy_attachment") this.attachment(r, get);
    else if (ENDPOINT_ASSOCIATIONS.has(r.type)) this.endpointAssociation(ENDPOINT_ASSOCIATIONS.get(r.type), get);
  }
  /** An `aws_vpc_endpoint_*_association`: one more route table, subnet or security group on the endpoint. */
  endpointAssociation([attribute, property], get) {
    const endpoint = refTarget(get("vpc_endpoint_id"));
    const value = get(attribute);
    if (endpoint && value) this.folds.push((resources) => appendProperty(resources, endpoint, property, value));
  }
  resources() {
    return this.out;
  }
  securityGroupRule(r, get, loc) {
    const direction = text(get("type")) === "egress" ? "egress" : "ingress";
    const peers = rulePeers(get, direction, "source_security_group_id", get("security_group_id"));
    peers.forEach(([key, value], i) => {
      const properties = map([["GroupId", get("security_group_id")], ["IpProtocol", get("protocol")], ["FromPort", get("from_port")], ["ToPort", get("to_port")], [key, value]], loc);
      const type = direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
      const id = peers.length === 1 ? r.address : `${r.address}#${i + 1}`;
      this.out.push([id, map([["Type", scalar(type, loc)], ["Metadata", map([[NAME_METADATA, scalar(r.address, loc)]], loc)], ["Properties", properties]], loc)]);
    });
  }
  endpointPolicy(r, get) {
    const endpoint = refTarget(get("vpc_endpoint_id"));
    const policy = get("policy");
    if (endpoint && policy) this.folds.push((resources) => setProperty2(resources, endpoint, "PolicyDocument", policy));
  }
  /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
  attachment(r, get) {
    const role = get("role");
    const arn = get("policy_arn");
    if (!role || !arn) return;
    const policy = getAttTarget(arn);
    const roleId = refTarget(role);
    if (policy) this.folds.push((resources) => appendProperty(resources, policy, "Roles", role));
    else if (roleId) this.folds.push((resources) => appendProperty(resources, roleId, "ManagedPolicyArns", arn));
  }
  /** Applies what other resources add to the mapped ones. */
  fold(resources) {
    for (const f of this.folds) f(resources);
  }
};
function refTarget(node) {
  return node?.kind === "map" && node.entries.length === 1 && node.entries[0].key === "Ref" ? text(node.entries[0].value) : void 0;
}
function getAttTarget(node) {
  const getAtt = node?.kind === "map" && node.entries.length === 1 && node.entries[0].key === "Fn::GetAtt" ? node.entries[0].value : void 0;
  return getAtt?.kind === "seq" ? text(getAtt.items[0]) : void 0;
}
function setProperty2(resources, id, key, value) {
  const i = indexOf(resources, id);
  const resource = resources[i]?.[1];
  const properties = child(resource, "Properties");
  if (!resource || resource.kind !== "map" || properties?.kind !== "map") return;
  resources[i] = [id, withEntry(resource, "Properties", withEntry(properties, key, value))];
}
var positions = /* @__PURE__ */ new WeakMap();
function indexOf(resources, id) {
  let index = positions.get(resources);
  if (!index) positions.set(resources, index = new Map(resources.map(([k], i) => [k, i])));
  return index.get(id) ?? -1;
}
function appendProperty(resources, id, key, value) {
  const properties = child(resources[indexOf(resources, id)]?.[1], "Properties");
  const existing = items(child(properties, key));
  setProperty2(resources, id, key, seq([...existing, value], value.loc));
}

// src/engine/load/adapters/terraform/mappings.ts
var rule = (direction) => ({
  type: direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress",
  properties: (get) => [
    ["GroupId", get("security_group_id")],
    ["IpProtocol", get("ip_protocol")],
    ["FromPort", get("from_port")],
    ["ToPort", get("to_port")],
    ["CidrIp", get("cidr_ipv4")],
    ["CidrIpv6", get("cidr_ipv6")],
    [direction === "ingress" ? "SourcePrefixListId" : "DestinationPrefixListId", get("prefix_list_id")],
    [direction === "ingress" ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", get("referenced_security_group_id")]
  ]
});
var MAPPINGS = {
  aws_vpc: {
    type: "AWS::EC2::VPC",
    properties: (get) => [
      ["CidrBlock", get("cidr_block")],
      ["EnableDnsSupport", get("enable_dns_support")],
      ["EnableDnsHostnames", get("enable_dns_hostnames")]
    ]
  },
  aws_subnet: {
    type: "AWS::EC2::Subnet",
    properties: (get) => [
      ["VpcId", get("vpc_id")],
      ["CidrBlock", get("cidr_block")],
      ["AvailabilityZone", get("availability_zone")]
    ]
  },
  aws_route_table: { type: "AWS::EC2::RouteTable", properties: (get) => [["VpcId", get("vpc_id")]] },
  aws_route: { type: "AWS::EC2::Route", properties: (get) => routeProperties(get) },
  aws_route_table_association: {
    type: "AWS::EC2::SubnetRouteTableAssociation",
    properties: (get) => [
      ["SubnetId", get("subnet_id")],
      ["RouteTableId", get("route_table_id")]
    ]
  },
  aws_internet_gateway: { type: "AWS::EC2::InternetGateway", properties: () => [] },
  aws_nat_gateway: { type: "AWS::EC2::NatGateway", properties: (get) => [["SubnetId", get("subnet_id")]] },
  aws_security_group: {
    type: "AWS::EC2::SecurityGroup",
    noDefaultEgress: true,
    properties: (get) => [
      ["GroupDescription", get("description")],
      ["VpcId", get("vpc_id")]
    ]
  },
  aws_vpc_security_group_ingress_rule: rule("ingress"),
  aws_vpc_security_group_egress_rule: rule("egress"),
  aws_vpc_endpoint: {
    type: "AWS::EC2::VPCEndpoint",
    properties: (get) => [
      ["VpcId", get("vpc_id")],
      ["ServiceName", get("service_name")],
      ["VpcEndpointType", get("vpc_endpoint_type")],
      ["PrivateDnsEnabled", get("private_dns_enabled")],
      ["SubnetIds", get("subnet_ids")],
      ["SecurityGroupIds", get("security_group_ids")],
      ["RouteTableIds", get("route_table_ids")],
      ["PolicyDocument", get("policy")]
    ]
  },
  aws_lambda_function: {
    type: "AWS::Lambda::Function",
    properties: (get) => {
      const subnets = get("vpc_config", "subnet_ids");
      const groups = get("vpc_config", "security_group_ids");
      const config = subnets || groups ? map([["SubnetIds", subnets], ["SecurityGroupIds", groups]], (subnets ?? groups).loc) : void 0;
      return [
        ["Role", get("role")],
        ["VpcConfig", config]
      ];
    }
  },
  aws_iam_role: {
    type: "AWS::IAM::Role",
    properties: (get) => {
      const inline = get("inline_policy");
      const policies = inline?.kind === "seq" ? seq(inline.items.filter((b) => child(b, "policy") !== void 0).map((b) => map([["PolicyName", child(b, "name")], ["PolicyDocument", child(b, "policy")]], b.loc)), inline.loc) : inline;
      return [
        ["AssumeRolePolicyDocument", get("assume_role_policy")],
        ["ManagedPolicyArns", get("managed_policy_arns")],
        ["Policies", policies]
      ];
    }
  },
  aws_iam_role_policy: {
    type: "AWS::IAM::Policy",
    properties: (get) => {
      const role = get("role");
      return [
        ["PolicyName", get("name")],
        ["PolicyDocument", get("policy")],
        ["Roles", role ? seq([role], role.loc) : void 0]
      ];
    }
  },
  aws_iam_policy: { type: "AWS::IAM::ManagedPolicy", properties: (get) => [["PolicyDocument", get("policy")]] },
  // What functions call and endpoints serve: resources in the template, so that their ARNs are specific resources.
  aws_sqs_queue: { type: "AWS::SQS::Queue", properties: () => [] },
  aws_sns_topic: { type: "AWS::SNS::Topic", properties: () => [] },
  aws_dynamodb_table: { type: "AWS::DynamoDB::Table", properties: () => [] },
  aws_s3_bucket: { type: "AWS::S3::Bucket", properties: () => [] },
  aws_kms_key: { type: "AWS::KMS::Key", properties: () => [] },
  aws_secretsmanager_secret: { type: "AWS::SecretsManager::Secret", properties: () => [] },
  aws_db_instance: { type: "AWS::RDS::DBInstance", properties: (get) => [["VPCSecurityGroups", get("vpc_security_group_ids")], ["Port", get("port")], ["Engine", get("engine")]] },
  aws_lb: {
    type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    properties: (get) => {
      const internal = get("internal");
      return [
        ["Scheme", internal?.kind === "scalar" && internal.value === true ? scalar("internal", internal.loc) : void 0],
        ["SecurityGroups", get("security_groups")],
        ["Subnets", get("subnets")]
      ];
    }
  }
};
function routeProperties(get) {
  return [
    ["RouteTableId", get("route_table_id")],
    ["DestinationCidrBlock", get("destination_cidr_block")],
    ["DestinationIpv6CidrBlock", get("destination_ipv6_cidr_block")],
    ["GatewayId", get("gateway_id")],
    ["NatGatewayId", get("nat_gateway_id")],
    ["TransitGatewayId", get("transit_gateway_id")],
    ["VpcEndpointId", get("vpc_endpoint_id")],
    ["EgressOnlyInternetGatewayId", get("egress_only_gateway_id")],
    ["VpcPeeringConnectionId", get("vpc_peering_connection_id")]
  ];
}

// src/engine/load/adapters/terraform/plan.ts
function moduleConfigs(root) {
  const out = /* @__PURE__ */ new Map();
  const visit2 = (config, prefix, call, parentPrefix) => {
    if (out.size > 1e4) return;
    out.set(prefix, { config, call, parentPrefix });
    for (const c of entries(child(config, "module_calls"))) {
      visit2(child(c.value, "module"), `${prefix}module.${c.key}.`, child(c.value, "expressions"), prefix);
    }
  };
  visit2(child(child(root, "configuration"), "root_module"), "", void 0, "");
  return out;
}
function configOf(modules, prefix) {
  return modules.get(prefix.replace(/\[[^\]]*\]/g, ""));
}
function plannedResources(root, modules) {
  const changes = new Map(items(child(root, "resource_changes")).map((c) => [text(child(c, "address")) ?? "", child(child(c, "change"), "after_unknown")]));
  const out = [];
  const visit2 = (module, prefix) => {
    const config = configOf(modules, prefix)?.config;
    const blocks = new Map(items(child(config, "resources")).map((c) => [text(child(c, "address")) ?? "", c]));
    for (const r of items(child(module, "resources"))) {
      if (text(child(r, "mode")) !== "managed") continue;
      const address = text(child(r, "address")) ?? "";
      const blockAddress = `${text(child(r, "type"))}.${text(child(r, "name"))}`;
      const block = blocks.get(blockAddress);
      out.push({
        address,
        type: text(child(r, "type")) ?? "",
        blockAddress,
        modulePrefix: prefix,
        values: child(r, "values"),
        afterUnknown: changes.get(address),
        expressions: child(block, "expressions"),
        loc: entry(r, "address")?.keyLoc ?? r.loc
      });
    }
    for (const m of items(child(module, "child_modules"))) visit2(m, `${text(child(m, "address")) ?? ""}.`);
  };
  visit2(child(child(root, "planned_values"), "root_module"), "");
  return out;
}
function isTerraformPlan(root) {
  return root.kind === "map" && entry(root, "format_version") !== void 0 && entry(root, "planned_values") !== void 0;
}

// src/engine/load/adapters/terraform/tf-source.ts
import { readdirSync } from "node:fs";
import { join as join4 } from "node:path";
var MAX_MATCHED_BLOCKS = 64;
var RESOURCE = /^(\s*)resource\s+"([^"]+)"\s+"([^"]+)"\s*\{/;
var TerraformSources = class {
  blocks = /* @__PURE__ */ new Map();
  nested = /* @__PURE__ */ new Map();
  commentSuppressions = [];
  files = [];
  constructor(folder) {
    let names;
    try {
      names = readdirSync(folder).filter((n) => n.endsWith(".tf")).sort();
    } catch {
      return;
    }
    const home = realPath(folder);
    for (const name of names) {
      const file = join4(folder, name);
      const real = realPath(file);
      if (!home || !real || !isInside(home, real)) continue;
      const read = readRegularFile(file);
      if (!read.ok) continue;
      const text2 = read.bytes.toString("utf8");
      this.files.push(file);
      this.commentSuppressions.push(...commentSuppressions(text2, file));
      this.index(file, text2.split(/\r?\n/));
    }
  }
  index(file, lines) {
    lines.forEach((line, i) => {
      const m = RESOURCE.exec(line);
      if (!m) return;
      this.blocks.set(`${m[2]}.${m[3]}`, { file, line: i + 1, column: m[1].length + 1, end: blockEnd(lines, i), lines });
    });
  }
  /** The `resource` block of a root-module address (`aws_vpc.main`), or undefined. */
  blockLoc(blockAddress) {
    const b = this.blocks.get(blockAddress);
    return b ? { line: b.line, column: b.column, file: b.file } : void 0;
  }
  /**
   * The line of the nested block `name {` of a resource whose text holds most of the given planned values (the plan
   * lists a set's blocks in its own order, not the file's). Past a few dozen blocks, the first one stands for all:
   * matching each of n planned blocks against n written ones would cost n².
   */
  nestedLoc(blockAddress, name, planned) {
    const written = this.nestedBlocks(blockAddress, name);
    if (written.length <= 1 || written.length > MAX_MATCHED_BLOCKS) return written[0]?.loc;
    const forms = writtenForms(planned).slice(0, MAX_MATCHED_BLOCKS);
    let best;
    for (const { loc, body } of written) {
      const score = forms.filter((f) => body.includes(f)).length;
      if (!best || score > best.score) best = { loc, score };
    }
    return best?.loc;
  }
  /** The nested blocks `name {` of a resource, with their text: found once per resource and name. */
  nestedBlocks(blockAddress, name) {
    const key = `${blockAddress}\0${name}`;
    const cached = this.nested.get(key);
    if (cached) return cached;
    const b = this.blocks.get(blockAddress);
    const found = [];
    const pattern2 = new RegExp(`^(\\s*)${name}\\s*\\{`);
    for (let i = b?.line ?? 0; b && i < b.end; i++) {
      const m = pattern2.exec(b.lines[i]);
      if (!m) continue;
      const end = blockEnd(b.lines, i);
      found.push({ loc: { line: i + 1, column: m[1].length + 1, file: b.file }, body: b.lines.slice(i, end).join("\n") });
      i = end - 1;
    }
    this.nested.set(key, found);
    return found;
  }
  /** The line of `name = …` or `name {` inside the block (its first nested occurrence for `vpc_config.subnet_ids`). */
  attributeLoc(blockAddress, path) {
    const b = this.blocks.get(blockAddress);
    if (!b) return void 0;
    let from = b.line;
    let found;
    for (const name of path) {
      const pattern2 = new RegExp(`^(\\s*)${name}\\s*(=|\\{)`);
      let hit;
      for (let i = from; i < b.end && !hit; i++) {
        const m = pattern2.exec(b.lines[i]);
        if (m) hit = { line: i + 1, column: m[1].length + 1, file: b.file };
      }
      if (!hit) break;
      found = hit;
      from = hit.line;
    }
    return found;
  }
};
function writtenForms(planned) {
  if (Array.isArray(planned)) return planned.flatMap(writtenForms);
  if (planned !== null && typeof planned === "object") return Object.values(planned).flatMap(writtenForms);
  if (typeof planned === "string" && planned !== "") return [JSON.stringify(planned)];
  return typeof planned === "number" && planned !== 0 ? [String(planned)] : [];
}
function blockEnd(lines, start) {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const code = lines[i].replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
    for (const ch of code) {
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
    }
    if (depth <= 0 && (i > start || code.includes("}"))) return i + 1;
  }
  return lines.length;
}

// src/engine/load/adapters/terraform/to-cloudformation.ts
function terraformPlanToCloudFormation(planRoot, file) {
  const modules = moduleConfigs(planRoot);
  const resources = plannedResources(planRoot, modules);
  const sources = new TerraformSources(dirname4(file));
  const instances = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const block = `${r.modulePrefix}${r.blockAddress}`;
    const list = instances.get(block);
    if (list) list.push(r.address);
    else instances.set(block, [r.address]);
  }
  const values2 = new PlanValues(instances, modules);
  const entries2 = [];
  const extra = new Extras();
  for (const r of resources) {
    const loc = (r.modulePrefix === "" ? sources.blockLoc(r.blockAddress) : void 0) ?? r.loc;
    const get = (...path) => {
      const attrLoc = (r.modulePrefix === "" ? sources.attributeLoc(r.blockAddress, path) : void 0) ?? (loc.file ? loc : at(r.values, path)?.loc ?? loc);
      const v = values2.attribute(r, path, attrLoc);
      return v && loc.file ? relocate(v, attrLoc) : v;
    };
    const blockLoc = (name, block) => (r.modulePrefix === "" ? sources.nestedLoc(r.blockAddress, name, toPlain(block.planned)) : void 0) ?? (loc.file ? loc : block.planned.loc);
    extra.collect(r, get, loc);
    const mapping = Object.hasOwn(MAPPINGS, r.type) ? MAPPINGS[r.type] : void 0;
    if (!mapping) continue;
    entries2.push([r.address, resourceNode(r, mapping, get, values2, blockLoc, loc)], ...inlineRoutes(r, values2, blockLoc, loc));
  }
  entries2.push(...extra.resources());
  extra.fold(entries2);
  const region = regionOf(planRoot);
  const root = map([["Resources", map(entries2, planRoot.loc)]], planRoot.loc);
  return { root, region, notes: [], includes: sources.files, commentSuppressions: sources.commentSuppressions };
}
function resourceNode(r, mapping, get, values2, blockLoc, loc) {
  const metadata = map(
    [
      [NAME_METADATA, scalar(r.address, loc)],
      [NO_DEFAULT_EGRESS, mapping.noDefaultEgress ? scalar(true, loc) : void 0]
    ],
    loc
  );
  const properties = [...mapping.properties(get, r), ...inlineRules(r, values2, blockLoc, loc)];
  return map(
    [
      ["Type", scalar(mapping.type, loc)],
      ["Metadata", metadata],
      ["Properties", map(properties, loc)]
    ],
    loc
  );
}
function regionOf(planRoot) {
  const providers = child(child(planRoot, "configuration"), "provider_config");
  const aws = child(providers, "aws");
  const region = child(child(child(aws, "expressions"), "region"), "constant_value");
  return text(region);
}

// src/engine/load/adapters/index.ts
function toCloudFormation(doc, options = {}) {
  switch (doc.kind) {
    case "cloudformation": {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case "sam": {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      const sam = samToCloudFormation(expanded.root);
      return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case "terraform-plan": {
      const t = terraformPlanToCloudFormation(doc.root, doc.file);
      return { root: t.root, pseudo: t.region ? { "AWS::Region": t.region } : {}, notes: t.notes, includes: t.includes, commentSuppressions: t.commentSuppressions };
    }
    case "serverless": {
      const s = serverlessToCloudFormation(doc.root, { file: doc.file, options, ...options.env ? { env: options.env } : {}, ...options.root ? { root: options.root } : {} });
      return { root: s.root, pseudo: { "AWS::Region": s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
    }
  }
}

// src/engine/load/discover.ts
import { lstatSync, readdirSync as readdirSync3, statSync as statSync4 } from "node:fs";
import { join as join6 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync as readdirSync2, realpath, realpathSync as realpathSync2, stat, statSync as statSync2 } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname5, normalize, relative as relative3, resolve as resolve2, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative3(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname5(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname5(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries2 = []) => {
    callback$1(entries2, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries2 = [];
  try {
    entries2 = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries2, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries2, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries2.length; ++i) {
      const entry2 = entries2[i];
      if (entry2.isFile() || entry2.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry2.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry2.isDirectory()) {
        let path = joinDirectoryPath(entry2.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry2.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry2.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry2.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry2.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname5(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern2, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan2 = import_picomatch.default.scan(pattern2);
  return scan2.isGlob || scan2.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern2, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern2;
  if (pattern2[pattern2.length - 1] === "/") result = pattern2.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern2 of options.ignore) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") ignorePatterns.push(normalizePattern(pattern2, options, props, true));
  }
  for (const pattern2 of patterns) {
    if (!pattern2) continue;
    if (pattern2[0] !== "!" || pattern2[1] === "(") matchPatterns.push(normalizePattern(pattern2, options, props, false));
    else if (pattern2[1] !== "!" || pattern2[2] === "(") ignorePatterns.push(normalizePattern(pattern2.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format2(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format2(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync2,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync2
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative5] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative5) : [];
}

// src/engine/load/cloud-assembly.ts
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";
import { basename as basename2, dirname as dirname6, join as join5 } from "node:path";
function isCloudAssembly(dir) {
  return existsSync2(join5(dir, "manifest.json")) && (basename2(dir) === "cdk.out" || isFile(join5(dir, "cdk.out")));
}
function isFile(path) {
  try {
    return statSync3(path).isFile();
  } catch {
    return false;
  }
}
var MANIFEST_SCHEMA = {
  type: "object",
  required: ["artifacts"],
  properties: {
    artifacts: {
      type: "object",
      additionalProperties: {
        type: "object",
        properties: {
          type: { type: "string" },
          environment: { type: "string" },
          properties: { type: "object", properties: { templateFile: { type: "string" }, directoryName: { type: "string" } } },
          metadata: { type: "object", additionalProperties: { type: "array", items: { type: "object", properties: { type: { type: "string" } } } } },
          additionalMetadataFile: { type: "string" }
        }
      }
    }
  }
};
function assemblyTemplates(dir, files = new ConfinedFiles(dir)) {
  const templates = [];
  const problems = [];
  const contexts = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const addTemplate = (file, listedIn, environment, paths) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = files.read(file);
    if (!read.ok && read.kind !== "missing") {
      problems.push({ file: listedIn, message: `names ${file}, which is not read: ${read.reason}` });
      return;
    }
    if (!read.ok) {
      problems.push({ file, message: `listed in ${listedIn} but missing: the cloud assembly is incomplete` });
      return;
    }
    templates.push(file);
    contexts.set(file, { constructPaths: paths.get(file) ?? /* @__PURE__ */ new Map(), ...environment });
    for (const nested of nestedTemplates(read)) addTemplate(join5(dirname6(file), nested), file, environment, paths);
  };
  const manifestFile = join5(dir, "manifest.json");
  const manifest = readManifest(manifestFile, files);
  if ("message" in manifest) return { templates, problems: [manifest], contexts };
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    if (artifact.type === "aws:cloudformation:stack" && artifact.properties?.templateFile) {
      const file = join5(dir, artifact.properties.templateFile);
      const metadata = { ...readMetadataFile(join5(dir, artifact.additionalMetadataFile ?? ""), artifact.additionalMetadataFile, files), ...artifact.metadata ?? {} };
      addTemplate(file, manifestFile, environmentOf(artifact.environment), pathsByTemplate(dir, file, metadata));
    }
    if (artifact.type === "cdk:cloud-assembly" && artifact.properties?.directoryName) {
      const nested = assemblyTemplates(join5(dir, artifact.properties.directoryName), files);
      for (const t of nested.templates.filter((t2) => !seen.has(t2))) {
        seen.add(t);
        templates.push(t);
        contexts.set(t, nested.contexts.get(t));
      }
      problems.push(...nested.problems);
    }
  }
  return { templates, problems, contexts };
}
function environmentOf(environment) {
  const m = /^aws:\/\/([^/]+)\/([^/]+)$/.exec(environment ?? "");
  if (!m) return {};
  return { .../^\d{12}$/.test(m[1]) ? { account: m[1] } : {}, ...m[2] !== "unknown-region" ? { region: m[2] } : {} };
}
function readMetadataFile(path, name, files) {
  if (!name) return {};
  const read = files.read(path);
  try {
    const data = read.ok ? JSON.parse(read.bytes.toString("utf8")) : {};
    return typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}
function pathsByTemplate(dir, stackTemplate, metadata) {
  const stacks = Object.entries(metadata).flatMap(([path, entries2]) => entries2.filter((e) => e.type === "aws:cdk:templateFile" && typeof e.data === "string").map((e) => [path, join5(dir, e.data)])).sort(([a], [b]) => b.length - a.length);
  const byTemplate = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const [path, entries2] of Object.entries(metadata)) {
    for (const e of entries2) {
      if (e.type !== "aws:cdk:logicalId" || typeof e.data !== "string") continue;
      const template = stacks.find(([stack]) => path.startsWith(`${stack}/`))?.[1] ?? stackTemplate;
      if (!byTemplate.has(template)) byTemplate.set(template, /* @__PURE__ */ new Map());
      const paths = byTemplate.get(template);
      const shown = path.replace(/^\//, "");
      if (paths.has(e.data) && paths.get(e.data) !== shown) ambiguous.add(`${template}\0${e.data}`);
      paths.set(e.data, shown);
    }
  }
  for (const key of ambiguous) {
    const [template, id] = key.split("\0");
    byTemplate.get(template).delete(id);
  }
  return byTemplate;
}
function readManifest(file, files) {
  const read = files.read(file);
  if (!read.ok) return { file, message: `cannot read the cloud assembly manifest: ${read.reason}` };
  let root;
  try {
    root = parseJson(file, read.bytes.toString("utf8"));
    return validateShape(file, root, MANIFEST_SCHEMA, "not a valid cloud assembly manifest");
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file, message: /^not a valid/.test(e.message) ? e.message : `cannot read the cloud assembly manifest: ${e.message}`, ...e.loc ? { line: e.loc.line, column: e.loc.column } : {} };
  }
}
function nestedTemplates(read) {
  if (!read.ok) return [];
  try {
    const template = JSON.parse(read.bytes.toString("utf8"));
    const resources = template?.Resources;
    if (typeof resources !== "object" || resources === null) return [];
    return Object.values(resources).filter((r) => typeof r === "object" && r !== null).filter((r) => r.Type === "AWS::CloudFormation::Stack").map((r) => r.Metadata?.["aws:asset:path"]).filter((p) => typeof p === "string" && p.endsWith(".json"));
  } catch {
    return [];
  }
}

// src/engine/load/read-template.ts
import { closeSync as closeSync2, constants as constants2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { basename as basename3, extname as extname2 } from "node:path";
var SERVERLESS_NAMES = /^serverless\.(ya?ml|json)$/i;
function looksLikeTemplate(file, text2) {
  return SERVERLESS_NAMES.test(basename3(file)) || /AWSTemplateFormatVersion/.test(text2) || /AWS::Serverless-2016-10-31/.test(text2) || /^["']?service["']?\s*:/m.test(text2) && /^\s*["']?provider["']?\s*:/m.test(text2) || /["']?Resources["']?\s*:/.test(text2) && /["']?Type["']?\s*:\s*["']?AWS::/.test(text2) || /"format_version"\s*:/.test(text2) && /"planned_values"\s*:/.test(text2);
}
function readTemplate(file, found = false) {
  const read = readRegularFile(file);
  if (!read.ok && read.kind === "too-large") return tooLarge(file);
  if (!read.ok) return error(file, read.reason);
  const bytes = read.bytes;
  if (bytes.includes(0)) return { status: "not-a-template", reason: "binary file (contains NUL bytes)" };
  const text2 = decodeUtf8(bytes);
  if (text2 === void 0) return { status: "not-a-template", reason: "binary file (not UTF-8 text)" };
  if (text2.trim() === "") return { status: "not-a-template", reason: "empty file" };
  const sniffed = looksLikeTemplate(file, text2);
  if (found && !sniffed) return { status: "not-a-template", reason: "no AWSTemplateFormatVersion, SAM Transform, Serverless service or Resources of AWS:: types" };
  try {
    const isJson = extname2(file).toLowerCase() === ".json" || /^\s*[{[]/.test(text2);
    const parsed = isJson ? { root: parseJson(file, text2), notes: [] } : parseYaml(file, text2);
    const result = classify2(file, parsed.root, parsed.notes, sniffed);
    if (result.status !== "template" || isJson) return result;
    return { status: "template", document: { ...result.document, commentSuppressions: commentSuppressions(text2, file) } };
  } catch (e) {
    const failure = e instanceof RangeError ? new InputError(file, "nested too deeply to read") : e;
    if (!(failure instanceof InputError)) throw e;
    return sniffed ? { status: "error", error: failure } : { status: "not-a-template", reason: failure.message, parseError: failure };
  }
}
function tooLarge(file) {
  const reason = `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`;
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync2(file, constants2.O_RDONLY | constants2.O_NONBLOCK);
  try {
    readSync2(fd, head, 0, head.length, 0);
  } finally {
    closeSync2(fd);
  }
  return looksLikeTemplate(file, head.toString("utf8")) ? error(file, reason) : { status: "not-a-template", reason };
}
function classify2(file, root, notes, sniffed) {
  if (root.kind !== "map") {
    return sniffed ? error(file, "not a template: the top level is not a mapping", root.loc) : { status: "not-a-template", reason: "the top level is not a mapping" };
  }
  if (isTerraformPlan(root)) return { status: "template", document: { file, kind: "terraform-plan", root, notes, commentSuppressions: [] } };
  if (SERVERLESS_NAMES.test(basename3(file)) || child(root, "service") && child(root, "provider")) {
    return { status: "template", document: { file, kind: "serverless", root, notes, commentSuppressions: [] } };
  }
  const resources = child(root, "Resources");
  const hasAwsTypes = resources?.kind === "map" && resources.entries.some((e) => String(toScalar(child(e.value, "Type")) ?? "").startsWith("AWS::"));
  const isCfn = hasAwsTypes || child(root, "AWSTemplateFormatVersion") !== void 0 || isSamTransform(child(root, "Transform"));
  if (!isCfn) return { status: "not-a-template", reason: "no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types" };
  if (resources === void 0) return error(file, "template has no Resources section", root.loc);
  if (resources.kind !== "map" || resources.entries.length === 0) return error(file, "Resources is empty or not a mapping", resources.loc);
  return { status: "template", document: { file, kind: isSamTransform(child(root, "Transform")) ? "sam" : "cloudformation", root, notes, commentSuppressions: [] } };
}
function isSamTransform(node) {
  if (!node) return false;
  if (node.kind === "scalar") return String(node.value).startsWith("AWS::Serverless");
  if (node.kind === "seq") return node.items.some(isSamTransform);
  return false;
}
function toScalar(node) {
  return node?.kind === "scalar" ? node.value : void 0;
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return void 0;
  }
}
function error(file, message, loc) {
  return { status: "error", error: new InputError(file, message, loc) };
}

// src/engine/load/discover.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);
var TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
function discover(paths, asScan = false) {
  const candidates = [];
  const missing = [];
  const problems = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file, explicit, stack) => {
    if (seen.has(file)) return;
    seen.add(file);
    candidates.push({ file, explicit, ...stack ? { stack } : {} });
  };
  const visitDir = (dir) => {
    if (isCloudAssembly(dir)) {
      const assembly = assemblyTemplates(dir);
      for (const t of assembly.templates) add(t, true, assembly.contexts.get(t));
      problems.push(...assembly.problems);
    } else walk(dir, (f) => add(f, false), visitDir, (file, reason) => skipped.push({ file, reason }), (file, message) => problems.push({ file, message }));
  };
  const skip = (file, reason) => skipped.push({ file, reason });
  for (const path of paths) {
    const link = asScan ? lstatOrUndefined(path) : void 0;
    const stat2 = statOrUndefined(path);
    if (link?.isSymbolicLink()) skip(path, SYMLINK);
    else if (stat2?.isDirectory()) visitDir(path);
    else if (stat2?.isFile()) add(path, !asScan);
    else if (stat2) problems.push({ file: path, message: SPECIAL });
    else if (isDynamicPattern(path)) {
      const matches = globSync(path, { ignore: ["**/node_modules/**", "**/.git/**"], dot: false, followSymbolicLinks: false }).sort();
      if (matches.length === 0) missing.push(path);
      for (const m of matches) {
        const kind = lstatOrUndefined(m);
        if (kind?.isSymbolicLink()) skip(m, SYMLINK);
        else if (kind?.isFile()) add(m, false);
        else skip(m, SPECIAL);
      }
    } else missing.push(path);
  }
  return { candidates, missing, problems, skipped };
}
var SYMLINK = "a symbolic link: not followed in scans";
var SPECIAL = "not a regular file (a device, FIFO or socket): not read";
function walk(dir, visit2, visitDir, skip, unreadable) {
  let entries2;
  try {
    entries2 = readdirSync3(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    unreadable(dir, `cannot read this directory (${e.code ?? e.message}): its templates are not checked`);
    return;
  }
  const hasServerlessFile = entries2.some((e) => e.isFile() && SERVERLESS_NAMES.test(e.name));
  for (const e of entries2) {
    const full = join6(dir, e.name);
    if (e.isSymbolicLink()) skip(full, SYMLINK);
    else if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name)) skip(full, "a directory never scanned");
      else if (e.name === ".serverless" && hasServerlessFile) skip(full, "the framework's output of the serverless.yml beside it");
      else visitDir(full);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.test(e.name)) visit2(full);
    else if (e.isFile()) skip(full, "not a template file name (.yaml, .yml, .json, .template)");
    else skip(full, SPECIAL);
  }
}
function statOrUndefined(path) {
  try {
    return statSync4(path);
  } catch {
    return void 0;
  }
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}

// src/engine/model/coerce.ts
function whyUnknown(v) {
  return v.kind === "unknown" ? v.reason : `${display(v)} is not known before deployment`;
}
function booleanSetting(p, awsDefault) {
  if (p === void 0) return { state: "default", value: awsDefault };
  const { value: v, keyLoc: loc } = p;
  if (v.kind === "boolean") return { state: "set", value: v.value, loc };
  const s = knownString(v)?.toLowerCase();
  if (s === "true" || s === "false") return { state: "set", value: s === "true", loc };
  return { state: "unknown", reason: whyUnknown(v), loc };
}
function stringSetting(p, awsDefault) {
  if (p === void 0) return { state: "default", value: awsDefault };
  const s = knownString(p.value);
  return s === void 0 ? { state: "unknown", reason: whyUnknown(p.value), loc: p.keyLoc } : { state: "set", value: s, loc: p.keyLoc };
}
function knownText(v, absent) {
  if (v === void 0) return { known: false, reason: absent };
  const s = knownString(v);
  return s === void 0 ? { known: false, reason: whyUnknown(v) } : { known: true, value: s };
}
function knownNumber(v) {
  const s = knownString(v);
  const n = s === void 0 || s.trim() === "" ? NaN : Number(s);
  return Number.isFinite(n) ? { known: true, value: n } : { known: false, reason: whyUnknown(v) };
}
var PROTOCOL_NAMES = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6", all: "-1" };
function protocol(v, loc) {
  if (v === void 0) return { known: false, reason: `no IpProtocol at line ${loc.line}` };
  const s = knownString(v)?.trim().toLowerCase();
  if (s === void 0) return { known: false, reason: whyUnknown(v) };
  return { known: true, value: PROTOCOL_NAMES[s] ?? s };
}

// src/engine/model/targets.ts
var ENGINE_PORTS = [
  [/^(mysql|mariadb|aurora|aurora-mysql)$/, 3306],
  [/^(postgres|aurora-postgresql)$/, 5432],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 5e4],
  [/^(redis|valkey)$/, 6379],
  [/^memcached$/, 11211]
];
var KINDS = {
  "AWS::RDS::DBInstance": { kind: "database", groups: "VPCSecurityGroups" },
  "AWS::RDS::DBCluster": { kind: "database", groups: "VpcSecurityGroupIds" },
  "AWS::ElasticLoadBalancingV2::LoadBalancer": { kind: "load-balancer", groups: "SecurityGroups" },
  "AWS::ElastiCache::CacheCluster": { kind: "cache", groups: "VpcSecurityGroupIds" },
  "AWS::ElastiCache::ReplicationGroup": { kind: "cache", groups: "SecurityGroupIds" }
};
function privateTargets(views, groupList) {
  const listeners = listenerPorts(views);
  const targets = [];
  for (const r of views) {
    const facts = Object.hasOwn(KINDS, r.element.type) ? KINDS[r.element.type] : void 0;
    if (!facts) continue;
    if (r.element.type === "AWS::RDS::DBInstance" && r.prop("DBClusterIdentifier") !== void 0) continue;
    const scheme = knownText(r.prop("Scheme"), "internet-facing");
    if (facts.kind === "load-balancer" && !(scheme.known && scheme.value === "internal")) continue;
    const ports = facts.kind === "load-balancer" ? listeners.get(r.element.id) ?? { known: false, reason: "it has no listener in the template" } : portOf(r);
    targets.push({ ...r.element, kind: facts.kind, securityGroups: groupList(r.prop(facts.groups), r.propEntryLoc(facts.groups) ?? r.element.loc), ports });
  }
  return targets;
}
function portOf(r) {
  const port = r.prop("Port");
  if (port !== void 0) {
    const n = knownNumber(port);
    return n.known ? { known: true, value: [n.value] } : n;
  }
  const engine = knownText(r.prop("Engine"), "no Engine given");
  if (!engine.known) return engine;
  const match = ENGINE_PORTS.find(([pattern2]) => pattern2.test(engine.value.toLowerCase()));
  return match ? { known: true, value: [match[1]] } : { known: false, reason: `the default port of engine ${engine.value} is not known to endpoint-guard` };
}
function listenerPorts(views) {
  const out = /* @__PURE__ */ new Map();
  for (const r of views) {
    if (r.element.type !== "AWS::ElasticLoadBalancingV2::Listener") continue;
    const lb = r.prop("LoadBalancerArn");
    if (lb?.kind !== "ref") continue;
    const port = r.prop("Port");
    const n = port ? knownNumber(port) : { known: false, reason: "a listener has no Port" };
    const before = out.get(lb.target) ?? { known: true, value: [] };
    if (!before.known) continue;
    out.set(lb.target, n.known ? { known: true, value: [...before.value, n.value] } : n);
  }
  return out;
}

// src/engine/model/policy.ts
function policySetting(p) {
  if (p === void 0) return { state: "absent" };
  const v = p.value;
  if (v.kind !== "string" && v.kind !== "text") {
    if (v.kind !== "map") return { state: "unknown", reason: whyUnknown(v), loc: p.keyLoc };
    return { state: "set", document: policyDocument(v), loc: p.keyLoc };
  }
  const lines = v.loc.lines && v.loc.line === p.keyLoc.line && v.loc.file === p.keyLoc.file ? v.loc.lines : void 0;
  const doc = parseJsonText({ ...v, loc: lines ? { ...p.keyLoc, lines } : p.keyLoc });
  if (doc.kind !== "map") return { state: "unknown", reason: doc.kind === "unknown" ? doc.reason : whyUnknown(doc), loc: p.keyLoc };
  return { state: "set", document: policyDocument(doc), loc: p.keyLoc };
}
function policyDocument(doc) {
  const statement = field(doc, "Statement")?.value;
  const items2 = statement?.kind === "list" ? statement.items : statement ? [statement] : [];
  const statements = items2.flatMap((s, i) => s.kind === "map" ? [policyStatement(s, i + 1)] : []);
  return { statements, unreadable: items2.filter((s) => s.kind !== "map").map(whyUnknown) };
}
function policyStatement(s, position) {
  const get = (key) => {
    const e = field(s, key);
    return e ? { present: true, keyLoc: e.keyLoc, value: e.value } : { present: false };
  };
  const effect = field(s, "Effect")?.value;
  const effectName = effect && knownString(effect);
  const sid = knownString(field(s, "Sid")?.value);
  return {
    loc: s.loc,
    name: sid ? `statement "${sid}"` : `statement ${position}`,
    effect: effectName !== void 0 ? { known: true, value: effectName } : { known: false, reason: effect ? whyUnknown(effect) : "no Effect" },
    principal: get("Principal"),
    notPrincipal: get("NotPrincipal"),
    action: get("Action"),
    notAction: get("NotAction"),
    resource: get("Resource"),
    notResource: get("NotResource"),
    condition: get("Condition")
  };
}
var MARK2 = "\uE000";
function parseJsonText(v) {
  const symbols = [];
  const source = v.kind === "string" ? v.value : v.parts.map((p) => p.kind === "text" ? p.text : `${MARK2}${symbols.push(p) - 1}${MARK2}`).join("");
  const errors = [];
  const tree = parseTree2(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = v.loc.lines;
  const { lines: _, ...at2 } = v.loc;
  const locate2 = lines ? lineLocator(source) : void 0;
  const locOf = (offset) => {
    if (!locate2 || !lines) return at2;
    const p = locate2(offset);
    return { ...at2, line: lines.first + p.line - 1, column: lines.indent + p.column };
  };
  const error2 = errors[0];
  if (error2 || !tree) {
    const what = error2 ? `${printParseErrorCode(error2.error)} at character ${error2.offset + 1}` : "no content";
    return { kind: "unknown", reason: `the policy string is not valid JSON (${what})`, loc: locOf(error2?.offset ?? 0) };
  }
  return fromJson(tree, symbols, locOf);
}
function fromJson(node, symbols, locOf) {
  const loc = locOf(node.offset);
  switch (node.type) {
    case "null":
      return { kind: "null", loc };
    case "array":
      return { kind: "list", items: (node.children ?? []).map((c) => fromJson(c, symbols, locOf)), loc };
    case "object": {
      const byKey = /* @__PURE__ */ new Map();
      for (const [k, value] of (node.children ?? []).map((p) => p.children ?? [])) {
        if (!k || !value) continue;
        const key = String(k.value);
        byKey.delete(key);
        byKey.set(key, { key, keyLoc: locOf(k.offset), value: fromJson(value, symbols, locOf) });
      }
      return { kind: "map", entries: [...byKey.values()], loc };
    }
    case "number":
      return { kind: "number", value: node.value, loc };
    case "boolean":
      return { kind: "boolean", value: node.value, loc };
    default: {
      const text2 = String(node.value);
      if (!text2.includes(MARK2)) return { kind: "string", value: text2, loc };
      const parts = text2.split(MARK2).map((piece, i) => i % 2 === 1 ? symbols[Number(piece)] : { kind: "text", text: piece });
      return fromParts(parts, loc);
    }
  }
}

// src/engine/model/build.ts
function buildModel(root, resolver, constructPaths = /* @__PURE__ */ new Map()) {
  const views = resourceViews(root, resolver, constructPaths);
  const typeOf = (id) => resolver.resourceTypes.get(id);
  const shells = (type) => {
    const m = /* @__PURE__ */ new Map();
    for (const v of views) if (v.element.type === type) m.set(v.element.id, { ...v.element });
    return m;
  };
  const vpcs = shells("AWS::EC2::VPC");
  const subnets = shells("AWS::EC2::Subnet");
  const routeTables = shells("AWS::EC2::RouteTable");
  const mainTables = /* @__PURE__ */ new Map();
  for (const vpc of vpcs.values()) {
    mainTables.set(vpc.id, {
      id: `${vpc.id}#main-route-table`,
      name: `main route table of ${vpc.name}`,
      type: "AWS::EC2::RouteTable",
      loc: vpc.loc,
      tags: /* @__PURE__ */ new Map(),
      suppressions: [],
      owner: vpc,
      vpc: { kind: "resource", target: vpc, loc: vpc.loc },
      main: true
    });
  }
  const igws = shells("AWS::EC2::InternetGateway");
  const groups = shells("AWS::EC2::SecurityGroup");
  for (const g of groups.values()) {
    g.vpcDefault = false;
    g.defaultEgress = true;
  }
  const defaultGroups = /* @__PURE__ */ new Map();
  for (const vpc of vpcs.values()) {
    const id = `${vpc.id}#default-security-group`;
    const group = { id, name: `default security group of ${vpc.name}`, type: "AWS::EC2::SecurityGroup", loc: vpc.loc, tags: /* @__PURE__ */ new Map(), suppressions: [], owner: vpc, vpc: { kind: "resource", target: vpc, loc: vpc.loc }, vpcDefault: true, defaultEgress: true, rules: [], unknownRules: [] };
    defaultGroups.set(vpc.id, group);
  }
  const roles = shells("AWS::IAM::Role");
  const functionShells = new Map([...shells("AWS::Lambda::Function"), ...shells("AWS::Serverless::Function")]);
  const kinds = {
    vpc: { what: "VPC", elements: vpcs, identity: [null, "VpcId"] },
    subnet: { what: "subnet", elements: subnets, identity: [null, "SubnetId"] },
    routeTable: { what: "route table", elements: routeTables, identity: [null, "RouteTableId"] },
    igw: { what: "internet gateway", elements: igws, identity: [null, "InternetGatewayId"] },
    group: { what: "security group", elements: groups, identity: [null, "GroupId"], byAttribute: /* @__PURE__ */ new Map([["DefaultSecurityGroup", defaultGroups]]) },
    role: { what: "IAM role", elements: roles, identity: ["Arn"] },
    functionRef: { what: "Lambda function", elements: functionShells, identity: [null, "Arn"] },
    roleByName: { what: "IAM role", elements: roles, identity: [null] }
  };
  const link = (v, kind, loc) => v === void 0 ? { kind: "unknown", reason: `no ${kind.what} given`, loc } : linkTo(v, kind, typeOf);
  const list = (v, kind, loc) => linkList(v, kind, typeOf, loc);
  const rules = /* @__PURE__ */ new Map();
  for (const group of defaultGroups.values()) {
    const all = { protocol: { known: true, value: "-1" }, fromPort: { known: "absent" }, toPort: { known: "absent" }, loc: group.loc, origin: { kind: "vpc-default" } };
    rules.set(group.id, [
      { ...all, direction: "ingress", peer: { kind: "security-group", group: { kind: "resource", target: group, loc: group.loc } } },
      { ...all, direction: "egress", peer: { kind: "cidr", range: { known: true, value: "0.0.0.0/0" } } }
    ]);
  }
  const associations = [];
  const routes = [];
  const endpoints = [];
  const functions = [];
  const eventSources = [];
  const deliveries = /* @__PURE__ */ new Map();
  const deliveryTargetsOf = (fn, targets) => {
    const set = deliveries.get(fn) ?? /* @__PURE__ */ new Set();
    deliveries.set(fn, set);
    for (const t of targets) set.add(t);
    return set;
  };
  const hostedZones = [];
  const unattachedRules = [];
  const rolePolicies = /* @__PURE__ */ new Map();
  const customerPolicies = /* @__PURE__ */ new Map();
  const customerPolicyUsers = [];
  const addRolePolicy = (role, doc) => {
    if (role.kind === "resource") append(rolePolicies, role.target.id, doc);
  };
  for (const r of views) {
    const { element: e } = r;
    switch (e.type) {
      case "AWS::EC2::VPC":
        Object.assign(vpcs.get(e.id), {
          dnsSupport: booleanSetting(r.entry("EnableDnsSupport"), true),
          dnsHostnames: booleanSetting(r.entry("EnableDnsHostnames"), false),
          cidrBlocks: [...vpcs.get(e.id).cidrBlocks ?? [], knownText(r.prop("CidrBlock"), "the VPC has no CidrBlock (an IPAM pool allocates it)")]
        });
        break;
      case "AWS::EC2::VPCCidrBlock": {
        const vpc = link(r.prop("VpcId"), kinds.vpc, e.loc);
        if (vpc.kind === "resource" && r.prop("CidrBlock") !== void 0) {
          const target = vpcs.get(vpc.target.id);
          target.cidrBlocks = [...target.cidrBlocks ?? [], knownText(r.prop("CidrBlock"), "no CidrBlock")];
        }
        break;
      }
      case "AWS::EC2::Subnet":
        Object.assign(subnets.get(e.id), { vpc: link(r.prop("VpcId"), kinds.vpc, e.loc), zone: zoneOf(r), cidrBlock: knownText(r.prop("CidrBlock"), "no CidrBlock (an IPAM pool allocates it)") });
        break;
      case "AWS::EC2::RouteTable":
        Object.assign(routeTables.get(e.id), { vpc: link(r.prop("VpcId"), kinds.vpc, e.loc), main: false });
        break;
      case "AWS::EC2::SubnetRouteTableAssociation":
        associations.push({
          ...e,
          subnet: link(r.prop("SubnetId"), kinds.subnet, e.loc),
          routeTable: link(r.prop("RouteTableId"), kinds.routeTable, e.loc)
        });
        break;
      case "AWS::EC2::Route": {
        const dest = r.prop("DestinationCidrBlock") ?? r.prop("DestinationIpv6CidrBlock") ?? r.prop("DestinationPrefixListId");
        routes.push({ ...e, routeTable: link(r.prop("RouteTableId"), kinds.routeTable, e.loc), destination: knownText(dest, "no destination"), target: routeTarget(r, (v) => link(v, kinds.igw, e.loc)) });
        break;
      }
      case "AWS::EC2::SecurityGroup": {
        const own = rules.get(e.id) ?? [];
        rules.set(e.id, own);
        const unknownRules = [];
        for (const [direction, key] of [["ingress", "SecurityGroupIngress"], ["egress", "SecurityGroupEgress"]]) {
          const v = r.prop(key);
          const items2 = v === void 0 ? [] : v.kind === "list" ? v.items : [v];
          for (const item of items2) {
            if (item.kind === "map") own.push(sgRule(item, direction, { kind: "inline" }, (g) => link(g, kinds.group, item.loc)));
            else unknownRules.push({ direction, reason: whyUnknown(item), loc: item.loc });
          }
        }
        Object.assign(groups.get(e.id), { vpc: link(r.prop("VpcId"), kinds.vpc, e.loc), unknownRules, defaultEgress: r.metadata(NO_DEFAULT_EGRESS) === void 0 });
        break;
      }
      case "AWS::EC2::SecurityGroupIngress":
      case "AWS::EC2::SecurityGroupEgress": {
        const direction = e.type.endsWith("Ingress") ? "ingress" : "egress";
        const whole = { kind: "map", entries: ["IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6", "SourcePrefixListId", "SourceSecurityGroupId", "SourceSecurityGroupName", "DestinationPrefixListId", "DestinationSecurityGroupId"].flatMap((k) => {
          const v = r.prop(k);
          return v ? [{ key: k, keyLoc: r.propEntryLoc(k), value: v }] : [];
        }), loc: e.loc };
        const target = link(r.prop("GroupId") ?? r.prop("GroupName"), kinds.group, e.loc);
        const rule2 = sgRule(whole, direction, { kind: "standalone", resource: e }, (g) => link(g, kinds.group, e.loc));
        if (target.kind === "resource") append(rules, target.target.id, rule2);
        else if (target.kind === "unknown") unattachedRules.push({ direction, reason: `${e.id}: ${target.reason}`, loc: e.loc });
        break;
      }
      case "AWS::EC2::VPCEndpoint":
        endpoints.push({
          ...e,
          vpc: link(r.prop("VpcId"), kinds.vpc, e.loc),
          endpointType: stringSetting(r.entry("VpcEndpointType"), "Gateway"),
          serviceName: r.prop("ServiceName") ?? r.prop("ServiceNetworkArn") ?? r.prop("ResourceConfigurationArn"),
          service: endpointService(r.prop("ServiceName")),
          privateDns: booleanSetting(r.entry("PrivateDnsEnabled"), false),
          securityGroups: list(r.prop("SecurityGroupIds"), kinds.group, r.propEntryLoc("SecurityGroupIds") ?? e.loc),
          subnets: list(r.prop("SubnetIds"), kinds.subnet, r.propEntryLoc("SubnetIds") ?? e.loc),
          routeTables: list(r.prop("RouteTableIds"), kinds.routeTable, r.propEntryLoc("RouteTableIds") ?? e.loc),
          policy: policySetting(r.entry("PolicyDocument"))
        });
        break;
      // SAM functions as written; SAM Globals and the role SAM generates come with the SAM input adapter.
      case "AWS::Serverless::Function":
      case "AWS::Lambda::Function": {
        const deadLetter = field(r.prop("DeadLetterConfig") ?? r.prop("DeadLetterQueue"), "TargetArn")?.value;
        functions.push(
          Object.assign(functionShells.get(e.id), {
            vpcConfig: vpcConfig(r.prop("VpcConfig"), (v, at2) => list(v, kinds.subnet, at2), (v, at2) => list(v, kinds.group, at2)),
            role: link(r.prop("Role"), kinds.role, e.loc),
            deliveryTargets: deliveryTargetsOf(e.id, [...refTargets(deadLetter), ...destinationTargets(field(r.prop("EventInvokeConfig"), "DestinationConfig")?.value)])
          })
        );
        break;
      }
      case "AWS::Lambda::EventInvokeConfig": {
        const fn = link(r.prop("FunctionName"), kinds.functionRef, e.loc);
        if (fn.kind === "resource") deliveryTargetsOf(fn.target.id, destinationTargets(r.prop("DestinationConfig")));
        break;
      }
      case "AWS::IAM::Role": {
        const docs = inlinePolicies(r.entry("Policies"));
        const managed = r.prop("ManagedPolicyArns");
        const arns = managed === void 0 ? [] : managed.kind === "list" ? managed.items : [managed];
        const self = { kind: "resource", target: roles.get(e.id), loc: e.loc };
        const ours = (v) => v.kind === "ref" && typeOf(v.target) === "AWS::IAM::ManagedPolicy";
        Object.assign(roles.get(e.id), { managedPolicyArns: arns.filter((a) => !ours(a)) });
        for (const a of arns.filter(ours)) customerPolicyUsers.push({ policy: a.target, role: self });
        for (const d of docs) addRolePolicy(self, d);
        break;
      }
      case "AWS::IAM::RolePolicy": {
        const doc = policySetting(r.entry("PolicyDocument"));
        if (doc.state !== "absent") addRolePolicy(link(r.prop("RoleName"), kinds.roleByName, e.loc), doc);
        break;
      }
      case "AWS::Lambda::EventSourceMapping":
        eventSources.push({ ...e, function: link(r.prop("FunctionName"), kinds.functionRef, e.loc), service: eventSourceService(r.prop("EventSourceArn"), typeOf) });
        break;
      case "AWS::Route53::HostedZone": {
        const name = r.prop("Name");
        const vpcs2 = r.prop("VPCs");
        const shape = name && knownShape(name);
        const zoneName2 = shape ? { known: true, value: shape } : { known: false, reason: name ? whyUnknown(name) : "no Name" };
        hostedZones.push({ ...e, zoneName: zoneName2, vpcs: vpcs2?.kind === "list" ? vpcs2.items.map((v) => link(field(v, "VPCId")?.value, kinds.vpc, e.loc)) : [] });
        break;
      }
      case "AWS::IAM::Policy":
      case "AWS::IAM::ManagedPolicy": {
        const doc = policySetting(r.entry("PolicyDocument"));
        if (doc.state === "absent") break;
        customerPolicies.set(e.id, doc);
        const attached = r.prop("Roles");
        if (attached?.kind === "list") for (const role of attached.items) addRolePolicy(link(role, kinds.roleByName, e.loc), doc);
        break;
      }
    }
  }
  for (const { policy, role } of customerPolicyUsers) {
    const doc = customerPolicies.get(policy);
    if (doc) addRolePolicy(role, doc);
  }
  for (const g of [...groups.values(), ...defaultGroups.values()]) g.rules = rules.get(g.id) ?? [];
  for (const [id, role] of roles) role.policies = rolePolicies.get(id) ?? [];
  return new NetworkModel({
    vpcs: [...vpcs.values()],
    subnets: [...subnets.values()],
    routeTables: [...routeTables.values()],
    mainRouteTables: [...mainTables.values()],
    associations,
    routes,
    internetGateways: [...igws.values()],
    securityGroups: [...groups.values()],
    defaultSecurityGroups: [...defaultGroups.values()],
    endpoints,
    functions,
    roles: [...roles.values()],
    eventSources,
    hostedZones,
    targets: privateTargets(views, (v, at2) => list(v, kinds.group, at2)),
    unattachedRules,
    others: views.map((v) => v.element).filter((e) => !MODELLED_TYPES.has(e.type)),
    resourceTypes: resolver.resourceTypes,
    region: resolver.region
  });
}
var MODELLED_TYPES = /* @__PURE__ */ new Set([
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::EC2::RouteTable",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::Route",
  "AWS::EC2::InternetGateway",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPCEndpoint",
  "AWS::Lambda::Function",
  "AWS::Serverless::Function",
  "AWS::IAM::Role",
  "AWS::Lambda::EventSourceMapping",
  "AWS::Route53::HostedZone"
]);
function inlinePolicies(entry2) {
  if (entry2 === void 0) return [];
  const items2 = entry2.value.kind === "list" ? entry2.value.items : [entry2.value];
  return items2.flatMap((item) => {
    if (item.kind !== "map") return [{ state: "unknown", reason: whyUnknown(item), loc: item.loc }];
    const doc = policySetting(field(item, "PolicyDocument"));
    return doc.state === "absent" ? [] : [doc];
  });
}
function refTargets(v) {
  return v?.kind === "ref" ? [v.target] : [];
}
function destinationTargets(config) {
  return ["OnSuccess", "OnFailure"].flatMap((key) => refTargets(field(field(config, key)?.value, "Destination")?.value));
}
function eventSourceService(v, typeOf) {
  if (v === void 0) return { known: false, reason: "no EventSourceArn (a self-managed source)" };
  const byType = {
    "AWS::SQS::Queue": "sqs",
    "AWS::Kinesis::Stream": "kinesis",
    "AWS::DynamoDB::Table": "dynamodb",
    "AWS::DynamoDB::GlobalTable": "dynamodb",
    "AWS::MSK::Cluster": "kafka",
    "AWS::MSK::ServerlessCluster": "kafka"
  };
  if (v.kind === "ref") {
    const service2 = byType[typeOf(v.target) ?? ""];
    return service2 ? { known: true, value: service2 } : { known: false, reason: `${v.target} is not a queue or stream` };
  }
  const arn = pattern(v);
  const service = arn ? /^arn:[^:]+:([^:]+):/.exec(arn)?.[1] : void 0;
  return service ? { known: true, value: service } : { known: false, reason: whyUnknown(v) };
}
function append(m, key, value) {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}
function resourceViews(root, resolver, constructPaths) {
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return [];
  const views = [];
  for (const entry2 of resources.entries) {
    const typeNode = child(entry2.value, "Type");
    if (typeNode?.kind !== "scalar" || typeof typeNode.value !== "string") continue;
    const condition = child(entry2.value, "Condition");
    if (condition?.kind === "scalar" && resolver.condition(String(condition.value)) === false) continue;
    const props = child(entry2.value, "Properties");
    const metadata = child(entry2.value, "Metadata");
    const pathNode = child(metadata, "aws:cdk:path");
    const path = pathNode?.kind === "scalar" && typeof pathNode.value === "string" ? pathNode.value : constructPaths.get(entry2.key);
    const name = child(metadata, NAME_METADATA);
    const element = {
      id: entry2.key,
      name: name?.kind === "scalar" && typeof name.value === "string" ? name.value : entry2.key,
      type: typeNode.value,
      loc: entry2.keyLoc,
      ...path !== void 0 ? { path } : {},
      tags: tagsOf(resolver.resolve(child(props, "Tags"))),
      suppressions: metadataSuppressions(child(child(metadata, "endpoint-guard"), "suppress"))
    };
    const keyLoc = (name2) => props?.kind === "map" ? props.entries.find((p) => p.key === name2)?.keyLoc : void 0;
    const prop = (name2) => resolver.resolve(child(props, name2));
    views.push({
      element,
      prop,
      propEntryLoc: keyLoc,
      metadata: (key) => child(metadata, key),
      entry: (name2) => {
        const value = prop(name2);
        return value === void 0 ? void 0 : { value, keyLoc: keyLoc(name2) ?? value.loc };
      }
    });
  }
  return views;
}
function tagsOf(v) {
  const tags = /* @__PURE__ */ new Map();
  if (v?.kind === "list") {
    for (const t of v.items) {
      const key = knownString(field(t, "Key")?.value);
      const value = field(t, "Value")?.value;
      if (key !== void 0 && value) tags.set(key, value);
    }
  } else if (v?.kind === "map") for (const e of v.entries) tags.set(e.key, e.value);
  return tags;
}
function metadataSuppressions(node) {
  if (!node) return [];
  const list = node.kind === "seq" ? node.items : [node];
  return list.flatMap((item) => {
    const rule2 = child(item, "rule");
    const reason = child(item, "reason");
    if (rule2?.kind !== "scalar" || rule2.value === null) return [];
    const why = reason?.kind === "scalar" && reason.value !== null && String(reason.value).trim() !== "" ? String(reason.value) : void 0;
    return [{ rule: String(rule2.value), reason: why, loc: item.loc, via: "metadata" }];
  });
}
function zoneOf(r) {
  const zoneId = r.prop("AvailabilityZoneId");
  const v = r.prop("AvailabilityZone");
  if (v === void 0 && zoneId !== void 0) {
    const id = knownString(zoneId);
    return id !== void 0 ? { kind: "zone-id", zoneId: id } : { kind: "unknown", reason: whyUnknown(zoneId) };
  }
  if (v === void 0) return { kind: "unknown", reason: "no AvailabilityZone: AWS picks one" };
  const name = knownString(v);
  if (name !== void 0) return { kind: "name", name };
  if (v.kind === "text" && v.parts.length === 1 && v.parts[0].kind === "zone") return { kind: "indexed", region: v.parts[0].region, index: v.parts[0].index };
  const [first, second] = v.kind === "text" ? v.parts : [];
  if (v.kind === "text" && v.parts.length === 2 && first?.kind === "pseudo" && first.name === "AWS::Region" && second?.kind === "text" && /^[a-z]$/.test(second.text)) {
    return { kind: "name", name: `\${AWS::Region}${second.text}` };
  }
  return { kind: "unknown", reason: whyUnknown(v) };
}
function endpointService(v) {
  if (v === void 0) return { kind: "unknown", reason: "no ServiceName" };
  const p = pattern(v);
  if (p === void 0) return { kind: "unknown", reason: whyUnknown(v) };
  if (p === "com.amazonaws.iam") return { kind: "aws", name: "iam" };
  const aws = /^com\.amazonaws\.(?!vpce\.)[^.]+\.(.+)$/.exec(p);
  if (aws && isKnownShape(aws[1])) return { kind: "aws", name: aws[1] };
  if (p.startsWith("com.amazonaws.vpce.")) return { kind: "other", shown: display(v) };
  if (aws || !isKnownShape(p)) return { kind: "unknown", reason: whyUnknown(v) };
  return { kind: "other", shown: p };
}
var ROUTE_TARGETS = [
  ["NatGatewayId", "nat-gateway"],
  ["EgressOnlyInternetGatewayId", "egress-only-internet-gateway"],
  ["TransitGatewayId", "transit-gateway"],
  ["VpcEndpointId", "vpc-endpoint"],
  ["InstanceId", "instance"],
  ["NetworkInterfaceId", "network-interface"],
  ["VpcPeeringConnectionId", "vpc-peering"],
  ["CarrierGatewayId", "carrier-gateway"],
  ["LocalGatewayId", "local-gateway"],
  ["CoreNetworkArn", "core-network"]
];
function routeTarget(r, igwLink) {
  const gateway = r.prop("GatewayId");
  if (gateway !== void 0) {
    const loc = r.propEntryLoc("GatewayId") ?? gateway.loc;
    const literal = knownString(gateway);
    const prefix = literal ?? (gateway.kind === "text" && gateway.parts[0]?.kind === "text" ? gateway.parts[0].text : void 0);
    if (literal === "local") return { kind: "local", loc };
    if (prefix?.startsWith("vgw-")) return { kind: "vpn-gateway", loc };
    if (prefix?.startsWith("igw-")) return { kind: "internet-gateway", gateway: { kind: "external", id: display(gateway), loc: gateway.loc }, loc };
    const linked = igwLink(gateway);
    if (linked.kind === "resource") return { kind: "internet-gateway", gateway: linked, loc };
    if (gateway.kind === "ref") return { kind: "vpn-gateway", loc };
    return { kind: "unknown", reason: whyUnknown(gateway), loc };
  }
  for (const [key, kind] of ROUTE_TARGETS) {
    if (r.prop(key) !== void 0) return { kind, loc: r.propEntryLoc(key) ?? r.element.loc };
  }
  return { kind: "unknown", reason: "no route target", loc: r.element.loc };
}
function sgRule(item, direction, origin, groupLink) {
  const get = (k) => field(item, k)?.value;
  const port = (k) => {
    const v = get(k);
    return v === void 0 ? { known: "absent" } : knownNumber(v);
  };
  return { direction, protocol: protocol(get("IpProtocol"), item.loc), fromPort: port("FromPort"), toPort: port("ToPort"), peer: peerOf(get, direction, groupLink), loc: item.loc, origin };
}
function peerOf(get, direction, groupLink) {
  const prefix = direction === "ingress" ? "Source" : "Destination";
  const range = (v, kind) => {
    if (v.kind === "unknown" && v.mayBeAbsent) return { kind: "unknown", reason: v.reason };
    const value = knownString(v);
    return { kind, range: value !== void 0 ? { known: true, value } : { known: false, reason: whyUnknown(v) } };
  };
  const cidr = get("CidrIp");
  if (cidr) return range(cidr, "cidr");
  const cidr6 = get("CidrIpv6");
  if (cidr6) return range(cidr6, "cidr-ipv6");
  const prefixList = get(`${prefix}PrefixListId`);
  if (prefixList) return { kind: "prefix-list", prefixList };
  const group = get(`${prefix}SecurityGroupId`) ?? get(`${prefix}SecurityGroupName`);
  if (group) return { kind: "security-group", group: groupLink(group) };
  return { kind: "none" };
}
function vpcConfig(v, subnetList, groupList) {
  if (v === void 0) return { state: "absent" };
  if (v.kind !== "map") return { state: "unknown", reason: whyUnknown(v), loc: v.loc };
  const subnets = field(v, "SubnetIds");
  const groups = field(v, "SecurityGroupIds");
  if (subnets === void 0 && groups === void 0) return { state: "absent" };
  return { state: "set", loc: v.loc, subnets: subnetList(subnets?.value, subnets?.keyLoc ?? v.loc), securityGroups: groupList(groups?.value, groups?.keyLoc ?? v.loc) };
}

// src/engine/run/finding.ts
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// src/engine/run/run-rules.ts
function runRules(model, rules, file, options = {}) {
  const findings = [];
  const failures = [];
  const subjectLabels = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Map();
  const comments = options.commentSuppressions ?? [];
  const suppressionFor = (ruleId, subject, loc) => {
    const own = subject.suppressions.find((s) => s.rule === ruleId);
    if (own) return own;
    const at2 = (line, where) => (s) => s.rule === ruleId && s.targetLine === line && (s.loc.file ?? file) === where;
    return comments.find(at2(loc.line, loc.file ?? file)) ?? comments.find(at2(subject.loc.line, subject.loc.file ?? file));
  };
  for (const { rule: rule2, level, options: ruleOptions } of rules) {
    const before = findings.length;
    try {
      rule2.check({
        model,
        options: ruleOptions,
        report: (reported) => {
          const r = reported.subject.owner ? { ...reported, subject: reported.subject.owner } : reported;
          const doubt = options.uncertain?.get(r.subject.id);
          const loc = r.loc ?? r.subject.loc;
          const suppression = suppressionFor(rule2.id, r.subject, loc);
          if (suppression) used.set(suppression, r.subject);
          const finding = {
            ruleId: rule2.id,
            level: r.level === "note" || doubt !== void 0 ? "note" : level,
            message: doubt !== void 0 && r.level !== "note" ? `cannot verify (${doubt}): ${r.message}` : r.message,
            file: loc.file ?? file,
            line: loc.line,
            column: loc.column,
            logicalId: r.subject.name,
            ...r.subject.path ? { fullyQualifiedName: r.subject.path } : {},
            related: (r.related ?? []).map((x) => ({ ...x, file: x.loc.file ?? file })),
            ...suppression ? { suppressed: { justification: suppression.reason ?? "", via: suppression.via } } : {}
          };
          findings.push(finding);
          if (finding.level === "note" && !suppression) subjectLabels.set(finding, { label: label(r.subject), loc: r.subject.loc });
        }
      });
    } catch (e) {
      findings.splice(before);
      failures.push(`rule ${rule2.id} failed: ${e.message}`);
    }
  }
  const elements = model.elements();
  const commentSubject = (s) => used.get(s) ?? elements.find((e) => e.loc.line === s.targetLine && (e.loc.file ?? file) === (s.loc.file ?? file));
  const all = [
    ...elements.flatMap((e) => e.suppressions.map((s) => ({ s, subject: e }))),
    ...comments.map((s) => ({ s, subject: commentSubject(s) }))
  ];
  const active = new Set(rules.map((r) => r.rule.id));
  for (const { s, subject } of all) {
    const meta = (ruleId, level, message) => ({
      ruleId,
      level,
      message,
      file: s.loc.file ?? file,
      line: s.loc.line,
      column: s.loc.column,
      logicalId: subject?.name ?? "",
      related: []
    });
    if (s.reason === void 0) findings.push(meta(SUPPRESSION_REASON.id, SUPPRESSION_REASON.level, `the suppression of ${s.rule}${subject ? ` on ${subject.name}` : ""} has no reason: say why (reason: "\u2026" or "# endpoint-guard-ignore ${s.rule} -- why")`));
    if (options.reportUnusedSuppressions && !used.has(s)) {
      const why = active.has(s.rule) ? "it covers no finding" : "no active rule has that id";
      findings.push(meta(UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.level, `unused suppression of ${s.rule}${subject ? ` on ${subject.name}` : ""}: ${why}; remove it`));
    }
  }
  return { findings: groupNotes(findings, subjectLabels), failures };
}
function piecesAround(message, name) {
  return message.split(new RegExp(`(?<![\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`));
}
function groupNotes(findings, subjects) {
  const groups = /* @__PURE__ */ new Map();
  for (const [finding, subject] of subjects) {
    const pieces = piecesAround(finding.message, subject.label);
    if (pieces.length < 2) continue;
    const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, pieces]);
    const group = groups.get(key);
    if (group) group.push({ finding, ...subject });
    else groups.set(key, [{ finding, ...subject }]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    const everyone = `each of ${listOf(group.map((g) => g.label))}`;
    const [head, ...tail] = piecesAround(first.finding.message, first.label);
    replaced.set(first.finding, {
      ...first.finding,
      message: head + everyone + tail.join("each"),
      related: [...first.finding.related, ...group.slice(0, 20).map((g) => ({ message: g.label, loc: g.loc, file: g.loc.file ?? g.finding.file, logicalId: g.finding.logicalId }))]
    });
    for (const r of rest) replaced.set(r.finding, void 0);
  }
  if (replaced.size === 0) return [...findings];
  return findings.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const grouped = replaced.get(f);
    return grouped ? [grouped] : [];
  });
}

// src/engine/check.ts
async function check(paths, options = {}) {
  const builtins = options.rules ?? builtinRules;
  const { candidates, missing, problems, skipped } = discover(paths, options.pathsAreFound);
  const configs = await configsFor(candidates, builtins, options);
  const rootConfig = configs.resolve(options.config ?? findConfigFile(process.cwd(), options.configSource));
  const knownRules = new Map([...builtins, ...metaRules].map((r) => [r.id, r]));
  const result = {
    findings: [],
    problems: [...problems, ...configs.problems],
    notices: [],
    checked: [],
    skipped: [...skipped],
    missing,
    rules: [],
    settings: { ...pick(rootConfig?.config) },
    models: []
  };
  const unknownRules = Object.keys(options.ruleLevels ?? {}).filter((id) => !knownRules.has(id) && !configs.customRuleIds.has(id));
  if (unknownRules.length > 0) {
    const problems2 = unknownRules.map((id) => ({ file: `--rule ${id}`, message: "no such rule (endpoint-guard rules lists them)" }));
    return { ...result, problems: [...result.problems, ...problems2], skipped: [], rules: [...knownRules.values()] };
  }
  const reads = candidates.flatMap((c) => {
    const governing = configs.forFile(c.file, options.config);
    if (governing === "broken") {
      result.skipped.push({ file: c.file, reason: "its configuration file is invalid" });
      return [];
    }
    const config = governing?.config ?? DEFAULT_CONFIG;
    if (!c.explicit && !selected(c, config)) {
      result.skipped.push({ file: c.file, reason: `excluded by ${config.file}` });
      return [];
    }
    for (const r of governing?.customRules ?? []) knownRules.set(r.id, r);
    const rules = activeRules(config, [...builtins, ...governing?.customRules ?? []], options.ruleLevels);
    const reportUnused = options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? false;
    return [{ ...c, read: readTemplate(c.file, !c.explicit), rules, reportUnused }];
  });
  for (const { file, explicit, read, rules, reportUnused, stack } of reads) {
    if (read.status === "error") {
      result.problems.push(problemOf(read.error));
    } else if (read.status === "not-a-template") {
      if (explicit && read.parseError) result.problems.push(problemOf(read.parseError));
      else if (explicit) result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
      else result.skipped.push({ file, reason: read.reason });
    } else {
      try {
        const { findings: findings2, notes, failures, model } = checkDocument(read.document, rules, { ...options, reportUnusedSuppressions: reportUnused, ...stack ? { stack } : {} });
        if (options.keepModels) result.models.push({ file, model });
        for (const message of failures) result.problems.push({ file, message });
        result.checked.push(file);
        result.notices.push(...notes.map((n) => ({ file: n.loc.file ?? file, message: n.message, line: n.loc.line, column: n.loc.column })));
        result.findings.push(...findings2);
      } catch (e) {
        if (e instanceof InputError) result.problems.push(problemOf(e));
        else result.problems.push({ file, message: `internal error while checking this file: ${e.message}` });
      }
    }
  }
  if (result.checked.length === 0 && result.problems.length === 0 && missing.length === 0 && !options.allowNoTemplates) result.problems.push(nothingChecked(paths, result.skipped.length));
  const findings = distinct(result.findings, (f) => JSON.stringify([f.ruleId, f.level, f.file, f.line, f.column, f.logicalId, f.message, f.suppressed?.via ?? ""]));
  const notices = distinct(result.notices, (n) => JSON.stringify([n.file, n.line, n.column, n.message]));
  return { ...result, findings: findings.sort(compareFindings), notices, rules: [...knownRules.values()] };
}
function checkDocument(doc, rules, options = {}) {
  const view = toCloudFormation(doc, options);
  const { stack } = options;
  const pseudo = { ...view.pseudo, ...stack?.region ? { "AWS::Region": stack.region } : {}, ...stack?.account ? { "AWS::AccountId": stack.account } : {} };
  const resolver = new Resolver(view.root, { pseudo });
  const model = buildModel(view.root, resolver, stack?.constructPaths);
  const { findings, failures } = runRules(model, rules, doc.file, {
    commentSuppressions: [...doc.commentSuppressions, ...view.commentSuppressions],
    reportUnusedSuppressions: options.reportUnusedSuppressions ?? false,
    ...view.uncertain ? { uncertain: view.uncertain } : {}
  });
  return { findings, notes: [...doc.notes, ...view.notes], includes: view.includes, failures, model };
}
async function configsFor(candidates, builtins, options) {
  const { config: explicit, refuseCustomRules, configSource: source = FILE_SYSTEM } = options;
  const loaded = /* @__PURE__ */ new Map();
  const problems = [];
  const files = new Set(explicit ? [explicit] : candidates.map((c) => findConfigFile(dirname7(c.file), source)).filter((f) => f !== void 0));
  const root = explicit ? void 0 : findConfigFile(process.cwd(), source);
  if (root) files.add(root);
  for (const file of files) {
    try {
      loaded.set(file, await loadConfig(file, builtins, refuseCustomRules, source));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(problemOf(e));
      loaded.set(file, "broken");
    }
  }
  const customRuleIds = new Set([...loaded.values()].flatMap((c) => c === "broken" ? [] : c.customRules.map((r) => r.id)));
  const resolve4 = (file) => {
    const c = file ? loaded.get(file) : void 0;
    return c === "broken" ? void 0 : c;
  };
  const forFile = (file, configFile) => {
    const f = configFile ?? findConfigFile(dirname7(file), source);
    return f ? loaded.get(f) : void 0;
  };
  return { problems, resolve: resolve4, forFile, customRuleIds };
}
function selected(c, config) {
  const rel = relative4(config.dir, resolvePath3(c.file)).split("\\").join("/");
  if (config.exclude?.length && (0, import_picomatch2.default)(config.exclude, { dot: true })(rel)) return false;
  return !config.include?.length || (0, import_picomatch2.default)(config.include, { dot: true })(rel);
}
function distinct(items2, key) {
  const seen = /* @__PURE__ */ new Set();
  return items2.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function pick(config) {
  return {
    ...config?.maxWarnings !== void 0 ? { maxWarnings: config.maxWarnings } : {},
    ...config?.levelThreshold !== void 0 ? { levelThreshold: config.levelThreshold } : {}
  };
}
function nothingChecked(paths, skipped) {
  const looked = skipped > 0 ? `${skipped} file${skipped === 1 ? "" : "s"} looked at and skipped (--debug lists them)` : "no file looked at";
  return { file: paths.join(" "), message: `no template found to check: ${looked}; --pass-on-no-templates allows a run that checks nothing` };
}
function problemOf(e) {
  return { file: e.file, message: e.message, ...e.loc ? { line: e.loc.line, column: e.loc.column } : {} };
}

export {
  label,
  defineRule,
  knownString,
  display,
  targetOf,
  linkedItems,
  linkTargets,
  endpointTypeOf,
  isInterfaceEndpoint,
  zoneName,
  builtinRules,
  parseJson,
  readRegularFile,
  workTreeAround,
  validateShape,
  findConfigFile,
  loadConfig,
  metaRules,
  check
};
