// Errors the engine throws itself carry QuickJS-ng's wording; programs print them
// (and tests compare them) as V8 words them. Called once per error, when its stack is
// captured, with the call site where it was raised; rewrites `message` (and the class
// where V8's differs) to V8's. Where V8 names the failing expression
// ("o.f is not a function"), the expression is read from the source line.

// Source lines come from the cache stack formatting keeps; only files (not -e or
// stdin code) are looked at here.
function sourceLine(file, line) {
  if (typeof file !== 'string' || !(file.startsWith('/') || file.startsWith('file://'))) {
    return undefined;
  }
  return require('internal/bootstrap/stack_positions').sourceLine(file, line);
}

// The source line of the call site where the engine raised the error.
function raisedAt(cs) {
  return cs && cs[0] ? sourceLine(cs[0].getFileName(), cs[0].getLineNumber()) : undefined;
}

const identChar = /[\w$]/;

// The callee expression ending at the identifier that starts at `col` (1-based):
// `a.b.c` for `a.b.c()`, `(intermediate value).c` when an object came from a call.
function calleeAt(text, col) {
  let start = col - 1;
  let end = start;
  if (!identChar.test(text[start] || '')) return undefined;
  while (end < text.length && identChar.test(text[end])) end++;
  let i = start;
  let prefix = '';
  while (i > 0) {
    const c = text[i - 1];
    if (identChar.test(c) || c === '.') {
      i--;
    } else if (c === '?' && text[i] === '.') {
      i--;
    } else if (c === ')' && text[i] === '.') {
      // `f(...).g`: V8 names the call with its arguments elided.
      let depth = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        if (text[j] === ')') depth++;
        else if (text[j] === '(' && --depth === 0) break;
      }
      let k = j;
      while (k > 0 && (identChar.test(text[k - 1]) || text[k - 1] === '.')) k--;
      prefix = k < j ? `${text.slice(k, j)}(...)` : '(intermediate value)';
      break;
    } else if (c === ']' && text[i] === '.') {
      prefix = '(intermediate value)';
      break;
    } else {
      break;
    }
  }
  const expr = prefix + text.slice(i, end);
  return expr.replace(/^\./, '') || undefined;
}

function calleeOf(callsites, withNew = false) {
  const cs = callsites && callsites[0];
  if (!cs || typeof cs.getFileName !== 'function') return undefined;
  const text = sourceLine(cs.getFileName(), cs.getLineNumber());
  if (text === undefined) return undefined;
  const col = cs.getColumnNumber();
  const name = calleeAt(text, col);
  if (!withNew || name === undefined) return name;
  // `new f()` fails as "not a function" in the engine; V8 says "not a constructor".
  const before = text.slice(0, col - 1 - (name.length - name.split('.').pop().length));
  return { name, isNew: /\bnew\s+$/.test(before) };
}

// The built-in that raised the error, when the top frame is one (QuickJS lists
// native frames; V8 names the method in its message).
function nativeName(cs) {
  const top = cs && cs[0];
  if (top === undefined || !top.isNative()) return undefined;
  const name = top.getFunctionName();
  return typeof name === 'string' && name !== '' ? name : undefined;
}

const kReflectMethods = ['apply', 'construct', 'defineProperty', 'deleteProperty', 'get',
  'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible', 'ownKeys',
  'preventExtensions', 'set', 'setPrototypeOf'];

