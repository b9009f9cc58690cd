import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/generated/validate-rule.js
var validateRule = validate13;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "description", "severity", "regex", "keywords"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)+$", "description": "provider-kind, kebab-case" }, "description": { "type": "string", "pattern": "\\S" }, "severity": { "$ref": "#/definitions/severity" }, "regex": { "type": "string", "pattern": "[\\s\\S]" }, "ignoreCase": { "type": "boolean" }, "secretGroup": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }] }, "keywords": { "type": "array", "items": { "type": "string", "pattern": "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$" }, "description": "lowercase ASCII literals" }, "entropy": { "type": "number", "minimum": 0, "maximum": 8 }, "validate": { "type": "string", "description": "a built-in validator the secret must pass (engine/validators.ts), e.g. a checksum" }, "fallback": { "type": "boolean", "description": "a generic detector: yields to any other rule's candidate on overlapping text" }, "identifier": { "type": "boolean", "description": "the rule finds the name of a credential (an AWS access key ID), not what authenticates: reports show it whole unless --redact-ids" }, "scope": { "enum": ["line", "text"], "description": "line: the regex runs only on the lines holding one of the keywords (every match must contain a keyword on its line); text (default): on the whole text" }, "pair": { "type": "object", "additionalProperties": false, "required": ["rule", "within"], "properties": { "rule": { "type": "string" }, "within": { "type": "integer", "minimum": 0, "maximum": 100 }, "required": { "type": "boolean" }, "severity": { "$ref": "#/definitions/severity" } } }, "allow": { "$ref": "#/definitions/allow" }, "tags": { "type": "array", "items": { "type": "string" } }, "enabled": { "type": "boolean" }, "examples": { "type": "object", "additionalProperties": false, "required": ["match", "noMatch"], "properties": { "match": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["text", "secret"], "properties": { "text": { "type": "string" }, "secret": { "type": "string" } } }] } }, "noMatch": { "type": "array", "items": { "type": "string" } } } } } };
var schema13 = { "enum": ["critical", "high", "medium", "low", "info"] };
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "regexes": { "type": "array", "items": { "type": "string" } }, "target": { "enum": ["secret", "match", "line"] }, "stopwords": { "type": "array", "items": { "type": "string", "pattern": "[\\s\\S]" } }, "paths": { "type": "array", "items": { "type": "string", "pattern": "[\\s\\S]" } } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)+$", "u");
var pattern1 = new RegExp("\\S", "u");
var pattern2 = new RegExp("[\\s\\S]", "u");
var pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern4 = new RegExp("^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate13.errors = vErrors;
  return errors === 0;
}
export {
  validateRule
};
