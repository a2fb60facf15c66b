const EventEmitter = require('events');
new EventEmitter().emit('error', 'just a string');
