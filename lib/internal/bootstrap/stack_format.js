'use strict';

// Formatting of error stacks, loaded the first time a stack is read: V8's frame
// text and positions (internal/bootstrap/stack_positions), lib/'s frames as Node's
// (setNodeFrame), V8-shaped call sites for Error.prepareStackTrace, and the arrow
// of an uncaught error thrown from a Node-frame function.

const {
  ErrorCtor,
  callsitesOfError,
  kIsNodeError,
  nodeFrames,
} = require('internal/bootstrap/stack_trace');

const kCallSiteMethods = ['getThis', 'getTypeName', 'getMethodName', 'getEvalOrigin',
  'getScriptNameOrSourceURL', 'getScriptHash', 'getEnclosingColumnNumber',
  'getEnclosingLineNumber', 'getPromiseIndex', 'getPosition'];

const kNativeCallSiteMethods = ['isNative', 'isConstructor', 'getFileName', 'getFunction',
  'getFunctionName', 'getColumnNumber', 'getLineNumber'];

function headerOf(err) {
  let isNodeError = false;
  try { isNodeError = err[kIsNodeError] === true; } catch { /* a hostile proxy */ }
  if (isNodeError) {
    try { return `${err.name} [${err.code}]: ${err.message}`; } catch { /* below */ }
  }
  let name, message;
  try { name = err.name; } catch { name = undefined; }
  try { message = err.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// V8 names built-in frames by their receiver's type ("at Array.map (<anonymous>)");
// QuickJS gives only the method's name. The usual ones are mapped.
const kBuiltinOwners = {
  __proto__: null,
  map: 'Array', forEach: 'Array', filter: 'Array', reduce: 'Array', reduceRight: 'Array',
  some: 'Array', every: 'Array', find: 'Array', findIndex: 'Array', findLast: 'Array',
  findLastIndex: 'Array', flatMap: 'Array', sort: 'Array', toSorted: 'Array', join: 'Array',
  replace: 'String', replaceAll: 'String', parse: 'JSON', stringify: 'JSON',
};

// Frames V8 never shows: Function.prototype.call/apply and Reflect.apply run the
// callee in place.
function isInvisible(cs) {
  if (!cs.isNative()) return false;
  const fn = cs.getFunctionName();
  return fn === 'call' || fn === 'apply';
}

let stackPositions;
// The frames as V8 would list them: [callsite, line, column] with V8's positions.
function v8Frames(callsites, hidden) {
  const frames = [];
  for (let i = 0; i < callsites.length; i++) {
    const cs = callsites[i];
    if (isInvisible(cs)) continue;
    let line = cs.getLineNumber();
    let column = cs.getColumnNumber();
    if (!cs.isNative()) {
      const file = cs.getFileName();
      if (typeof file === 'string' && !file.startsWith('node:') && file !== '<anonymous>') {
        stackPositions ??= require('internal/bootstrap/stack_positions');
        let pos;
        try {
          pos = stackPositions.v8Position(callsites, i, hidden);
        } catch {
          pos = undefined;
        }
        if (pos !== undefined) {
          line = pos.line;
          column = pos.column;
        }
      }
    }
    frames.push([cs, line, column]);
  }
  return frames;
}

function formatFrame(cs, line, col, displayName) {
  let fn = displayName ?? cs.getFunctionName();
  // Top-level code of a script: V8 prints only the location.
  if (fn === '<eval>') fn = null;
  const prefix = cs.isConstructor() ? 'new ' : '';
  if (cs.isNative()) {
    const owner = fn ? kBuiltinOwners[fn] : undefined;
    const shown = owner !== undefined && !prefix ? `${owner}.${fn}` : fn || '<anonymous>';
    return `    at ${prefix}${shown} (<anonymous>)`;
  }
  const file = cs.getFileName();
  let loc = file == null ? '<anonymous>' : file;
  if (line != null && line >= 0) loc += `:${line}:${col}`;
  if (!fn) return `    at ${loc}`;
  return `    at ${prefix}${fn} (${loc})`;
}

const kDrop = { drop: true };
const { isBindingFunction } = require('internal/bootstrap/realm');

function specOf(cs) {
  const native = cs.isNative();
  if (!native) {
    const file = cs.getFileName();
    if (typeof file !== 'string' || !file.startsWith('node:')) return undefined;
  }
  let fn;
  try { fn = cs.getFunction(); } catch { return undefined; }
  if (typeof fn !== 'function') return undefined;
  const spec = nodeFrames.get(fn);
  if (spec !== undefined) return spec;
  // internalBinding() functions: Node's are C++, with no frame.
  if (native && isBindingFunction(fn)) return kDrop;
  return undefined;
}

// Whether the frame calls its callee as a method (`obj.fn()`), which V8 shows
// with the receiver's type: the source before the call's position.
function callsAsMethod(frame) {
  if (frame === undefined) return false;
  stackPositions ??= require('internal/bootstrap/stack_positions');
  return stackPositions.isMethodCall(frame[0].getFileName(), frame[1], frame[2]);
}

function formatStack(err, callsites, hidden) {
  let s;
  try { s = headerOf(err); } catch { s = 'Error'; }
  const frames = v8Frames(callsites, hidden);
  const lines = [];
  // How many frames of each spec came before: a spec's nth frame (emit frames of
  // nested emits, say) may print differently.
  const seen = new Map();
  const nthOf = (spec) => {
    const n = seen.get(spec) ?? 0;
    seen.set(spec, n + 1);
    return n;
  };
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const spec = specOf(f[0]);
    if (spec === undefined) {
      const below = i + 1 < frames.length ? specOf(frames[i + 1][0]) : undefined;
      let shown;
      if (below !== undefined && below.callee !== undefined && !f[0].isNative()) {
        const name = f[0].getFunctionName();
        shown = below.callee(name && name !== '<eval>' ? name : '', err, seen.get(below) ?? 0);
      }
      lines.push(formatFrame(f[0], f[1], f[2], shown));
      continue;
    }
    if (!spec.drop) {
      const nth = nthOf(spec);
      const text = typeof spec.text === 'function' ?
        spec.text(i > 0 ? frames[i - 1][0] : undefined, err, nth, frames[i + 1]) : spec.text;
      if (Array.isArray(text)) {
        for (let j = 0; j < text.length; j++) lines.push(`    at ${text[j]}`);
      } else {
        lines.push(`    at ${text}`);
      }
    }
    if (spec.after !== undefined) {
      for (let j = 0; j < spec.after.length; j++) lines.push(`    at ${spec.after[j]}`);
    }
    if (spec.rest) break;
  }
  const shown = limitFrames(lines);
  for (let i = 0; i < shown.length; i++) s += '\n' + shown[i];
  return s;
}

// V8 call sites have more methods than QuickJS's; give user code the full shape.
function toV8CallSite([cs, line, column]) {
  const o = Object.create(cs);
  // The engine's methods check their receiver, so they must run on `cs` itself.
  for (const m of kNativeCallSiteMethods) o[m] = () => cs[m]();
  for (const m of kCallSiteMethods) o[m] = () => (m === 'getScriptNameOrSourceURL' ? cs.getFileName() : null);
  // A CommonJS module's top level is an anonymous function called on `exports`:
  // V8 has no name for it, and its type name is Object.
  if (cs.getFunctionName() === 'Object.<anonymous>') {
    o.getFunctionName = () => null;
    o.getTypeName = () => 'Object';
  }
  o.getLineNumber = () => line;
  o.getColumnNumber = () => column;
  o.isEval = () => false;
  o.isToplevel = () => !cs.getFunctionName();
  o.isAsync = () => false;
  o.isPromiseAll = () => false;
  o.toString = () => formatFrame(cs, line, column).slice(7);
  return o;
}

// The source line and caret Node prints for an error thrown from one of its own
// functions: the `arrow` of the first frame's spec, if it has one.
function nodeFrameArrow(err) {
  const lazy = err !== null && typeof err === 'object' ? callsitesOfError(err) : undefined;
  if (lazy === undefined) return undefined;
  const frames = v8Frames(lazy.callsites, lazy.hidden);
  for (let i = 0; i < frames.length; i++) {
    const spec = specOf(frames[i][0]);
    if (spec === undefined) return undefined;
    if (spec.drop) continue;
    return typeof spec.arrow === 'function' ? spec.arrow(err) : spec.arrow;
  }
  return undefined;
}

// The frames formatting shows: Error.stackTraceLimit of them.
function limitFrames(list) {
  const limit = ErrorCtor.stackTraceLimit;
  if (typeof limit !== 'number' || list.length <= limit) return list;
  return list.slice(0, Math.max(0, limit));
}

module.exports = {
  callsAsMethod,
  formatStack,
  headerOf,
  limitFrames,
  nodeFrameArrow,
  toV8CallSite,
  v8Frames,
};
