import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/generated/validate-config.js
var validateConfig = validate14;
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "regexes": { "type": "array", "items": { "type": "string" } }, "target": { "enum": ["secret", "match", "line"] }, "stopwords": { "type": "array", "items": { "type": "string", "pattern": "[\\s\\S]" } }, "paths": { "type": "array", "items": { "type": "string", "pattern": "[\\s\\S]" } } } };
var schema21 = { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "type": "string" }, "description": { "$ref": "rules.json#/definitions/rule/properties/description" }, "severity": { "$ref": "rules.json#/definitions/severity" }, "regex": { "$ref": "rules.json#/definitions/rule/properties/regex" }, "ignoreCase": { "type": "boolean" }, "secretGroup": { "$ref": "rules.json#/definitions/rule/properties/secretGroup" }, "keywords": { "$ref": "rules.json#/definitions/rule/properties/keywords" }, "entropy": { "$ref": "rules.json#/definitions/rule/properties/entropy" }, "validate": { "type": "string" }, "fallback": { "type": "boolean" }, "identifier": { "$ref": "rules.json#/definitions/rule/properties/identifier" }, "scope": { "$ref": "rules.json#/definitions/rule/properties/scope" }, "pair": { "$ref": "rules.json#/definitions/rule/properties/pair" }, "allow": { "$ref": "rules.json#/definitions/allow" }, "tags": { "$ref": "rules.json#/definitions/rule/properties/tags" }, "enabled": { "type": "boolean" }, "examples": { "$ref": "rules.json#/definitions/rule/properties/examples" } } };
var schema13 = { "enum": ["critical", "high", "medium", "low", "info"] };
var schema29 = { "enum": ["line", "text"], "description": "line: the regex runs only on the lines holding one of the keywords (every match must contain a keyword on its line); text (default): on the whole text" };
var func2 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("\\S", "u");
var pattern2 = new RegExp("[\\s\\S]", "u");
var pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern4 = new RegExp("^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.within === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "within" || key0 === "required" || key0 === "severity")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      if (typeof data.rule !== "string") {
        const err3 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data1 = data.within;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err7 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low" || data3 === "info")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err3 = { instancePath: instancePath + "/description", schemaPath: "rules.json#/definitions/rule/properties/description/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "rules.json#/definitions/rule/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info")) {
        const err5 = { instancePath: instancePath + "/severity", schemaPath: "rules.json#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.regex !== void 0) {
      let data3 = data.regex;
      if (typeof data3 === "string") {
        if (!pattern2.test(data3)) {
          const err6 = { instancePath: instancePath + "/regex", schemaPath: "rules.json#/definitions/rule/properties/regex/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/regex", schemaPath: "rules.json#/definitions/rule/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ignoreCase !== void 0) {
      if (typeof data.ignoreCase !== "boolean") {
        const err8 = { instancePath: instancePath + "/ignoreCase", schemaPath: "#/properties/ignoreCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.secretGroup !== void 0) {
      let data5 = data.secretGroup;
      const _errs16 = errors;
      let valid5 = false;
      const _errs17 = errors;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err9 = { instancePath: instancePath + "/secretGroup", schemaPath: "rules.json#/definitions/rule/properties/secretGroup/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/secretGroup", schemaPath: "rules.json#/definitions/rule/properties/secretGroup/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs17 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const _errs19 = errors;
        if (typeof data5 === "string") {
          if (!pattern3.test(data5)) {
            const err11 = { instancePath: instancePath + "/secretGroup", schemaPath: "rules.json#/definitions/rule/properties/secretGroup/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/secretGroup", schemaPath: "rules.json#/definitions/rule/properties/secretGroup/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        valid5 = valid5 || _valid0;
      }
      if (!valid5) {
        const err13 = { instancePath: instancePath + "/secretGroup", schemaPath: "rules.json#/definitions/rule/properties/secretGroup/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.keywords !== void 0) {
      let data6 = data.keywords;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (!pattern4.test(data7)) {
              const err14 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "rules.json#/definitions/rule/properties/keywords/items/pattern", keyword: "pattern", params: { pattern: "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$" }, message: 'must match pattern "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "rules.json#/definitions/rule/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/keywords", schemaPath: "rules.json#/definitions/rule/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.entropy !== void 0) {
      let data8 = data.entropy;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 8 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/entropy", schemaPath: "rules.json#/definitions/rule/properties/entropy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err18 = { instancePath: instancePath + "/entropy", schemaPath: "rules.json#/definitions/rule/properties/entropy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/entropy", schemaPath: "rules.json#/definitions/rule/properties/entropy/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.validate !== void 0) {
      if (typeof data.validate !== "string") {
        const err20 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      if (typeof data.fallback !== "boolean") {
        const err21 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.identifier !== void 0) {
      if (typeof data.identifier !== "boolean") {
        const err22 = { instancePath: instancePath + "/identifier", schemaPath: "rules.json#/definitions/rule/properties/identifier/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data12 = data.scope;
      if (!(data12 === "line" || data12 === "text")) {
        const err23 = { instancePath: instancePath + "/scope", schemaPath: "rules.json#/definitions/rule/properties/scope/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.pair !== void 0) {
      if (!validate16(data.pair, { instancePath: instancePath + "/pair", parentData: data, parentDataProperty: "pair", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.allow !== void 0) {
      let data14 = data.allow;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key1 in data14) {
          if (!(key1 === "regexes" || key1 === "target" || key1 === "stopwords" || key1 === "paths")) {
            const err24 = { instancePath: instancePath + "/allow", schemaPath: "rules.json#/definitions/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data14.regexes !== void 0) {
          let data15 = data14.regexes;
          if (Array.isArray(data15)) {
            const len1 = data15.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data15[i1] !== "string") {
                const err25 = { instancePath: instancePath + "/allow/regexes/" + i1, schemaPath: "rules.json#/definitions/allow/properties/regexes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/allow/regexes", schemaPath: "rules.json#/definitions/allow/properties/regexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data14.target !== void 0) {
          let data17 = data14.target;
          if (!(data17 === "secret" || data17 === "match" || data17 === "line")) {
            const err27 = { instancePath: instancePath + "/allow/target", schemaPath: "rules.json#/definitions/allow/properties/target/enum", keyword: "enum", params: { allowedValues: schema15.properties.target.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data14.stopwords !== void 0) {
          let data18 = data14.stopwords;
          if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data19 = data18[i2];
              if (typeof data19 === "string") {
                if (!pattern2.test(data19)) {
                  const err28 = { instancePath: instancePath + "/allow/stopwords/" + i2, schemaPath: "rules.json#/definitions/allow/properties/stopwords/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/allow/stopwords/" + i2, schemaPath: "rules.json#/definitions/allow/properties/stopwords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/allow/stopwords", schemaPath: "rules.json#/definitions/allow/properties/stopwords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data14.paths !== void 0) {
          let data20 = data14.paths;
          if (Array.isArray(data20)) {
            const len3 = data20.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data21 = data20[i3];
              if (typeof data21 === "string") {
                if (!pattern2.test(data21)) {
                  const err31 = { instancePath: instancePath + "/allow/paths/" + i3, schemaPath: "rules.json#/definitions/allow/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/allow/paths/" + i3, schemaPath: "rules.json#/definitions/allow/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/allow/paths", schemaPath: "rules.json#/definitions/allow/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/allow", schemaPath: "rules.json#/definitions/allow/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data22 = data.tags;
      if (Array.isArray(data22)) {
        const len4 = data22.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data22[i4] !== "string") {
            const err35 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "rules.json#/definitions/rule/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/tags", schemaPath: "rules.json#/definitions/rule/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err37 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data25 = data.examples;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.match === void 0) {
          const err38 = { instancePath: instancePath + "/examples", schemaPath: "rules.json#/definitions/rule/properties/examples/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data25.noMatch === void 0) {
          const err39 = { instancePath: instancePath + "/examples", schemaPath: "rules.json#/definitions/rule/properties/examples/required", keyword: "required", params: { missingProperty: "noMatch" }, message: "must have required property 'noMatch'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "match" || key2 === "noMatch")) {
            const err40 = { instancePath: instancePath + "/examples", schemaPath: "rules.json#/definitions/rule/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data25.match !== void 0) {
          let data26 = data25.match;
          if (Array.isArray(data26)) {
            const len5 = data26.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data27 = data26[i5];
              const _errs70 = errors;
              let valid27 = false;
              const _errs71 = errors;
              if (typeof data27 !== "string") {
                const err41 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid1 = _errs71 === errors;
              valid27 = valid27 || _valid1;
              if (!valid27) {
                const _errs73 = errors;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  if (data27.text === void 0) {
                    const err42 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (data27.secret === void 0) {
                    const err43 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  for (const key3 in data27) {
                    if (!(key3 === "text" || key3 === "secret")) {
                      const err44 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (data27.text !== void 0) {
                    if (typeof data27.text !== "string") {
                      const err45 = { instancePath: instancePath + "/examples/match/" + i5 + "/text", schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  if (data27.secret !== void 0) {
                    if (typeof data27.secret !== "string") {
                      const err46 = { instancePath: instancePath + "/examples/match/" + i5 + "/secret", schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err47 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                var _valid1 = _errs73 === errors;
                valid27 = valid27 || _valid1;
              }
              if (!valid27) {
                const err48 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              } else {
                errors = _errs70;
                if (vErrors !== null) {
                  if (_errs70) {
                    vErrors.length = _errs70;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/examples/match", schemaPath: "rules.json#/definitions/rule/properties/examples/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data25.noMatch !== void 0) {
          let data30 = data25.noMatch;
          if (Array.isArray(data30)) {
            const len6 = data30.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data30[i6] !== "string") {
                const err50 = { instancePath: instancePath + "/examples/noMatch/" + i6, schemaPath: "rules.json#/definitions/rule/properties/examples/properties/noMatch/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/examples/noMatch", schemaPath: "rules.json#/definitions/rule/properties/examples/properties/noMatch/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/examples", schemaPath: "rules.json#/definitions/rule/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var pattern22 = new RegExp("^[0-9]{12}$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "rules" || key0 === "disabledRules" || key0 === "allow" || key0 === "maxFileSize" || key0 === "maxDecodeDepth" || key0 === "redactIds" || key0 === "aws")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate15(data1[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.disabledRules !== void 0) {
      let data3 = data.disabledRules;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== "string") {
            const err3 = { instancePath: instancePath + "/disabledRules/" + i1, schemaPath: "#/properties/disabledRules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/disabledRules", schemaPath: "#/properties/disabledRules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data5 = data.allow;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "regexes" || key1 === "target" || key1 === "stopwords" || key1 === "paths")) {
            const err5 = { instancePath: instancePath + "/allow", schemaPath: "rules.json#/definitions/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data5.regexes !== void 0) {
          let data6 = data5.regexes;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data6[i2] !== "string") {
                const err6 = { instancePath: instancePath + "/allow/regexes/" + i2, schemaPath: "rules.json#/definitions/allow/properties/regexes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/allow/regexes", schemaPath: "rules.json#/definitions/allow/properties/regexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.target !== void 0) {
          let data8 = data5.target;
          if (!(data8 === "secret" || data8 === "match" || data8 === "line")) {
            const err8 = { instancePath: instancePath + "/allow/target", schemaPath: "rules.json#/definitions/allow/properties/target/enum", keyword: "enum", params: { allowedValues: schema15.properties.target.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.stopwords !== void 0) {
          let data9 = data5.stopwords;
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 === "string") {
                if (!pattern2.test(data10)) {
                  const err9 = { instancePath: instancePath + "/allow/stopwords/" + i3, schemaPath: "rules.json#/definitions/allow/properties/stopwords/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/allow/stopwords/" + i3, schemaPath: "rules.json#/definitions/allow/properties/stopwords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/allow/stopwords", schemaPath: "rules.json#/definitions/allow/properties/stopwords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.paths !== void 0) {
          let data11 = data5.paths;
          if (Array.isArray(data11)) {
            const len4 = data11.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data12 = data11[i4];
              if (typeof data12 === "string") {
                if (!pattern2.test(data12)) {
                  const err12 = { instancePath: instancePath + "/allow/paths/" + i4, schemaPath: "rules.json#/definitions/allow/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/allow/paths/" + i4, schemaPath: "rules.json#/definitions/allow/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/allow/paths", schemaPath: "rules.json#/definitions/allow/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/allow", schemaPath: "rules.json#/definitions/allow/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data13 = data.maxFileSize;
      const _errs29 = errors;
      let valid13 = false;
      const _errs30 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err16 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 1 || isNaN(data13)) {
          const err17 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var _valid0 = _errs30 === errors;
      valid13 = valid13 || _valid0;
      if (!valid13) {
        const _errs32 = errors;
        if (typeof data13 !== "string") {
          const err18 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs32 === errors;
        valid13 = valid13 || _valid0;
      }
      if (!valid13) {
        const err19 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.maxDecodeDepth !== void 0) {
      let data14 = data.maxDecodeDepth;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err20 = { instancePath: instancePath + "/maxDecodeDepth", schemaPath: "#/properties/maxDecodeDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 10 || isNaN(data14)) {
          const err21 = { instancePath: instancePath + "/maxDecodeDepth", schemaPath: "#/properties/maxDecodeDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data14 < 0 || isNaN(data14)) {
          const err22 = { instancePath: instancePath + "/maxDecodeDepth", schemaPath: "#/properties/maxDecodeDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.redactIds !== void 0) {
      if (typeof data.redactIds !== "boolean") {
        const err23 = { instancePath: instancePath + "/redactIds", schemaPath: "#/properties/redactIds/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.aws !== void 0) {
      let data16 = data.aws;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          if (!(key2 === "accounts")) {
            const err24 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data16.accounts !== void 0) {
          let data17 = data16.accounts;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key3 in data17) {
              const _errs43 = errors;
              if (typeof key3 === "string") {
                if (!pattern22.test(key3)) {
                  const err25 = { instancePath: instancePath + "/aws/accounts", schemaPath: "#/properties/aws/properties/accounts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var valid15 = _errs43 === errors;
              if (!valid15) {
                const err26 = { instancePath: instancePath + "/aws/accounts", schemaPath: "#/properties/aws/properties/accounts/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            for (const key4 in data17) {
              let data18 = data17[key4];
              if (typeof data18 === "string") {
                if (!pattern1.test(data18)) {
                  const err27 = { instancePath: instancePath + "/aws/accounts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/aws/properties/accounts/additionalProperties/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/aws/accounts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/aws/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/aws/accounts", schemaPath: "#/properties/aws/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var validateRuleFile = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "description", "severity", "regex", "keywords"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)+$", "description": "provider-kind, kebab-case" }, "description": { "type": "string", "pattern": "\\S" }, "severity": { "$ref": "#/definitions/severity" }, "regex": { "type": "string", "pattern": "[\\s\\S]" }, "ignoreCase": { "type": "boolean" }, "secretGroup": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }] }, "keywords": { "type": "array", "items": { "type": "string", "pattern": "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$" }, "description": "lowercase ASCII literals" }, "entropy": { "type": "number", "minimum": 0, "maximum": 8 }, "validate": { "type": "string", "description": "a built-in validator the secret must pass (engine/validators.ts), e.g. a checksum" }, "fallback": { "type": "boolean", "description": "a generic detector: yields to any other rule's candidate on overlapping text" }, "identifier": { "type": "boolean", "description": "the rule finds the name of a credential (an AWS access key ID), not what authenticates: reports show it whole unless --redact-ids" }, "scope": { "enum": ["line", "text"], "description": "line: the regex runs only on the lines holding one of the keywords (every match must contain a keyword on its line); text (default): on the whole text" }, "pair": { "type": "object", "additionalProperties": false, "required": ["rule", "within"], "properties": { "rule": { "type": "string" }, "within": { "type": "integer", "minimum": 0, "maximum": 100 }, "required": { "type": "boolean" }, "severity": { "$ref": "#/definitions/severity" } } }, "allow": { "$ref": "#/definitions/allow" }, "tags": { "type": "array", "items": { "type": "string" } }, "enabled": { "type": "boolean" }, "examples": { "type": "object", "additionalProperties": false, "required": ["match", "noMatch"], "properties": { "match": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["text", "secret"], "properties": { "text": { "type": "string" }, "secret": { "type": "string" } } }] } }, "noMatch": { "type": "array", "items": { "type": "string" } } } } } };
var pattern0 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.regex === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.keywords === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keywords" }, message: "must have required property 'keywords'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)+$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)+$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info")) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.regex !== void 0) {
      let data3 = data.regex;
      if (typeof data3 === "string") {
        if (!pattern2.test(data3)) {
          const err11 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ignoreCase !== void 0) {
      if (typeof data.ignoreCase !== "boolean") {
        const err13 = { instancePath: instancePath + "/ignoreCase", schemaPath: "#/properties/ignoreCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.secretGroup !== void 0) {
      let data5 = data.secretGroup;
      const _errs13 = errors;
      let valid2 = false;
      const _errs14 = errors;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err14 = { instancePath: instancePath + "/secretGroup", schemaPath: "#/properties/secretGroup/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/secretGroup", schemaPath: "#/properties/secretGroup/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var _valid0 = _errs14 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs16 = errors;
        if (typeof data5 === "string") {
          if (!pattern3.test(data5)) {
            const err16 = { instancePath: instancePath + "/secretGroup", schemaPath: "#/properties/secretGroup/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/secretGroup", schemaPath: "#/properties/secretGroup/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid0 = _errs16 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err18 = { instancePath: instancePath + "/secretGroup", schemaPath: "#/properties/secretGroup/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.keywords !== void 0) {
      let data6 = data.keywords;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (!pattern4.test(data7)) {
              const err19 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/properties/keywords/items/pattern", keyword: "pattern", params: { pattern: "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$" }, message: 'must match pattern "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.entropy !== void 0) {
      let data8 = data.entropy;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 8 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/entropy", schemaPath: "#/properties/entropy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err23 = { instancePath: instancePath + "/entropy", schemaPath: "#/properties/entropy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/entropy", schemaPath: "#/properties/entropy/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.validate !== void 0) {
      if (typeof data.validate !== "string") {
        const err25 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      if (typeof data.fallback !== "boolean") {
        const err26 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.identifier !== void 0) {
      if (typeof data.identifier !== "boolean") {
        const err27 = { instancePath: instancePath + "/identifier", schemaPath: "#/properties/identifier/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data12 = data.scope;
      if (!(data12 === "line" || data12 === "text")) {
        const err28 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema12.properties.scope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.pair !== void 0) {
      let data13 = data.pair;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.rule === void 0) {
          const err29 = { instancePath: instancePath + "/pair", schemaPath: "#/properties/pair/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data13.within === void 0) {
          const err30 = { instancePath: instancePath + "/pair", schemaPath: "#/properties/pair/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === "rule" || key1 === "within" || key1 === "required" || key1 === "severity")) {
            const err31 = { instancePath: instancePath + "/pair", schemaPath: "#/properties/pair/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.rule !== void 0) {
          if (typeof data13.rule !== "string") {
            const err32 = { instancePath: instancePath + "/pair/rule", schemaPath: "#/properties/pair/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.within !== void 0) {
          let data15 = data13.within;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err33 = { instancePath: instancePath + "/pair/within", schemaPath: "#/properties/pair/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err34 = { instancePath: instancePath + "/pair/within", schemaPath: "#/properties/pair/properties/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err35 = { instancePath: instancePath + "/pair/within", schemaPath: "#/properties/pair/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data13.required !== void 0) {
          if (typeof data13.required !== "boolean") {
            const err36 = { instancePath: instancePath + "/pair/required", schemaPath: "#/properties/pair/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data13.severity !== void 0) {
          let data17 = data13.severity;
          if (!(data17 === "critical" || data17 === "high" || data17 === "medium" || data17 === "low" || data17 === "info")) {
            const err37 = { instancePath: instancePath + "/pair/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/pair", schemaPath: "#/properties/pair/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data18 = data.allow;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key2 in data18) {
          if (!(key2 === "regexes" || key2 === "target" || key2 === "stopwords" || key2 === "paths")) {
            const err39 = { instancePath: instancePath + "/allow", schemaPath: "#/definitions/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data18.regexes !== void 0) {
          let data19 = data18.regexes;
          if (Array.isArray(data19)) {
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data19[i1] !== "string") {
                const err40 = { instancePath: instancePath + "/allow/regexes/" + i1, schemaPath: "#/definitions/allow/properties/regexes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/allow/regexes", schemaPath: "#/definitions/allow/properties/regexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data18.target !== void 0) {
          let data21 = data18.target;
          if (!(data21 === "secret" || data21 === "match" || data21 === "line")) {
            const err42 = { instancePath: instancePath + "/allow/target", schemaPath: "#/definitions/allow/properties/target/enum", keyword: "enum", params: { allowedValues: schema15.properties.target.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data18.stopwords !== void 0) {
          let data22 = data18.stopwords;
          if (Array.isArray(data22)) {
            const len2 = data22.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data23 = data22[i2];
              if (typeof data23 === "string") {
                if (!pattern2.test(data23)) {
                  const err43 = { instancePath: instancePath + "/allow/stopwords/" + i2, schemaPath: "#/definitions/allow/properties/stopwords/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/allow/stopwords/" + i2, schemaPath: "#/definitions/allow/properties/stopwords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/allow/stopwords", schemaPath: "#/definitions/allow/properties/stopwords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data18.paths !== void 0) {
          let data24 = data18.paths;
          if (Array.isArray(data24)) {
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (typeof data25 === "string") {
                if (!pattern2.test(data25)) {
                  const err46 = { instancePath: instancePath + "/allow/paths/" + i3, schemaPath: "#/definitions/allow/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "[\\s\\S]" }, message: 'must match pattern "[\\s\\S]"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/allow/paths/" + i3, schemaPath: "#/definitions/allow/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/allow/paths", schemaPath: "#/definitions/allow/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/allow", schemaPath: "#/definitions/allow/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data26 = data.tags;
      if (Array.isArray(data26)) {
        const len4 = data26.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data26[i4] !== "string") {
            const err50 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err52 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data29 = data.examples;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.match === void 0) {
          const err53 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data29.noMatch === void 0) {
          const err54 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "noMatch" }, message: "must have required property 'noMatch'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key3 in data29) {
          if (!(key3 === "match" || key3 === "noMatch")) {
            const err55 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data29.match !== void 0) {
          let data30 = data29.match;
          if (Array.isArray(data30)) {
            const len5 = data30.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data31 = data30[i5];
              const _errs71 = errors;
              let valid20 = false;
              const _errs72 = errors;
              if (typeof data31 !== "string") {
                const err56 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid1 = _errs72 === errors;
              valid20 = valid20 || _valid1;
              if (!valid20) {
                const _errs74 = errors;
                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  if (data31.text === void 0) {
                    const err57 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf/1/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data31.secret === void 0) {
                    const err58 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf/1/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  for (const key4 in data31) {
                    if (!(key4 === "text" || key4 === "secret")) {
                      const err59 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                  if (data31.text !== void 0) {
                    if (typeof data31.text !== "string") {
                      const err60 = { instancePath: instancePath + "/examples/match/" + i5 + "/text", schemaPath: "#/properties/examples/properties/match/items/anyOf/1/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data31.secret !== void 0) {
                    if (typeof data31.secret !== "string") {
                      const err61 = { instancePath: instancePath + "/examples/match/" + i5 + "/secret", schemaPath: "#/properties/examples/properties/match/items/anyOf/1/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err62 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                var _valid1 = _errs74 === errors;
                valid20 = valid20 || _valid1;
              }
              if (!valid20) {
                const err63 = { instancePath: instancePath + "/examples/match/" + i5, schemaPath: "#/properties/examples/properties/match/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              } else {
                errors = _errs71;
                if (vErrors !== null) {
                  if (_errs71) {
                    vErrors.length = _errs71;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/examples/match", schemaPath: "#/properties/examples/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data29.noMatch !== void 0) {
          let data34 = data29.noMatch;
          if (Array.isArray(data34)) {
            const len6 = data34.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data34[i6] !== "string") {
                const err65 = { instancePath: instancePath + "/examples/noMatch/" + i6, schemaPath: "#/properties/examples/properties/noMatch/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/examples/noMatch", schemaPath: "#/properties/examples/properties/noMatch/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rules === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rules")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!validate11(data1, { instancePath: instancePath + "/rules/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.examples === void 0) {
              const err2 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/allOf/1/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  validateConfig,
  validateRuleFile
};