const rules = [
  [/^cannot read property '(.*)' of (undefined|null)$/s,
   (m) => `Cannot read properties of ${m[2]} (reading '${m[1]}')`],
  [/^cannot set property '(.*)' of (undefined|null)$/s,
   (m) => `Cannot set properties of ${m[2]} (setting '${m[1]}')`],
  [/^(.*) is not initialized$/s,
   (m) => `Cannot access '${m[1]}' before initialization`],
  [/^'(.*)' is read-only$/s, (m, e, cs) => {
    // The same words for a const binding and a read-only property: an assignment
    // to `.name` on the line is the property (V8 names the object by its class).
    const text = raisedAt(cs);
    const name = m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (text !== undefined && new RegExp(`(?:\\.${name}|\\[['"\`]${name}['"\`]\\])\\s*=(?![=>])`).test(text)) {
      return `Cannot assign to read only property '${m[1]}' of object '#<Object>'`;
    }
    return 'Assignment to constant variable.';
  }],
  [/^invalid array length$/, () => 'Invalid array length'],
  [/^cannot convert to object$/, () => 'Cannot convert undefined or null to object'],
  [/^class constructors must be invoked with 'new'$/,
   (m, e, cs) => {
     // The engine raises it inside the class's own frame, which carries its name.
     const name = cs && cs[0] && typeof cs[0].getFunctionName === 'function' ?
       cs[0].getFunctionName() : null;
     return name ? `Class constructor ${name} cannot be invoked without 'new'` : undefined;
   }],
  [/^not a function$/, (m, e, cs) => {
    const found = calleeOf(cs, true);
    if (found === undefined) return undefined;
    return `${found.name} is not a ${found.isNew ? 'constructor' : 'function'}`;
  }],
  [/^cannot convert symbol to string$/, () => 'Cannot convert a Symbol value to a string'],
  [/^BigInt division by zero$/, () => 'Division by zero'],
  [/^Date value is NaN$/, () => 'Invalid time value'],
  [/^invalid number of digits$/, (m, e, cs) => {
    switch (nativeName(cs)) {
      case 'toFixed': return 'toFixed() digits argument must be between 0 and 100';
      case 'toPrecision': return 'toPrecision() argument must be between 1 and 100';
      case 'toExponential': return 'toExponential() argument must be between 0 and 100';
      default: return undefined;
    }
  }],
  [/^invalid value used as WeakMap key$/, () => 'Invalid value used as weak map key'],
  [/^invalid value used as WeakSet key$/, () => 'Invalid value used in weak set'],
  [/^null or undefined are forbidden$/, (m, e, cs) => {
    const name = nativeName(cs);
    return name ? `String.prototype.${name} called on null or undefined` : undefined;
  }],
  [/^not an object$/, (m, e, cs) => {
    const name = nativeName(cs);
    return name && kReflectMethods.includes(name) ? `Reflect.${name} called on non-object` : undefined;
  }],
  [/^cannot convert BigInt to number$/, (m, e, cs) => (nativeName(cs) ?
    'Cannot convert a BigInt value to a number' :
    'Cannot mix BigInt and other types, use explicit conversions')],
  [/^empty array$/, () => 'Reduce of empty array with no initial value'],
  [/^private class field '(#[\w$]+)' does not exist$/, (m, e, cs) => {
    // V8 tells reads from writes: an assignment to the member on the line is a write.
    const text = raisedAt(cs);
    const write = text !== undefined &&
      new RegExp(`\\.${m[1].replace(/\$/g, '\\$')}\\s*(?:=(?![=>])|[-+*/%&|^]=|\\+\\+|--)`).test(text);
    return write ?
      `Cannot write private member ${m[1]} to an object whose class did not declare it` :
      `Cannot read private member ${m[1]} from an object whose class did not declare it`;
  }],
  [/^(?:expecting hex digit|expecting %|expecting surrogate pair|malformed UTF-8|invalid character)$/,
   () => 'URI malformed'],
  [/^not a constructor$/, (m, e, cs) => {
    const name = calleeOf(cs);
    return name ? `${name} is not a constructor` : undefined;
  }],
];

function normalizeEngineError(error, callsites) {
  const proto = Object.getPrototypeOf(error);
  if (proto !== TypeError.prototype && proto !== ReferenceError.prototype &&
      proto !== RangeError.prototype && proto !== URIError.prototype) {
    return;
  }
  const d = Object.getOwnPropertyDescriptor(error, 'message');
  if (d === undefined || typeof d.value !== 'string') return;
  for (const [re, fix] of rules) {
    const m = re.exec(d.value);
    if (m === null) continue;
    const msg = fix(m, error, callsites);
    if (msg !== undefined) {
      Object.defineProperty(error, 'message', { ...d, value: msg });
      if (re.source === '^(.*) is not initialized$' || re.source === "^'(.*)' is read-only$") {
        // V8 throws these as ReferenceError and TypeError respectively.
        Object.setPrototypeOf(error, re.source.startsWith("^'") ? TypeError.prototype :
          ReferenceError.prototype);
      }
    }
    return;
  }
}

module.exports = { normalizeEngineError, calleeAt };
