// Deprecated alias of the stream module's Readable class (require('_stream_readable')).

module.exports = require('stream').Readable;
