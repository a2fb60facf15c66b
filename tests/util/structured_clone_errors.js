'use strict';
// structuredClone: DataCloneError messages and option validation.
function t(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.constructor.name, e instanceof DOMException);
  }
}
t('function', () => structuredClone(function foo() {}));
t('arrow', () => structuredClone({ a: () => 1 }));
t('class', () => structuredClone(class A {}));
t('native', () => structuredClone([1, { x: { y: Math.max } }]));
t('symbol', () => structuredClone(Symbol('x')));
t('symbolEmpty', () => structuredClone(Symbol()));
t('symbolInSet', () => structuredClone(new Set([Symbol.iterator])));
t('boxedSymbol', () => structuredClone(Object(Symbol('x'))));
t('weakmap', () => structuredClone(new WeakMap()));
t('weakset', () => structuredClone(new WeakSet()));
t('weakref', () => structuredClone(new WeakRef({})));
t('promise', () => structuredClone(Promise.resolve()));
t('proxy', () => structuredClone(new Proxy({ a: 1 }, {})));
t('generator', () => structuredClone((function* () {})()));
t('arguments', () => structuredClone((function() { return arguments; })(1)));
t('mapValueFn', () => structuredClone(new Map([[1, () => {}]])));
t('getterThrows', () => structuredClone({ get x() { throw new RangeError('from getter'); } }));
t('optsNumber', () => structuredClone(1, 5));
t('optsNull', () => structuredClone(1, null));
t('optsArray', () => structuredClone(1, []));
t('transferNumber', () => structuredClone(1, { transfer: 5 }));
t('transferItem', () => structuredClone(1, { transfer: [5] }));
t('transferObject', () => structuredClone(1, { transfer: [{}] }));
t('transferView', () => structuredClone(1, { transfer: [new Uint8Array(2)] }));
t('transferDup', () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b, b] }); });
t('detachedClone', () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); structuredClone(b); });
t('detachedTransfer', () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); structuredClone(1, { transfer: [b] }); });
try { structuredClone(() => {}); } catch (e) { console.log(String(e)); console.log(e.stack.split('\n')[0]); }
