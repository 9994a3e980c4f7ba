/*
 * An in-page stand-in for office.js (Office + Excel), served in place of the CDN script in one e2e
 * test, so the production bundle boots as an add-in in plain Chromium. It keeps Office.js's proxy
 * rules, because those are what break real add-ins:
 *   - a scalar property can be read only after load() AND context.sync() (else PropertyNotLoaded);
 *   - writes and method calls are queued and take effect, in order, at sync();
 *   - getItem() on a missing item fails at sync (ItemNotFound); *OrNullObject gives isNullObject;
 *   - range.values must match the range's shape (InvalidArgument).
 * The workbook comes from window.__officeStandInConfig (set by the test before the page's scripts);
 * the test reads window.__standIn.model afterwards to see what the add-in did.
 * Parts we do not model precisely (formatting, charts) are recorded as calls on "sink" objects.
 */
(function () {
  "use strict";
  var cfg = window.__officeStandInConfig || {};

  // ---------- model ----------
  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetter(c) {
    var n = c + 1;
    var s = "";
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function quote(sheet) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : "'" + sheet.replace(/'/g, "''") + "'";
  }
  /** "A1", "$B$2:C3", "A:C" (columns), "2:4" (rows); returns 0-based inclusive bounds. */
  function parseRef(ref) {
    var m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
    if (m) {
      var r1 = Number(m[2]) - 1;
      var c1 = colIndex(m[1].toUpperCase());
      var r2 = m[4] ? Number(m[4]) - 1 : r1;
      var c2 = m[3] ? colIndex(m[3].toUpperCase()) : c1;
      return {
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        bottom: Math.max(r1, r2),
        right: Math.max(c1, c2),
      };
    }
    var cm = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(ref.trim());
    if (cm) {
      return {
        top: 0,
        left: colIndex(cm[1].toUpperCase()),
        bottom: 1048575,
        right: colIndex(cm[2].toUpperCase()),
      };
    }
    throw officeError("InvalidArgument", "Bad range address: " + ref);
  }
  function splitSheet(address) {
    var m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
    if (!m) return { sheet: undefined, ref: address };
    return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
  }

  var nextId = 1;
  function newSheet(name) {
    return {
      id: "{sheet-" + nextId++ + "}",
      name: name,
      cells: new Map(),
      tables: [],
      charts: [],
      customProperties: new Map(),
      frozenRows: 0,
      handlers: [],
      calls: [],
      protected: false,
    };
  }
  var model = {
    sheets: [],
    names: [],
    settings: new Map(),
    title: cfg.title,
    activeSheet: undefined,
    selection: undefined,
    syncs: 0,
    syncLog: [],
    runs: 0,
    createdWorkbooks: [],
    log: [],
    errors: [],
  };
  (cfg.sheets || []).forEach(function (s) {
    var sheet = newSheet(s.name);
    (s.rows || []).forEach(function (row, r) {
      (row || []).forEach(function (v, c) {
        if (v === null || v === undefined || v === "") return;
        var cell = { value: v };
        if (v && typeof v === "object" && "error" in v) cell = { value: v.error, error: true };
        if (s.formulas && s.formulas[r] && s.formulas[r][c]) cell.formula = s.formulas[r][c];
        sheet.cells.set(r + "," + c, cell);
      });
    });
    model.sheets.push(sheet);
  });
  Object.keys(cfg.settings || {}).forEach(function (k) {
    model.settings.set(k, cfg.settings[k]);
  });
  model.activeSheet = cfg.activeSheet || (model.sheets[0] && model.sheets[0].name);

  function findSheet(name) {
    for (var i = 0; i < model.sheets.length; i++) {
      if (model.sheets[i].name.toLowerCase() === String(name).toLowerCase()) return model.sheets[i];
    }
    return undefined;
  }
  function usedBounds(sheet) {
    var b;
    sheet.cells.forEach(function (cell, key) {
      if ((cell.value === null || cell.value === "") && !cell.formula) return;
      var p = key.split(",");
      var r = Number(p[0]);
      var c = Number(p[1]);
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        b.top = Math.min(b.top, r);
        b.left = Math.min(b.left, c);
        b.bottom = Math.max(b.bottom, r);
        b.right = Math.max(b.right, c);
      }
    });
    return b;
  }
  // Excel's rule for both `values` and `formulas`: text starting with "=" is a formula.
  function writeValueOrFormula(cell, v) {
    if (typeof v === "string" && v.charAt(0) === "=") {
      cell.formula = v.slice(1);
      cell.value = null;
    } else {
      delete cell.formula;
      cell.value = v === "" ? null : v;
    }
  }

  function cellAt(sheet, r, c) {
    return sheet.cells.get(r + "," + c);
  }
  function matrix(b, fn) {
    var out = [];
    for (var r = b.top; r <= b.bottom; r++) {
      var row = [];
      for (var c = b.left; c <= b.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }
  function valueType(cell) {
    if (!cell || cell.value === null || cell.value === "") return "Empty";
    if (cell.error) return "Error";
    if (typeof cell.value === "number") return "Double";
    if (typeof cell.value === "boolean") return "Boolean";
    return "String";
  }
  function writeMatrix(sheet, b, data, apply, what) {
    var rows = b.bottom - b.top + 1;
    var cols = b.right - b.left + 1;
    var single = !Array.isArray(data);
    if (!single) {
      if (
        data.length !== rows ||
        data.some(function (row) {
          return !Array.isArray(row) || row.length !== cols;
        })
      ) {
        throw officeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range (" +
            what +
            ": " +
            rows +
            "×" +
            cols +
            ")."
        );
      }
    }
    for (var r = 0; r < rows; r++) {
      for (var c = 0; c < cols; c++) {
        var key = b.top + r + "," + (b.left + c);
        var cell = sheet.cells.get(key) || { value: null };
        apply(cell, single ? data : data[r][c]);
        sheet.cells.set(key, cell);
      }
    }
  }

  // ---------- errors ----------
  function OfficeExtensionError(code, message) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code: code, message: message };
    Object.setPrototypeOf(e, OfficeExtensionError.prototype);
    return e;
  }
  OfficeExtensionError.prototype = Object.create(Error.prototype);
  OfficeExtensionError.prototype.constructor = OfficeExtensionError;
  function officeError(code, message) {
    return OfficeExtensionError(code, message);
  }
  function notLoaded(prop) {
    var e = officeError(
      "PropertyNotLoaded",
      "The property '" +
        prop +
        "' is not available. Before reading the property's value, call the load " +
        'method on the containing object and call "context.sync()" on the associated request context.'
    );
    model.errors.push(e.message);
    return e;
  }

  // ---------- proxy machinery ----------
  // Every client object has: ctx, resolve() (target in the model, evaluated at sync), a kind.
  // load() queues a snapshot of the named scalars; sync() runs the queue in order.
  function RequestContext() {
    this.queue = [];
    this.loads = [];
    this.workbook = makeObject(this, "Workbook", function () {
      return model;
    });
    this.application = makeSink(this, "application");
    this.runtime = makeSink(this, "runtime");
    this.trackedObjects = { add: function () {}, remove: function () {} };
  }
  RequestContext.prototype.sync = function (passThrough) {
    var ctx = this;
    var queue = ctx.queue;
    ctx.queue = [];
    model.syncs++;
    // What each round trip read, so a test can tell the sheet read from other syncs.
    model.syncLog.push(ctx.loads);
    ctx.loads = [];
    return new Promise(function (resolve, reject) {
      // Office.js answers asynchronously: a real round trip.
      setTimeout(function () {
        try {
          for (var i = 0; i < queue.length; i++) queue[i]();
          resolve(passThrough);
        } catch (e) {
          model.errors.push(String(e && e.message));
          reject(e);
        }
      }, 1);
    });
  };

  function parseLoad(arg) {
    if (arg === undefined) return { all: true, props: [] };
    if (typeof arg === "string")
      return {
        props: arg
          .split(",")
          .map(function (s) {
            return s.trim();
          })
          .filter(Boolean),
      };
    if (Array.isArray(arg))
      return {
        props: arg.map(function (s) {
          return String(s).trim();
        }),
      };
    if (arg && typeof arg === "object") {
      var props = [];
      if (arg.select) props = props.concat(parseLoad(arg.select).props);
      if (arg.expand) props = props.concat(parseLoad(arg.expand).props);
      if (!arg.select && !arg.expand) {
        Object.keys(arg).forEach(function (k) {
          if (arg[k] === true) props.push(k);
          else if (arg[k] && typeof arg[k] === "object") {
            parseLoad(arg[k]).props.forEach(function (p) {
              props.push(k + "/" + p);
            });
          }
        });
      }
      return { props: props };
    }
    return { props: [] };
  }

  var KINDS = {};

  function makeObject(ctx, kind, resolve, extra) {
    var def = KINDS[kind];
    var state = {
      loaded: Object.create(null),
      navCache: Object.create(null),
      pending: Object.create(null),
    };
    var self;
    var target = {
      __kind: kind,
      __resolve: resolve,
      __extra: extra || {},
    };
    function queueOp(fn) {
      ctx.queue.push(fn);
    }
    function loadProps(list) {
      list.forEach(function (p) {
        if (p.indexOf("/") >= 0) {
          var head = p.slice(0, p.indexOf("/"));
          var rest = p.slice(p.indexOf("/") + 1);
          if (def.collection && head === "items") {
            loadProps([rest]);
            return;
          }
          var child = self[head];
          if (child && child.load) child.load(rest);
          return;
        }
        if (def.collection && !(p in (def.scalars || {})) && p !== "items") {
          // collection.load("name") loads that property on each item (and the items).
          state.itemProps = (state.itemProps || []).concat([p]);
          p = "items";
        }
        if (p === "items" && def.collection) {
          state.pending.items = true;
          queueOp(function () {
            var list = def.items(resolve(), target.__extra);
            state.loaded.items = list.map(function (itemResolve, i) {
              var item = makeObject(ctx, def.collection, itemResolve);
              var props =
                state.itemProps && state.itemProps.length
                  ? state.itemProps
                  : def.defaultItemProps || [];
              item.__snapshot(props);
              return item;
            });
          });
          return;
        }
        if (!def.scalars || !(p in def.scalars)) {
          if (def.nav && p in def.nav) {
            var nav = self[p];
            if (nav && nav.load) nav.load();
            return;
          }
          throw new Error("office stand-in: load of '" + p + "' on " + kind + " is not modelled");
        }
        state.pending[p] = true;
        ctx.loads.push(kind + "." + p);
        queueOp(function () {
          var t = resolve();
          state.loaded[p] = { v: def.scalars[p](t, target.__extra, self) };
        });
      });
    }
    var api = {
      load: function (arg) {
        var parsed = parseLoad(arg);
        if (parsed.all) {
          // An empty load() is what eslint-plugin-office-addins forbids; allowed, but logged.
          model.log.push("load() without properties on " + kind);
          parsed.props = Object.keys(def.scalars || {});
        }
        loadProps(parsed.props);
        return self;
      },
      set: function (props) {
        Object.keys(props).forEach(function (k) {
          self[k] = props[k];
        });
      },
      toJSON: function () {
        var out = {};
        Object.keys(state.loaded).forEach(function (k) {
          out[k] = state.loaded[k].v;
        });
        return out;
      },
      track: function () {
        return self;
      },
      untrack: function () {
        return self;
      },
      __snapshot: function (props) {
        var t = resolve();
        props.forEach(function (p) {
          if (def.scalars && p in def.scalars)
            state.loaded[p] = { v: def.scalars[p](t, target.__extra, self) };
        });
      },
    };
    self = new Proxy(target, {
      get: function (_t, key) {
        if (typeof key === "symbol") return undefined;
        if (key in target) return target[key];
        if (key === "context") return ctx;
        if (key in api) return api[key];
        if (key === "isNullObject" && def.nullable) {
          if (!("isNullObject" in state.loaded)) throw notLoaded("isNullObject");
          return state.loaded.isNullObject.v;
        }
        if (key === "items" && def.collection) {
          if (!("items" in state.loaded)) throw notLoaded("items");
          return state.loaded.items;
        }
        if (def.methods && key in def.methods) {
          return function () {
            return def.methods[key].apply(
              null,
              [ctx, self, resolve, target.__extra, queueOp].concat([].slice.call(arguments))
            );
          };
        }
        if (def.nav && key in def.nav) {
          if (!state.navCache[key])
            state.navCache[key] = def.nav[key](ctx, self, resolve, target.__extra);
          return state.navCache[key];
        }
        if (def.scalars && key in def.scalars) {
          if (!(key in state.loaded)) throw notLoaded(key);
          return state.loaded[key].v;
        }
        if (key === "then") return undefined;
        // Not modelled: a recording sink (formatting, charts), so the add-in's calls still run.
        if (!state.navCache[key]) state.navCache[key] = makeSink(ctx, kind + "." + String(key));
        return state.navCache[key];
      },
      set: function (_t, key, value) {
        if (def.setters && key in def.setters) {
          queueOp(function () {
            def.setters[key](resolve(), value, target.__extra, self);
          });
          return true;
        }
        queueOp(function () {
          var t = resolve();
          if (t && t.calls) t.calls.push({ set: kind + "." + String(key), value: value });
          else model.log.push({ set: kind + "." + String(key), value: value });
        });
        return true;
      },
    });
    if (def.nullable) {
      // As in Office.js, isNullObject is readable after the next sync, without a load.
      ctx.queue.push(function () {
        state.loaded.isNullObject = { v: resolveQuiet(resolve) === undefined };
      });
      var origLoad = api.load;
      api.load = function (arg) {
        var quiet = function () {
          return resolveQuiet(resolve);
        };
        // Loading a null object's scalars must not fail; they just stay unreadable.
        var parsed = parseLoad(arg);
        parsed.props.forEach(function (p) {
          if (def.scalars && p in def.scalars) {
            ctx.loads.push(kind + "." + p);
            ctx.queue.push(function () {
              var t = quiet();
              if (t !== undefined) state.loaded[p] = { v: def.scalars[p](t, target.__extra, self) };
            });
          } else {
            origLoad(p);
          }
        });
        return self;
      };
    }
    return self;
  }

  function resolveQuiet(resolve) {
    try {
      return resolve();
    } catch (e) {
      if (e && e.code === "ItemNotFound") return undefined;
      throw e;
    }
  }

  /** A callable, recording object for API parts not modelled; reads of its scalars throw. */
  function makeSink(ctx, path) {
    var fn = function () {};
    var children = Object.create(null);
    var proxy = new Proxy(fn, {
      get: function (_t, key) {
        if (typeof key === "symbol" || key === "then") return undefined;
        if (key === "context") return ctx;
        if (key === "load")
          return function () {
            return proxy;
          };
        if (key === "isNullObject") return false;
        if (!children[key]) children[key] = makeSink(ctx, path + "." + String(key));
        return children[key];
      },
      set: function (_t, key, value) {
        ctx.queue.push(function () {
          model.log.push({ set: path + "." + String(key), value: value });
        });
        return true;
      },
      apply: function (_t, _this, args) {
        ctx.queue.push(function () {
          model.log.push({
            call: path,
            args: args.map(function (a) {
              return typeof a === "object" && a && a.__kind ? "[" + a.__kind + "]" : a;
            }),
          });
        });
        return makeSink(ctx, path + "()");
      },
    });
    return proxy;
  }

  // ---------- kinds ----------
  function sheetResolver(getSheet) {
    return function () {
      var s = getSheet();
      if (!s) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
      return s;
    };
  }
  function rangeObject(ctx, sheetResolve, boundsFn, extra) {
    return makeObject(
      ctx,
      "Range",
      function () {
        var sheet = sheetResolve();
        var b = boundsFn(sheet);
        if (b === undefined) throw officeError("ItemNotFound", "The range is empty.");
        return { sheet: sheet, b: b };
      },
      extra
    );
  }

  KINDS.Workbook = {
    scalars: {
      name: function () {
        return cfg.fileName || "Projektmappe";
      },
    },
    nav: {
      worksheets: function (ctx) {
        return makeObject(ctx, "WorksheetCollection", function () {
          return model;
        });
      },
      names: function (ctx) {
        return makeObject(ctx, "NamedItemCollection", function () {
          return model;
        });
      },
      settings: function (ctx) {
        return makeObject(ctx, "SettingCollection", function () {
          return model;
        });
      },
      properties: function (ctx) {
        return makeObject(ctx, "DocumentProperties", function () {
          return model;
        });
      },
      tables: function (ctx) {
        return makeObject(ctx, "TableCollection", function () {
          return { all: true };
        });
      },
    },
    methods: {
      getSelectedRange: function (ctx) {
        return rangeObject(
          ctx,
          sheetResolver(function () {
            return findSheet(model.activeSheet);
          }),
          function () {
            return model.selection ? model.selection.b : { top: 0, left: 0, bottom: 0, right: 0 };
          }
        );
      },
      getActiveCell: function (ctx) {
        return KINDS.Workbook.methods.getSelectedRange(ctx);
      },
    },
  };
  KINDS.DocumentProperties = {
    scalars: {
      title: function () {
        return model.title || "";
      },
    },
    setters: {
      title: function (_m, v) {
        model.title = v;
      },
    },
  };

  KINDS.WorksheetCollection = {
    collection: "Worksheet",
    defaultItemProps: [],
    items: function () {
      return model.sheets.map(function (s) {
        return function () {
          if (model.sheets.indexOf(s) < 0) throw officeError("ItemNotFound", "Sheet deleted");
          return s;
        };
      });
    },
    scalars: {},
    methods: {
      getItem: function (ctx, _self, _r, _e, _q, name) {
        return makeObject(
          ctx,
          "Worksheet",
          sheetResolver(function () {
            return findSheet(name);
          })
        );
      },
      getItemOrNullObject: function (ctx, _self, _r, _e, _q, name) {
        return makeObject(
          ctx,
          "WorksheetOrNull",
          sheetResolver(function () {
            return findSheet(name);
          })
        );
      },
      getActiveWorksheet: function (ctx) {
        return makeObject(
          ctx,
          "Worksheet",
          sheetResolver(function () {
            return findSheet(model.activeSheet);
          })
        );
      },
      getFirst: function (ctx) {
        return makeObject(
          ctx,
          "Worksheet",
          sheetResolver(function () {
            return model.sheets[0];
          })
        );
      },
      getCount: function (ctx, _self, _r, _e, queue) {
        return clientResult(queue, function () {
          return model.sheets.length;
        });
      },
      add: function (ctx, _self, _r, _e, queue, name) {
        var created;
        queue(function () {
          if (name && findSheet(name))
            throw officeError("ItemAlreadyExists", "A sheet named " + name + " exists.");
          created = newSheet(name || "Ark" + (model.sheets.length + 1));
          model.sheets.push(created);
          model.log.push({ call: "worksheets.add", args: [created.name] });
        });
        return makeObject(
          ctx,
          "Worksheet",
          sheetResolver(function () {
            return created;
          })
        );
      },
    },
  };

  function clientResult(queue, fn) {
    var res = { loaded: false, v: undefined };
    queue(function () {
      res.v = fn();
      res.loaded = true;
    });
    return {
      get value() {
        if (!res.loaded) throw notLoaded("value");
        return res.v;
      },
    };
  }

  var worksheetDef = {
    scalars: {
      name: function (s) {
        return s.name;
      },
      id: function (s) {
        return s.id;
      },
      position: function (s) {
        return model.sheets.indexOf(s);
      },
      visibility: function () {
        return "Visible";
      },
    },
    setters: {
      name: function (s, v) {
        s.name = v;
      },
    },
    nav: {
      tables: function (ctx, _self, resolve) {
        return makeObject(ctx, "TableCollection", resolve);
      },
      charts: function (ctx, _self, resolve) {
        return makeObject(ctx, "ChartCollection", resolve);
      },
      customProperties: function (ctx, _self, resolve) {
        return makeObject(ctx, "CustomPropertyCollection", resolve);
      },
      names: function (ctx) {
        return makeObject(ctx, "NamedItemCollection", function () {
          return model;
        });
      },
      freezePanes: function (ctx, _self, resolve) {
        return makeObject(ctx, "FreezePanes", resolve);
      },
      protection: function (ctx, _self, resolve) {
        return makeObject(ctx, "Protection", resolve);
      },
      onChanged: function (ctx, _self, resolve) {
        return {
          add: function (handler) {
            var entry = { handler: handler, removed: false };
            var sheetRef;
            ctx.queue.push(function () {
              sheetRef = resolve();
              sheetRef.handlers.push(entry);
            });
            return {
              context: ctx,
              remove: function () {
                ctx.queue.push(function () {
                  entry.removed = true;
                  if (sheetRef)
                    sheetRef.handlers = sheetRef.handlers.filter(function (h) {
                      return h !== entry;
                    });
                });
              },
            };
          },
        };
      },
    },
    methods: {
      getRange: function (ctx, _self, resolve, _e, _q, address) {
        return rangeObject(ctx, resolve, function () {
          return address ? parseRef(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
        });
      },
      getRangeByIndexes: function (ctx, _self, resolve, _e, _q, row, col, rows, cols) {
        return rangeObject(ctx, resolve, function () {
          return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
        });
      },
      getUsedRange: function (ctx, _self, resolve) {
        return rangeObject(ctx, resolve, function (sheet) {
          return usedBounds(sheet) || { top: 0, left: 0, bottom: 0, right: 0 };
        });
      },
      getUsedRangeOrNullObject: function (ctx, _self, resolve) {
        return makeObject(ctx, "RangeOrNull", function () {
          var sheet = resolve();
          var b = usedBounds(sheet);
          if (!b) throw officeError("ItemNotFound", "Empty sheet");
          return { sheet: sheet, b: b };
        });
      },
      activate: function (ctx, _self, resolve, _e, queue) {
        queue(function () {
          model.activeSheet = resolve().name;
          model.log.push({ call: "activate", args: [model.activeSheet] });
        });
      },
      delete: function (ctx, _self, resolve, _e, queue) {
        queue(function () {
          var s = resolve();
          model.sheets = model.sheets.filter(function (x) {
            return x !== s;
          });
          model.log.push({ call: "worksheet.delete", args: [s.name] });
        });
      },
    },
  };
  KINDS.Worksheet = worksheetDef;
  KINDS.WorksheetOrNull = Object.assign({}, worksheetDef, { nullable: true });

  KINDS.FreezePanes = {
    methods: {
      freezeRows: function (_c, _s, resolve, _e, queue, n) {
        queue(function () {
          resolve().frozenRows = n;
        });
      },
      unfreeze: function (_c, _s, resolve, _e, queue) {
        queue(function () {
          resolve().frozenRows = 0;
        });
      },
    },
  };
  KINDS.Protection = {
    scalars: {
      protected: function (s) {
        return !!s.protected;
      },
    },
  };

  function rangeAddress(t) {
    var b = t.b;
    var a = colLetter(b.left) + (b.top + 1);
    var z = colLetter(b.right) + (b.bottom + 1);
    return quote(t.sheet.name) + "!" + (a === z ? a : a + ":" + z);
  }
  var rangeDef = {
    scalars: {
      values: function (t) {
        return matrix(t.b, function (r, c) {
          var cell = cellAt(t.sheet, r, c);
          return cell && cell.value !== null && cell.value !== undefined ? cell.value : "";
        });
      },
      valueTypes: function (t) {
        return matrix(t.b, function (r, c) {
          return valueType(cellAt(t.sheet, r, c));
        });
      },
      formulas: function (t) {
        return matrix(t.b, function (r, c) {
          var cell = cellAt(t.sheet, r, c);
          if (!cell) return "";
          return cell.formula
            ? "=" + cell.formula.replace(/^=/, "")
            : cell.value === null
              ? ""
              : cell.value;
        });
      },
      numberFormat: function (t) {
        return matrix(t.b, function (r, c) {
          var cell = cellAt(t.sheet, r, c);
          return (cell && cell.numFmt) || "General";
        });
      },
      text: function (t) {
        return matrix(t.b, function (r, c) {
          var cell = cellAt(t.sheet, r, c);
          return cell && cell.value !== null ? String(cell.value) : "";
        });
      },
      address: rangeAddress,
      addressLocal: rangeAddress,
      rowIndex: function (t) {
        return t.b.top;
      },
      columnIndex: function (t) {
        return t.b.left;
      },
      rowCount: function (t) {
        return t.b.bottom - t.b.top + 1;
      },
      columnCount: function (t) {
        return t.b.right - t.b.left + 1;
      },
      cellCount: function (t) {
        return (t.b.bottom - t.b.top + 1) * (t.b.right - t.b.left + 1);
      },
    },
    setters: {
      values: function (t, data) {
        writeMatrix(t.sheet, t.b, data, writeValueOrFormula, "values");
      },
      formulas: function (t, data) {
        writeMatrix(t.sheet, t.b, data, writeValueOrFormula, "formulas");
      },
      numberFormat: function (t, data) {
        writeMatrix(
          t.sheet,
          t.b,
          data,
          function (cell, v) {
            cell.numFmt = v;
          },
          "numberFormat"
        );
      },
    },
    nav: {
      worksheet: function (ctx, _self, resolve) {
        return makeObject(ctx, "Worksheet", function () {
          return resolve().sheet;
        });
      },
      format: function (ctx, _self, resolve) {
        return makeObject(ctx, "RangeFormat", resolve);
      },
    },
    methods: {
      select: function (_c, _s, resolve, _e, queue) {
        queue(function () {
          var t = resolve();
          model.activeSheet = t.sheet.name;
          model.selection = { sheet: t.sheet.name, b: t.b, address: rangeAddress(t) };
          model.log.push({ call: "select", args: [rangeAddress(t)] });
        });
      },
      clear: function (_c, _s, resolve, _e, queue, applyTo) {
        queue(function () {
          var t = resolve();
          var keys = [];
          t.sheet.cells.forEach(function (_cell, key) {
            var p = key.split(",");
            var r = Number(p[0]);
            var c = Number(p[1]);
            if (r >= t.b.top && r <= t.b.bottom && c >= t.b.left && c <= t.b.right) keys.push(key);
          });
          keys.forEach(function (k) {
            if (applyTo === "Formats") delete t.sheet.cells.get(k).numFmt;
            else t.sheet.cells.delete(k);
          });
          t.sheet.calls.push({ call: "clear", args: [rangeAddress(t), applyTo || "All"] });
        });
      },
      getMergedAreasOrNullObject: function (ctx, _self, resolve) {
        return makeObject(ctx, "RangeAreasOrNull", function () {
          var t = resolve();
          var merges = (t.sheet.merges || []).filter(function (m) {
            return (
              m.top >= t.b.top &&
              m.bottom <= t.b.bottom &&
              m.left >= t.b.left &&
              m.right <= t.b.right
            );
          });
          if (!merges.length) throw officeError("ItemNotFound", "No merged areas");
          return { sheet: t.sheet, merges: merges };
        });
      },
      getCell: function (ctx, _self, resolve, _e, _q, row, col) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            var b = resolve().b;
            return {
              top: b.top + row,
              left: b.left + col,
              bottom: b.top + row,
              right: b.left + col,
            };
          }
        );
      },
      getResizedRange: function (ctx, _self, resolve, _e, _q, dr, dc) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            var b = resolve().b;
            return { top: b.top, left: b.left, bottom: b.bottom + dr, right: b.right + dc };
          }
        );
      },
      getOffsetRange: function (ctx, _self, resolve, _e, _q, dr, dc) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            var b = resolve().b;
            return {
              top: b.top + dr,
              left: b.left + dc,
              bottom: b.bottom + dr,
              right: b.right + dc,
            };
          }
        );
      },
    },
  };
  KINDS.Range = rangeDef;
  KINDS.RangeOrNull = Object.assign({}, rangeDef, { nullable: true });
  KINDS.RangeAreasOrNull = {
    nullable: true,
    scalars: {
      areaCount: function (t) {
        return t.merges.length;
      },
      address: function (t) {
        return t.merges
          .map(function (m) {
            return (
              quote(t.sheet.name) +
              "!" +
              colLetter(m.left) +
              (m.top + 1) +
              ":" +
              colLetter(m.right) +
              (m.bottom + 1)
            );
          })
          .join(",");
      },
    },
  };
  KINDS.RangeFormat = {
    scalars: {
      columnWidth: function () {
        return 64;
      },
    },
    setters: {
      columnWidth: function (t, v) {
        t.sheet.calls.push({ set: "format.columnWidth", range: rangeAddress(t), value: v });
      },
    },
  };

  KINDS.TableCollection = {
    collection: "Table",
    defaultItemProps: ["name"],
    items: function (owner) {
      var all = owner.all
        ? model.sheets.reduce(function (a, s) {
            return a.concat(s.tables);
          }, [])
        : owner.tables;
      return all.map(function (tb) {
        return function () {
          return tb;
        };
      });
    },
    scalars: {},
    methods: {
      add: function (ctx, _self, resolve, _e, queue, address, hasHeaders) {
        var created;
        queue(function () {
          var owner = resolve();
          var parts = splitSheet(typeof address === "string" ? address : "");
          var sheet = owner.all ? findSheet(parts.sheet) : owner;
          if (!sheet)
            throw officeError("InvalidArgument", "Table address needs a sheet: " + address);
          var b = parseRef(parts.ref);
          var name = "Tabel" + nextId++;
          model.sheets.forEach(function (s) {
            s.tables.forEach(function (tb) {
              var o = tb.b;
              if (
                s === sheet &&
                !(o.bottom < b.top || o.top > b.bottom || o.right < b.left || o.left > b.right)
              ) {
                throw officeError("InvalidOperation", "A table can't overlap another table.");
              }
            });
          });
          created = {
            name: name,
            sheet: sheet,
            b: b,
            hasHeaders: !!hasHeaders,
            style: "TableStyleMedium2",
            showTotals: false,
          };
          sheet.tables.push(created);
        });
        return makeObject(ctx, "Table", function () {
          return created;
        });
      },
      getItemOrNullObject: function (ctx, _self, resolve, _e, _q, name) {
        return makeObject(ctx, "TableOrNull", function () {
          var owner = resolve();
          var all = owner.all
            ? model.sheets.reduce(function (a, s) {
                return a.concat(s.tables);
              }, [])
            : owner.tables;
          var tb = all.filter(function (x) {
            return x.name === name;
          })[0];
          if (!tb) throw officeError("ItemNotFound", "No table " + name);
          return tb;
        });
      },
      getItem: function (ctx, self, resolve, e, q, name) {
        return KINDS.TableCollection.methods.getItemOrNullObject(ctx, self, resolve, e, q, name);
      },
    },
  };
  var tableDef = {
    scalars: {
      name: function (tb) {
        return tb.name;
      },
      style: function (tb) {
        return tb.style;
      },
      showTotals: function (tb) {
        return tb.showTotals;
      },
    },
    setters: {
      name: function (tb, v) {
        var taken = model.sheets.some(function (s) {
          return s.tables.some(function (x) {
            return x !== tb && x.name.toLowerCase() === String(v).toLowerCase();
          });
        });
        if (taken) throw officeError("InvalidArgument", "Table name taken: " + v);
        tb.name = v;
      },
      style: function (tb, v) {
        tb.style = v;
      },
      showTotals: function (tb, v) {
        tb.showTotals = v;
      },
      showFilterButton: function (tb, v) {
        tb.showFilterButton = v;
      },
    },
    methods: {
      delete: function (_c, _s, resolve, _e, queue) {
        queue(function () {
          var tb = resolve();
          tb.sheet.tables = tb.sheet.tables.filter(function (x) {
            return x !== tb;
          });
        });
      },
      getRange: function (ctx, _self, resolve) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            return resolve().b;
          }
        );
      },
      getHeaderRowRange: function (ctx, _self, resolve) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            var b = resolve().b;
            return { top: b.top, left: b.left, bottom: b.top, right: b.right };
          }
        );
      },
      getDataBodyRange: function (ctx, _self, resolve) {
        return rangeObject(
          ctx,
          function () {
            return resolve().sheet;
          },
          function () {
            var b = resolve().b;
            return { top: b.top + 1, left: b.left, bottom: b.bottom, right: b.right };
          }
        );
      },
    },
  };
  KINDS.Table = tableDef;
  KINDS.TableOrNull = Object.assign({}, tableDef, { nullable: true });

  KINDS.ChartCollection = {
    collection: "Chart",
    defaultItemProps: ["name"],
    items: function (sheet) {
      return sheet.charts.map(function (ch) {
        return function () {
          return ch;
        };
      });
    },
    scalars: {},
    methods: {
      add: function (ctx, _self, resolve, _e, queue, type, source, seriesBy) {
        var created;
        queue(function () {
          var sheet = resolve();
          var src = source && source.__resolve ? rangeAddress(source.__resolve()) : String(source);
          created = {
            name: "Diagram " + nextId++,
            type: type,
            source: src,
            seriesBy: seriesBy,
            sheet: sheet,
            calls: [],
          };
          sheet.charts.push(created);
        });
        return makeObject(ctx, "Chart", function () {
          return created;
        });
      },
    },
  };
  KINDS.Chart = {
    scalars: {
      name: function (ch) {
        return ch.name;
      },
    },
    setters: {
      name: function (ch, v) {
        ch.name = v;
      },
    },
    methods: {
      delete: function (_c, _s, resolve, _e, queue) {
        queue(function () {
          var ch = resolve();
          ch.sheet.charts = ch.sheet.charts.filter(function (x) {
            return x !== ch;
          });
        });
      },
    },
  };

  KINDS.NamedItemCollection = {
    collection: "NamedItem",
    defaultItemProps: ["name"],
    items: function () {
      return model.names.map(function (n) {
        return function () {
          return n;
        };
      });
    },
    scalars: {},
    methods: {
      add: function (ctx, _self, _r, _e, queue, name, reference, comment) {
        var created;
        queue(function () {
          var exists = model.names.some(function (n) {
            return n.name.toLowerCase() === String(name).toLowerCase();
          });
          if (exists) throw officeError("ItemAlreadyExists", "The name " + name + " exists.");
          var formula =
            reference && reference.__resolve
              ? "=" + rangeAddress(reference.__resolve())
              : String(reference);
          created = { name: name, formula: formula, comment: comment };
          model.names.push(created);
        });
        return makeObject(ctx, "NamedItem", function () {
          return created;
        });
      },
      getItemOrNullObject: function (ctx, _self, _r, _e, _q, name) {
        return makeObject(ctx, "NamedItemOrNull", function () {
          var n = model.names.filter(function (x) {
            return x.name.toLowerCase() === String(name).toLowerCase();
          })[0];
          if (!n) throw officeError("ItemNotFound", "No name " + name);
          return n;
        });
      },
      getItem: function (ctx, self, r, e, q, name) {
        return KINDS.NamedItemCollection.methods.getItemOrNullObject(ctx, self, r, e, q, name);
      },
    },
  };
  var namedItemDef = {
    scalars: {
      name: function (n) {
        return n.name;
      },
      formula: function (n) {
        return n.formula;
      },
      type: function () {
        return "Range";
      },
      comment: function (n) {
        return n.comment || "";
      },
      visible: function () {
        return true;
      },
      value: function (n) {
        return n.formula;
      },
    },
    setters: {
      formula: function (n, v) {
        n.formula = v;
      },
    },
    methods: {
      delete: function (_c, _s, resolve, _e, queue) {
        queue(function () {
          var n = resolve();
          model.names = model.names.filter(function (x) {
            return x !== n;
          });
        });
      },
      getRange: function (ctx, _self, resolve) {
        return rangeObject(
          ctx,
          function () {
            var p = splitSheet(resolve().formula.replace(/^=/, ""));
            return findSheet(p.sheet);
          },
          function () {
            return parseRef(splitSheet(resolve().formula.replace(/^=/, "")).ref);
          }
        );
      },
    },
  };
  KINDS.NamedItem = namedItemDef;
  KINDS.NamedItemOrNull = Object.assign({}, namedItemDef, { nullable: true });

  function keyedCollection(mapOf, itemKind) {
    return {
      collection: itemKind,
      defaultItemProps: ["key", "value"],
      items: function (owner) {
        var out = [];
        mapOf(owner).forEach(function (_v, k) {
          out.push(function () {
            return { map: mapOf(owner), key: k };
          });
        });
        return out;
      },
      scalars: {},
      methods: {
        add: function (ctx, _self, resolve, _e, queue, key, value) {
          queue(function () {
            mapOf(resolve()).set(key, value);
          });
          return makeObject(ctx, itemKind, function () {
            return { map: mapOf(resolve()), key: key };
          });
        },
        getItemOrNullObject: function (ctx, _self, resolve, _e, _q, key) {
          return makeObject(ctx, itemKind + "OrNull", function () {
            var m = mapOf(resolve());
            if (!m.has(key)) throw officeError("ItemNotFound", "No item " + key);
            return { map: m, key: key };
          });
        },
        getItem: function (ctx, _self, resolve, _e, _q, key) {
          return makeObject(ctx, itemKind, function () {
            var m = mapOf(resolve());
            if (!m.has(key)) throw officeError("ItemNotFound", "No item " + key);
            return { map: m, key: key };
          });
        },
      },
    };
  }
  function keyedItem(nullable) {
    return {
      nullable: nullable,
      scalars: {
        key: function (t) {
          return t.key;
        },
        value: function (t) {
          return t.map.get(t.key);
        },
      },
      setters: {
        value: function (t, v) {
          t.map.set(t.key, v);
        },
      },
      methods: {
        delete: function (_c, _s, resolve, _e, queue) {
          queue(function () {
            var t = resolve();
            t.map.delete(t.key);
          });
        },
      },
    };
  }
  KINDS.SettingCollection = keyedCollection(function (m) {
    return m.settings;
  }, "Setting");
  KINDS.Setting = keyedItem(false);
  KINDS.SettingOrNull = keyedItem(true);
  KINDS.CustomPropertyCollection = keyedCollection(function (s) {
    return s.customProperties;
  }, "CustomProperty");
  KINDS.CustomProperty = keyedItem(false);
  KINDS.CustomPropertyOrNull = keyedItem(true);

  // ---------- globals ----------
  var maxExcelApi = cfg.maxExcelApi || "1.17";
  function versionLE(a, b) {
    var pa = String(a).split(".").map(Number);
    var pb = String(b).split(".").map(Number);
    for (var i = 0; i < Math.max(pa.length, pb.length); i++) {
      var x = pa[i] || 0;
      var y = pb[i] || 0;
      if (x !== y) return x < y;
    }
    return true;
  }

  var readyInfo = { host: "Excel", platform: "OfficeOnline" };
  window.OfficeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      generalException: "GeneralException",
    },
    config: {},
  };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: cfg.displayLanguage || "da-DK",
      contentLanguage: cfg.displayLanguage || "da-DK",
      officeTheme: cfg.officeTheme || {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
        isDarkTheme: false,
      },
      requirements: {
        isSetSupported: function (name, version) {
          if (name === "ExcelApi") return versionLE(version || "1.1", maxExcelApi);
          return false;
        },
      },
      host: "Excel",
      platform: "OfficeOnline",
      document: { url: cfg.documentUrl },
    },
    onReady: function (cb) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(readyInfo);
          resolve(readyInfo);
        }, 0);
      });
    },
    initialize: undefined,
  };
  window.Excel = {
    run: function (a, b) {
      var batch = typeof a === "function" ? a : b;
      // Excel.run(context, batch) continues on an existing context (e.g. to remove a handler);
      // Excel.run(options, batch) and Excel.run(batch) start a new one.
      var ctx = a instanceof RequestContext ? a : new RequestContext();
      if (a && typeof a === "object" && !(a instanceof RequestContext) && a.mergeUndoGroup) {
        if (!versionLE("1.20", maxExcelApi)) {
          return Promise.reject(officeError("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20"));
        }
        model.log.push({ call: "run", args: ["mergeUndoGroup"] });
      }
      model.runs++;
      return Promise.resolve()
        .then(function () {
          return batch(ctx);
        })
        .then(function (result) {
          // Office.js syncs what is left in the queue when the batch ends.
          if (ctx.queue.length) {
            return ctx.sync().then(function () {
              return result;
            });
          }
          return result;
        });
    },
    RequestContext: RequestContext,
    createWorkbook: function (base64) {
      model.createdWorkbooks.push(base64);
      return Promise.resolve();
    },
    ErrorCodes: window.OfficeExtension.ErrorCodes,
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    RangeValueType: {
      error: "Error",
      empty: "Empty",
      string: "String",
      double: "Double",
      boolean: "Boolean",
    },
  };

  window.__standIn = {
    model: model,
    /** Fires a worksheet's onChanged handlers, as Excel does after a user edit. */
    fireChanged: function (sheetName) {
      var s = findSheet(sheetName);
      if (!s) return 0;
      s.handlers.forEach(function (h) {
        h.handler({
          worksheetId: s.id,
          address: "A1",
          changeType: "RangeEdited",
          source: "Local",
          type: "WorksheetChanged",
        });
      });
      return s.handlers.length;
    },
    /** What the test reads back: a plain snapshot of the workbook. */
    snapshot: function () {
      return {
        sheets: model.sheets.map(function (s) {
          var cells = {};
          s.cells.forEach(function (cell, key) {
            var p = key.split(",");
            cells[colLetter(Number(p[1])) + (Number(p[0]) + 1)] = cell;
          });
          return {
            name: s.name,
            cells: cells,
            tables: s.tables.map(function (t) {
              return {
                name: t.name,
                ref:
                  colLetter(t.b.left) +
                  (t.b.top + 1) +
                  ":" +
                  colLetter(t.b.right) +
                  (t.b.bottom + 1),
                style: t.style,
              };
            }),
            charts: s.charts.map(function (c) {
              return { type: c.type, source: c.source };
            }),
            customProperties: Array.from(s.customProperties.entries()),
            frozenRows: s.frozenRows,
            handlers: s.handlers.length,
          };
        }),
        names: model.names.map(function (n) {
          return { name: n.name, formula: n.formula };
        }),
        settings: Array.from(model.settings.entries()),
        activeSheet: model.activeSheet,
        selection: model.selection && model.selection.address,
        syncs: model.syncs,
        syncLog: model.syncLog.slice(),
        runs: model.runs,
        createdWorkbooks: model.createdWorkbooks.length,
        errors: model.errors.slice(),
      };
    },
  };
})();
