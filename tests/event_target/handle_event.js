// Listener objects with handleEvent.
'use strict';

const et = new EventTarget();
const obj = {
  name: 'listener object',
  handleEvent(e) {
    console.log('handleEvent', this.name, this === obj, e.type);
  },
};
et.addEventListener('x', obj);
et.addEventListener('x', obj); // duplicate
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', obj);
et.dispatchEvent(new Event('x'));

// handleEvent is looked up at dispatch time.
const late = {};
et.addEventListener('y', late);
et.dispatchEvent(new Event('y'));
late.handleEvent = (e) => console.log('late handleEvent', e.type);
et.dispatchEvent(new Event('y'));
late.handleEvent = function (e) { console.log('replaced', this === late); };
et.dispatchEvent(new Event('y'));

// Functions win over handleEvent properties.
function fn(e) { console.log('function called', e.type); }
fn.handleEvent = () => console.log('handleEvent on function (unused)');
et.addEventListener('z', fn);
et.dispatchEvent(new Event('z'));
console.log('sync end');
