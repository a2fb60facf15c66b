// Listener order, removal during abort, and re-entrancy.
'use strict';

const ac = new AbortController();
const s = ac.signal;
const order = [];
s.addEventListener('abort', () => order.push('first'));
const second = () => order.push('second');
s.addEventListener('abort', second);
s.addEventListener('abort', () => {
  order.push('third');
  ac.abort('again'); // no effect, no recursion
  order.push(`reason=${s.reason}`);
});
s.removeEventListener('abort', second);
s.addEventListener('abort', () => order.push('once'), { once: true });
ac.abort('first reason');
console.log(order.join(' '));

// Listeners added after abort never fire.
s.addEventListener('abort', () => console.log('late listener'));
ac.abort();
console.log('done', s.reason);
