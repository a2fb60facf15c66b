// duplexPair(): two Duplex streams connected to each other, what one side
// writes the other side reads.

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('Callback');
const kInitOtherSide = Symbol('InitOtherSide');

class DuplexSide extends Duplex {
  #otherSide = null;

  constructor(options) {
    super(options);
    this[kCallback] = null;
    this.#otherSide = null;
  }

  [kInitOtherSide](otherSide) {
    // Only one other side may be attached.
    if (this.#otherSide === null) {
      this.#otherSide = otherSide;
    } else {
      throw new Error('DuplexSide already has an other side');
    }
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      // Acknowledged once the other side reads it.
      this.#otherSide[kCallback] = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }

  // Destroying one side closes the other (without passing on the error),
  // on the next tick.
  _destroy(err, callback) {
    const otherSide = this.#otherSide;
    callback(err);
    if (otherSide !== null && !otherSide.destroyed) {
      process.nextTick(destroyOtherSide, otherSide);
    }
  }
}

function destroyOtherSide(side) {
  if (!side.destroyed) side.destroy();
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}

module.exports = duplexPair;
