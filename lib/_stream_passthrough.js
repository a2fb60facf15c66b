// Deprecated alias of the stream module's PassThrough class (require('_stream_passthrough')).

module.exports = require('stream').PassThrough;
