// Errors thrown by Event, CustomEvent and EventTarget methods.
'use strict';

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

t('new Event()', () => new Event());
t('new Event(x, 1)', () => new Event('x', 1));
t('new Event(x, "s")', () => new Event('x', 's'));
t('new Event(x, [])', () => new Event('x', []));
t('new Event(x, fn)', () => new Event('x', function named() {}));
t('new Event(x, null)', () => new Event('x', null).type);
t('new CustomEvent()', () => new CustomEvent());
t('new CustomEvent(x, 1)', () => new CustomEvent('x', 1));
t('Event.prototype.type', () => Event.prototype.type);
t('preventDefault on {}', () => Event.prototype.preventDefault.call({}));
t('stopPropagation on {}', () => Event.prototype.stopPropagation.call({}));
t('composedPath on {}', () => Event.prototype.composedPath.call({}));
t('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
t('isTrusted on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
t('initEvent()', () => new Event('x').initEvent());

const et = new EventTarget();
t('addEventListener()', () => et.addEventListener());
t('addEventListener(x)', () => et.addEventListener('x'));
t('addEventListener(x, 1)', () => et.addEventListener('x', 1));
t('addEventListener(x, "s")', () => et.addEventListener('x', 's'));
t('addEventListener(x, fn, 1)', () => et.addEventListener('x', () => {}, 1));
t('addEventListener(x, fn, "s")', () => et.addEventListener('x', () => {}, 's'));
t('addEventListener(x, fn, {signal: 1})', () => et.addEventListener('x', () => {}, { signal: 1 }));
t('addEventListener(x, fn, {signal: {}})', () => et.addEventListener('x', () => {}, { signal: {} }));
t('addEventListener(symbol)', () => et.addEventListener(Symbol('x'), () => {}));
t('removeEventListener(x)', () => et.removeEventListener('x'));
t('removeEventListener(x, 1)', () => et.removeEventListener('x', 1));
t('removeEventListener(x, fn, 5)', () => et.removeEventListener('x', () => {}, 5));
t('dispatchEvent()', () => et.dispatchEvent());
t('dispatchEvent({})', () => et.dispatchEvent({ type: 'x' }));
t('dispatchEvent("x")', () => et.dispatchEvent('x'));
t('addEventListener on {}', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
t('removeEventListener on {}', () => EventTarget.prototype.removeEventListener.call({}, 'x', () => {}));
t('dispatchEvent on {}', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));

try {
  et.addEventListener(Symbol('y'), () => {});
} catch (err) {
  console.log(Object.keys(err), err instanceof TypeError);
}
