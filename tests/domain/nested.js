// Nested domains: an error in an inner domain without a listener goes to the
// outer one when both are entered; a listener that throws passes its error on.
const domain = require('domain');

const outer = domain.create();
const inner = domain.create();
const middle = domain.create();
let stepped = false;
outer.on('error', (err) => {
  console.log('outer got:', err.message, 'err.domain is outer:', err.domain === outer);
  if (!stepped) {
    stepped = true;
    setTimeout(step2, 1);
  }
});
middle.on('error', (err) => {
  console.log('middle got:', err.message);
  throw new Error('middle handler rethrew');
});
outer.run(() => {
  inner.run(() => {
    throw new Error('thrown in inner');
  });
});

function step2() {
  outer.run(() => {
    middle.run(() => {
      throw new Error('thrown in middle');
    });
  });
}
