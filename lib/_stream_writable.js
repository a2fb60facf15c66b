// Deprecated alias of the stream module's Writable class (require('_stream_writable')).

module.exports = require('stream').Writable;
