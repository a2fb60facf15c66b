// JSON modules: parsed once, shared, parse errors prefixed with the path.
const data = require('./fixtures/data.json');
console.log(data.name, data.list.join('+'), data.nested.ok);
console.log(require('./fixtures/data') === data);
console.log(JSON.stringify(require('./fixtures/bom.json')));
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log(e.name, e.constructor === SyntaxError);
  console.log(e.message.startsWith(require('path').join(__dirname, 'fixtures', 'bad.json') + ': '));
  console.log('code' in e);
}
console.log(require.resolve('./fixtures/bad.json') in require.cache);
