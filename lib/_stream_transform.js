// Deprecated alias of the stream module's Transform class (require('_stream_transform')).

module.exports = require('stream').Transform;
