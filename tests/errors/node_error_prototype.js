'use strict';
// Node errors from core APIs: toString keeps the registered code while the
// stack header follows `code`; `constructor` and `name` come from the
// prototype chain; JSON and spread see only the enumerable `code`.
const util = require('util');
function capture(fn) { try { fn(); } catch (e) { return e; } return null; }
const e = capture(() => util.promisify(1));
const proto = Object.getPrototypeOf(e);
console.log(Object.hasOwn(e, 'name'), Object.hasOwn(e, 'constructor'), e.constructor === TypeError);
const ctorDesc = Object.getOwnPropertyDescriptor(proto, 'constructor');
console.log(typeof ctorDesc.get, ctorDesc.set, ctorDesc.enumerable, typeof e.toString);
console.log(JSON.stringify(e), { ...e }, Object.entries(e));
e.code = 'ERR_CHANGED';
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(Object.prototype.toString.call(e), e instanceof TypeError, Error.isError ? Error.isError(e) : true);
const f = capture(() => util.getSystemErrorName(0));
console.log(f.constructor.name, f.name, proto === Object.getPrototypeOf(f));
console.log(Object.getOwnPropertyDescriptor(f, 'message'));
console.log(Object.getOwnPropertyDescriptor(f, 'code'));
const g = capture(() => util.promisify(2));
console.log(Object.getPrototypeOf(g) === proto, g.message === e.message.replace('1', '2'));
console.log(util.types.isNativeError(e), util.types.isNativeError(f));
