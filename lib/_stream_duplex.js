// Deprecated alias of the stream module's Duplex class (require('_stream_duplex')).

module.exports = require('stream').Duplex;
